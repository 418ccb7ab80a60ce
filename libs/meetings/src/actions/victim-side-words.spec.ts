import { ABOUT_THE_VICTIM } from '@waymark/access';
import { ScopeRole } from '../meeting-kinds';

it("the victim-side policy's word for an action about the victim is the scope role's", () => {
  expect(ABOUT_THE_VICTIM).toBe(ScopeRole.ADULT_VICTIM);
});
