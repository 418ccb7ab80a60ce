import { registerEnumType } from '@nestjs/graphql';

export enum ReferralStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  ENGAGED = 'ENGAGED',
  COMPLETED = 'COMPLETED',
  DISENGAGED = 'DISENGAGED',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'DRAFT → SUBMITTED → ACCEPTED | DECLINED | WITHDRAWN; ACCEPTED → ENGAGED → COMPLETED | DISENGAGED. A DRAFT is seen only by the referring side.',
});

export enum Consent {
  GIVEN = 'GIVEN',
  REFUSED = 'REFUSED',
  NOT_SOUGHT = 'NOT_SOUGHT',
}
registerEnumType(Consent, { name: 'Consent', description: "The subject's consent to the referral (and to sharing their information)." });

/** Why information may be shared without consent. */
export enum LawfulBasis {
  SAFEGUARDING_CHILD = 'SAFEGUARDING_CHILD',
  PREVENTING_SERIOUS_HARM = 'PREVENTING_SERIOUS_HARM',
  PREVENTION_OR_DETECTION_OF_CRIME = 'PREVENTION_OR_DETECTION_OF_CRIME',
  VITAL_INTERESTS = 'VITAL_INTERESTS',
  COURT_ORDER = 'COURT_ORDER',
  OTHER = 'OTHER',
}
registerEnumType(LawfulBasis, { name: 'LawfulBasis', description: 'Required when consent is not GIVEN; OTHER needs lawfulBasisNote.' });

export enum DeclineReason {
  ELIGIBILITY = 'ELIGIBILITY',
  CAPACITY = 'CAPACITY',
  DUPLICATE = 'DUPLICATE',
  NOT_APPROPRIATE = 'NOT_APPROPRIATE',
  OTHER = 'OTHER',
}
registerEnumType(DeclineReason, { name: 'DeclineReason', description: 'ELIGIBILITY needs the criterion that was not met.' });

export enum ReferralDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}
registerEnumType(ReferralDirection, { name: 'ReferralDirection', description: "INCOMING: to your agency's services. OUTGOING: made from your agency." });

/** docs/domain.md §2.3: the grounds a MARAC referral is made on. */
export enum MaracCriterion {
  VISIBLE_HIGH_RISK = 'VISIBLE_HIGH_RISK',
  PROFESSIONAL_JUDGEMENT = 'PROFESSIONAL_JUDGEMENT',
  POTENTIAL_ESCALATION = 'POTENTIAL_ESCALATION',
  REPEAT = 'REPEAT',
}
registerEnumType(MaracCriterion, {
  name: 'MaracCriterion',
  description:
    'VISIBLE_HIGH_RISK: latest DASH score at or above the threshold (default 14). PROFESSIONAL_JUDGEMENT: latest DASH judged HIGH, or a stated reason. ' +
    'POTENTIAL_ESCALATION: at least 3 incidents against the victim in 12 months. REPEAT: a previous MARAC referral within 12 months.',
});
