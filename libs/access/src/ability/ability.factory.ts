import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { seesCaseRecords } from '../roles';
import { factConditionsMatcher } from './fact-conditions';
import { FactSet } from './fact-set';
import { AccessFacts, AppAbility, FactLoader, FeaturePermissions, GrantFields, PermissionRuleContext, READ_RESTRICTED } from './app-ability';

/**
 * Builds the caller's CASL ability for one request from their roles and relationships.
 * Features register their rules and fact loaders when their module starts. Nothing is allowed
 * unless a rule allows it.
 */
@Injectable()
export class AbilityFactory {
  private readonly features: FeaturePermissions[] = [];
  private readonly factLoaders: FactLoader[] = [];

  register(permissions: FeaturePermissions): void {
    if (!this.features.some((f) => f.feature === permissions.feature)) this.features.push(permissions);
  }

  registerFacts(loader: FactLoader): void {
    this.factLoaders.push(loader);
  }

  async forActor(actor: Actor, manager: EntityManager): Promise<AppAbility> {
    const facts: AccessFacts = { breakGlass: [] };
    for (const loader of this.factLoaders) mergeFacts(facts, await loader(actor, manager));
    return this.build({ actor, facts });
  }

  build(ctx: PermissionRuleContext): AppAbility {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    const can = builder.can as never;
    const cannot = builder.cannot as never;
    const features = seesCaseRecords(ctx.actor.roles) ? this.features : this.features.filter((feature) => !feature.caseRecords);
    for (const feature of features) feature.rows(ctx, can, cannot);
    const grant: GrantFields = (subject, fields, conditions) => builder.can(READ_RESTRICTED, subject, fields, conditions as never);
    for (const feature of features) feature.restrictedFields?.(ctx, grant);
    return builder.build({ conditionsMatcher: factConditionsMatcher });
  }
}

/**
 * Several features may contribute to one fact (families, co-work, referrals and agendas all add
 * people the caller may see): facts are united, never overwritten, so one loader can't narrow or
 * erase what another granted.
 */
export function mergeFacts(into: AccessFacts, more: Partial<AccessFacts>): AccessFacts {
  for (const [key, value] of Object.entries(more)) {
    const existing = into[key];
    if (existing instanceof FactSet && value instanceof FactSet) into[key] = existing.union(value);
    else if (Array.isArray(existing) && Array.isArray(value)) into[key] = [...existing, ...value];
    else into[key] = value;
  }
  return into;
}
