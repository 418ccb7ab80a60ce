import { SetMetadata } from '@nestjs/common';
import { Action, SubjectType } from './permission-vocabulary';

export const PERMISSION_KEY = 'waymark:permission';

export interface PermissionDeclaration {
  /** A verb from the domain: 'read', 'create', 'deactivate', 'acknowledge', … */
  action: Action;
  /** A GraphQL type name: 'Agency', 'User', … */
  subject: SubjectType;
  /** What a caller refused by role is told: what to do instead, when the generic sentence would not say. */
  refusal?: string;
}

/**
 * Every query and mutation declares what it needs; the access guard refuses anything undeclared.
 * Record-level conditions are then applied by the service (in SQL for lists).
 */
export const RequirePermission = (action: Action, subject: SubjectType, options: { refusal?: string } = {}) =>
  SetMetadata(PERMISSION_KEY, { action, subject, ...options } satisfies PermissionDeclaration);

/** Declares an operation open to any signed-in user because it only touches their own records. */
export const SIGNED_IN: PermissionDeclaration = { action: 'signed-in', subject: 'OwnRecords' };
export const RequireSignedIn = () => SetMetadata(PERMISSION_KEY, SIGNED_IN);
