import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allowed } from '@waymark/access';
import { FamilyEntity, FamilyModel, PersonModel, PersonService } from '@waymark/families';
import { Ctx, EntityLoader, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { MeetingActionModel } from '../actions/meeting-action.model';
import { ActionService } from '../actions/action.service';
import { AgendaDecisionModel } from '../decisions/agenda-decision.model';
import { DecisionService } from '../decisions/decision.service';
import { MeetingModel } from '../meetings/meeting.model';
import { MeetingService } from '../meetings/meeting.service';
import { ParticipationService } from '../participation/participation.service';
import { AddAgendaItemInput, RecordRiskSummaryInput } from './dto/add-agenda-item.input';
import { AgendaItemEntity, AgendaItemPersonEntity } from './agenda-item.entity';
import { AgendaItemModel, AgendaItemPersonModel, ParticipationModel } from './agenda-item.model';
import { AgendaService } from './agenda.service';

@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly meetings: MeetingService,
    private readonly participationService: ParticipationService,
    private readonly decisionService: DecisionService,
    private readonly actionService: ActionService,
    private readonly loader: EntityLoader,
  ) {}

  @Query(() => AgendaItemModel)
  @RequirePermission('read', 'AgendaItem')
  agendaItem(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.agenda.get(ctx, id);
  }

  @Mutation(() => AgendaItemModel, { description: 'Lists a family on the agenda, with the people the discussion is about and why.' })
  @RequirePermission('update', 'Meeting', { refusal: 'A MARAC coordinator of the organising agency builds the agenda: ask them to list the case.' })
  addAgendaItem(@Ctx() ctx: RequestContext, @Args('input') input: AddAgendaItemInput) {
    return this.agenda.addItem(ctx, input);
  }

  @Mutation(() => AgendaItemModel)
  @RequirePermission('record', 'Meeting')
  recordRiskSummary(@Ctx() ctx: RequestContext, @Args('input') input: RecordRiskSummaryInput) {
    return this.agenda.recordRiskSummary(ctx, input);
  }

  @ResolveField(() => MeetingModel, { description: "The meeting's header." })
  meeting(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    return this.meetings.headerOf(ctx, item.meetingId);
  }

  @ResolveField(() => String, { description: "The family's name; the family record itself is for those who work with the family." })
  familyName(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    return this.agenda.familyName(ctx, item.familyId);
  }

  @ResolveField(() => FamilyModel, { nullable: true, description: 'Null unless you may read the family record.' })
  async family(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    const family = await this.loader.byId(ctx, FamilyEntity, item.familyId);
    return (await allowed(ctx, 'read', 'Family', family)) ? family : null;
  }

  @ResolveField(() => [AgendaItemPersonModel], { description: 'The people in scope.' })
  people(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    return this.agenda.people(ctx, item.id);
  }

  @ResolveField(() => [ParticipationModel], { description: 'How each person in scope took part, as recorded.' })
  participation(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    return this.participationService.forItem(ctx, item);
  }

  @ResolveField(() => [AgendaDecisionModel])
  decisions(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    return this.decisionService.forItem(ctx, item);
  }

  @ResolveField(() => [MeetingActionModel])
  actions(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    return this.actionService.forItem(ctx, item.id);
  }
}

@Resolver(() => AgendaItemPersonModel)
export class AgendaItemPersonResolver {
  constructor(private readonly people: PersonService) {}

  /** Restricted fields (a confidential address) stay governed by the people permissions. Null if you may not see the person. */
  @ResolveField(() => PersonModel, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Parent() inScope: AgendaItemPersonEntity) {
    return this.people.load(ctx, inScope.personId);
  }
}

/** Adds `Family.meetingItems`: seen with the family. */
@Resolver(() => FamilyModel)
export class FamilyMeetingItemsResolver {
  constructor(private readonly agenda: AgendaService) {}

  @ResolveField(() => [AgendaItemModel], { description: 'The meetings that discussed this family, newest first.' })
  meetingItems(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.agenda.forFamily(ctx, family.id);
  }
}
