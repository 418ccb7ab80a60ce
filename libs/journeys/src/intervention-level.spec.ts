import { InterventionLevel as L, stepProblem, TransitionKind } from './intervention-level';

describe('stepProblem', () => {
  it('allows steps in the right direction, one or several levels at a time', () => {
    expect(stepProblem(TransitionKind.STEP_UP, L.EARLY_HELP, L.CIN)).toBeNull();
    expect(stepProblem(TransitionKind.STEP_UP, L.EARLY_HELP, L.LAC)).toBeNull();
    expect(stepProblem(TransitionKind.STEP_DOWN, L.CP_PLAN, L.CIN)).toBeNull();
    expect(stepProblem(TransitionKind.STEP_DOWN, L.CP_PLAN, L.UNIVERSAL)).toBeNull();
  });

  it('refuses the wrong direction, a step to the same level, and stepping down to NONE', () => {
    expect(stepProblem(TransitionKind.STEP_UP, L.CIN, L.EARLY_HELP)).toBe('a step up must go to a level higher than CIN');
    expect(stepProblem(TransitionKind.STEP_UP, L.CIN, L.CIN)).toBe('a step up must go to a level higher than CIN');
    expect(stepProblem(TransitionKind.STEP_DOWN, L.CIN, L.CP_PLAN)).toBe('a step down must go to a level lower than CIN');
    expect(stepProblem(TransitionKind.STEP_DOWN, L.EARLY_HELP, L.NONE)).toBe('cannot be NONE; close the episode instead');
  });
});
