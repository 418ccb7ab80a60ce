import { Module } from '@nestjs/common';
import { NotificationsModule } from '@waymark/notifications';
import { MeetingInvitedJob } from './meeting-invited.job';
import { MeetingNoticeService } from './meeting-notice.service';

/** Invitations and research reminders, without GraphQL, so apps/worker sends them too. */
@Module({
  imports: [NotificationsModule],
  providers: [MeetingNoticeService, MeetingInvitedJob],
  exports: [MeetingNoticeService],
})
export class MeetingNoticesModule {}
