import { Injectable } from '@nestjs/common';
import { ATTENDING_ROLES } from '../meeting-access.facts';
import { AuditService } from '@waymark/audit';
import { NotificationKind, NotificationService } from '@waymark/notifications';
import { ConflictError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { MeetingStatus, meetingDate } from '../meeting-kinds';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { ResearchReminderEntity } from './agency-research.entity';
import { SendResearchReminderInput } from './dto/record-agency-research.input';

/** What was sent, for anything else that tells the same people (e-mail hooks in here). */
export interface ResearchReminderSent {
  reminder: ResearchReminderEntity;
  meeting: MeetingEntity;
  /** The agency's active users who attend meetings for it: they were notified in the app. */
  recipientUserIds: string[];
}

/**
 * The one place a research reminder is sent: to an invited agency with cases still to research,
 * written to the in-app notifications of the users who attend meetings for it. The notification
 * names the meeting and how many cases, never a family or a person: it says there is something to do.
 */
@Injectable()
export class ResearchReminderService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly meetings: MeetingService,
    private readonly notifications: NotificationService,
  ) {}

  async sendResearchReminder(ctx: RequestContext, input: SendResearchReminderInput): Promise<ResearchReminderSent> {
    const meeting = await this.meetings.forChange(ctx, input.meetingId, 'update');
    if (meeting.status === MeetingStatus.HELD) throw new ConflictError('This MARAC has been held; research is no longer needed for it.');
    const manager = this.db.manager(ctx);
    const [agency]: Array<{ name: string; outstanding: number }> = await manager.query(
      `SELECT a.name,
              (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = ma.meeting_id
                  AND NOT EXISTS (SELECT 1 FROM agency_research r WHERE r.agenda_item_id = i.id AND r.agency_id = ma.agency_id))::int AS outstanding
         FROM meeting_agency ma JOIN agency a ON a.id = ma.agency_id
        WHERE ma.meeting_id = $1 AND ma.agency_id = $2`,
      [meeting.id, input.agencyId],
    );
    if (!agency) throw new NotFoundError('agencyId: that agency was not invited to this meeting.');
    if (!agency.outstanding) throw new ConflictError(`${agency.name} has researched every case on this agenda; there is nothing to remind it of.`);
    const recipients: Array<{ id: string }> = await manager.query(
      `SELECT id FROM app_user WHERE agency_id = $1 AND active AND roles && $2::text[] ORDER BY id`,
      [input.agencyId, ATTENDING_ROLES],
    );
    if (!recipients.length) throw new ConflictError(`${agency.name} has no active representative in Waymark to remind; contact the agency another way.`);
    const recipientUserIds = recipients.map((r) => r.id);
    const cases = `${agency.outstanding} case${agency.outstanding === 1 ? '' : 's'}`;
    await this.notifications.notify(ctx, recipientUserIds, {
      kind: NotificationKind.RESEARCH_REMINDER,
      title: `Research needed for ${meeting.title}`,
      body: `${cases} on the MARAC of ${meetingDate(meeting.startsAt)} still need your agency's research. Open the meeting in Waymark to record it.`,
      subjectType: 'Meeting',
      subjectId: meeting.id,
    });
    const reminder = await this.db.repository(ctx, ResearchReminderEntity).save({
      meetingId: meeting.id,
      agencyId: input.agencyId,
      outstandingCases: agency.outstanding,
      recipients: recipientUserIds.length,
      sentByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, {
      action: 'agency_research.remind',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      detail: { agencyId: input.agencyId, outstanding: agency.outstanding, recipients: recipientUserIds.length },
    });
    return { reminder, meeting, recipientUserIds };
  }
}
