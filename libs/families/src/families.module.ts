import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule, BreakGlassSubjects, BreakGlassSubjectType } from '@waymark/access';
import { AllocationEntity } from './allocations/allocation.entity';
import { AllocationResolver } from './allocations/allocation.resolver';
import { AllocationService } from './allocations/allocation.service';
import { FamilyMembershipEntity } from './families/family-membership.entity';
import { FamilyEntity } from './families/family.entity';
import { familyPermissions } from './families/family.permissions';
import { FamilyMemberResolver, FamilyResolver } from './families/family.resolver';
import { FamilyService } from './families/family.service';
import { loadFamilyAccessFacts } from './family-access.facts';
import { PersonEntity } from './people/person.entity';
import { personPermissions } from './people/person.permissions';
import { PersonResolver } from './people/person.resolver';
import { PersonService } from './people/person.service';

/** People, families, household membership and allocation: who the partnership works with. */
@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, FamilyEntity, FamilyMembershipEntity, AllocationEntity]), AccessModule],
  providers: [PersonService, PersonResolver, FamilyService, FamilyResolver, FamilyMemberResolver, AllocationService, AllocationResolver],
  exports: [PersonService, FamilyService],
})
export class FamiliesModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly breakGlass: BreakGlassSubjects,
  ) {}

  onModuleInit(): void {
    this.abilities.register(familyPermissions);
    this.abilities.register(personPermissions);
    this.abilities.registerFacts(loadFamilyAccessFacts);
    this.breakGlass.register(BreakGlassSubjectType.FAMILY, {
      abilitySubject: 'Family',
      exists: (manager, id) => manager.getRepository(FamilyEntity).existsBy({ id }),
    });
    this.breakGlass.register(BreakGlassSubjectType.PERSON, {
      abilitySubject: 'Person',
      exists: (manager, id) => manager.getRepository(PersonEntity).existsBy({ id }),
    });
  }
}
