import { Injectable } from '@nestjs/common';
import { abilityOf, onlyAllowed, READ_RESTRICTED } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, Connection, Cursor, RequestContext, TransactionalConnection } from '@waymark/platform';
import { TimelineArgs } from './dto/timeline.args';
import { assessmentSource, harmSource, socioEconomicSource } from './sources/assessment-and-harm.source';
import { allocationSource, coupleSource, episodeSource, membershipSource } from './sources/household.source';
import { coworkSource } from './sources/cowork.source';
import { meetingSource } from './sources/meetings.source';
import { incidentSource, referralSource, riskAssessmentSource } from './sources/referral-and-risk.source';
import { childContactSource, kinshipPlacementSource } from './sources/child-arrangements.source';
import { practitionerContactSource } from './sources/practitioner-contact.source';
import { postSeparationReviewSource, riskSignalSource } from './sources/risk-signals.source';
import { safetyPlanSource } from './sources/safety-plans.source';
import { TimelineEntryModel } from './timeline.model';
import { TimelineReader, TimelineRow, TimelineSource } from './timeline-source';

const SOURCES: TimelineSource[] = [
  membershipSource,
  allocationSource,
  coupleSource,
  episodeSource,
  assessmentSource,
  harmSource,
  socioEconomicSource,
  referralSource,
  incidentSource,
  riskAssessmentSource,
  meetingSource,
  coworkSource,
  childContactSource,
  kinshipPlacementSource,
  practitionerContactSource,
  riskSignalSource,
  postSeparationReviewSource,
  safetyPlanSource,
];

/**
 * A family's chronology across every kind of record, newest first, as one UNION ALL query with
 * keyset pagination: a page costs the same few queries however long the family's history is.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /** The caller must already be allowed to read the family (the field hangs off Family). */
  async page(ctx: RequestContext, familyId: string, args: TimelineArgs): Promise<Connection<TimelineEntryModel>> {
    if (args.from && args.to && args.from > args.to) throw BadUserInputError.field('to', `is before from (${args.from})`);
    const limit = args.first ?? 20;
    const sources = args.kinds?.length ? SOURCES.filter((s) => s.kinds.some((k) => args.kinds!.includes(k))) : SOURCES;
    const after = args.after ? this.decode(args.after) : null;
    const ability = abilityOf(ctx);
    const hidden = (await Promise.all(SOURCES.map((source) => source.hiddenKinds?.(ability, ctx, familyId) ?? []))).flat();

    const rows: Array<TimelineRow & { sort_at: string }> = await this.db.manager(ctx).query(
      `SELECT entry.*, coalesce(entry.recorded_at, entry.occurred_on::timestamptz)::text AS sort_at, entry.occurred_on::text AS occurred_on
         FROM (${sources.map((s) => `(${s.sql})`).join(' UNION ALL ')})
              AS entry(kind, entry_id, occurred_on, recorded_at, actor_user_id, person_ids, data)
        WHERE ($2::text[] IS NULL OR entry.kind = ANY($2::text[]))
          AND NOT (entry.kind = ANY($9::text[]))
          AND ($3::date IS NULL OR entry.occurred_on >= $3::date)
          AND ($4::date IS NULL OR entry.occurred_on <= $4::date)
          AND ($5::date IS NULL OR (entry.occurred_on, coalesce(entry.recorded_at, entry.occurred_on::timestamptz), entry.entry_id)
                                   < ($5::date, $6::timestamptz, $7::text))
        ORDER BY entry.occurred_on DESC, coalesce(entry.recorded_at, entry.occurred_on::timestamptz) DESC, entry.entry_id DESC
        LIMIT $8`,
      [
        familyId,
        args.kinds?.length ? args.kinds : null,
        args.from ?? null,
        args.to ?? null,
        after?.date ?? null,
        after?.sortAt ?? null,
        after?.entryId ?? null,
        limit + 1,
        hidden,
      ],
    );
    const page = rows.slice(0, limit);
    const names = await this.names(ctx, page);
    const bySource = new Map(SOURCES.flatMap((s) => s.kinds.map((k) => [k, s] as const)));
    // The victim-side policy grants the timeline's free text (TimelineEntry.freeText) to those it may reach.
    const reader: TimelineReader = { freeText: abilityOf(ctx).can(READ_RESTRICTED, 'TimelineEntry', 'freeText') };
    const nodes = page.map((row) => ({
      id: row.entry_id,
      kind: row.kind,
      date: row.occurred_on,
      recordedAt: row.recorded_at ? new Date(row.recorded_at) : null,
      actorUserId: row.actor_user_id,
      personIds: row.person_ids,
      summary: bySource.get(row.kind)!.summary(row, (id) => names.get(String(id)) ?? 'Someone', reader),
    }));
    const last = page[page.length - 1];
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? Cursor.encode(`${last.occurred_on}|${last.sort_at}`, last.entry_id) : null },
    };
  }

  /** Names for the summaries, in one query; reading them is a read of those person records. */
  private async names(ctx: RequestContext, rows: TimelineRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.flatMap((row) => [...row.person_ids, row.data.leftHousehold].filter(Boolean) as string[]))];
    if (!ids.length) return new Map();
    const found: Array<{ id: string; given_name: string; createdByUserId: string }> = await this.db
      .manager(ctx)
      .query(`SELECT id, given_name, created_by_user_id AS "createdByUserId" FROM person WHERE id = ANY($1::uuid[])`, [ids]);
    const people = await onlyAllowed(ctx, 'read', 'Person', found);
    await this.audit.recordReads(
      ctx,
      'Person',
      people.map((p) => p.id),
    );
    return new Map(people.map((p) => [p.id, p.given_name]));
  }

  private decode(cursor: string): { date: string; sortAt: string; entryId: string } {
    const { sortValue, id } = Cursor.decode(cursor);
    const [date, sortAt] = sortValue.split('|');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || !sortAt || Number.isNaN(Date.parse(sortAt))) {
      throw BadUserInputError.field('after', 'is not a cursor this API gave out; use pageInfo.endCursor from the previous page');
    }
    return { date, sortAt, entryId: id };
  }
}
