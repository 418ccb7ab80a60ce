import { Injectable } from '@nestjs/common';
import { abilityOf, hasRole, Role } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, codeWords, ForbiddenError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { AgendaService } from '../agenda/agenda.service';
import { MeetingType, ScopeRole } from '../meeting-kinds';
import { MeetingEntity } from '../meetings/meeting.entity';
import { ListOnMatacInput, MatacWorklistArgs } from './dto/matac-worklist.args';
import { assertWeights, DEFAULT_RFG_WEIGHTS, DEFAULT_RFG_WINDOW_MONTHS, GRAVITY_OF_FORM, GRAVITY_OF_INCIDENT, RFG_SQL, RfgWeights } from './matac-rfg';
import { MatacWorklistEntryModel, MatacWorklistModel } from './matac-worklist.model';

interface RfgRow {
  person_id: string;
  given_name: string;
  family_name: string;
  family_id: string;
  latest_on: string;
  frequency: number;
  gravity: number;
  recency: number;
  victims: number;
  kinds: string[];
  score: number;
}

const INCIDENT_WORDS: Record<string, string> = {
  POLICE_DA_NOTIFICATION: 'a police domestic abuse notification',
  OTHER_REPORTED_INCIDENT: 'another reported incident',
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const times = (weight: number) => (weight === 1 ? '' : ` × ${weight}`);

/**
 * The MATAC worklist (docs/domain.md §2): people causing harm ranked by RFG (matac-rfg.ts), for MARAC
 * coordinators (the whole partnership) and managers (their agency's families). It names only the
 * people causing harm, counts their victims, and quotes nothing written about anyone.
 */
@Injectable()
export class MatacWorklistService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly agenda: AgendaService,
  ) {}

  async worklist(ctx: RequestContext, args: MatacWorklistArgs): Promise<MatacWorklistModel> {
    const weights: RfgWeights = args.weights ?? DEFAULT_RFG_WEIGHTS;
    assertWeights(weights);
    const windowMonths = args.windowMonths ?? DEFAULT_RFG_WINDOW_MONTHS;
    const rows = await this.rank(ctx, weights, windowMonths, null, args.first ?? 20);
    await this.audit.recordReads(
      ctx,
      'Person',
      rows.map((row) => row.person_id),
    );
    return {
      windowMonths,
      recencyWeight: weights.recency,
      frequencyWeight: weights.frequency,
      gravityWeight: weights.gravity,
      method:
        `Each person causing harm is scored on the incidents (where he is recorded as causing harm) and disclosed harm recorded against him in the last ${plural(windowMonths, 'month')}. ` +
        `Recency: ${windowMonths} less the whole months since the latest. Frequency: how many. Gravity: a police domestic abuse notification 2, another incident 1, ` +
        `harm its gravest form (non-fatal strangulation or sexual 5, honour-based 4, physical, stalking or coercive control 3, other forms 2). ` +
        `Score = ${weights.recency} × recency + ${weights.frequency} × frequency + ${weights.gravity} × gravity.`,
      entries: rows.map((row, i) => this.entry(row, i + 1, weights, windowMonths)),
    };
  }

  /** Lists the person on a MATAC's agenda in one step: his family's item, him in scope, his score as the reason. */
  async listOnMatac(ctx: RequestContext, input: ListOnMatacInput): Promise<AgendaItemEntity> {
    if (!abilityOf(ctx).can('read', 'MatacWorklist')) throw new ForbiddenError('The MATAC worklist is for MARAC coordinators and managers.');
    const meeting = await this.db.repository(ctx, MeetingEntity).findOneBy({ id: input.meetingId });
    if (meeting && meeting.type !== MeetingType.MATAC) {
      throw BadUserInputError.field('meetingId', `is a ${codeWords(meeting.type)} meeting; people from the MATAC worklist are listed on a MATAC`);
    }
    const [row] = await this.rank(ctx, DEFAULT_RFG_WEIGHTS, DEFAULT_RFG_WINDOW_MONTHS, input.personId, 1);
    if (!row)
      throw BadUserInputError.field(
        'personId',
        `is not on the MATAC worklist: nothing is recorded against them in the last ${DEFAULT_RFG_WINDOW_MONTHS} months`,
      );
    const entry = this.entry(row, 1, DEFAULT_RFG_WEIGHTS, DEFAULT_RFG_WINDOW_MONTHS);
    return this.agenda.addItem(ctx, {
      meetingId: input.meetingId,
      familyId: row.family_id,
      reasonForListing:
        input.reasonForListing?.trim() ||
        `From the MATAC worklist: score ${entry.score} (recency ${entry.recency}, frequency ${entry.frequency}, gravity ${entry.gravity}); ${plural(entry.victims, 'victim')}.`,
      people: [{ personId: row.person_id, scopeRole: ScopeRole.PERSON_CAUSING_HARM }],
    });
  }

  private rank(ctx: RequestContext, weights: RfgWeights, windowMonths: number, personId: string | null, limit: number): Promise<RfgRow[]> {
    const actor = ctx.actor!;
    // Coordinators rank the partnership; a manager (who is not also a coordinator) their agency's families.
    const agencyId = hasRole(actor.roles, Role.MARAC_COORDINATOR) ? null : actor.agencyId;
    return this.db.manager(ctx).query(RFG_SQL, [windowMonths, today(), weights.recency, weights.frequency, weights.gravity, agencyId, personId, limit]);
  }

  private entry(row: RfgRow, rank: number, weights: RfgWeights, windowMonths: number): MatacWorklistEntryModel {
    const score = Math.round(Number(row.score) * 100) / 100;
    const kinds = [...row.kinds]
      .sort((a, b) => (GRAVITY_OF_FORM[b] ?? GRAVITY_OF_INCIDENT[b] ?? 0) - (GRAVITY_OF_FORM[a] ?? GRAVITY_OF_INCIDENT[a] ?? 0))
      .map((kind) => INCIDENT_WORDS[kind] ?? codeWords(kind).toLowerCase());
    const name = `${row.given_name} ${row.family_name}`.trim();
    const explanation =
      `${name}: ${plural(row.frequency, 'incident or harm', 'incidents or harms')} recorded in the last ${plural(windowMonths, 'month')} ` +
      `(frequency ${row.frequency}${times(weights.frequency)}), the latest on ${row.latest_on} (recency ${row.recency}${times(weights.recency)}), ` +
      `gravity ${row.gravity}${times(weights.gravity)} (${kinds.join(', ')}); ${plural(row.victims, 'victim')}. Score ${score}.`;
    return {
      rank,
      personId: row.person_id,
      name,
      familyId: row.family_id,
      score,
      recency: row.recency,
      frequency: row.frequency,
      gravity: row.gravity,
      victims: row.victims,
      latestOn: row.latest_on,
      explanation,
    };
  }
}
