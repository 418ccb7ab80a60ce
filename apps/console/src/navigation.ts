/** The screens each role works from; every route also checks access on the server. */
export interface NavigationItem {
  to: string;
  label: string;
}

const MEETING_STAFF = ['MARAC_COORDINATOR', 'MEETING_CHAIR'];
/** The roles that receive referrals for their agency (RECEIVING_ROLES on the API, less the MARAC coordinator, who lists them on an agenda). */
export const RECEIVING_ROLES = ['AGENCY_REPRESENTATIVE', 'PERPETRATOR_WORKER', 'DVA_SPECIALIST', 'CASE_PRACTITIONER'];

const MANAGER_ITEMS: NavigationItem[] = [
  { to: '/manage/allocation', label: 'Allocation' },
  { to: '/manage/duplicates', label: 'Duplicate records' },
  { to: '/manage/break-glass', label: 'Break-glass' },
];

const ADMIN_ITEMS: NavigationItem[] = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/agencies', label: 'Agencies and teams' },
  { to: '/admin/services', label: 'Services' },
  { to: '/admin/signal-settings', label: 'Signal thresholds' },
  { to: '/admin/audit-chain', label: 'Audit-chain status' },
];

export function navigationFor(roles: readonly string[]): NavigationItem[] {
  const items: NavigationItem[] = [{ to: '/', label: 'My work' }];
  if (roles.includes('CASE_PRACTITIONER')) items.push({ to: '/my-families', label: 'My families' });
  if (!roles.every((role) => role === 'ADMIN' || role === 'ANALYST')) items.push({ to: '/search', label: 'Find a person or family' });
  if (roles.some((role) => [...MEETING_STAFF, 'AGENCY_REPRESENTATIVE', 'MANAGER'].includes(role))) items.push({ to: '/meetings', label: 'Meetings' });
  if (roles.some((role) => [...MEETING_STAFF, 'MANAGER'].includes(role))) items.push({ to: '/actions/overdue', label: 'Overdue actions' });
  if (roles.includes('DVA_SPECIALIST')) items.push({ to: '/cowork', label: 'Families I co-work' });
  if (roles.some((role) => RECEIVING_ROLES.includes(role))) items.push({ to: '/incoming-referrals', label: 'Incoming referrals' });
  if (roles.includes('AGENCY_REPRESENTATIVE')) items.push({ to: '/agency/actions', label: "My agency's actions" });
  if (roles.includes('MANAGER')) items.push({ to: '/signals', label: 'Risk signals' });
  if (roles.some((role) => role === 'MANAGER' || role === 'ANALYST')) items.push({ to: '/reports', label: 'Reports' });
  if (roles.includes('MANAGER')) items.push(...MANAGER_ITEMS);
  if (roles.includes('ADMIN')) items.push(...ADMIN_ITEMS);
  if (roles.some((role) => role === 'MANAGER' || role === 'ADMIN')) items.push({ to: '/manage/audit', label: 'Audit trail' });
  if (roles.includes('MANAGER')) items.push({ to: '/proposals', label: 'Proposals waiting' });
  if (roles.some((role) => ['MARAC_COORDINATOR', 'MANAGER'].includes(role))) items.push({ to: '/matac', label: 'MATAC worklist' });
  // Managers and analysts reach the MARAC reports from Reports; coordinators have only these.
  if (roles.includes('MARAC_COORDINATOR') && !roles.some((role) => ['MANAGER', 'ANALYST'].includes(role)))
    items.push({ to: '/reports/action-review', label: 'MARAC reports' });
  return items;
}
