import { Injectable } from '@nestjs/common';
import { MEETING_TYPE_WORDS } from '@waymark/meetings';
import { TransactionalConnection } from '@waymark/platform';
import { PackBlock, PackInput, PackKind, PackSection } from '../pack-document';
import { meetingWhen } from '../pack-words';

/** The meeting itself: what, when, where, who chairs it, who is invited (and, in the minutes, who came). */
@Injectable()
abstract class MeetingDetails implements PackSection {
  abstract kind: PackKind;
  readonly order = 10;
  readonly title = 'The meeting';

  constructor(private readonly db: TransactionalConnection) {}

  async build({ ctx, meeting }: PackInput): Promise<{ blocks: PackBlock[] }> {
    const manager = this.db.manager(ctx);
    const [{ chair, organiser }] = await manager.query(
      `SELECT (SELECT display_name FROM app_user WHERE id = $1) AS chair, (SELECT name FROM agency WHERE id = $2) AS organiser`,
      [meeting.chairUserId, meeting.organisingAgencyId],
    );
    const agencies: Array<{ name: string; attended: boolean | null; representative_name: string | null }> = await manager.query(
      `SELECT a.name, ma.attended, ma.representative_name FROM meeting_agency ma JOIN agency a ON a.id = ma.agency_id WHERE ma.meeting_id = $1 ORDER BY a.name`,
      [meeting.id],
    );
    const blocks: PackBlock[] = [
      { kind: 'field', label: 'Meeting', value: `${meeting.title} (${MEETING_TYPE_WORDS[meeting.type]})` },
      { kind: 'field', label: 'When', value: meetingWhen(meeting.startsAt) },
      { kind: 'field', label: 'Venue', value: meeting.venue ?? 'Not recorded' },
      { kind: 'field', label: 'Chair', value: chair ?? '' },
      { kind: 'field', label: 'Organised by', value: organiser ?? '' },
    ];
    if (this.kind === 'pack') {
      blocks.push({ kind: 'field', label: 'Agencies invited', value: agencies.map((a) => a.name).join(', ') });
    } else {
      const attendance = (a: (typeof agencies)[number]) =>
        a.attended === null ? 'not recorded' : a.attended ? `attended (${a.representative_name})` : 'sent apologies';
      blocks.push({
        kind: 'table',
        columns: [
          { title: 'Agency', width: 0.5 },
          { title: 'Attendance', width: 0.5 },
        ],
        rows: agencies.map((a) => [a.name, attendance(a)]),
      });
    }
    return { blocks };
  }
}

@Injectable()
export class PackMeetingDetailsSection extends MeetingDetails {
  readonly kind = 'pack' as const;
}

@Injectable()
export class MinutesMeetingDetailsSection extends MeetingDetails {
  readonly kind = 'minutes' as const;
}
