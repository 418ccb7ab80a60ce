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
/** An id no record has: the screen must say it found nothing, plainly. */
const NO_RECORD = '00000000-0000-4000-8000-000000000000';

export const CONSOLE_SCREENS: ConsoleScreen[] = [
  { name: 'my work', path: () => '/' },
  { name: 'search', path: () => '/search' },
  { name: 'an address that does not exist', path: () => '/no-such-screen' },
  // Meetings
  { name: 'meetings', path: () => '/meetings' },
  { name: 'schedule a meeting', path: () => '/meetings/new' },
  { name: 'meeting', path: (w) => `/meetings/${w.meetingId}` },
  { name: 'live meeting', path: (w) => `/meetings/${w.meetingId}/live` },
  { name: 'minutes', path: (w) => `/meetings/${w.meetingId}/print` },
  { name: 'overdue actions', path: () => '/actions/overdue' },
  { name: "my agency's actions", path: () => '/agency/actions' },
  { name: 'agency research', path: (w) => `/meetings/${w.meetingId}/research` },
  { name: 'research on a case', path: (w) => `/meetings/${w.meetingId}/research/${w.itemId}` },
  { name: 'research status', path: (w) => `/meetings/${w.meetingId}/research-status` },
  { name: 'action review', path: (w) => `/meetings/${w.meetingId}/action-review` },
  // The family record and what is recorded on it
  { name: 'my families', path: () => '/my-families' },
  { name: 'family record', path: (w) => `/families/${w.familyId}` },
  { name: 'record a DASH', path: (w) => `/families/${w.familyId}/risk-assessments/new` },
  { name: 'DASH', path: (w) => `/families/${w.familyId}/risk-assessments/${w.assessmentId}` },
  { name: 'MARAC referral from a DASH', path: (w) => `/families/${w.familyId}/risk-assessments/${w.assessmentId}/marac-referral` },
  { name: 'MARAC referral sent', path: (w) => `/families/${w.familyId}/marac-referrals/${w.maracReferralId}` },
  { name: 'record a separation', path: (w) => `/families/${w.familyId}/separations/new` },
  { name: 'record a reconciliation', path: (w) => `/families/${w.familyId}/reconciliations/new` },
  { name: 'record a member leaving', path: (w) => `/families/${w.familyId}/members-leaving/new` },
  { name: 'record an incident', path: (w) => `/families/${w.familyId}/incidents/new` },
  { name: 'record a harm relationship', path: (w) => `/families/${w.familyId}/harm-relationships/new` },
  { name: 'record an assessment', path: (w) => `/families/${w.familyId}/assessments/new` },
  { name: 'record child contact', path: (w) => `/families/${w.familyId}/child-contacts/new` },
  { name: 'end child contact', path: (w) => `/families/${w.familyId}/child-contacts/${NO_RECORD}/end` },
  { name: 'record a kinship placement', path: (w) => `/families/${w.familyId}/kinship-placements/new` },
  { name: 'end a kinship placement', path: (w) => `/families/${w.familyId}/kinship-placements/${NO_RECORD}/end` },
  { name: 'record socio-economic context', path: (w) => `/families/${w.familyId}/socio-economic-context/new` },
  { name: 'make a referral', path: (w) => `/families/${w.familyId}/referrals/new` },
  { name: 'referral', path: (w) => `/families/${w.familyId}/referrals/${w.programmeReferralId}` },
  { name: 'acknowledge a signal', path: (w) => `/families/${w.familyId}/signals/${NO_RECORD}/acknowledge` },
  { name: 'post-separation review', path: (w) => `/families/${w.familyId}/post-separation-reviews/new` },
  { name: 'open an episode', path: (w) => `/families/${w.familyId}/episodes/new` },
  { name: 'step up', path: (w) => `/families/${w.familyId}/episodes/${w.episodeId}/step-up` },
  { name: 'step down', path: (w) => `/families/${w.familyId}/episodes/${w.episodeId}/step-down` },
  { name: 'close an episode', path: (w) => `/families/${w.familyId}/episodes/${w.episodeId}/close` },
  { name: 'record a safety plan', path: (w) => `/families/${w.familyId}/safety-plans/new` },
  // Co-work and referrals received
  { name: 'families I co-work', path: () => '/cowork' },
  { name: 'co-work on a family', path: (w) => `/cowork/${w.familyId}` },
  { name: 'log co-work', path: (w) => `/cowork/${w.familyId}/entries/new` },
  { name: 'incoming referrals', path: () => '/incoming-referrals' },
  { name: 'incoming referral', path: (w) => `/incoming-referrals/${w.programmeReferralId}` },
  { name: 'programme sessions', path: (w) => `/referrals/${w.programmeReferralId}/sessions` },
  { name: 'MATAC worklist', path: () => '/matac' },
  // Managers and analysts
  { name: 'signals', path: () => '/signals' },
  { name: 'proposals waiting', path: () => '/proposals' },
  { name: 'proposal', path: () => `/proposals/${NO_RECORD}` },
  { name: 'reports', path: () => '/reports' },
  { name: 'participation audit', path: () => '/reports/participation' },
  { name: 'participation audit items', path: () => '/reports/participation/items' },
  { name: 'revolving door', path: () => '/reports/revolving-door' },
  { name: 'referral outcomes', path: () => '/reports/referral-outcomes' },
  { name: 'MARAC dataset', path: () => '/reports/marac' },
  { name: 'social gradient', path: () => '/reports/social-gradient' },
  { name: 'action review report', path: () => '/reports/action-review' },
  { name: 'MARAC data return', path: () => '/reports/marac-data-return' },
  { name: 'allocation', path: () => '/manage/allocation' },
  { name: 'allocate a family', path: (w) => `/manage/families/${w.familyId}/allocate` },
  { name: 'duplicate people', path: () => '/manage/duplicates' },
  { name: 'break-glass grants', path: () => '/manage/break-glass' },
  { name: 'audit trail', path: () => '/manage/audit' },
  // Administrators
  { name: 'users', path: () => '/admin/users' },
  { name: 'create a user', path: () => '/admin/users/new' },
  { name: 'user', path: (w) => `/admin/users/${w.users['case practitioner'].id}` },
  { name: 'agencies and teams', path: () => '/admin/agencies' },
  { name: 'services', path: () => '/admin/services' },
  { name: 'create a service', path: () => '/admin/services/new' },
  { name: 'service', path: (w) => `/admin/services/${w.programmeServiceId}` },
  { name: 'signal settings', path: () => '/admin/signal-settings' },
  { name: 'audit chain', path: () => '/admin/audit-chain' },
];
