import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { ConflictError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { Area, emptyRows, FamilyBuilder, maracAreas, Row, Rows, TABLES, TableName } from './family-history';
import { maracSittings } from './marac-list';
import { GeneratedHistoryError, historyProblems } from './history-rules';
import { BatchWriter } from './batch-writer';
import { caseloadTeamId, caseloadTeams, DEFAULT_DEMO_PASSWORD, ensureCaseloadTeams, ensurePartnership, Partnership, partnershipIds } from './partnership';

export interface GenerateOptions {
  families: number;
  seed: string;
  area?: Area;
  /** Histories end on this day (default today): fixed in tests so the same seed gives the same rows. */
  asOf?: string;
  batchSize?: number;
  /** The demo allocates every family to the demo practitioner too, and co-works more of them. */
  allocateToPractitioner?: boolean;
  coworkShare?: number;
  /** Families per team (default TEAM_CASELOAD); the demo gives every family to the demo team. */
  teamCaseload?: number;
  password?: string;
  /**
   * Fill each MARAC sitting of the last this many years with the rest of its list (the demo): cases
   * from families the run does not otherwise hold, so a sitting hears 10-25 as real ones do. Off by
   * default: a large run's own families fill their areas' sittings.
   */
  maracListYears?: number;
}

export interface GenerationSummary {
  families: number;
  rows: Record<string, number>;
  batches: number;
  durationMs: number;
}

/** Builds every family of one run in memory, validated, without writing (tests and digests). */
export function buildFamilies(
  partnership: Partnership,
  o: Required<Pick<GenerateOptions, 'seed' | 'area' | 'asOf'>> & GenerateOptions,
  from: number,
  to: number,
): Rows {
  const rows = emptyRows();
  for (let i = from; i < to; i++) {
    const family = new FamilyBuilder(
      {
        seed: o.seed,
        area: o.area,
        asOf: o.asOf,
        partnership,
        coworkShare: o.coworkShare ?? 0.1,
        allocateToUserId: o.allocateToPractitioner ? partnership.userByRole.CASE_PRACTITIONER : null,
        teamId: caseloadTeamId(partnership, i, caseloadTeams(o.families, o.teamCaseload)),
        maracArea: i % maracAreas(o.families),
      },
      i,
    ).build();
    const problems = historyProblems(family, o.asOf);
    if (problems.length)
      throw new GeneratedHistoryError(`Generated family ${i} (seed ${o.seed}) breaks the services' rules: ${problems.slice(0, 5).join('; ')}`);
    for (const t of TABLES) for (const row of family[t]) rows[t].push(row);
  }
  return rows;
}

/**
 * Every MARAC area's scheduled sitting in the coming weeks and, with `maracListYears`, the rest of
 * each sitting's list (see MaracCase), each case checked as a family is. Written with the first batch.
 */
export function buildMaracSittings(partnership: Partnership, o: Required<Pick<GenerateOptions, 'seed' | 'area' | 'asOf'>> & GenerateOptions): Rows {
  const rows = emptyRows();
  const settings = { seed: o.seed, area: o.area, asOf: o.asOf, partnership, coworkShare: 0 };
  const list = o.maracListYears ? { seed: o.seed, asOf: o.asOf, years: o.maracListYears } : null;
  maracSittings(settings, maracAreas(o.families), o.families, list, (found) => {
    const problems = historyProblems({ ...emptyRows(), ...found }, o.asOf);
    if (problems.length)
      throw new GeneratedHistoryError(`A generated MARAC case (seed ${o.seed}) breaks the services' rules: ${problems.slice(0, 5).join('; ')}`);
    for (const t of TABLES) for (const row of found[t] ?? []) rows[t].push(row);
  });
  return rows;
}

/**
 * The synthetic partnership generator (issue 6). Families are built in memory from a seeded PRNG,
 * each checked with the services' own rule functions (historyProblems), then written table by table
 * in batches, one transaction and one audit event (`generator.batch`, counts only) per batch.
 */
@Injectable()
export class PartnershipGenerator {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
  ) {}

  /** The demo partnership (agencies, team, one account per role, services), written once. */
  async ensurePartnership(ctx: RequestContext, password = DEFAULT_DEMO_PASSWORD): Promise<Partnership> {
    const ids = partnershipIds();
    const [{ present }] = await this.db.manager(ctx).query(`SELECT count(*)::int AS present FROM app_user WHERE id = ANY($1)`, [Object.values(ids.userByRole)]);
    if (present === Object.keys(ids.userByRole).length) return ids;
    const hash = await this.passwords.hash(password);
    return this.db.withTransaction(ctx, async (tx) => {
      const { partnership } = await ensurePartnership(this.db.manager(tx), hash);
      await this.audit.record(tx, {
        action: 'demo.partnership',
        subjectType: 'Agency',
        detail: { agencies: Object.keys(partnership.agencyByKind).length, users: Object.keys(partnership.userByRole).length },
      });
      return partnership;
    });
  }

  async generate(ctx: RequestContext, options: GenerateOptions): Promise<GenerationSummary> {
    const started = Date.now();
    const o = { ...options, area: options.area ?? ('inner-city' as Area), asOf: options.asOf ?? today(), batchSize: options.batchSize ?? 2000 };
    if (!Number.isInteger(o.families) || o.families < 1 || o.families > 1_000_000) throw new Error('--families must be a whole number from 1 to 1,000,000');
    const partnership = await this.ensurePartnership(ctx, o.password);
    const firstId = new FamilyBuilder({ seed: o.seed, area: o.area, asOf: o.asOf, partnership, coworkShare: 0 }, 0).familyId;
    const [existing] = await this.db.manager(ctx).query(`SELECT 1 FROM family WHERE id = $1`, [firstId]);
    // Re-running a seed would write the same ids again: refuse rather than half-duplicate.
    if (existing) throw new ConflictError(`Families for seed "${o.seed}" are already in this database; use another --seed to add more.`);
    await this.db.withTransaction(ctx, (tx) => ensureCaseloadTeams(this.db.manager(tx), partnership, caseloadTeams(o.families, o.teamCaseload)));

    const counts: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t, 0]));
    let batches = 0;
    const maracs = new Set<string>();
    let pending: Promise<void> = Promise.resolve();
    for (let from = 0; from < o.families; from += o.batchSize) {
      const to = Math.min(o.families, from + o.batchSize);
      const rows = buildFamilies(partnership, o, from, to); // built while the previous batch is written
      const sittings = from === 0 ? buildMaracSittings(partnership, o) : emptyRows();
      for (const t of TABLES) for (const row of sittings[t]) rows[t].push(row);
      for (const m of rows.meeting) if (m.type === 'MARAC') maracs.add(m.id as string);
      await pending;
      pending = this.db.withTransaction(RequestContext.system('generator'), async (tx) => {
        const batchWriter = new BatchWriter(() => this.db.manager(tx));
        for (const table of TABLES) {
          const shared = table === 'meeting' || table === 'meeting_agency'; // MARAC sittings many families share
          const list = shared ? dedupe(rows[table]) : rows[table];
          await batchWriter.insert(table, list, shared);
          counts[table] += list.length;
        }
        await this.audit.record(tx, {
          action: 'generator.batch',
          subjectType: 'Generator',
          detail: { seed: o.seed, area: o.area, fromFamily: from, families: to - from, maracCases: sittings.family.length, rows: countRows(rows) },
        });
      });
      batches++;
    }
    await pending;
    await this.db.withTransaction(RequestContext.system('generator'), (tx) => numberAgendas(this.db.manager(tx), [...maracs]));
    return { families: o.families, rows: counts, batches, durationMs: Date.now() - started };
  }
}

