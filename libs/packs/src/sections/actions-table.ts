import { EntityManager } from 'typeorm';
import { readableBy, shows } from '../pack-access';
import { NOT_SHOWN, PackBlock, PackReader } from '../pack-document';
import { calendarDay, inWords, meetingDay } from '../pack-words';

interface ActionRow {
  id: string;
  meetingId: string;
  familyId: string;
  organisingAgencyId: string;
  owningAgencyId: string;
  ownerUserId: string | null;
  subjectScopeRole: string;
  description: string;
  completionNote: string | null;
  status: string;
  dueOn: string;
  completedOn: string | null;
  owner: string;
  agency: string;
  subject: string;
  agreedAt: Date;
  position: number;
}

/**
 * Actions matching `where` (over meeting_action a, meeting m, agenda_item ai), those the reader may read, as a
 * table: what (unless its text is held back from the reader), whose, about whom, due, status.
 */
export async function actionsTable(
  reader: PackReader,
  manager: EntityManager,
  where: string,
  params: unknown[],
  options: { withMeeting: boolean },
): Promise<PackBlock> {
  const rows: ActionRow[] = await manager.query(
    `SELECT a.id, a.meeting_id AS "meetingId", a.family_id AS "familyId", a.organising_agency_id AS "organisingAgencyId",
            a.owning_agency_id AS "owningAgencyId", a.owner_user_id AS "ownerUserId", a.subject_scope_role AS "subjectScopeRole",
            a.description, a.completion_note AS "completionNote", a.status, a.due_on::text AS "dueOn", a.completed_on::text AS "completedOn",
            coalesce(u.display_name, a.external_owner_name) AS owner, ag.name AS agency, p.given_name || ' ' || p.family_name AS subject,
            m.starts_at AS "agreedAt", ai.position
       FROM meeting_action a
       JOIN meeting m ON m.id = a.meeting_id
       JOIN agenda_item ai ON ai.id = a.agenda_item_id
       JOIN agency ag ON ag.id = a.owning_agency_id
       JOIN person p ON p.id = a.subject_person_id
       LEFT JOIN app_user u ON u.id = a.owner_user_id
      WHERE ${where}
      ORDER BY m.starts_at DESC, ai.position, a.due_on, a.created_at`,
    params,
  );
  const readable = await readableBy(reader, 'MeetingAction', rows, manager);
  if (!readable.length) return { kind: 'paragraph', text: 'None.' };
  const status = (a: ActionRow) => (a.completedOn ? `${inWords(a.status)} ${calendarDay(a.completedOn)}` : inWords(a.status));
  const what = (a: ActionRow) => {
    if (!shows(reader, 'MeetingAction', a, 'description')) return `${NOT_SHOWN} (about the ${inWords(a.subjectScopeRole)})`;
    const note = a.completionNote && shows(reader, 'MeetingAction', a, 'completionNote') ? ` Outcome: ${a.completionNote}` : '';
    return `${a.description}${note}`;
  };
  return {
    kind: 'table',
    columns: [
      ...(options.withMeeting ? [{ title: 'Agreed', width: 0.12 }] : [{ title: 'Case', width: 0.07 }]),
      { title: 'Action', width: options.withMeeting ? 0.33 : 0.38 },
      { title: 'Owner', width: 0.22 },
      { title: 'About', width: 0.12 },
      { title: 'Due', width: 0.11 },
      { title: 'Status', width: 0.1 },
    ],
    rows: readable.map((a) => [
      options.withMeeting ? meetingDay(a.agreedAt) : String(a.position),
      what(a),
      `${a.owner} (${a.agency})`,
      a.subject,
      calendarDay(a.dueOn),
      status(a),
    ]),
  };
}
