import { EntityManager } from 'typeorm';
import { readableBy } from '../pack-access';
import { PackReader } from '../pack-document';

export interface PersonInScope {
  id: string;
  agendaItemId: string;
  scopeRole: string;
  name: string;
  dateOfBirth: string | null;
  createdByUserId: string;
}

/** The people in scope of these items whom the reader may read (as the people rules decide), by item. */
export async function peopleInScope(reader: PackReader, itemIds: string[], manager: EntityManager): Promise<Map<string, PersonInScope[]>> {
  const rows: PersonInScope[] = await manager.query(
    `SELECT p.id, aip.agenda_item_id AS "agendaItemId", aip.scope_role AS "scopeRole", p.given_name || ' ' || p.family_name AS name,
            p.date_of_birth::text AS "dateOfBirth", p.created_by_user_id AS "createdByUserId"
       FROM agenda_item_person aip JOIN person p ON p.id = aip.person_id
      WHERE aip.agenda_item_id = ANY($1::uuid[])
      ORDER BY array_position(ARRAY['ADULT_VICTIM', 'PERSON_CAUSING_HARM', 'CHILD']::text[], aip.scope_role) NULLS LAST, p.given_name`,
    [itemIds],
  );
  const byItem = new Map<string, PersonInScope[]>();
  for (const person of await readableBy(reader, 'Person', rows, manager)) byItem.set(person.agendaItemId, [...(byItem.get(person.agendaItemId) ?? []), person]);
  return byItem;
}
