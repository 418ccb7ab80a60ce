import { Injectable } from '@nestjs/common';
import { PasswordHasher } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { ConflictError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { Area, emptyRows, FamilyBuilder, Row, Rows, TABLES, TableName } from './family-history';
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
    let pending: Promise<void> = Promise.resolve();
    for (let from = 0; from < o.families; from += o.batchSize) {
      const to = Math.min(o.families, from + o.batchSize);
      const rows = buildFamilies(partnership, o, from, to); // built while the previous batch is written
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
          detail: { seed: o.seed, area: o.area, fromFamily: from, families: to - from, rows: countRows(rows) },
        });
      });
      batches++;
    }
    await pending;
    return { families: o.families, rows: counts, batches, durationMs: Date.now() - started };
  }
}

function dedupe(rows: Row[]): Row[] {
  const seen = new Set<string>();
  const key = (r: Row) => `${r.id ?? r.meeting_id}:${r.id ? '' : r.agency_id}`;
  return rows.filter((r) => (seen.has(key(r)) ? false : (seen.add(key(r)), true)));
}

function countRows(rows: Rows): Record<string, number> {
  return Object.fromEntries(TABLES.map((t: TableName) => [t, rows[t].length]));
}
