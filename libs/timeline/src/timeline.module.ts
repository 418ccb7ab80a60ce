import { Module } from '@nestjs/common';
import { FamiliesModule } from '@waymark/families';
import { FamilyTimelineResolver, TimelineEntryResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

/** One chronology per family across everything recorded about it. */
@Module({
  imports: [FamiliesModule],
  providers: [TimelineService, FamilyTimelineResolver, TimelineEntryResolver],
})
export class TimelineModule {}
