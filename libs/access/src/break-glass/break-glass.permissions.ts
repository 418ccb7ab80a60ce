import { SubjectType } from '@waymark/platform';
import { FactKey } from '../ability/access-facts';
import { FeaturePermissions } from '../ability/app-ability';
import { hasRole, Role, seesCaseRecords } from '../roles';

/** The caller's unexpired grants: each opens its one record for reading. */
export const BREAK_GLASS_GRANTS = FactKey.list<{ subjectType: SubjectType; subjectId: string }>('breakGlassGrants');

/**
 * Practitioners may ask for break-glass access; the roles that see no case data may not. Victim-side
 * detail stays hidden from those working with people causing harm whatever a grant opens.
 * Grants are visible to the grantee and to managers of the grantee's agency.
 * An active grant opens its one record for reading.
 */
export const breakGlassPermissions: FeaturePermissions = {
  feature: 'break-glass',
  rows({ actor, facts }, can) {
    const caseWorker = seesCaseRecords(actor.roles);
    if (caseWorker) can('request', 'BreakGlassGrant');
    can('read', 'BreakGlassGrant', { userId: actor.userId });
    if (hasRole(actor.roles, Role.MANAGER)) can('read', 'BreakGlassGrant', { agencyId: actor.agencyId });
    for (const grant of facts.get(BREAK_GLASS_GRANTS)) can('read', grant.subjectType, { id: grant.subjectId });
  },
};
