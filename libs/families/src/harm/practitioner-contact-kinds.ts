import { registerEnumType } from '@nestjs/graphql';

/** How a practitioner met (or tried to meet) a person causing harm in their ordinary work with the family. */
export enum PractitionerContactKind {
  HOME_VISIT = 'HOME_VISIT',
  OFFICE_APPOINTMENT = 'OFFICE_APPOINTMENT',
  DIRECT_WORK_SESSION = 'DIRECT_WORK_SESSION',
  PHONE_OR_VIDEO_CALL = 'PHONE_OR_VIDEO_CALL',
}
registerEnumType(PractitionerContactKind, {
  name: 'PractitionerContactKind',
  valuesMap: {
    HOME_VISIT: { description: 'A visit to where he lives.' },
    OFFICE_APPOINTMENT: { description: 'An appointment at an office or other venue.' },
    DIRECT_WORK_SESSION: { description: 'A planned session of direct work about his behaviour and its effect on the children.' },
    PHONE_OR_VIDEO_CALL: { description: 'A planned call, by phone or video.' },
  },
});

/** Only SEEN counts as engagement: a contact he missed or refused is recorded, and says so. */
export enum PractitionerContactOutcome {
  SEEN = 'SEEN',
  NOT_SEEN = 'NOT_SEEN',
  REFUSED = 'REFUSED',
}
registerEnumType(PractitionerContactOutcome, {
  name: 'PractitionerContactOutcome',
  valuesMap: {
    SEEN: { description: 'The practitioner saw or spoke with him.' },
    NOT_SEEN: { description: 'He was not there, or did not answer.' },
    REFUSED: { description: 'He was there and refused to engage.' },
  },
});
