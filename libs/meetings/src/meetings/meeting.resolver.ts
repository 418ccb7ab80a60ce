import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyEntity, AgencyModel, UserEntity, UserModel } from '@waymark/access';
import { Ctx, EntityLoader, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { AgendaService } from '../agenda/agenda.service';
import { MeetingsArgs } from './dto/meetings.args';
import { RecordMeetingAttendanceInput } from './dto/record-attendance.input';
import { CancelMeetingInput, InviteAgenciesInput, ScheduleMeetingInput } from './dto/schedule-meeting.input';
import { MeetingAgencyEntity, MeetingEntity } from './meeting.entity';
import { MeetingAgencyModel, MeetingConnection, MeetingModel } from './meeting.model';
import { MeetingService } from './meeting.service';

/** What a chair or attendee is told when they try to change the meeting itself. */
const RUN_BY_COORDINATORS =
  "A MARAC coordinator of the organising agency invites agencies, marks a meeting held or cancels it: ask them. A meeting's chair records its attendance, decisions, participation and actions.";

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly meetingService: MeetingService,
    private readonly agenda: AgendaService,
    private readonly loader: EntityLoader,
  ) {}

  @Query(() => MeetingModel)
  @RequirePermission('read', 'Meeting')
  meeting(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.meetingService.get(ctx, id);
  }

  @Query(() => MeetingConnection, { description: 'Meetings you may see, latest first.' })
  @RequirePermission('read', 'Meeting')
  meetings(@Ctx() ctx: RequestContext, @Args() args: MeetingsArgs) {
    return this.meetingService.list(ctx, args);
  }

  @Mutation(() => MeetingModel, { description: 'Schedules a meeting organised by your agency, with its chair and the agencies invited.' })
  @RequirePermission('schedule', 'Meeting', { refusal: 'Meetings are scheduled by a MARAC coordinator. Ask your MARAC coordinator to schedule one.' })
  scheduleMeeting(@Ctx() ctx: RequestContext, @Args('input') input: ScheduleMeetingInput) {
    return this.meetingService.schedule(ctx, input);
  }

  @Mutation(() => MeetingModel, { description: 'Invites more agencies; one already invited is left as it is.' })
  @RequirePermission('update', 'Meeting', { refusal: RUN_BY_COORDINATORS })
  inviteAgencies(@Ctx() ctx: RequestContext, @Args('input') input: InviteAgenciesInput) {
    return this.meetingService.invite(ctx, input);
  }

  @Mutation(() => MeetingModel, { description: 'Records which invited agencies attended, and who represented them.' })
  @RequirePermission('record', 'Meeting')
  recordMeetingAttendance(@Ctx() ctx: RequestContext, @Args('input') input: RecordMeetingAttendanceInput) {
    return this.meetingService.recordAttendance(ctx, input);
  }

  @Mutation(() => MeetingModel, { description: 'Records that the meeting took place.' })
  @RequirePermission('update', 'Meeting', { refusal: RUN_BY_COORDINATORS })
  holdMeeting(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.meetingService.hold(ctx, id);
  }

  @Mutation(() => MeetingModel, { description: 'Cancels a meeting that has not been held; nothing more can be recorded on it.' })
  @RequirePermission('update', 'Meeting', { refusal: RUN_BY_COORDINATORS })
  cancelMeeting(@Ctx() ctx: RequestContext, @Args('input') input: CancelMeetingInput) {
    return this.meetingService.cancel(ctx, input);
  }

  @ResolveField(() => AgencyModel)
  organisingAgency(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingEntity) {
    return this.loader.byId(ctx, AgencyEntity, meeting.organisingAgencyId);
  }

  @ResolveField(() => UserModel)
  chair(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingEntity) {
    return this.loader.byId(ctx, UserEntity, meeting.chairUserId);
  }

  @ResolveField(() => UserModel)
  coordinator(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingEntity) {
    return this.loader.byId(ctx, UserEntity, meeting.coordinatorUserId);
  }

  @ResolveField(() => [MeetingAgencyModel], { description: 'The agencies invited, with attendance once recorded.' })
  agencies(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingEntity) {
    return this.meetingService.agencies(ctx, meeting.id);
  }

  @ResolveField(() => [AgendaItemModel], {
    description: "The items you may see, in agenda order: all of them if your agency is invited, only your families' if you are their practitioner.",
  })
  agendaItems(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingEntity) {
    return this.agenda.forMeeting(ctx, meeting.id);
  }
}

@Resolver(() => MeetingAgencyModel)
export class MeetingAgencyResolver {
  constructor(private readonly loader: EntityLoader) {}

  @ResolveField(() => AgencyModel)
  agency(@Ctx() ctx: RequestContext, @Parent() invitation: MeetingAgencyEntity) {
    return this.loader.byId(ctx, AgencyEntity, invitation.agencyId);
  }
}
