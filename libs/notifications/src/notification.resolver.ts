import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Ctx, IdArg, PageArgs, RequestContext, RequireSignedIn } from '@waymark/platform';
import { NotificationConnection, NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';

/** Notifications are addressed to one person; everyone reads and clears only their own. */
@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @RequireSignedIn()
  myNotifications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ) {
    return this.notifications.mine(ctx, page, unreadOnly);
  }

  @Mutation(() => NotificationModel)
  @RequireSignedIn()
  markNotificationRead(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.notifications.markRead(ctx, id);
  }
}
