import { Injectable } from '@nestjs/common';
import { restrictedFieldsOf } from '@waymark/access';
import { AgencyResearchEntity } from '@waymark/meetings';
import { TransactionalConnection } from '@waymark/platform';
import { readableBy, shows } from '../pack-access';
import { NOT_SHOWN, PackBlock, PackInput, PackSection } from '../pack-document';
import { calendarDay } from '../pack-words';

/** The parts of the SafeLives research form, in the form's order, and how the pack names them. */
const PARTS: Array<[keyof AgencyResearchEntity, string]> = [
  ['victimFacts', 'About the victim (facts)'],
  ['personCausingHarmFacts', 'About the person causing harm (facts)'],
  ['childrenFacts', 'About the children (facts)'],
  ['professionalOpinion', 'Professional opinion'],
  ['notShared', 'Held back'],
  ['notSharedReason', 'Why it was held back'],
];

/**
 * What each invited agency's records hold on each case, as researched before the meeting: facts apart
 * from opinion, what was held back and why, who researched it and when. Each research record and each
 * of its parts is shown by the reader's own rules, so a reader working with people causing harm never
 * reads the victim-side parts; an agency that has not researched a case is named, so the meeting
 * knows what is missing.
 */
@Injectable()
export class AgencyResearchSection implements PackSection {
  readonly kind = 'pack' as const;
  readonly order = 30;
  readonly title = 'Agency research';

  constructor(private readonly db: TransactionalConnection) {}

  async build({ ctx, meeting, reader, items }: PackInput): Promise<{ blocks: PackBlock[] }> {
    if (!items.length) return { blocks: [{ kind: 'paragraph', text: 'No cases are listed yet.' }] };
    const manager = this.db.manager(ctx);
    const all = await manager.find(AgencyResearchEntity, { where: items.map((item) => ({ agendaItemId: item.id })), order: { recordedAt: 'ASC' } });
    const research = await readableBy(reader, 'AgencyResearch', all, manager);
    const names: Array<{ id: string; name: string }> = await manager.query(
      `SELECT a.id, a.name FROM meeting_agency ma JOIN agency a ON a.id = ma.agency_id WHERE ma.meeting_id = $1 ORDER BY a.name`,
      [meeting.id],
    );
    const researchers: Array<{ id: string; display_name: string }> = research.length
      ? await manager.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [research.map((r) => r.researcherUserId)])
      : [];
    const agencyName = new Map(names.map((a) => [a.id, a.name]));
    const researcherName = new Map(researchers.map((u) => [u.id, u.display_name]));
    const restricted = restrictedFieldsOf('AgencyResearch');
    const blocks: PackBlock[] = [];
    for (const item of items) {
      blocks.push({ kind: 'heading', text: `Case ${item.position}` });
      const own = research.filter((r) => r.agendaItemId === item.id);
      for (const entry of own) {
        const by = `${agencyName.get(entry.agencyId) ?? 'An agency'}, researched on ${calendarDay(entry.researchedOn)} by ${researcherName.get(entry.researcherUserId) ?? 'a colleague'}`;
        blocks.push({ kind: 'field', label: 'Research', value: entry.holdsRecords ? by : `${by}: holds no records on this family` });
        for (const [part, label] of PARTS) {
          if (restricted.includes(part) && !shows(reader, 'AgencyResearch', entry, part)) blocks.push({ kind: 'withheld', text: `${label}: ${NOT_SHOWN}` });
          else if (entry[part]) blocks.push({ kind: 'field', label, value: String(entry[part]) });
        }
      }
      const researched = new Set(all.filter((r) => r.agendaItemId === item.id).map((r) => r.agencyId));
      const missing = names.filter((a) => !researched.has(a.id)).map((a) => a.name);
      if (!own.length && !missing.length) blocks.push({ kind: 'withheld', text: `Research: ${NOT_SHOWN}` });
      if (missing.length) blocks.push({ kind: 'field', label: 'Not yet researched by', value: missing.join('; ') });
    }
    return { blocks };
  }
}
