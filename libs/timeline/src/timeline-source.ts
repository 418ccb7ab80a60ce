import { AppAbility } from '@waymark/access';
import { RequestContext } from '@waymark/platform';
import { TimelineKind } from './timeline-kind';

/** One row of the composed timeline query, before it is turned into words. */
export interface TimelineRow {
  kind: TimelineKind;
  entry_id: string;
  occurred_on: string;
  recorded_at: string;
  actor_user_id: string | null;
  person_ids: string[];
  data: Record<string, unknown>;
}

/** What the reader may be told beyond the facts of an entry. */
export interface TimelineReader {
  /**
   * Free text written about the family (incident descriptions, reasons for listing, decisions,
   * actions) can place the adult victim: never for anyone who works with people causing harm.
   */
  freeText: boolean;
}

/**
 * A kind of record that appears on the timeline. `sql` selects, for the family `$1`, the columns
 * of TimelineRow (kind, entry_id, occurred_on, recorded_at, actor_user_id, person_ids, data);
 * `summary` writes the practitioner-facing sentence from the row and the names of the people in it.
 */
export interface TimelineSource {
  kinds: TimelineKind[];
  /** Kinds this caller may not see at all on this family; they are left out in SQL, so pages stay full. */
  hiddenKinds?(ability: AppAbility, ctx: RequestContext, familyId: string): TimelineKind[] | Promise<TimelineKind[]>;
  sql: string;
  summary(row: TimelineRow, name: (personId: unknown) => string, reader: TimelineReader): string;
}
