import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { FamiliesModule } from '@waymark/families';
import { ReferralsModule } from '@waymark/referrals';
import { AcceptedReferrals } from './accepted-referral';
import { programmePermissions } from './programmes.permissions';
import { PerpetratorRiskViewEntity } from './risk-views/perpetrator-risk-view.entity';
import { FamilyPerpetratorRiskViewsResolver, PerpetratorRiskViewResolver } from './risk-views/perpetrator-risk-view.resolver';
import { PerpetratorRiskViewService } from './risk-views/perpetrator-risk-view.service';
import { ProgrammeSessionEntity } from './sessions/programme-session.entity';
import { ProgrammeSessionResolver, ReferralProgrammeResolver } from './sessions/programme-session.resolver';
import { ProgrammeSessionService } from './sessions/programme-session.service';

/** The person causing harm's own work: programme sessions and the perpetrator worker's view of risk. */
@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeSessionEntity, PerpetratorRiskViewEntity]), AccessModule, FamiliesModule, ReferralsModule],
  providers: [
    AcceptedReferrals,
    ProgrammeSessionService,
    ProgrammeSessionResolver,
    ReferralProgrammeResolver,
    PerpetratorRiskViewService,
    PerpetratorRiskViewResolver,
    FamilyPerpetratorRiskViewsResolver,
  ],
})
export class ProgrammesModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(programmePermissions);
  }
}
