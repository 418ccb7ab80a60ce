import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { FamiliesModule } from '@waymark/families';
import { loadCoworkAccessFacts } from './cowork-access.facts';
import { CoworkArrangementEntity } from './cowork-arrangement.entity';
import { CoworkArrangementResolver, FamilyCoworkArrangementsResolver } from './cowork-arrangement.resolver';
import { CoworkArrangementService } from './cowork-arrangement.service';
import { coworkPermissions } from './cowork.permissions';
import { CoworkEntryAgencyEntity, CoworkEntryEntity, CoworkEntryPersonSeenEntity, CoworkEntryPractitionerEntity } from './entries/cowork-entry.entity';
import { CoworkEntryResolver, FamilyCoworkEntriesResolver } from './entries/cowork-entry.resolver';
import { CoworkEntryService } from './entries/cowork-entry.service';
import { CoworkFollowUpEntity } from './entries/cowork-follow-up.entity';
import { CoworkFollowUpService } from './entries/cowork-follow-up.service';

/** DVA specialists' co-work with case holders: the arrangements that open a family to them, and their logged work. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CoworkArrangementEntity,
      CoworkEntryEntity,
      CoworkEntryPractitionerEntity,
      CoworkEntryAgencyEntity,
      CoworkEntryPersonSeenEntity,
      CoworkFollowUpEntity,
    ]),
    AccessModule,
    FamiliesModule,
  ],
  providers: [
    CoworkArrangementService,
    CoworkArrangementResolver,
    FamilyCoworkArrangementsResolver,
    CoworkEntryService,
    CoworkFollowUpService,
    CoworkEntryResolver,
    FamilyCoworkEntriesResolver,
  ],
})
export class CoworkModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(coworkPermissions);
    this.abilities.registerFacts(loadCoworkAccessFacts);
  }
}