/**
 * Numbers each MARAC's agenda 1, 2, 3… in the order the cases were referred (families are written
 * with positions that only need to be distinct). Two steps, as (meeting_id, position) is unique.
 */
async function numberAgendas(manager: EntityManager, meetingIds: string[]): Promise<void> {
  await manager.query(`UPDATE agenda_item SET position = position + 1000000000 WHERE meeting_id = ANY($1::uuid[])`, [meetingIds]);
  await manager.query(
    `UPDATE agenda_item i SET position = n.position
       FROM (SELECT i.id, row_number() OVER (PARTITION BY i.meeting_id ORDER BY r.submitted_on, r.id) AS position
               FROM agenda_item i LEFT JOIN referral r ON r.id = i.marac_referral_id WHERE i.meeting_id = ANY($1::uuid[])) n
      WHERE i.id = n.id`,
    [meetingIds],
  );
}

function dedupe(rows: Row[]): Row[] {
  const seen = new Set<string>();
  const key = (r: Row) => `${r.id ?? r.meeting_id}:${r.id ? '' : r.agency_id}`;
  return rows.filter((r) => (seen.has(key(r)) ? false : (seen.add(key(r)), true)));
}

function countRows(rows: Rows): Record<string, number> {
  return Object.fromEntries(TABLES.map((t: TableName) => [t, rows[t].length]));
}
