import { Injectable } from '@nestjs/common';
import { AuditEventEntity, AuditService } from '@waymark/audit';
import { Connection, paginate, RequestContext, TransactionalConnection } from '@waymark/platform';
import { abilityOf } from '../ability/ability-of';
import { applyAccessFilter } from '../ability/accessible-where';
import { AuditEventsArgs } from './dto/audit-events.args';

@Injectable()
export class AuditTrailService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async events(ctx: RequestContext, args: AuditEventsArgs): Promise<Connection<AuditEventEntity>> {
    const query = this.db.repository(ctx, AuditEventEntity).createQueryBuilder('event');
    applyAccessFilter(query, abilityOf(ctx), 'read', 'AuditEvent');
    if (args.subjectType) query.andWhere('event.subjectType = :subjectType', { subjectType: args.subjectType });
    if (args.subjectId) query.andWhere('event.subjectId = :subjectId', { subjectId: args.subjectId });
    if (args.actorUserId) query.andWhere('event.actorUserId = :actorUserId', { actorUserId: args.actorUserId });
    if (args.action) query.andWhere('event.action = :action', { action: args.action });
    return paginate(query, args, { sort: 'event.id', id: 'event.id', direction: 'DESC', sortValue: (event) => event.id }, 50);
  }

  verify(ctx: RequestContext) {
    return this.audit.verifyChain(ctx);
  }
}
