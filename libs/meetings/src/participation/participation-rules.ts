import { FieldProblem } from '@waymark/platform';
import { ChildView, ParticipationKind, ScopeRole } from '../meeting-kinds';

export interface ParticipationEntry {
  personId: string;
  participation: ParticipationKind;
  exclusionReason?: string | null;
  childView?: ChildView | null;
  interpreterProvided?: boolean | null;
}

export interface PersonInScope {
  personId: string;
  scopeRole: ScopeRole;
  givenName: string;
  interpreterNeeded: boolean;
}

/**
 * Every problem with a set of participation entries for one agenda item, by field
 * (`entries.2.exclusionReason`), so the whole set is refused and each mistake named at once.
 */
export function participationProblems(entries: ParticipationEntry[], scope: PersonInScope[]): FieldProblem[] {
  const inScope = new Map(scope.map((person) => [person.personId, person]));
  const problems: FieldProblem[] = [];
  const problem = (i: number, field: string, text: string) => problems.push({ field: `entries.${i}.${field}`, problems: [text] });
  const seen = new Set<string>();

  entries.forEach((entry, i) => {
    const person = inScope.get(entry.personId);
    if (!person) return problem(i, 'personId', "is not in this item's scope");
    if (seen.has(entry.personId)) return problem(i, 'personId', `${person.givenName} is given more than once`);
    seen.add(entry.personId);

    const excluded = entry.participation === ParticipationKind.EXCLUDED_FOR_SAFETY;
    if (excluded && !entry.exclusionReason?.trim()) problem(i, 'exclusionReason', `is required: say why ${person.givenName} was excluded for safety`);
    if (!excluded && entry.exclusionReason) problem(i, 'exclusionReason', 'only for EXCLUDED_FOR_SAFETY');

    const child = person.scopeRole === ScopeRole.CHILD;
    if (child && !entry.childView)
      problem(i, 'childView', `is required for ${person.givenName}: was the child's own view recorded, and how (NOT_RECORDED if not)?`);
    if (!child && entry.childView) problem(i, 'childView', `only for children; ${person.givenName} is in scope as ${person.scopeRole}`);

    const provided = entry.interpreterProvided;
    if (person.interpreterNeeded && (provided === undefined || provided === null))
      problem(i, 'interpreterProvided', `is required: ${person.givenName} needs an interpreter`);
    if (!person.interpreterNeeded && provided !== undefined && provided !== null)
      problem(i, 'interpreterProvided', `only for someone who needs an interpreter; ${person.givenName} is not recorded as needing one`);
  });
  return problems;
}
