import { Injectable } from '@nestjs/common';
import { JobHandler, JobProcessor } from '@waymark/queue';
import { RequestContext } from '@waymark/platform';
import { MeetingNoticeService } from './meeting-notice.service';

export const MEETING_INVITED_JOB = 'meeting.invited';

/** Sends the invitations once a meeting is scheduled, or more agencies are invited (only those newly invited). */
@Injectable()
@JobProcessor(MEETING_INVITED_JOB)
export class MeetingInvitedJob implements JobHandler<{ meetingId: string; agencyIds: string[] }> {
  constructor(private readonly notices: MeetingNoticeService) {}

  async handle(ctx: RequestContext, payload: { meetingId: string; agencyIds: string[] }, jobId: string): Promise<void> {
    await this.notices.invite(ctx, payload.meetingId, payload.agencyIds, jobId);
  }
}
