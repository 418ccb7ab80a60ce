import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventEntity } from '@waymark/audit';
import { Ctx, EntityLoader, RequestContext, RequirePermission } from '@waymark/platform';
import { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import { AuditChainStatusModel, AuditEventConnection, AuditEventModel } from './audit-event.model';
import { AuditTrailService } from './audit-trail.service';
import { AuditEventsArgs } from './dto/audit-events.args';

@Resolver(() => AuditEventModel)
export class AuditTrailResolver {
  constructor(
    private readonly auditTrail: AuditTrailService,
    private readonly loader: EntityLoader,
  ) {}

  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first.' })
  @RequirePermission('read', 'AuditEvent')
  auditEvents(@Ctx() ctx: RequestContext, @Args() args: AuditEventsArgs) {
    return this.auditTrail.events(ctx, args);
  }

  @Query(() => AuditChainStatusModel, { description: 'Recomputes the hash chain and reports the first broken link, if any.' })
  @RequirePermission('verify', 'AuditTrail')
  auditChainStatus(@Ctx() ctx: RequestContext) {
    return this.auditTrail.verify(ctx);
  }

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Ctx() ctx: RequestContext, @Parent() event: AuditEventEntity) {
    return event.actorUserId ? this.loader.byId(ctx, UserEntity, event.actorUserId) : null;
  }
}
