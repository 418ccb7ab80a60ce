import { registerEnumType } from '@nestjs/graphql';

/** Whom a safety plan keeps safe: the adult victim, or a child of the family. */
export enum SafetyPlanFor {
  ADULT_VICTIM = 'ADULT_VICTIM',
  CHILD = 'CHILD',
}
registerEnumType(SafetyPlanFor, { name: 'SafetyPlanFor' });
