import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { FamiliesModule } from '@waymark/families';
import { SignalsModule } from '@waymark/signals';
import { approvalPermissions } from './approvals/approval.permissions';
import { EpisodeApprovalSettingEntity } from './approvals/episode-approval-setting.entity';
import { EpisodeApprovalSettingsResolver } from './approvals/episode-approval-settings.resolver';
import { EpisodeApprovalSettingsService } from './approvals/episode-approval-settings.service';
import { EpisodeChangeProposalEntity } from './approvals/episode-change-proposal.entity';
import { EpisodeChangeProposalResolver, EpisodeProposalsResolver } from './approvals/episode-change-proposal.resolver';
import { EpisodeChangeProposalService } from './approvals/episode-change-proposal.service';
import { RiskCheckService } from './approvals/risk-check.service';
import { AssessmentEntity } from './assessments/assessment.entity';
import { AssessmentResolver, FamilyAssessmentsResolver } from './assessments/assessment.resolver';
import { AssessmentService } from './assessments/assessment.service';
import { EpisodeTransitionEntity } from './episode-transition.entity';
import { EpisodeEntity } from './episode.entity';
import { EpisodeResolver, FamilyEpisodesResolver } from './episode.resolver';
import { EpisodeService } from './episode.service';

/** Each child's journey between Early Help, Child in Need, Child Protection and care, and the approval of closures and step downs. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EpisodeEntity, EpisodeTransitionEntity, AssessmentEntity, EpisodeApprovalSettingEntity, EpisodeChangeProposalEntity]),
    FamiliesModule,
    AccessModule,
    SignalsModule,
  ],
  providers: [
    EpisodeService,
    EpisodeResolver,
    FamilyEpisodesResolver,
    AssessmentService,
    AssessmentResolver,
    FamilyAssessmentsResolver,
    EpisodeApprovalSettingsService,
    EpisodeApprovalSettingsResolver,
    EpisodeChangeProposalService,
    EpisodeChangeProposalResolver,
    EpisodeProposalsResolver,
    RiskCheckService,
  ],
  exports: [EpisodeService],
})
export class JourneysModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(approvalPermissions);
  }
}
