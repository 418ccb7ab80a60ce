import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@waymark/platform';
import { shows } from '../pack-access';
import { NOT_SHOWN, PackBlock, PackInput, PackSection } from '../pack-document';
import { calendarDay, inWords } from '../pack-words';
import { peopleInScope } from './people-in-scope';

/**
 * Each case on the agenda: who is in scope, why it is listed, the MARAC criteria the referral met and
 * the risks as summarised. The criteria are written from victim-side records, so, like the
 * maracCriteria query, they are not for a reader working with people causing harm; the risk summary
 * follows its field rule.
 */
@Injectable()
export class AgendaCasesSection implements PackSection {
  readonly kind = 'pack' as const;
  readonly order = 20;
  readonly title = 'Cases on the agenda';

  constructor(private readonly db: TransactionalConnection) {}

  async build({ ctx, reader, items }: PackInput): Promise<{ blocks: PackBlock[]; personIds: string[] }> {
    const manager = this.db.manager(ctx);
    if (!items.length) return { blocks: [{ kind: 'paragraph', text: 'No cases are listed yet.' }], personIds: [] };
    const people = await peopleInScope(
      reader,
      items.map((i) => i.id),
      manager,
    );
    const criteria: Array<{ id: string; criteria: string[] | null; submitted_on: string | null }> = await manager.query(
      `SELECT ai.id, r.marac_criteria AS criteria, r.submitted_on::text AS submitted_on
         FROM agenda_item ai LEFT JOIN referral r ON r.id = ai.marac_referral_id WHERE ai.id = ANY($1::uuid[])`,
      [items.map((i) => i.id)],
    );
    const criteriaOf = new Map(criteria.map((row) => [row.id, row]));
    const blocks: PackBlock[] = [];
    for (const item of items) {
      const inScope = people.get(item.id) ?? [];
      blocks.push({ kind: 'heading', text: `Case ${item.position}` });
      blocks.push({ kind: 'field', label: 'Reason for listing', value: item.reasonForListing });
      const referral = criteriaOf.get(item.id);
      if (reader.side.worksWithPeopleCausingHarm) blocks.push({ kind: 'withheld', text: `MARAC criteria met: ${NOT_SHOWN}` });
      else if (referral?.criteria?.length)
        blocks.push({
          kind: 'field',
          label: 'MARAC criteria met',
          value: `${referral.criteria.map(inWords).join('; ')} (referral of ${calendarDay(referral.submitted_on)})`,
        });
      else blocks.push({ kind: 'field', label: 'MARAC criteria met', value: 'No MARAC referral is linked to this case.' });
      if (!shows(reader, 'AgendaItem', item, 'riskSummary')) blocks.push({ kind: 'withheld', text: `Risk summary: ${NOT_SHOWN}` });
      else blocks.push({ kind: 'field', label: 'Risk summary', value: item.riskSummary ?? 'Not summarised yet.' });
      blocks.push({
        kind: 'table',
        columns: [
          { title: 'Person in scope', width: 0.45 },
          { title: 'Part in the case', width: 0.3 },
          { title: 'Date of birth', width: 0.25 },
        ],
        rows: inScope.map((p) => [p.name, inWords(p.scopeRole), calendarDay(p.dateOfBirth)]),
      });
    }
    return { blocks, personIds: [...people.values()].flat().map((p) => p.id) };
  }
}
