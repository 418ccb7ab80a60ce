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
}

/** The MARAC sits every other Thursday; a referral is heard at the next sitting 7 or more days on. */
export function maracDate(after: string): string {
  const epoch = '2000-01-06'; // a Thursday
  const d = daysFrom(epoch, addDays(after, 7));
  return addDays(epoch, Math.ceil(d / 14) * 14);
}

export function maracMeetingId(seed: string, date: string): string {
  return namedUuid(`waymark-generator:${seed}:marac:${date}`);
}
