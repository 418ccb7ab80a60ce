import { assertCan } from '@waymark/access';
import { ConflictError, NotFoundError, RequestContext } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/**
 * Authority to change one family's journey for a decision taken at a meeting, instead of the
 * caller's right to update the family. It can only be had from `verify`, which checks the meeting
 * itself as stored: not cancelled, the family on its agenda, and the caller allowed to record its
 * outcomes (its chair, or a coordinator of the organising agency). No service can make one up.
 * Every transition rule still applies to the change it authorises.
 */
export class DecidedAtMeeting {
  private constructor(
    readonly meetingId: string,
    readonly familyId: string,
  ) {}

  static async verify(ctx: RequestContext, manager: EntityManager, meetingId: string, familyId: string): Promise<DecidedAtMeeting> {
    const [meeting] = await manager.query(
      `SELECT m.id, m.organising_agency_id AS "organisingAgencyId", m.chair_user_id AS "chairUserId", m.status,
              EXISTS (SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = m.id AND ai.family_id = $2) AS listed
         FROM meeting m WHERE m.id = $1`,
      [meetingId, familyId],
    );
    if (!meeting) throw new NotFoundError('No meeting has that id.');
    if (meeting.status === 'CANCELLED') throw new ConflictError('This meeting was cancelled: nothing more can be decided at it.');
    if (!meeting.listed) throw new ConflictError("A meeting's decision can only change the journey of a family on its agenda.");
    const { listed: _listed, ...record } = meeting;
    await assertCan(ctx, 'record', 'Meeting', record, "Only this meeting's chair and coordinators record its decisions.");
    return new DecidedAtMeeting(meetingId, familyId);
  }
}
