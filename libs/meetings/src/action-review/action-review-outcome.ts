import { registerEnumType } from '@nestjs/graphql';

/** How an earlier action stands at the next MARAC. SafeLives separates "not done" by whose doing it was. */
export enum ActionReviewOutcome {
  DONE = 'DONE',
  STILL_OPEN = 'STILL_OPEN',
  NOT_DONE_CIRCUMSTANCES_CHANGED = 'NOT_DONE_CIRCUMSTANCES_CHANGED',
  NOT_DONE_AGENCY_DID_NOT_ACT = 'NOT_DONE_AGENCY_DID_NOT_ACT',
}
registerEnumType(ActionReviewOutcome, {
  name: 'ActionReviewOutcome',
  valuesMap: {
    DONE: { description: 'Done: the action is closed as done.' },
    STILL_OPEN: { description: 'Still open, with a new due date.' },
    NOT_DONE_CIRCUMSTANCES_CHANGED: { description: 'Not done because circumstances changed (no longer needed or possible); the action is closed.' },
    NOT_DONE_AGENCY_DID_NOT_ACT: { description: 'Not done because the agency did not act; the action is closed and counts against the agency.' },
  },
});
