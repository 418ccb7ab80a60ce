import { codeWords } from '@waymark/platform';
import { asSubject } from '@waymark/access';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

const words = codeWords;

export const assessmentSource: TimelineSource = {
  kinds: [TimelineKind.ASSESSMENT],
  sql: `
    SELECT 'ASSESSMENT', 'assessment:' || a.id, a.assessed_on, a.created_at, a.recorded_by_user_id, ARRAY[a.child_id],
           jsonb_build_object('factors', a.factors, 'primaryNeed', a.primary_need, 'outcome', a.outcome)
      FROM assessment a WHERE a.family_id = $1`,
  summary: (row, name) =>
    `Assessment of ${name(row.person_ids[0])}: factors ${(row.data.factors as string[]).join(', ')}; primary need ${row.data.primaryNeed}; outcome ${row.data.outcome}.`,
};

/** The free-text note never appears here: it is a restricted field of the harm record. */
export const harmSource: TimelineSource = {
  kinds: [TimelineKind.HARM_DISCLOSED, TimelineKind.HARM_SUSPECTED],
  hiddenKinds: (ability) =>
    ability.can('read', asSubject('HarmRelationship', { disclosure: 'SUSPECTED_NOT_DISCLOSED' })) ? [] : [TimelineKind.HARM_SUSPECTED],
  sql: `
    SELECT CASE h.disclosure WHEN 'DISCLOSED' THEN 'HARM_DISCLOSED' ELSE 'HARM_SUSPECTED' END, 'harm:' || h.id, h.recorded_on, h.recorded_at,
           h.recorded_by_user_id, ARRAY[h.person_causing_harm_id, h.person_harmed_id], jsonb_build_object('forms', h.forms)
      FROM harm_relationship h WHERE h.family_id = $1`,
  summary: (row, name) =>
    `${row.kind === TimelineKind.HARM_SUSPECTED ? 'Suspected, not disclosed' : 'Disclosed'}: ${name(row.person_ids[0])} causing harm to ${name(row.person_ids[1])} (${(row.data.forms as string[]).map(words).join(', ')}).`,
};

export const socioEconomicSource: TimelineSource = {
  kinds: [TimelineKind.SOCIO_ECONOMIC_CONTEXT],
  sql: `
    SELECT 'SOCIO_ECONOMIC_CONTEXT', 'context:' || c.id, c.recorded_on, c.recorded_at, c.recorded_by_user_id, ARRAY[]::uuid[],
           jsonb_build_object('housing', c.housing, 'employment', c.employment, 'decile', c.deprivation_decile, 'hardship', c.income_hardship)
      FROM socio_economic_context c WHERE c.family_id = $1`,
  summary: (row) =>
    `Circumstances: housing ${words(row.data.housing)}, employment ${words(row.data.employment)}` +
    `${row.data.hardship ? ', income hardship' : ''}${row.data.decile ? `, deprivation decile ${row.data.decile}` : ''}.`,
};
