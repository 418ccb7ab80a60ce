import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyEntity, AgencyModel, UserEntity, UserModel } from '@waymark/access';
import { Ctx, EntityLoader, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { AgencyResearchEntity } from './agency-research.entity';
import { AgencyResearchModel, MeetingResearchStatusModel, ResearchReminderModel } from './agency-research.model';
import { AgencyResearchService } from './agency-research.service';
import { RecordAgencyResearchInput, SendResearchReminderInput } from './dto/record-agency-research.input';
import { ResearchReminderService } from './research-reminder.service';

@Resolver(() => AgencyResearchModel)
export class AgencyResearchResolver {
  constructor(
    private readonly research: AgencyResearchService,
    private readonly reminders: ResearchReminderService,
    private readonly loader: EntityLoader,
  ) {}

  @Mutation(() => AgencyResearchModel, { description: "Records (or replaces) your agency's research on a case before a MARAC it is invited to." })
  @RequirePermission('record', 'AgencyResearch', { refusal: "Your agency's representative records its MARAC research." })
  recordAgencyResearch(@Ctx() ctx: RequestContext, @Args('input') input: RecordAgencyResearchInput) {
    return this.research.record(ctx, input);
  }

  @Query(() => MeetingResearchStatusModel, { description: 'Per case and per invited agency, who has researched and who has not.' })
  @RequirePermission('record', 'Meeting', { refusal: "A MARAC's chair and coordinators follow its research." })
  meetingResearchStatus(@Ctx() ctx: RequestContext, @IdArg('meetingId') meetingId: string) {
    return this.research.status(ctx, meetingId);
  }

  @Mutation(() => ResearchReminderModel, {
    description: 'Reminds an invited agency that it has cases still to research (an in-app notification to its representatives).',
  })
  @RequirePermission('update', 'Meeting', { refusal: 'A MARAC coordinator of the organising agency sends research reminders.' })
  async sendResearchReminder(@Ctx() ctx: RequestContext, @Args('input') input: SendResearchReminderInput) {
    return (await this.reminders.sendResearchReminder(ctx, input)).reminder;
  }

  @ResolveField(() => AgencyModel)
  agency(@Ctx() ctx: RequestContext, @Parent() research: AgencyResearchEntity) {
    return this.loader.byId(ctx, AgencyEntity, research.agencyId);
  }

  @ResolveField(() => UserModel, { description: 'Who researched.' })
  researcher(@Ctx() ctx: RequestContext, @Parent() research: AgencyResearchEntity) {
    return this.loader.byId(ctx, UserEntity, research.researcherUserId);
  }
}

/** Adds `AgendaItem.research`: seen with the case. */
@Resolver(() => AgendaItemModel)
export class AgendaItemResearchResolver {
  constructor(private readonly researchService: AgencyResearchService) {}

  @ResolveField(() => [AgencyResearchModel], { description: "The invited agencies' research on this case that you may read." })
  research(@Ctx() ctx: RequestContext, @Parent() item: AgendaItemEntity) {
    return this.researchService.forItem(ctx, item.id);
  }
}
