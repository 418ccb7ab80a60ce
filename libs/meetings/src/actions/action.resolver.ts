import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyEntity, AgencyModel, UserEntity, UserModel } from '@waymark/access';
import { PersonModel, PersonService } from '@waymark/families';
import { Ctx, EntityLoader, RequestContext, RequirePermission, RequireSignedIn, today } from '@waymark/platform';
import { ActionStatus } from '../meeting-kinds';
import { ActionService } from './action.service';
import { AgencyActionsArgs, AgreeActionInput, CloseActionInput, MyActionsArgs, OverdueActionsArgs } from './dto/agree-action.input';
import { MeetingActionEntity } from './meeting-action.entity';
import { MeetingActionConnection, MeetingActionModel } from './meeting-action.model';

@Resolver(() => MeetingActionModel)
export class ActionResolver {
  constructor(
    private readonly actions: ActionService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  @Mutation(() => MeetingActionModel, { description: 'Agrees an action on an agenda item: what, which agency, who owns it, for whom, by when.' })
  @RequirePermission('record', 'Meeting')
  agreeAction(@Ctx() ctx: RequestContext, @Args('input') input: AgreeActionInput) {
    return this.actions.agree(ctx, input);
  }

  @Mutation(() => MeetingActionModel, { description: 'Marks an open action done, with what was done.' })
  @RequirePermission('complete', 'MeetingAction')
  completeAction(@Ctx() ctx: RequestContext, @Args('input') input: CloseActionInput) {
    return this.actions.complete(ctx, input);
  }

  @Mutation(() => MeetingActionModel, { description: 'Cancels an open action, with why it is no longer needed.' })
  @RequirePermission('cancel', 'MeetingAction')
  cancelAction(@Ctx() ctx: RequestContext, @Args('input') input: CloseActionInput) {
    return this.actions.cancel(ctx, input);
  }

  @Query(() => MeetingActionConnection, { description: 'Actions you own, soonest due first.' })
  @RequireSignedIn()
  myActions(@Ctx() ctx: RequestContext, @Args() args: MyActionsArgs) {
    return this.actions.mine(ctx, args);
  }

  @Query(() => MeetingActionConnection, { description: 'Actions your agency owns that you may see, soonest due first.' })
  @RequirePermission('read', 'MeetingAction')
  agencyActions(@Ctx() ctx: RequestContext, @Args() args: AgencyActionsArgs) {
    return this.actions.agencyOwned(ctx, args);
  }

  @Query(() => MeetingActionConnection, { description: 'Open actions past their due date that you may see, most overdue first.' })
  @RequirePermission('read', 'MeetingAction')
  overdueActions(@Ctx() ctx: RequestContext, @Args() args: OverdueActionsArgs) {
    return this.actions.overdue(ctx, args);
  }

  @ResolveField(() => AgencyModel)
  owningAgency(@Ctx() ctx: RequestContext, @Parent() action: MeetingActionEntity) {
    return this.loader.byId(ctx, AgencyEntity, action.owningAgencyId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  owner(@Ctx() ctx: RequestContext, @Parent() action: MeetingActionEntity) {
    return action.ownerUserId ? this.loader.byId(ctx, UserEntity, action.ownerUserId) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Null if you may not see the person.' })
  subject(@Ctx() ctx: RequestContext, @Parent() action: MeetingActionEntity) {
    return this.people.load(ctx, action.subjectPersonId);
  }

  @ResolveField(() => Boolean, { description: 'Open and past its due date.' })
  overdue(@Parent() action: MeetingActionEntity) {
    return action.status === ActionStatus.OPEN && action.dueOn < today();
  }
}
