import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamiliesModule } from '@waymark/families';
import { AssessmentEntity } from './assessments/assessment.entity';
import { AssessmentResolver, FamilyAssessmentsResolver } from './assessments/assessment.resolver';
import { AssessmentService } from './assessments/assessment.service';
import { EpisodeTransitionEntity } from './episode-transition.entity';
import { EpisodeEntity } from './episode.entity';
import { EpisodeResolver, FamilyEpisodesResolver } from './episode.resolver';
import { EpisodeService } from './episode.service';

/** Each child's journey between Early Help, Child in Need, Child Protection and care. */
@Module({
  imports: [TypeOrmModule.forFeature([EpisodeEntity, EpisodeTransitionEntity, AssessmentEntity]), FamiliesModule],
  providers: [EpisodeService, EpisodeResolver, FamilyEpisodesResolver, AssessmentService, AssessmentResolver, FamilyAssessmentsResolver],
  exports: [EpisodeService],
})
export class JourneysModule {}
