import { AgencyKind, Role } from '@waymark/access';
import { ServiceType } from '@waymark/referrals';
import { EntityManager } from 'typeorm';
import { namedUuid } from './prng';

/** The agencies, team, accounts and services generated families are worked by: the demo partnership. */
export interface Partnership {
  agencyByKind: Record<AgencyKind, string>;
  teamId: string;
  userByRole: Record<Role, string>;
  serviceByType: Record<ServiceType, string>;
  serviceAgencyByType: Record<ServiceType, string>;
}

export const DEMO_EMAIL_DOMAIN = 'demo.waymark';
export const DEFAULT_DEMO_PASSWORD = 'waymark-demo';

export function demoEmail(role: Role): string {
  return `${role.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`;
}

const AGENCY_NAMES: Record<AgencyKind, string> = {
  POLICE: 'Riverside Police',
  CHILDRENS_SOCIAL_CARE: "Riverside Children's Social Care",
  EARLY_HELP: 'Riverside Early Help',
  HEALTH_GP: 'Market Street Surgery',
  HEALTH_VISITING: 'Riverside Health Visiting',
  MIDWIFERY: 'Riverside Midwifery',
  EMERGENCY_DEPARTMENT: 'Riverside General A&E',
  HEALTH_OTHER: 'Riverside Community Health',
  EDUCATION: 'Riverside Schools',
  HOUSING: 'Riverside Housing',
  PROBATION: 'Riverside Probation',
  IDVA_SERVICE: 'Riverside IDVA Service',
  SPECIALIST_DVA_SERVICE: 'Safer Homes DVA Service',
  PERPETRATOR_PROGRAMME_PROVIDER: 'Change Ahead',
  ADULT_MENTAL_HEALTH: 'Riverside Adult Mental Health',
  CAMHS: 'Riverside CAMHS',
  SUBSTANCE_MISUSE_SERVICE: 'Riverside Recovery',
  CHILDRENS_DVA_SERVICE: "Little Voices Children's DVA Service",
  VOLUNTARY_SECTOR: 'Riverside Family Action',
};

/** Where each demo account works. */
const USER_AGENCY: Record<Role, AgencyKind> = {
  ADMIN: AgencyKind.CHILDRENS_SOCIAL_CARE,
  MARAC_COORDINATOR: AgencyKind.POLICE,
  MEETING_CHAIR: AgencyKind.CHILDRENS_SOCIAL_CARE,
  AGENCY_REPRESENTATIVE: AgencyKind.POLICE,
  DVA_SPECIALIST: AgencyKind.SPECIALIST_DVA_SERVICE,
  CASE_PRACTITIONER: AgencyKind.CHILDRENS_SOCIAL_CARE,
  PERPETRATOR_WORKER: AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER,
  MANAGER: AgencyKind.CHILDRENS_SOCIAL_CARE,
  ANALYST: AgencyKind.CHILDRENS_SOCIAL_CARE,
};

const USER_NAMES: Record<Role, string> = {
  ADMIN: 'Sam Patel',
  MARAC_COORDINATOR: 'Jo Okafor',
  MEETING_CHAIR: 'Chris Lindqvist',
  AGENCY_REPRESENTATIVE: 'PC Dana Hughes',
  DVA_SPECIALIST: 'Priya Shah',
  CASE_PRACTITIONER: 'Alex Morgan',
  PERPETRATOR_WORKER: 'Tom Reilly',
  MANAGER: 'Helen Adebayo',
  ANALYST: 'Ravi Kumar',
};

const SERVICES: Record<ServiceType, [AgencyKind, string, string | null]> = {
  PERPETRATOR_PROGRAMME: [
    AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER,
    'Caring Dads',
    'Fathers who accept some responsibility for their behaviour; not while a criminal case is pending.',
  ],
  ADULT_MENTAL_HEALTH: [AgencyKind.ADULT_MENTAL_HEALTH, 'Community mental health team', 'Adults with moderate to severe mental health needs.'],
  CAMHS: [AgencyKind.CAMHS, 'CAMHS core service', null],
  SUBSTANCE_MISUSE: [AgencyKind.SUBSTANCE_MISUSE_SERVICE, 'Alcohol and drugs recovery', 'Adults who acknowledge their alcohol or drug use.'],
  IDVA: [AgencyKind.IDVA_SERVICE, 'High-risk IDVA service', 'Victims at high risk (DASH 14+ or MARAC).'],
  CHILDREN_DVA_SUPPORT: [AgencyKind.CHILDRENS_DVA_SERVICE, "Children's recovery groups", null],
  HOUSING: [AgencyKind.HOUSING, 'Housing options and sanctuary', null],
  FAMILY_GROUP_CONFERENCE: [AgencyKind.CHILDRENS_SOCIAL_CARE, 'Family group conferences', null],
  EARLY_HELP: [AgencyKind.EARLY_HELP, 'Early Help family support', null],
  CHILDRENS_SOCIAL_CARE: [AgencyKind.CHILDRENS_SOCIAL_CARE, 'Front door (MASH)', null],
  MARAC: [AgencyKind.POLICE, 'Riverside MARAC', 'Victims meeting a MARAC criterion.'],
  OTHER: [AgencyKind.VOLUNTARY_SECTOR, 'Family support (voluntary)', null],
};

