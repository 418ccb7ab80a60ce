import { registerEnumType } from '@nestjs/graphql';

export enum PostSeparationReviewOutcome {
  CLOSURE_CONFIRMED = 'CLOSURE_CONFIRMED',
  SUPPORT_ARRANGED = 'SUPPORT_ARRANGED',
  REFERRED_ON = 'REFERRED_ON',
  EPISODE_TO_REOPEN = 'EPISODE_TO_REOPEN',
}
registerEnumType(PostSeparationReviewOutcome, {
  name: 'PostSeparationReviewOutcome',
  valuesMap: {
    CLOSURE_CONFIRMED: { description: 'The risk after separation was reviewed and the closure stands.' },
    SUPPORT_ARRANGED: { description: 'Support or safety planning was arranged without re-opening.' },
    REFERRED_ON: { description: 'A family member was referred to another service.' },
    EPISODE_TO_REOPEN: { description: 'The case is to be re-opened.' },
  },
});
