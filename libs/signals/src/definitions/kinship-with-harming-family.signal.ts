import { codeWords, list, sentence } from '../explanation';
import { AS_OF, evidence, inScope, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';

/**
 * How the carer stands to the person causing harm, from a typed relationship recorded either way
 * round: "carer is MOTHER of X", or "X is CHILD of carer" (so the carer is X's PARENT).
 * Partners and ex-partners are not relatives; kinship-carer relationships say nothing of blood.
 */
const CARER_IS = `
  SELECT r.family_id, r.id, r.person_id AS carer_id, r.related_person_id AS relative_id, r.type AS carer_is
    FROM person_relationship r
   WHERE ${inScope('r.family_id')} AND r.type IN ('MOTHER', 'FATHER', 'STEP_PARENT', 'SIBLING', 'GRANDPARENT', 'CHILD')
  UNION ALL
  SELECT r.family_id, r.id, r.related_person_id, r.person_id,
         CASE r.type WHEN 'CHILD' THEN 'PARENT' WHEN 'SIBLING' THEN 'SIBLING' WHEN 'GRANDPARENT' THEN 'GRANDCHILD'
                     WHEN 'STEP_PARENT' THEN 'STEP_CHILD' ELSE 'CHILD' END
    FROM person_relationship r
   WHERE ${inScope('r.family_id')} AND r.type IN ('MOTHER', 'FATHER', 'STEP_PARENT', 'SIBLING', 'GRANDPARENT', 'CHILD')`;

/**
 * KINSHIP_WITH_HARMING_FAMILY (docs/domain.md §4.13): a child is placed (as of the date) with a kinship carer
 * who is a relative of a person recorded as causing harm in the family. One signal per placement;
 * it resolves when the placement ends. HIGH when that person has harmed the placed child.
 */
export const kinshipWithHarmingFamily: SignalDefinition = {
  kind: SignalKind.KINSHIP_WITH_HARMING_FAMILY,
  sql: `
    WITH placement AS NOT MATERIALIZED (
      SELECT p.* FROM kinship_placement p
       WHERE ${inScope('p.family_id')} AND p.placed_on <= ${AS_OF} AND (p.ended_on IS NULL OR p.ended_on > ${AS_OF})
    ),
    harm AS (
      SELECT h.family_id, h.person_causing_harm_id, h.person_harmed_id, h.disclosure
        FROM harm_relationship h
       WHERE ${inScope('h.family_id')} AND h.recorded_on <= ${AS_OF}
    ),
    kin AS (${CARER_IS}),
    -- Three ways the carer stands to a person causing harm: a typed relationship; the carer is that
    -- person (a grandmother harming the mother); or, with no typed link, the placement's own side of the
    -- family (paternal/maternal) matches the harming parent (recorded as FATHER/MOTHER of the child).
    link AS (
      SELECT p.id AS placement_id, k.relative_id, k.carer_is, 'PersonRelationship' AS evidence_type, k.id::text AS evidence_id
        FROM placement p JOIN kin k ON k.family_id = p.family_id AND k.carer_id = p.carer_id
      UNION ALL
      SELECT p.id, p.carer_id, 'SELF', 'KinshipPlacement', p.id::text FROM placement p
      UNION ALL
      SELECT p.id, par.person_id, CASE par.type WHEN 'FATHER' THEN 'PATERNAL_RELATIVE' ELSE 'MATERNAL_RELATIVE' END,
             'PersonRelationship', par.id::text
        FROM placement p
        JOIN person_relationship par ON par.family_id = p.family_id AND par.related_person_id = p.child_id
         AND ((par.type = 'FATHER' AND p.carer_relationship IN ('PATERNAL_GRANDPARENT', 'PATERNAL_AUNT_OR_UNCLE', 'OTHER_PATERNAL_RELATIVE'))
           OR (par.type = 'MOTHER' AND p.carer_relationship IN ('MATERNAL_GRANDPARENT', 'MATERNAL_AUNT_OR_UNCLE', 'OTHER_MATERNAL_RELATIVE')))
       WHERE par.person_id <> p.carer_id
         AND NOT EXISTS (SELECT 1 FROM kin k WHERE k.family_id = p.family_id AND k.carer_id = p.carer_id AND k.relative_id = par.person_id)
    ),
    relation AS (
      SELECT l.placement_id, l.relative_id, l.carer_is, min(l.evidence_type) AS evidence_type, min(l.evidence_id) AS relationship_id,
             bool_or(h.disclosure = 'DISCLOSED') AS disclosed, bool_or(h.person_harmed_id = p.child_id) AS harmed_child
        FROM link l
        JOIN placement p ON p.id = l.placement_id
        JOIN harm h ON h.family_id = p.family_id AND h.person_causing_harm_id = l.relative_id
       GROUP BY l.placement_id, l.relative_id, l.carer_is
    ),
    per_placement AS (
      SELECT placement_id, bool_or(harmed_child) AS harmed_child, array_agg(relative_id) AS relative_ids,
             jsonb_agg(jsonb_build_object('personCausingHarmId', relative_id, 'carerIs', carer_is,
                                          'disclosure', CASE WHEN disclosed THEN 'DISCLOSED' ELSE 'SUSPECTED_NOT_DISCLOSED' END)
                       ORDER BY relative_id, carer_is) AS relations,
             jsonb_agg(jsonb_build_object('type', evidence_type, 'id', relationship_id, 'date', NULL,
                                          'label', CASE carer_is WHEN 'SELF' THEN 'Carer is recorded as causing harm'
                                                   ELSE 'Carer is ' || carer_is || ' of a person causing harm' END)
                       ORDER BY relative_id, carer_is) AS evidence
        FROM relation
       GROUP BY placement_id
    )
    SELECT p.family_id, p.id::text,
           ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[p.child_id, p.carer_id] || r.relative_ids) AS x ORDER BY x),
           CASE WHEN r.harmed_child THEN 'HIGH' ELSE 'MEDIUM' END,
           jsonb_build_array(${evidence('KinshipPlacement', 'p.id', 'p.placed_on', `'Placed with ' || p.carer_relationship`)}) || r.evidence,
           jsonb_build_object('childId', p.child_id, 'carerId', p.carer_id, 'carerRelationship', p.carer_relationship,
                              'placedOn', p.placed_on, 'relations', r.relations, 'harmedChild', r.harmed_child)
      FROM placement p JOIN per_placement r ON r.placement_id = p.id`,

  explain(facts, say) {
    const child = say.name(facts.childId);
    const carer = say.name(facts.carerId);
    const related = (facts.relations as Array<Record<string, string>>).filter((relation) => say.mayKnowHarm(relation.disclosure));
    const harmingCarer = related.some((relation) => relation.carerIs === 'SELF');
    const relations = related
      .filter((relation) => relation.carerIs !== 'SELF')
      .map((relation) => `${codeWords(relation.carerIs).replace('step child', 'stepchild')} of ${say.name(relation.personCausingHarmId)}`);
    return sentence([
      `${child} has been placed with ${carer} (${codeWords(facts.carerRelationship)}) since ${say.date(facts.placedOn)}`,
      harmingCarer ? `${carer} is recorded as causing harm in this family` : null,
      relations.length ? `${carer} is the ${list(relations)}, recorded as causing harm in this family` : null,
      relations.some((r) => r.startsWith('paternal relative') || r.startsWith('maternal relative'))
        ? 'a relative on the side of a harming parent, by the placement (no typed relationship was recorded)'
        : null,
      facts.harmedChild && (relations.length || harmingCarer) ? `harm to ${child} is recorded` : null,
    ]);
  },
};
