import { longDate } from '../explanation';
import { Say } from '../signal-definition';
import { kinshipWithHarmingFamily } from './kinship-with-harming-family.signal';
import { postSeparationClosure } from './post-separation-closure.signal';
import { reconciliationAfterClosure } from './reconciliation-after-closure.signal';
import { revolvingDoor } from './revolving-door.signal';

const NAMES: Record<string, string> = { amara: 'Amara', grace: 'Grace', tom: 'Tom', maureen: 'Maureen' };
/** A reader who may see everyone named, and all harm. */
const practitioner: Say = { name: (id) => NAMES[String(id)] ?? 'a family member', date: longDate, mayKnowHarm: () => true };
/** A reader who may not see Tom, nor harm that is only suspected. */
const restricted: Say = {
  name: (id) => (id === 'tom' ? 'a family member' : practitioner.name(id)),
  date: longDate,
  mayKnowHarm: (disclosure) => disclosure === 'DISCLOSED',
};

describe('explanations: sentences a practitioner would write, from the facts only', () => {
  it('writes dates as practitioners do', () => {
    expect(longDate('2025-03-03')).toBe('3 March 2025');
    expect(longDate('2024-12-31')).toBe('31 December 2024');
  });

  it('post-separation closure: the separation, how soon, and each aggravating condition', () => {
    const facts = {
      childId: 'amara',
      transitionKind: 'STEP_DOWN',
      fromLevel: 'CP_PLAN',
      toLevel: 'CIN',
      endedOn: '2025-03-15',
      subReason: null,
      trigger: { kind: 'SEPARATION', on: '2025-03-03', days: 12, personIds: ['grace', 'tom'] },
      contacts: [{ childId: 'amara', personCausingHarmId: 'tom', arrangement: 'HANDOVER_ONLY', startedOn: '2025-03-05' }],
      reconciliation: { on: '2023-01-01', personIds: ['grace', 'tom'] },
    };
    expect(postSeparationClosure.explain(facts, practitioner)).toBe(
      "Amara's case was stepped down from a child protection plan to Child in Need 12 days after Grace and Tom's separation was recorded on 3 March 2025; " +
        'Amara has handover contact with Tom (since 5 March 2025); Grace and Tom separated before and reconciled on 1 January 2023; no post-separation review is recorded.',
    );
    expect(postSeparationClosure.explain(facts, restricted)).not.toContain('Tom');
    const bySubReason = {
      ...facts,
      transitionKind: 'CLOSE',
      trigger: null,
      subReason: 'PERSON_CAUSING_HARM_LEFT',
      contacts: [],
      reconciliation: { on: '2023-01-01', personIds: ['grace', 'tom'] },
    };
    expect(postSeparationClosure.explain(bySubReason, practitioner)).toMatch(
      /^Amara's case was closed on 15 March 2025 giving "person causing harm left" as the reason; /,
    );
  });

  it('reconciliation after closure: mentions harm only as the reader may know of it', () => {
    const facts = {
      personIds: ['grace', 'tom'],
      reconciledOn: '2025-06-01',
      separatedOn: '2025-01-10',
      monthsAfter: 4,
      windowMonths: 6,
      closures: [{ childId: 'amara', episodeId: 'e1', closedOn: '2025-01-20' }],
      harmDisclosure: 'SUSPECTED_NOT_DISCLOSED',
    };
    expect(reconciliationAfterClosure.explain(facts, practitioner)).toBe(
      "Grace and Tom reconciled on 1 June 2025, 4 months after Amara's case was closed on 20 January 2025 following their separation on 10 January 2025; harm between them is suspected.",
    );
    expect(reconciliationAfterClosure.explain(facts, restricted)).toBe(
      "Grace and a family member reconciled on 1 June 2025, 4 months after Amara's case was closed on 20 January 2025 following their separation on 10 January 2025.",
    );
  });

  it('kinship: how the carer is related to the person causing harm, unless the reader may not know of that harm', () => {
    const facts = {
      childId: 'amara',
      carerId: 'maureen',
      carerRelationship: 'PATERNAL_GRANDPARENT',
      placedOn: '2025-02-01',
      harmedChild: false,
      relations: [{ personCausingHarmId: 'tom', carerIs: 'MOTHER', disclosure: 'SUSPECTED_NOT_DISCLOSED' }],
    };
    expect(kinshipWithHarmingFamily.explain(facts, practitioner)).toBe(
      'Amara has been placed with Maureen (paternal grandparent) since 1 February 2025; Maureen is the mother of Tom, recorded as causing harm in this family.',
    );
    expect(kinshipWithHarmingFamily.explain(facts, restricted)).toBe('Amara has been placed with Maureen (paternal grandparent) since 1 February 2025.');
  });

  it('revolving door: the counts that raised it', () => {
    const facts = {
      childId: 'amara',
      latest: '2025-05-05',
      transitions: 4,
      transitionMonths: 24,
      transitionsRaise: true,
      reopenings: 2,
      reopenMonths: 12,
      reopeningsRaise: true,
    };
    expect(revolvingDoor.explain(facts, practitioner)).toBe(
      "Amara's case has had 4 steps up or down between levels in the last 24 months and 2 closures followed by a re-opening in the last 12 months, most recently on 5 May 2025.",
    );
  });
});
