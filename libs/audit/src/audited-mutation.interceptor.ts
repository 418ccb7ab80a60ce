import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OWN_TRANSACTION_KEY, requestContextOf, TransactionalConnection } from '@waymark/platform';
import { from, lastValueFrom, Observable } from 'rxjs';
import { AuditService } from './audit.service';

/**
 * Every GraphQL mutation runs in one transaction (Vendure's @Transaction, applied to all) and is
 * audited: if the service recorded nothing more specific, a generic event names the mutation.
 * On any error everything, audit row included, is rolled back.
 */
@Injectable()
export class AuditedMutationInterceptor implements NestInterceptor {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(executionContext: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (executionContext.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(executionContext).getInfo();
    if (info.parentType.name !== 'Mutation') return next.handle();
    if (this.reflector.get<boolean>(OWN_TRANSACTION_KEY, executionContext.getHandler())) return next.handle();

    const ctx = requestContextOf(executionContext);
    return from(
      this.db.withTransaction(ctx, async (tx) => {
        const auditedBefore = tx.auditEventsWritten;
        const result = await lastValueFrom(next.handle());
        if (tx.auditEventsWritten === auditedBefore) {
          await this.audit.record(tx, { action: `mutation.${info.fieldName}`, subjectType: 'Mutation' });
        }
        return result;
      }),
    );
  }
}
