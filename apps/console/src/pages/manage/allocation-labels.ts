/** An allocation as a manager reads it: "Sam Patel (Assessment team)". */
export function allocationWords(
  allocation: { userId?: string | null; teamId?: string | null } | undefined,
  users: Array<{ id: string; displayName: string }>,
  teams: Array<{ id: string; name: string }>,
): string {
  if (!allocation) return 'Not allocated';
  const user = allocation.userId ? (users.find((u) => u.id === allocation.userId)?.displayName ?? 'A practitioner in another agency') : '';
  const team = allocation.teamId ? (teams.find((t) => t.id === allocation.teamId)?.name ?? 'A team in another agency') : '';
  return user && team ? `${user} (${team})` : user || team;
}

/** The allocations still running, latest first. */
export const currentAllocations = <T extends { endedOn?: string | null; startedOn: string }>(allocations: T[]): T[] =>
  allocations.filter((a) => !a.endedOn).sort((a, b) => b.startedOn.localeCompare(a.startedOn));