/** Families per team when a run spreads its families over caseloads: a team's open and historic cases. */
export const TEAM_CASELOAD = 250;

/**
 * The team family `index` of a run is allocated to: round the teams of the children's social care
 * agency, `teams` of them, the first being the demo team (the demo accounts' own). A run of 100,000
 * families has 400 teams, not one team holding every case.
 */
export function caseloadTeamId(p: Partnership, index: number, teams: number): string {
  const team = index % teams;
  return team === 0 ? p.teamId : namedUuid(`waymark-demo:team:caseload-${team}`);
}

export function caseloadTeams(families: number, caseload = TEAM_CASELOAD): number {
  return Math.max(1, Math.ceil(families / caseload));
}

/** Writes the caseload teams of a run (the demo team is written with the partnership). */
export async function ensureCaseloadTeams(manager: EntityManager, p: Partnership, count: number): Promise<void> {
  const teams = Array.from({ length: count - 1 }, (_, i) => i + 1);
  await manager.query(`INSERT INTO team (id, agency_id, name) SELECT id, $2, name FROM unnest($1::uuid[], $3::text[]) AS t(id, name) ON CONFLICT DO NOTHING`, [
    teams.map((team) => namedUuid(`waymark-demo:team:caseload-${team}`)),
    p.agencyByKind.CHILDRENS_SOCIAL_CARE,
    teams.map((team) => `Assessment and intervention ${team + 1}`),
  ]);
}

/** The partnership's ids, derived from fixed names so every run (and the demo) agrees on them. */
export function partnershipIds(): Partnership {
  const map = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((key) => [key, namedUuid(`waymark-demo:${prefix}:${key}`)])) as Record<K, string>;
  const agencyByKind = map(Object.values(AgencyKind), 'agency');
  return {
    agencyByKind,
    serviceAgencyByType: Object.fromEntries(Object.values(ServiceType).map((t) => [t, agencyByKind[SERVICES[t][0]]])) as Record<ServiceType, string>,
    teamId: namedUuid('waymark-demo:team:assessment'),
    userByRole: map(Object.values(Role), 'user'),
    serviceByType: map(Object.values(ServiceType), 'service'),
  };
}

/**
 * Writes the partnership if it is not there yet (every insert skips a row that exists), and returns
 * its ids. Accounts get the hash of the demo password, computed once by the caller.
 */
export async function ensurePartnership(manager: EntityManager, passwordHash: string): Promise<{ partnership: Partnership; created: boolean }> {
  const p = partnershipIds();
  const [{ present }] = await manager.query(`SELECT count(*)::int AS present FROM app_user WHERE id = ANY($1)`, [Object.values(p.userByRole)]);
  if (present === Object.keys(p.userByRole).length) return { partnership: p, created: false };
  const kinds = Object.values(AgencyKind);
  await manager.query(`INSERT INTO agency (id, name, kind) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`, [
    kinds.map((k) => p.agencyByKind[k]),
    kinds.map((k) => AGENCY_NAMES[k]),
    kinds,
  ]);
  await manager.query(`INSERT INTO team (id, agency_id, name) VALUES ($1, $2, 'Assessment and intervention') ON CONFLICT DO NOTHING`, [
    p.teamId,
    p.agencyByKind.CHILDRENS_SOCIAL_CARE,
  ]);
  const roles = Object.values(Role);
  const inTeam = (role: Role) => role === Role.CASE_PRACTITIONER || role === Role.MANAGER;
  await manager.query(
    `INSERT INTO app_user (id, email, display_name, agency_id, roles, password_hash, team_id)
     SELECT id, email, name, agency, ARRAY[role], $5, team FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $6::text[], $7::uuid[])
            AS u(id, email, name, agency, role, team)
     ON CONFLICT DO NOTHING`,
    [
      roles.map((r) => p.userByRole[r]),
      roles.map(demoEmail),
      roles.map((r) => USER_NAMES[r]),
      roles.map((r) => p.agencyByKind[USER_AGENCY[r]]),
      passwordHash,
      roles,
      roles.map((r) => (inTeam(r) ? p.teamId : null)),
    ],
  );
  const types = Object.values(ServiceType);
  await manager.query(
    `INSERT INTO service (id, agency_id, name, type, eligibility_notes) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT DO NOTHING`,
    [
      types.map((t) => p.serviceByType[t]),
      types.map((t) => p.agencyByKind[SERVICES[t][0]]),
      types.map((t) => SERVICES[t][1]),
      types,
      types.map((t) => SERVICES[t][2]),
    ],
  );
  return { partnership: p, created: true };
}
