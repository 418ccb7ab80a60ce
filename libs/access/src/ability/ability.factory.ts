import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { seesCaseRecords } from '../roles';
import { factConditionsMatcher } from './fact-conditions';
import { loadSide, Side, SIDE, sideOfAgency, victimSidePermissions } from '../policy/victim-side.policy';
import { Role } from '../roles';
import { AccessFacts, FactDerivation, FactLoader, rememberFacts } from './access-facts';
import { AppAbility, FeaturePermissions, GrantFields, PermissionRuleContext, READ_RESTRICTED } from './app-ability';

/** No user has this id: a reader who is an agency, not a person, owns, chairs and is allocated nothing. */
const NO_ONE = '00000000-0000-0000-0000-000000000000';

/**
 * Builds the caller's CASL ability for one request from their roles and relationships.
 * Features register their rules and fact loaders when their module starts. Nothing is allowed
 * unless a rule allows it.
 */
@Injectable()
export class AbilityFactory {
  private readonly features: FeaturePermissions[] = [];
  private readonly factLoaders: FactLoader[] = [];
  private readonly derivations: FactDerivation[] = [];

  register(permissions: FeaturePermissions): void {
    if (!this.features.some((f) => f.feature === permissions.feature)) this.features.push(permissions);
  }

  registerFacts(loader: FactLoader): void {
    this.factLoaders.push(loader);
  }

  /** Facts computed from the loaded ones (after every loader, in the order registered). */
  registerDerivedFacts(derivation: FactDerivation): void {
    this.derivations.push(derivation);
  }

  async forActor(actor: Actor, manager: EntityManager): Promise<AppAbility> {
    const facts = await this.factsFor(actor, manager);
    const ability = this.build({ actor, facts });
    rememberFacts(ability, facts);
    return ability;
  }

  /**
   * An agency as the reader of a document sent to it (a meeting pack): what its representative's
   * screens show (the same rules, through a representative of that agency who is no one in
   * particular), on the side of the most restricted of its users (`sideOfAgency`), or of the person
   * downloading it if they work with people causing harm.
   */
  async forAgencyReader(agencyId: string, manager: EntityManager, downloader?: Side): Promise<AppAbility> {
    const actor: Actor = { userId: NO_ONE, agencyId, roles: [Role.AGENCY_REPRESENTATIVE] };
    const side = await sideOfAgency(manager, agencyId);
    if (downloader?.worksWithPeopleCausingHarm) side.worksWithPeopleCausingHarm = true;
    const facts = await this.factsFor(actor, manager, side);
    const ability = this.build({ actor, facts });
    rememberFacts(ability, facts);
    return ability;
  }

  async factsFor(actor: Actor, manager: EntityManager, side?: Side): Promise<AccessFacts> {
    const facts = new AccessFacts();
    // The caller's side first: loaders read it (the referrals a worker with people causing harm receives).
    if (side) facts.add(SIDE, side);
    else await loadSide(actor, manager, facts);
    for (const loader of this.factLoaders) await loader(actor, manager, facts);
    for (const derive of this.derivations) derive(facts);
    return facts;
  }

  build(ctx: PermissionRuleContext): AppAbility {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    const can = builder.can as never;
    const cannot = builder.cannot as never;
    // The victim-side policy comes last: its `cannot` rules then narrow whatever a feature allowed.
    const features = [...(seesCaseRecords(ctx.actor.roles) ? this.features : this.features.filter((feature) => !feature.caseRecords)), victimSidePermissions];
    for (const feature of features) feature.rows(ctx, can, cannot);
    const grant: GrantFields = (subject, fields, conditions) => builder.can(READ_RESTRICTED, subject, fields, conditions as never);
    for (const feature of features) feature.restrictedFields?.(ctx, grant);
    return builder.build({ conditionsMatcher: factConditionsMatcher });
  }
}
