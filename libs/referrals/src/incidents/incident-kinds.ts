import { registerEnumType } from '@nestjs/graphql';

export enum IncidentKind {
  POLICE_DA_NOTIFICATION = 'POLICE_DA_NOTIFICATION',
  OTHER_REPORTED_INCIDENT = 'OTHER_REPORTED_INCIDENT',
}
registerEnumType(IncidentKind, { name: 'IncidentKind', description: 'POLICE_DA_NOTIFICATION: a police domestic abuse notification.' });

/** How a person was involved in an incident. ADULT_VICTIM incidents count toward MARAC potential escalation. */
export enum IncidentRole {
  ADULT_VICTIM = 'ADULT_VICTIM',
  PERSON_CAUSING_HARM = 'PERSON_CAUSING_HARM',
  CHILD_PRESENT = 'CHILD_PRESENT',
  OTHER = 'OTHER',
}
registerEnumType(IncidentRole, { name: 'IncidentRole' });
