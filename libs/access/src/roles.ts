import { registerEnumType } from '@nestjs/graphql';

/** docs/domain.md §5.1. A user holds one or more. */
export enum Role {
  ADMIN = 'ADMIN',
  MARAC_COORDINATOR = 'MARAC_COORDINATOR',
  MEETING_CHAIR = 'MEETING_CHAIR',
  AGENCY_REPRESENTATIVE = 'AGENCY_REPRESENTATIVE',
  DVA_SPECIALIST = 'DVA_SPECIALIST',
  CASE_PRACTITIONER = 'CASE_PRACTITIONER',
  PERPETRATOR_WORKER = 'PERPETRATOR_WORKER',
  MANAGER = 'MANAGER',
  ANALYST = 'ANALYST',
}

registerEnumType(Role, { name: 'Role', description: 'What a user does in the partnership (docs/domain.md §5.1).' });

export function hasRole(roles: readonly string[], ...wanted: Role[]): boolean {
  return wanted.some((role) => roles.includes(role));
}

/** Every role but ADMIN and ANALYST works on cases; a user holding only those two sees no case record. */
export function seesCaseRecords(roles: readonly string[]): boolean {
  return roles.some((role) => role !== Role.ADMIN && role !== Role.ANALYST);
}
