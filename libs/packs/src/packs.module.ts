import { Module, OnModuleInit } from '@nestjs/common';
import { AccessModule } from '@waymark/access';
import { MeetingPackController } from './meeting-pack.controller';
import { MeetingPackService } from './meeting-pack.service';
import { PackSection } from './pack-document';
import { PackSections } from './pack-sections.registry';
import { ActionPlanSection } from './sections/action-plan.section';
import { AgencyResearchSection } from './sections/agency-research.section';
import { AgendaCasesSection } from './sections/agenda-cases.section';
import { DecisionsSection } from './sections/decisions.section';
import { MinutesMeetingDetailsSection, PackMeetingDetailsSection } from './sections/meeting-details.section';
import { PreviousActionsSection } from './sections/previous-actions.section';

const BUILT_IN = [
  PackMeetingDetailsSection,
  AgendaCasesSection,
  AgencyResearchSection,
  PreviousActionsSection,
  MinutesMeetingDetailsSection,
  DecisionsSection,
  ActionPlanSection,
];

/** Meeting packs and minutes as PDF, per invited agency. Other domains add sections through PackSections. */
@Module({
  imports: [AccessModule],
  controllers: [MeetingPackController],
  providers: [PackSections, MeetingPackService, ...BUILT_IN],
  exports: [PackSections, MeetingPackService],
})
export class PacksModule implements OnModuleInit {
  private readonly builtIn: PackSection[];

  constructor(
    private readonly sections: PackSections,
    meetingDetails: PackMeetingDetailsSection,
    cases: AgendaCasesSection,
    research: AgencyResearchSection,
    previousActions: PreviousActionsSection,
    minutesDetails: MinutesMeetingDetailsSection,
    decisions: DecisionsSection,
    actionPlan: ActionPlanSection,
  ) {
    this.builtIn = [meetingDetails, cases, research, previousActions, minutesDetails, decisions, actionPlan];
  }

  onModuleInit(): void {
    for (const section of this.builtIn) this.sections.register(section);
  }
}
