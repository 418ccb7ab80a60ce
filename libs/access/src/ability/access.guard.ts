import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuditService } from '@waymark/audit';
import {
  ForbiddenError,
  JsonLogger,
  PERMISSION_KEY,
  PermissionDeclaration,
  PUBLIC_KEY,
  requestContextOf,
  requestOf,
  SIGNED_IN,
  TransactionalConnection,
  UnauthenticatedError,
} from '@waymark/platform';
import { TokenService } from '../auth/token.service';
import { seesCaseRecords } from '../roles';
import { AbilityFactory } from './ability.factory';

/**
 * Runs before every query, mutation and controller route: authenticates the bearer token, builds
 * the caller's ability once per request, and checks the operation's declared permission.
 * An operation with no declaration is refused (deny by default).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly abilities: AbilityFactory,
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly logger: JsonLogger,
  ) {}

  async canActivate(executionContext: ExecutionContext): Promise<boolean> {
    const targets = [executionContext.getHandler(), executionContext.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const ctx = requestContextOf(executionContext);

    if (!ctx.actor) {
      const token = bearerToken(requestOf(executionContext).headers?.authorization);
      if (token) {
        try {
          ctx.actor = await this.tokens.authenticate(token);
        } catch (error) {
          if (!isPublic) throw error;
        }
      }
    }
    if (isPublic) return true;
    if (!ctx.actor) {
      throw new UnauthenticatedError('Sign in first: call the login mutation and send its accessToken as "Authorization: Bearer <token>".');
    }

    const operation = operationName(executionContext);
    const declaration = this.reflector.get<PermissionDeclaration | undefined>(PERMISSION_KEY, executionContext.getHandler());
    if (!declaration) {
      this.logger.event('error', 'access.undeclared_operation', { operation });
      throw new ForbiddenError('This operation has no access rule, so it is refused. Please report this to your administrator.');
    }
    // A manager of this request's own (on the shared pool): relationship facts batch their lookups per
    // manager, so one request's slow question never holds up another's.
    ctx.ability ??= await this.abilities.forActor(ctx.actor, this.db.dataSource.createEntityManager());
    if (declaration === SIGNED_IN || declaration.action === SIGNED_IN.action) return true;

    const ability = ctx.ability as Awaited<ReturnType<AbilityFactory['forActor']>>;
    if (!ability.can(declaration.action, declaration.subject)) {
      await this.audit.record(ctx, {
        action: 'access.denied',
        subjectType: declaration.subject,
        detail: { operation, permission: declaration.action },
      });
      const byRole = `Your role does not allow you to ${declaration.action} ${describe(declaration.subject)}`;
      throw new ForbiddenError(
        declaration.refusal ?? (seesCaseRecords(ctx.actor.roles) ? `${byRole}.` : `${byRole}: administrators and analysts see no case records.`),
      );
    }
    return true;
  }
}

function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

function operationName(executionContext: ExecutionContext): string {
  if (executionContext.getType<string>() === 'graphql') {
    const info = GqlExecutionContext.create(executionContext).getInfo();
    return `${info.parentType.name}.${info.fieldName}`;
  }
  return `${executionContext.getClass().name}.${executionContext.getHandler().name}`;
}

/** 'BreakGlassGrant' → 'break-glass grants'. */
function describe(subject: string): string {
  const words = subject.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (/(ia|s)$/.test(words)) return words; // already plural: 'criteria', 'settings'
  const plural = words.endsWith('y') ? `${words.slice(0, -1)}ies` : `${words}s`;
  return plural.replace('break glass', 'break-glass');
}
