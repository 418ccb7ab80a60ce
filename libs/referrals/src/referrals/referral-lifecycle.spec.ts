import { ReferralStatus as S } from './referral-kinds';
import { daysBetween, LEGAL_TRANSITIONS, ReferralSide, sideFor, transitionProblem } from './referral-lifecycle';

describe('the referral lifecycle', () => {
  it('allows exactly the nine legal transitions', () => {
    const allowed: string[] = [];
    for (const from of Object.values(S)) for (const to of Object.values(S)) if (!transitionProblem(from, to)) allowed.push(`${from}→${to}`);
    expect(allowed.sort()).toEqual(
      [
        'DRAFT→SUBMITTED',
        'DRAFT→WITHDRAWN',
        'SUBMITTED→WITHDRAWN',
        'SUBMITTED→ACCEPTED',
        'SUBMITTED→DECLINED',
        'ACCEPTED→ENGAGED',
        'ACCEPTED→DISENGAGED',
        'ENGAGED→COMPLETED',
        'ENGAGED→DISENGAGED',
      ].sort(),
    );
    expect(LEGAL_TRANSITIONS).toHaveLength(9);
  });

  it('says what the referral can become instead, or that it is finished', () => {
    expect(transitionProblem(S.DRAFT, S.ACCEPTED)).toBe('A draft referral cannot become accepted; from draft it can only become submitted or withdrawn.');
    expect(transitionProblem(S.ACCEPTED, S.COMPLETED)).toBe(
      'An accepted referral cannot become completed; from accepted it can only become engaged or disengaged.',
    );
    for (const finished of [S.DECLINED, S.WITHDRAWN, S.COMPLETED, S.DISENGAGED]) {
      expect(transitionProblem(finished, S.SUBMITTED)).toBe(`A ${finished.toLowerCase()} referral is finished and cannot change.`);
    }
    expect(transitionProblem(S.ENGAGED, S.ACCEPTED)).toBe(
      'An engaged referral cannot become accepted; from engaged it can only become completed or disengaged.',
    );
    expect(transitionProblem(S.SUBMITTED, S.SUBMITTED)).not.toBeNull();
  });

  it('gives submitting and withdrawing to the referring side, every decision and outcome to the receiving service', () => {
    expect([S.SUBMITTED, S.WITHDRAWN].map(sideFor)).toEqual([ReferralSide.REFERRING, ReferralSide.REFERRING]);
    expect([S.ACCEPTED, S.DECLINED, S.ENGAGED, S.COMPLETED, S.DISENGAGED].map(sideFor)).toEqual(Array(5).fill(ReferralSide.RECEIVING));
  });

  it('counts whole days between calendar dates, across a leap day and a clock change', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween(null, '2025-01-01')).toBeNull();
  });
});
