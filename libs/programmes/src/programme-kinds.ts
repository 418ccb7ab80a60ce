import { registerEnumType } from '@nestjs/graphql';

/** Whether the person causing harm came to a session of his behaviour-change programme. */
export enum SessionAttendance {
  ATTENDED = 'ATTENDED',
  MISSED = 'MISSED',
}
registerEnumType(SessionAttendance, { name: 'SessionAttendance' });

/** The perpetrator worker's judgement of the risk he poses to the family (the DASH's professional-judgement levels). */
export enum RiskToFamilyLevel {
  STANDARD = 'STANDARD',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskToFamilyLevel, { name: 'RiskToFamilyLevel' });
