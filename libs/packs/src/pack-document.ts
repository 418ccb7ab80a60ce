import { AppAbility, Side } from '@waymark/access';
import { AgendaItemEntity, MeetingEntity } from '@waymark/meetings';
import { RequestContext } from '@waymark/platform';

/** The two documents of a meeting: the pack sent before it, the minutes and action plan after it. */
export type PackKind = 'pack' | 'minutes';

/** Who a document is for: an invited agency, read through its representatives' access rules. */
export interface PackReader {
  agencyId: string;
  agencyName: string;
  ability: AppAbility;
  side: Side;
}

/** What every section is given: the meeting, the reader, and the agenda items the reader may read, in order. */
export interface PackInput {
  ctx: RequestContext;
  meeting: MeetingEntity;
  reader: PackReader;
  items: AgendaItemEntity[];
}

/** The pieces a section is written in; the PDF renderer lays them out (a section knows nothing of PDF). */
export type PackBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'table'; columns: Array<{ title: string; width: number }>; rows: string[][] }
  /** Something held back from this reader, said so plainly (the screens' "Not shown to your role"). */
  | { kind: 'withheld'; text: string };

export interface PackDocument {
  kind: PackKind;
  title: string;
  meeting: MeetingEntity;
  reader: PackReader;
  sections: Array<{ title: string; blocks: PackBlock[] }>;
  /** The families and people it shows: audited as read. */
  familyIds: string[];
  personIds: string[];
}

/**
 * One section of a pack or of the minutes. Sections are registered with the PackSections registry
 * (agency research registers its own the same way) and are written in their `order`.
 */
export interface PackSection {
  kind: PackKind;
  /** Sections are written lowest first; the built-in ones use 10, 20, 30 …, leaving room between. */
  order: number;
  title: string;
  build(input: PackInput): Promise<{ blocks: PackBlock[]; personIds?: string[] }>;
}

/** What a section says where the reader's agency may not see a value. */
export const NOT_SHOWN = 'Not shown to your agency.';
