/** The screens each role works from; every route also checks access on the server. */
export interface NavigationItem {
  to: string;
  label: string;
}

const MEETING_STAFF = ['MARAC_COORDINATOR', 'MEETING_CHAIR'];

export function navigationFor(roles: readonly string[]): NavigationItem[] {
  const items: NavigationItem[] = [{ to: '/', label: 'My work' }];
  if (!roles.every((role) => role === 'ADMIN' || role === 'ANALYST')) items.push({ to: '/search', label: 'Find a person or family' });
  if (roles.some((role) => [...MEETING_STAFF, 'AGENCY_REPRESENTATIVE', 'MANAGER'].includes(role))) items.push({ to: '/meetings', label: 'Meetings' });
  if (roles.some((role) => [...MEETING_STAFF, 'MANAGER'].includes(role))) items.push({ to: '/actions/overdue', label: 'Overdue actions' });
  if (roles.some((role) => ['MARAC_COORDINATOR', 'MANAGER', 'ANALYST'].includes(role))) items.push({ to: '/reports/action-review', label: 'MARAC reports' });
  return items;
}
