import { ChildView, ParticipationKind as P, ScopeRole } from '../meeting-kinds';
import { participationProblems, PersonInScope } from './participation-rules';

const scope: PersonInScope[] = [
  { personId: 'mother', scopeRole: ScopeRole.ADULT_VICTIM, givenName: 'Grace', interpreterNeeded: true },
  { personId: 'father', scopeRole: ScopeRole.PERSON_CAUSING_HARM, givenName: 'Dan', interpreterNeeded: false },
  { personId: 'child', scopeRole: ScopeRole.CHILD, givenName: 'Amara', interpreterNeeded: false },
];

describe('participationProblems', () => {
  it('accepts a complete, consistent set', () => {
    expect(
      participationProblems(
        [
          { personId: 'mother', participation: P.VIEWS_VIA_ADVOCATE, interpreterProvided: true },
          { personId: 'father', participation: P.EXCLUDED_FOR_SAFETY, exclusionReason: 'Threats to Grace before the meeting' },
          { personId: 'child', participation: P.NOT_APPLICABLE, childView: ChildView.DIRECT_WORK },
        ],
        scope,
      ),
    ).toEqual([]);
  });

  it('names every problem at once, by entry and field', () => {
    const problems = participationProblems(
      [
        { personId: 'stranger', participation: P.ATTENDED },
        { personId: 'father', participation: P.EXCLUDED_FOR_SAFETY, childView: ChildView.WRITTEN, interpreterProvided: false },
        { personId: 'mother', participation: P.ATTENDED, exclusionReason: 'no reason' },
        { personId: 'child', participation: P.NOT_INVITED },
        { personId: 'father', participation: P.ATTENDED },
      ],
      scope,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'entries.0.personId',
      'entries.1.exclusionReason',
      'entries.1.childView',
      'entries.1.interpreterProvided',
      'entries.2.exclusionReason',
      'entries.2.interpreterProvided',
      'entries.3.childView',
      'entries.4.personId',
    ]);
    expect(problems[1].problems[0]).toBe('is required: say why Dan was excluded for safety');
    expect(problems[5].problems[0]).toBe('is required: Grace needs an interpreter');
  });
});
