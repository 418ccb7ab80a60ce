import { AgencyKind } from '@waymark/access';
import { Partnership } from './partnership';
import { addDays, daysFrom, namedUuid } from './prng';

/** Rows by table, columns by their database names: what one family's history writes. */
export type Row = Record<string, unknown>;
export type Rows = Record<TableName, Row[]>;

/** Tables in the order they are written (parents before children, for the foreign keys). */
export const TABLES = [
  'person',
  'family',
  'family_membership',
  'person_relationship',
  'couple_status_event',
  'harm_relationship',
  'socio_economic_context',
  'family_allocation',
  'cowork_arrangement',
  'meeting',
  'meeting_agency',
  'episode',
  'episode_transition',
  'assessment',
  'incident',
  'incident_person',
  'risk_assessment',
  'referral',
  'referral_status_change',
  'agenda_item',
  'agenda_item_person',
  'participation',
  'meeting_action',
  'child_contact',
  'kinship_placement',
] as const;
export type TableName = (typeof TABLES)[number];

export function emptyRows(): Rows {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Rows;
}

export type Area = 'inner-city' | 'post-industrial';

/** docs/domain.md §8.1: White 33% in one inner-city site, 82% in a post-industrial one. */
export const ETHNICITY: Record<Area, ReadonlyArray<readonly [string, number]>> = {
  'inner-city': [
    ['WHITE', 33],
    ['BLACK', 24],
    ['ASIAN', 26],
    ['MIXED', 10],
    ['OTHER', 6],
    ['NOT_STATED', 1],
  ],
  'post-industrial': [
    ['WHITE', 82],
    ['ASIAN', 8],
    ['MIXED', 5],
    ['BLACK', 3],
    ['OTHER', 1],
    ['NOT_STATED', 1],
  ],
};
export const INTERPRETER_RATE: Record<Area, number> = { 'inner-city': 0.12, 'post-industrial': 0.03 };
export const POSTCODES: Record<Area, string[]> = {
  'inner-city': ['E1', 'E3', 'N15', 'SE15', 'B10', 'M14'],
  'post-industrial': ['S70', 'DN1', 'WF9', 'SR5', 'TS3', 'HU9'],
};
export const LANGUAGES = ['Polish', 'Urdu', 'Bengali', 'Romanian', 'Arabic', 'Somali', 'Punjabi', 'Portuguese'];
export const WOMEN = ['Grace', 'Amira', 'Kelly', 'Joanne', 'Fatima', 'Agnieszka', 'Chantelle', 'Sarah', 'Nadia', 'Leanne', 'Precious', 'Gemma'];
export const MEN = ['Dean', 'Jamal', 'Craig', 'Imran', 'Tomasz', 'Lee', 'Kwame', 'Wayne', 'Darren', 'Bilal', 'Ryan', 'Marek'];
export const CHILDREN = ['Mia', 'Noah', 'Ava', 'Leo', 'Zara', 'Ellie', 'Musa', 'Ruby', 'Jayden', 'Lily', 'Oscar', 'Aisha', 'Kacper', 'Poppy'];
export const SURNAMES = ['Walker', 'Khan', 'Nowak', 'Mensah', 'Robinson', 'Hussain', 'Taylor', 'Okoro', 'Clarke', 'Begum', 'Kowalski', 'Wright'];

export interface GenerationSettings {
  seed: string;
  area: Area;
  /** The last day events may fall on (histories end here); 'YYYY-MM-DD'. */
  asOf: string;
  partnership: Partnership;
  /** Who the families are allocated to: the team always, and this practitioner when set (the demo). */
  allocateToUserId?: string | null;
  /** The team this family is allocated to (caseloads are spread over teams); the demo team when unset. */
  teamId?: string;
  /** The DVA specialist co-works this share of families (the demo's specialist needs some to see). */
  coworkShare: number;
  /** The MARAC area the family's cases are heard in (default 0). */
  maracArea?: number;
}

/**
 * The MARAC's cadence: each MARAC area sits every fourth Thursday, the areas a week apart, on a
 * calendar anchored on the run's last day so the demo always has a sitting in the coming week (the
 * first Thursday after asOf, for area 0). A case is heard at its area's first sitting on or after
 * the day it was referred, as maracAgendaCandidates lists it: referrals from the previous sitting's
 * day up to this one's.
 */
export const MARAC_EVERY_DAYS = 28;

/** Families per MARAC area: a run of 100,000 families has 40 areas, each hearing 10-25 cases a sitting. */
export const FAMILIES_PER_MARAC_AREA = 2500;

export function maracAreas(families: number): number {
  return Math.max(1, Math.ceil(families / FAMILIES_PER_MARAC_AREA));
}

/** The sitting of `area` on or after `day`, on the calendar of a run ending on `asOf`. */
export function maracDate(day: string, asOf: string, area = 0): string {
  const anchor = addDays(nextMaracThursday(asOf), 7 * (area % 4));
  return addDays(anchor, Math.ceil(daysFrom(anchor, day) / MARAC_EVERY_DAYS) * MARAC_EVERY_DAYS);
}

/** The area's next sitting after `asOf`: scheduled, its agenda still to be built. */
export function upcomingMaracDate(asOf: string, area = 0): string {
  return maracDate(addDays(asOf, 1), asOf, area);
}

/** The first Thursday after `asOf` (1 to 7 days on). */
function nextMaracThursday(asOf: string): string {
  const weekday = new Date(`${asOf}T00:00:00Z`).getUTCDay(); // 0 Sunday … 4 Thursday
  return addDays(asOf, ((4 - weekday + 6) % 7) + 1);
}

export function maracTitle(area: number, on: string): string {
  return area === 0 ? `Riverside MARAC ${on}` : `Riverside MARAC, area ${area + 1}, ${on}`;
}

export function maracMeetingId(seed: string, area: number, date: string): string {
  return namedUuid(area === 0 ? `waymark-generator:${seed}:marac:${date}` : `waymark-generator:${seed}:marac:${area}:${date}`);
}

/** MARAC's usual table: the agencies invited to every sitting. */
export const MARAC_TABLE: readonly AgencyKind[] = [
  AgencyKind.POLICE,
  AgencyKind.CHILDRENS_SOCIAL_CARE,
  AgencyKind.IDVA_SERVICE,
  AgencyKind.SPECIALIST_DVA_SERVICE,
  AgencyKind.HEALTH_VISITING,
  AgencyKind.HOUSING,
  AgencyKind.PROBATION,
];

/** One MARAC sitting, shared by every case heard at it: HELD with its table attending, or SCHEDULED with the invitations out. */
export function maracSittingRows(
  p: Partnership,
  seed: string,
  area: number,
  on: string,
  status: 'HELD' | 'SCHEDULED',
): Pick<Rows, 'meeting' | 'meeting_agency'> {
  const id = maracMeetingId(seed, area, on);
  return {
    meeting: [
      {
        id,
        type: 'MARAC',
        title: maracTitle(area, on),
        starts_at: `${on}T10:00:00Z`,
        organising_agency_id: p.agencyByKind.POLICE,
        chair_user_id: p.userByRole.MEETING_CHAIR,
        coordinator_user_id: p.userByRole.MARAC_COORDINATOR,
        status,
      },
    ],
    meeting_agency: MARAC_TABLE.map((kind) => ({ meeting_id: id, agency_id: p.agencyByKind[kind], attended: status === 'HELD' ? true : null })),
  };
}
