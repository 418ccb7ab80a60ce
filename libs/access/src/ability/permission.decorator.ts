import { SetMetadata } from '@nestjs/common';
import { Action, SubjectType } from './app-ability';

export const PERMISSION_KEY = 'waymark:permission';

export interface PermissionDeclaration {
  action: Action;
  subject: SubjectType;
}

/**
 * Every query and mutation declares what it needs; the access guard refuses anything undeclared.
 * Record-level conditions are then applied by the service (in SQL for lists).
 */
export const RequirePermission = (action: Action, subject: SubjectType) =>
  SetMetadata(PERMISSION_KEY, { action, subject } satisfies PermissionDeclaration);

/** Operations any signed-in user may call (their own profile, their own notifications). */
export const SIGNED_IN = { action: 'signed-in', subject: 'Session' } as const;
export const RequireSignedIn = () => SetMetadata(PERMISSION_KEY, SIGNED_IN);
