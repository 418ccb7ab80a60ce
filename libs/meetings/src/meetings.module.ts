import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { FamiliesModule } from '@waymark/families';
import { JourneysModule } from '@waymark/journeys';
import { ReferralsModule } from '@waymark/referrals';
import { NotificationsModule } from '@waymark/notifications';
import { ActionReviewEntity } from './action-review/action-review.entity';
import { ActionReviewResolver } from './action-review/action-review.resolver';
import { ActionReviewService } from './action-review/action-review.service';
import { ActionChaseModule } from './actions/action-chase.module';
import { MeetingNoticesModule } from './notices/meeting-notices.module';
import { actionPermissions } from './actions/action.permissions';
import { ActionResolver } from './actions/action.resolver';
import { ActionService } from './actions/action.service';
import { ActionChaseEntity, MeetingActionEntity } from './actions/meeting-action.entity';
import { AgendaItemEntity, AgendaItemPersonEntity } from './agenda/agenda-item.entity';
import { agendaPermissions } from './agenda/agenda.permissions';
import { AgendaItemPersonResolver, AgendaItemResolver, FamilyMeetingItemsResolver } from './agenda/agenda.resolver';
import { AgendaService } from './agenda/agenda.service';
import { MaracCandidatesService } from './agenda/marac-candidates.service';
import { MaracReferralResolver, MeetingReferralsResolver } from './agenda/marac-candidates.resolver';
import { AgendaDecisionEntity } from './decisions/agenda-decision.entity';
import { DecisionResolver } from './decisions/decision.resolver';
import { DecisionService } from './decisions/decision.service';
import { matacPermissions } from './matac/matac.permissions';
import { MatacWorklistResolver } from './matac/matac-worklist.resolver';
import { MatacWorklistService } from './matac/matac-worklist.service';
import { loadMeetingAccessFacts } from './meeting-access.facts';
import { MeetingAgencyEntity, MeetingEntity } from './meetings/meeting.entity';
import { meetingPermissions } from './meetings/meeting.permissions';
import { MeetingAgencyResolver, MeetingResolver } from './meetings/meeting.resolver';
import { MeetingService } from './meetings/meeting.service';
import { ParticipationEntity } from './participation/participation.entity';
import { ParticipationResolver } from './participation/participation.resolver';
import { ParticipationService } from './participation/participation.service';
import { AgencyResearchEntity, ResearchReminderEntity } from './research/agency-research.entity';
import { AgencyResearchResolver, AgendaItemResearchResolver } from './research/agency-research.resolver';
import { AgencyResearchService } from './research/agency-research.service';
import { researchPermissions } from './research/research.permissions';
import { ResearchReminderService } from './research/research-reminder.service';

/** Multi-agency meetings: agendas, decisions (through the journey), family participation, and actions that get chased. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MeetingEntity,
      MeetingAgencyEntity,
      AgendaItemEntity,
      AgendaItemPersonEntity,
      AgendaDecisionEntity,
      ParticipationEntity,
      MeetingActionEntity,
      ActionChaseEntity,
      AgencyResearchEntity,
      ResearchReminderEntity,
      ActionReviewEntity,
    ]),
    AccessModule,
    FamiliesModule,
    JourneysModule,
    ReferralsModule,
    ActionChaseModule,
    NotificationsModule,
    MeetingNoticesModule,
  ],
  providers: [
    MeetingService,
    MeetingResolver,
    MeetingAgencyResolver,
    AgendaService,
    AgendaItemResolver,
    AgendaItemPersonResolver,
    FamilyMeetingItemsResolver,
    MaracCandidatesService,
    MaracReferralResolver,
    MeetingReferralsResolver,
    DecisionService,
    DecisionResolver,
    ParticipationService,
    ParticipationResolver,
    ActionService,
    ActionResolver,
    MatacWorklistService,
    MatacWorklistResolver,
    AgencyResearchService,
    ResearchReminderService,
    AgencyResearchResolver,
    AgendaItemResearchResolver,
    ActionReviewService,
    ActionReviewResolver,
  ],
  exports: [ResearchReminderService],
})
export class MeetingsModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    for (const permissions of [meetingPermissions, agendaPermissions, actionPermissions, matacPermissions]) this.abilities.register(permissions);
    for (const permissions of [meetingPermissions, agendaPermissions, actionPermissions, researchPermissions]) this.abilities.register(permissions);
    this.abilities.registerFacts(loadMeetingAccessFacts);
  }
}
