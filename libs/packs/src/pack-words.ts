const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' });
const CALENDAR_DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "4 March 2025, 09:30" (London time, as the meeting is held). */
export function meetingWhen(startsAt: Date): string {
  return `${LONDON_DAY.format(startsAt)}, ${LONDON_TIME.format(startsAt)}`;
}

/** "4 March 2025" for the meeting's day (London). */
export function meetingDay(startsAt: Date): string {
  return LONDON_DAY.format(startsAt);
}

/** A calendar date ("2025-03-18") as "18 March 2025". */
export function calendarDay(date: string | null): string {
  return date ? CALENDAR_DAY.format(new Date(`${date}T00:00:00Z`)) : '';
}

/** An enum value in words: PERSON_CAUSING_HARM → "person causing harm". */
export function inWords(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}
