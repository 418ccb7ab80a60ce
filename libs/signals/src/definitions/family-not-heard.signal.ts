import { count, list, sentence } from '../explanation';
import { SignalSettingKey as S } from '../settings/signal-settings';
import { evidence, setting, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { FAMILY_MEETINGS, TOOK_PART, VIEW_RECORDED } from './shared-sql';

/**
 * FAMILY_NOT_HEARD (docs/domain.md §4.10): at each of the family's latest FAMILY_NOT_HEARD_MEETINGS meetings
 * (not cancelled, up to the evaluation date; a family discussed at fewer meetings is not judged)
 * the family was not heard: nobody in scope took part in any form (attended, in part, written
 * views, a separate meeting, through an advocate), or a child in scope aged
 * FAMILY_NOT_HEARD_CHILD_AGE or over on the meeting date had no view recorded. One signal per
 * family; HIGH when nobody in the family took part at any of those meetings.
 */
export const familyNotHeard: SignalDefinition = {
  kind: SignalKind.FAMILY_NOT_HEARD,
  sql: `
    WITH ranked AS (
      SELECT x.*, row_number() OVER (PARTITION BY x.family_id ORDER BY x.meeting_on DESC, x.meeting_id DESC) AS n,
             count(*) OVER (PARTITION BY x.family_id) AS discussed
        FROM (${FAMILY_MEETINGS}) x
    ),
    -- A family discussed at fewer meetings is not judged, so it is left out before the joins below
    -- (at 100,000 families that is over a third of the agenda items).
    recent AS (
      SELECT * FROM ranked WHERE n <= ${setting(S.FAMILY_NOT_HEARD_MEETINGS)} AND discussed >= ${setting(S.FAMILY_NOT_HEARD_MEETINGS)}
    ),
    heard AS (
      SELECT r.item_id,
             bool_or(p.participation IN ${TOOK_PART}) IS TRUE AS someone_took_part,
             array_agg(sp.person_id ORDER BY sp.person_id) FILTER (
               WHERE sp.scope_role = 'CHILD' AND person_date_of_birth_on(pe.id, r.meeting_on) IS NOT NULL
                 AND person_date_of_birth_on(pe.id, r.meeting_on) <= (r.meeting_on - make_interval(years => ${setting(S.FAMILY_NOT_HEARD_CHILD_AGE)}))::date
                 AND (p.child_view IS NULL OR p.child_view NOT IN ${VIEW_RECORDED})) AS unheard_child_ids
        FROM recent r
        JOIN agenda_item_person sp ON sp.agenda_item_id = r.item_id
        JOIN person pe ON pe.id = sp.person_id
        LEFT JOIN participation p ON p.agenda_item_id = r.item_id AND p.person_id = sp.person_id
       GROUP BY r.item_id
    ),
    -- Grouped by the item alone (one sort key instead of five), then the meeting's columns joined back.
    per_meeting AS (
      SELECT r.family_id, r.item_id, r.meeting_id, r.meeting_on, r.meeting_type, h.someone_took_part, h.unheard_child_ids
        FROM recent r JOIN heard h ON h.item_id = r.item_id
    ),
    -- Families not heard at every one of those meetings, found before any evidence is built: most are heard.
    unheard_family AS (
      SELECT family_id, bool_and(NOT someone_took_part) AS nobody_ever
        FROM per_meeting GROUP BY family_id
      HAVING count(*) >= ${setting(S.FAMILY_NOT_HEARD_MEETINGS)} AND bool_and(NOT someone_took_part OR unheard_child_ids IS NOT NULL)
    ),
    per_family AS (
      SELECT m.family_id,
             jsonb_agg(jsonb_build_object('on', meeting_on, 'type', meeting_type, 'nobodyTookPart', NOT someone_took_part) ORDER BY meeting_on, meeting_id) AS meeting_facts,
             jsonb_agg(${evidence('Meeting', 'meeting_id', 'meeting_on', `CASE WHEN NOT someone_took_part THEN 'Nobody in the family took part' ELSE 'A child''s view was not recorded' END`)}
                       ORDER BY meeting_on, meeting_id) AS evidence
        FROM per_meeting m JOIN unheard_family f ON f.family_id = m.family_id
       GROUP BY m.family_id
    ),
    unheard_child AS (
      SELECT m.family_id, array_agg(DISTINCT child_id ORDER BY child_id) AS child_ids
        FROM per_meeting m JOIN unheard_family f ON f.family_id = m.family_id CROSS JOIN LATERAL unnest(m.unheard_child_ids) AS child_id
       GROUP BY m.family_id
    )
    SELECT p.family_id, 'meetings', coalesce(c.child_ids, '{}'::uuid[]),
           CASE WHEN f.nobody_ever THEN 'HIGH' ELSE 'MEDIUM' END,
           p.evidence,
           jsonb_build_object('meetings', p.meeting_facts, 'childIds', coalesce(c.child_ids, '{}'::uuid[]), 'age', ${setting(S.FAMILY_NOT_HEARD_CHILD_AGE)})
      FROM per_family p JOIN unheard_family f ON f.family_id = p.family_id
      LEFT JOIN unheard_child c ON c.family_id = p.family_id`,

  explain(facts, say) {
    const meetings = facts.meetings as Array<{ on: string; nobodyTookPart: boolean }>;
    const nobody = meetings.filter((m) => m.nobodyTookPart).map((m) => say.date(m.on));
    const children = (facts.childIds as string[]).map((id) => say.name(id));
    return sentence([
      `The family was not heard at the last ${count(meetings.length, 'meeting')} about them (${list(meetings.map((m) => say.date(m.on)))})`,
      nobody.length ? `nobody in the family took part on ${list(nobody)}` : null,
      children.length ? `no view was recorded for ${list(children)}, aged ${facts.age} or over` : null,
    ]);
  },
};
