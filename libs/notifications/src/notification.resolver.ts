import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Ctx, IdArg, RequestContext, RequireSignedIn } from '@waymark/platform';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import { NotificationConnection, NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';

/** Notifications are addressed to one person; everyone reads and clears only their own. */
@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @RequireSignedIn()
  myNotifications(@Ctx() ctx: RequestContext, @Args() args: MyNotificationsArgs) {
    return this.notifications.mine(ctx, args);
  }

  @Mutation(() => NotificationModel)
  @RequireSignedIn()
  markNotificationRead(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.notifications.markRead(ctx, id);
  }
}
