import { MEETING_TYPE_WORDS, MeetingType } from '@waymark/meetings';
import { NotificationKind } from '@waymark/notifications';

export interface EmailMessage {
  subject: string;
  text: string;
}

/** The meeting an invitation or reminder is about: its kind, time and place, never its cases. */
export interface MeetingWhenAndWhere {
  id: string;
  type: MeetingType;
  startsAt: Date;
  venue: string | null;
}

const WHEN = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const AT = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' });
const meetingWords = (m: MeetingWhenAndWhere) => `${MEETING_TYPE_WORDS[m.type]} on ${WHEN.format(m.startsAt)} at ${AT.format(m.startsAt)}`;

/**
 * What an email says, by kind. Never case detail (no names, descriptions, reasons or notes: the in-app
 * notification holds those, behind sign-in): only that there is something to see, and where. A
 * meeting's kind, date and venue are not case detail, and an invitation is no use without them.
 */
export function emailFor(kind: string, consoleUrl: string, meeting?: MeetingWhenAndWhere): EmailMessage {
  const meetingLink = meeting ? `${consoleUrl}/meetings/${meeting.id}` : `${consoleUrl}/`;
  const compose = (subject: string, sentences: string[], link = `${consoleUrl}/`): EmailMessage => ({
    subject: `Waymark: ${subject}`,
    text: [
      'Hello,',
      '',
      ...sentences,
      '',
      `Sign in to Waymark to see it: ${link}`,
      '',
      'This email holds no case details on purpose. If you did not expect it, tell your Waymark administrator.',
      '',
    ].join('\n'),
  });
  switch (kind) {
    case NotificationKind.ACTION_OVERDUE:
      return compose('an action is overdue', ['An action from a multi-agency meeting, which you own or chase, is past its due date.']);
    case NotificationKind.BREAK_GLASS_GRANTED:
      return compose('break-glass access to review', [
        'Someone at your agency used break-glass access to open a record outside their normal access. Please review it.',
      ]);
    case NotificationKind.SIGN_IN_THROTTLED:
      return compose('sign-in attempts refused', ['Repeated failed sign-in attempts were refused. Please check whether they were expected.']);
    case NotificationKind.AUDIT_CHAIN_BROKEN:
      return compose('the audit trail needs checking', ['The daily check of the audit trail found a problem. Please look at it today.']);
    case NotificationKind.MEETING_INVITATION:
      if (!meeting) break;
      return compose(
        `invitation to a ${meetingWords(meeting)}`,
        [
          `Your agency is invited to a ${meetingWords(meeting)}.`,
          `Venue: ${meeting.venue ?? 'to be confirmed; see the meeting in Waymark'}.`,
          "The agenda and your agency's pack are in Waymark.",
        ],
        meetingLink,
      );
    case NotificationKind.RESEARCH_REMINDER:
      if (!meeting) break;
      return compose(
        `research needed for the ${meetingWords(meeting)}`,
        [`Your agency has not yet recorded its research for the cases on the agenda of the ${meetingWords(meeting)}.`],
        meetingLink,
      );
  }
  return compose('you have a new notification', ['There is a new notification for you.']);
}
