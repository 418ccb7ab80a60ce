import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@waymark/notifications';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { ATTENDING_ROLES } from '../meeting-access.facts';
import { MEETING_TYPE_WORDS, MeetingType } from '../meeting-kinds';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * Notices to the agencies invited to a meeting, for the staff who attend for them (ATTENDING_ROLES):
 * the invitation, and the reminder to research the cases on the agenda (agency research calls
 * `remindToResearch`). In the app, and by email when SMTP is configured (NotificationService).
 */
@Injectable()
export class MeetingNoticeService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly notifications: NotificationService,
  ) {}

  async invite(ctx: RequestContext, meetingId: string, agencyIds: string[], sourceJobId?: string): Promise<number> {
    const meeting = await this.meeting(ctx, meetingId);
    // A meeting recorded after the fact (a past start) invites no one.
    if (!meeting || meeting.status === 'CANCELLED' || meeting.starts_at < new Date()) return 0;
    const where = meeting.venue ? ` at ${meeting.venue}` : '';
    return this.notifications.notify(
      ctx,
      await this.attendingStaff(ctx, agencyIds),
      {
        kind: NotificationKind.MEETING_INVITATION,
        title: `Invitation: ${MEETING_TYPE_WORDS[meeting.type]} on ${WHEN.format(meeting.starts_at)}`,
        body: `Your agency is invited to "${meeting.title}" on ${WHEN.format(meeting.starts_at)}${where}. The agenda and your agency's pack are on the meeting's page.`,
        subjectType: 'Meeting',
        subjectId: meetingId,
      },
      sourceJobId,
    );
  }

  /** A reminder to the attending staff of one invited agency that its research for the meeting is still to do. */
  async remindToResearch(ctx: RequestContext, meetingId: string, agencyId: string, sourceJobId?: string): Promise<number> {
    const meeting = await this.meeting(ctx, meetingId);
    if (!meeting) return 0;
    return this.notifications.notify(
      ctx,
      await this.attendingStaff(ctx, [agencyId]),
      {
        kind: NotificationKind.RESEARCH_REMINDER,
        title: `Research needed: ${MEETING_TYPE_WORDS[meeting.type]} on ${WHEN.format(meeting.starts_at)}`,
        body: `Please record what your agency's records hold about the cases on the agenda of "${meeting.title}" before the meeting.`,
        subjectType: 'Meeting',
        subjectId: meetingId,
      },
      sourceJobId,
    );
  }

  private async meeting(ctx: RequestContext, id: string) {
    const [row]: Array<{ type: MeetingType; title: string; starts_at: Date; venue: string | null; status: string }> = await this.db
      .manager(ctx)
      .query(`SELECT type, title, starts_at, venue, status FROM meeting WHERE id = $1`, [id]);
    return row;
  }

  /** Active staff of these agencies (invited ones only) in a role that attends meetings for the agency. */
  private async attendingStaff(ctx: RequestContext, agencyIds: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db
      .manager(ctx)
      .query(`SELECT id FROM app_user WHERE active AND agency_id = ANY($1::uuid[]) AND roles && $2::text[] ORDER BY id`, [agencyIds, ATTENDING_ROLES]);
    return rows.map((row) => row.id);
  }
}
