import { PersonFactEntity } from './people/facts/person-fact.entity';
import { PersonFactResolver } from './people/facts/person-fact.resolver';
import { PersonFactService } from './people/facts/person-fact.service';
import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule, BreakGlassSubjects, BreakGlassSubjectType } from '@waymark/access';
import { AllocationEntity } from './allocations/allocation.entity';
import { AllocationResolver } from './allocations/allocation.resolver';
import { AllocationService } from './allocations/allocation.service';
import { SocioEconomicContextEntity } from './context/socio-economic-context.entity';
import { FamilySocioEconomicContextResolver, SocioEconomicContextResolver } from './context/socio-economic-context.resolver';
import { SocioEconomicContextService } from './context/socio-economic-context.service';
import { FamilyMembershipEntity } from './families/family-membership.entity';
import { FamilyEntity } from './families/family.entity';
import { familyPermissions } from './families/family.permissions';
import { FamilyMemberResolver, FamilyResolver } from './families/family.resolver';
import { FamilyService } from './families/family.service';
import { deriveFamilyFacts, loadFamilyAccessFacts } from './family-access.facts';
import { HarmRelationshipEntity } from './harm/harm-relationship.entity';
import { FamilyHarmRelationshipsResolver, HarmRelationshipResolver } from './harm/harm-relationship.resolver';
import { HarmRelationshipService } from './harm/harm-relationship.service';
import { PersonEntity } from './people/person.entity';
import { CoupleStatusEventEntity } from './relationships/couple-status-event.entity';
import { PersonRelationshipEntity } from './relationships/person-relationship.entity';
import { FamilyRelationshipsResolver, RelationshipResolver } from './relationships/relationship.resolver';
import { RelationshipService } from './relationships/relationship.service';
import { personPermissions } from './people/person.permissions';
import { harmPermissions } from './harm/harm.permissions';
import { PersonMatchingService } from './people/person-matching.service';
import { PersonMergeResolver } from './people/person-merge.resolver';
import { PersonMergeService } from './people/person-merge.service';
import { PersonResolver } from './people/person.resolver';
import { PersonSearchResolver } from './people/person-search.resolver';
import { PersonSearchService } from './people/person-search.service';
import { PersonService } from './people/person.service';
import { ChildContactEntity } from './children/child-contact.entity';
import { ChildContactResolver, FamilyChildContactsResolver } from './children/child-contact.resolver';
import { ChildContactService } from './children/child-contact.service';
import { PractitionerContactEntity } from './harm/practitioner-contact.entity';
import { FamilyPractitionerContactsResolver, PractitionerContactResolver } from './harm/practitioner-contact.resolver';
import { PractitionerContactService } from './harm/practitioner-contact.service';
import { KinshipPlacementEntity } from './children/kinship-placement.entity';
import { FamilyKinshipPlacementsResolver, KinshipPlacementResolver } from './children/kinship-placement.resolver';
import { KinshipPlacementService } from './children/kinship-placement.service';

/** People, families, household membership and allocation: who the partnership works with. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PersonEntity,
      PersonFactEntity,
      FamilyEntity,
      FamilyMembershipEntity,
      AllocationEntity,
      PersonRelationshipEntity,
      CoupleStatusEventEntity,
      HarmRelationshipEntity,
      SocioEconomicContextEntity,
      ChildContactEntity,
      PractitionerContactEntity,
      KinshipPlacementEntity,
    ]),
    AccessModule,
  ],
  providers: [
    PersonService,
    PersonResolver,
    PersonMatchingService,
    PersonMergeService,
    PersonMergeResolver,
    PersonSearchService,
    PersonSearchResolver,
    FamilyService,
    FamilyResolver,
    FamilyMemberResolver,
    AllocationService,
    AllocationResolver,
    RelationshipService,
    RelationshipResolver,
    FamilyRelationshipsResolver,
    HarmRelationshipService,
    HarmRelationshipResolver,
    FamilyHarmRelationshipsResolver,
    SocioEconomicContextService,
    SocioEconomicContextResolver,
    FamilySocioEconomicContextResolver,
    ChildContactService,
    ChildContactResolver,
    FamilyChildContactsResolver,
    PractitionerContactService,
    PractitionerContactResolver,
    FamilyPractitionerContactsResolver,
    KinshipPlacementService,
    KinshipPlacementResolver,
    FamilyKinshipPlacementsResolver,
    PersonFactService,
    PersonFactResolver,
  ],
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
    this.abilities.register(harmPermissions);
    this.abilities.registerFacts(loadFamilyAccessFacts);
    this.abilities.registerDerivedFacts(deriveFamilyFacts);
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
