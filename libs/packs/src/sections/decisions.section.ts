import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@waymark/platform';
import { readableBy, shows } from '../pack-access';
import { NOT_SHOWN, PackBlock, PackInput, PackSection } from '../pack-document';
import { inWords } from '../pack-words';
import { peopleInScope } from './people-in-scope';

interface ItemScoped {
  agendaItemId: string;
  meetingId: string;
  familyId: string;
  organisingAgencyId: string;
}
interface DecisionRow extends ItemScoped {
  id: string;
  kind: string;
  text: string;
  child: string | null;
}
interface ParticipationRow extends ItemScoped {
  id: string;
  personId: string;
  participation: string;
  exclusionReason: string | null;
  childView: string | null;
  interpreterProvided: boolean | null;
}

const ITEM_FIELDS = `ai.id AS "agendaItemId", ai.meeting_id AS "meetingId", ai.family_id AS "familyId", ai.organising_agency_id AS "organisingAgencyId"`;

/** Per case: what was decided and how each person in scope took part (the SafeLives minutes checklist). */
@Injectable()
export class DecisionsSection implements PackSection {
  readonly kind = 'minutes' as const;
  readonly order = 20;
  readonly title = 'Decisions and participation';

  constructor(private readonly db: TransactionalConnection) {}

  async build({ ctx, reader, items }: PackInput): Promise<{ blocks: PackBlock[]; personIds: string[] }> {
    const manager = this.db.manager(ctx);
    const itemIds = items.map((i) => i.id);
    const decisions = await readableBy<DecisionRow>(
      reader,
      'AgendaDecision',
      await manager.query(
        `SELECT d.id, d.kind, d.text, c.given_name || ' ' || c.family_name AS child, ${ITEM_FIELDS}
           FROM agenda_decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id LEFT JOIN person c ON c.id = d.child_id
          WHERE ai.id = ANY($1::uuid[]) ORDER BY d.recorded_at`,
        [itemIds],
      ),
      manager,
    );
    const participation = await readableBy<ParticipationRow>(
      reader,
      'Participation',
      await manager.query(
        `SELECT p.id, p.person_id AS "personId", p.participation, p.exclusion_reason AS "exclusionReason", p.child_view AS "childView",
                p.interpreter_provided AS "interpreterProvided", ${ITEM_FIELDS}
           FROM participation p JOIN agenda_item ai ON ai.id = p.agenda_item_id WHERE ai.id = ANY($1::uuid[])`,
        [itemIds],
      ),
      manager,
    );
    const people = await peopleInScope(reader, itemIds, manager);
    const blocks: PackBlock[] = [];
    for (const item of items) {
      blocks.push({ kind: 'heading', text: `Case ${item.position}: decisions` });
      const decided = decisions.filter((d) => d.agendaItemId === item.id);
      if (!decided.length) blocks.push({ kind: 'paragraph', text: 'No decision was recorded.' });
      for (const d of decided) {
        const about = d.child ? ` (${d.child})` : '';
        const text = shows(reader, 'AgendaDecision', d, 'text') ? d.text : NOT_SHOWN;
        blocks.push({ kind: 'field', label: `${d.kind === 'OTHER' ? 'Decision' : `Decision: ${inWords(d.kind)}`}${about}`, value: text });
      }
      const byPerson = new Map(participation.filter((p) => p.agendaItemId === item.id).map((p) => [p.personId, p]));
      blocks.push({
        kind: 'table',
        columns: [
          { title: 'Person in scope', width: 0.3 },
          { title: 'Took part', width: 0.4 },
          { title: "Child's view / interpreter", width: 0.3 },
        ],
        rows: (people.get(item.id) ?? []).map((person) => {
          const p = byPerson.get(person.id);
          if (!p) return [person.name, 'not recorded', ''];
          const excluded = p.exclusionReason ? `: ${shows(reader, 'Participation', p, 'exclusionReason') ? p.exclusionReason : NOT_SHOWN}` : '';
          const extra = [
            p.childView && `view ${inWords(p.childView)}`,
            p.interpreterProvided !== null && `interpreter ${p.interpreterProvided ? 'provided' : 'NOT provided'}`,
          ];
          return [person.name, `${inWords(p.participation)}${excluded}`, extra.filter(Boolean).join('; ')];
        }),
      });
    }
    return { blocks, personIds: [...people.values()].flat().map((p) => p.id) };
  }
}
