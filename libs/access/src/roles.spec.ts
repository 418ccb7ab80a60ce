import { Role, worksForTheVictim } from './roles';

describe('worksForTheVictim', () => {
  it('is true for case practitioners and DVA specialists', () => {
    expect(worksForTheVictim([Role.CASE_PRACTITIONER])).toBe(true);
    expect(worksForTheVictim([Role.DVA_SPECIALIST, Role.MEETING_CHAIR])).toBe(true);
  });

  it('is never true for anyone who also works with people causing harm, nor for other roles', () => {
    expect(worksForTheVictim([Role.CASE_PRACTITIONER, Role.PERPETRATOR_WORKER])).toBe(false);
    expect(worksForTheVictim([Role.PERPETRATOR_WORKER])).toBe(false);
    expect(worksForTheVictim([Role.MANAGER, Role.MARAC_COORDINATOR, Role.ADMIN, Role.ANALYST])).toBe(false);
  });
});
