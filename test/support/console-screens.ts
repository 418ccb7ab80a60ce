import { RoleMatrixWorld } from './role-matrix-world';

/** One screen of the console, as a user reaches it by address, with the world's records filled in. */
export interface ConsoleScreen {
  name: string;
  path: (w: RoleMatrixWorld) => string;
}

/**
 * Every route in apps/console/src/app.tsx, once. test/console-role-matrix opens each as every role;
 * a new screen belongs here as soon as it has a route.
 */
export const CONSOLE_SCREENS: ConsoleScreen[] = [
  { name: 'my work', path: () => '/' },
  { name: 'search', path: () => '/search' },
  { name: 'meetings', path: () => '/meetings' },
  { name: 'schedule a meeting', path: () => '/meetings/new' },
  { name: 'meeting', path: (w) => `/meetings/${w.meetingId}` },
  { name: 'live meeting', path: (w) => `/meetings/${w.meetingId}/live` },
  { name: 'minutes', path: (w) => `/meetings/${w.meetingId}/print` },
  { name: 'overdue actions', path: () => '/actions/overdue' },
  { name: 'family record', path: (w) => `/families/${w.familyId}` },
  { name: 'record a DASH', path: (w) => `/families/${w.familyId}/risk-assessments/new` },
  { name: 'DASH', path: (w) => `/families/${w.familyId}/risk-assessments/${w.assessmentId}` },
  { name: 'MARAC referral from a DASH', path: (w) => `/families/${w.familyId}/risk-assessments/${w.assessmentId}/marac-referral` },
  { name: 'MARAC referral sent', path: (w) => `/families/${w.familyId}/marac-referrals/${w.maracReferralId}` },
  { name: 'an address that does not exist', path: () => '/no-such-screen' },
];
