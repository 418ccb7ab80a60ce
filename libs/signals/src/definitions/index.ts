import { SignalDefinition } from '../signal-definition';
import { familyNotHeard } from './family-not-heard.signal';
import { interpreterGap } from './interpreter-gap.signal';
import { kinshipWithHarmingFamily } from './kinship-with-harming-family.signal';
import { overdueActions } from './overdue-actions.signal';
import { personCausingHarmNotEngaged } from './person-causing-harm-not-engaged.signal';
import { postSeparationClosure } from './post-separation-closure.signal';
import { reconciliationAfterClosure } from './reconciliation-after-closure.signal';
import { referralDeclinedEligibility } from './referral-declined-eligibility.signal';
import { referralNoFeedback } from './referral-no-feedback.signal';
import { responsibilityOnVictim } from './responsibility-on-victim.signal';
import { revolvingDoor } from './revolving-door.signal';
import { unmetCooccurringNeed } from './unmet-cooccurring-need.signal';

/** Every signal the engine computes. A new signal is a new file here and one line in this list. */
export const SIGNAL_DEFINITIONS: SignalDefinition[] = [
  revolvingDoor,
  postSeparationClosure,
  reconciliationAfterClosure,
  personCausingHarmNotEngaged,
  responsibilityOnVictim,
  referralNoFeedback,
  referralDeclinedEligibility,
  unmetCooccurringNeed,
  familyNotHeard,
  interpreterGap,
  overdueActions,
  kinshipWithHarmingFamily,
];
