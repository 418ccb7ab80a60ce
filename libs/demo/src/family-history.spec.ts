import { createHash } from 'crypto';
import { buildFamilies, buildMaracSittings } from './generator.service';
import { historyProblems } from './history-rules';
import { emptyRows, maracDate, TABLES, upcomingMaracDate } from './family-history';
import { partnershipIds } from './partnership';
import { addDays, daysFrom } from './prng';

const asOf = '2026-06-30';
const build = (seed: string, families = 400, area: 'inner-city' | 'post-industrial' = 'inner-city') =>
  buildFamilies(partnershipIds(), { seed, area, asOf, families }, 0, families);

function digest(rows: ReturnType<typeof build>): string {
  const hash = createHash('sha256');
  for (const table of TABLES) for (const row of rows[table]) hash.update(`${table}:${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}

const share = (items: unknown[], test: (item: any) => boolean) => items.filter(test).length / items.length;

describe('the synthetic partnership generator', () => {
  const rows = build('shape');

  it('writes the same rows, ids included, for the same seed, and different ones for another seed', () => {
    expect(digest(build('shape'))).toBe(digest(rows));
    expect(digest(build('other'))).not.toBe(digest(rows));
    // A family is the same whichever batch builds it.
    const alone = buildFamilies(partnershipIds(), { seed: 'shape', area: 'inner-city', asOf, families: 400 }, 7, 8);
    expect(alone.family[0]).toEqual(rows.family[7]);
  });

  it("keeps every family within the services' rules", () => {
    // buildFamilies throws on any problem; check the checker itself refuses a broken history.
    const broken = emptyRows();
    broken.referral.push({ ...rows.referral[0] });
    broken.referral_status_change.push(...rows.referral_status_change.filter((c) => c.referral_id === rows.referral[0].id));
    broken.referral_status_change.push({ ...broken.referral_status_change[0], from_status: 'SUBMITTED', to_status: 'COMPLETED' });
    expect(historyProblems(broken, asOf).join(' ')).toMatch(/cannot become completed/);
    const future = emptyRows();
    future.incident.push({ ...rows.incident[0], occurred_on: addDays(asOf, 1) });
    expect(historyProblems(future, asOf)).toEqual([`incident.occurred_on ${addDays(asOf, 1)} is in the future`]);
    const twice = emptyRows();
    twice.agenda_item.push(rows.agenda_item[0], { ...rows.agenda_item[0], id: 'another' });
    expect(historyProblems(twice, asOf)).toEqual([`family ${rows.agenda_item[0].family_id} is listed twice at meeting ${rows.agenda_item[0].meeting_id}`]);
  });

  it('is shaped as docs/domain.md §8.1 describes', () => {
    const children = rows.family_membership.filter((m) => m.kind === 'CHILD').map((m) => rows.person.find((p) => p.id === m.person_id)!);
    expect(share(children, (c) => daysFrom(c.date_of_birth, asOf) < 5 * 365)).toBeGreaterThanOrEqual(0.42);
    expect(share(children, (c) => daysFrom(c.date_of_birth, asOf) < 5 * 365)).toBeLessThanOrEqual(0.54);

    const dva = rows.assessment.filter((a) => (a.factors as string[]).some((f) => f.startsWith('3')));
    expect(dva.length).toBe(rows.assessment.length);
    const has = (code: string) => share(dva, (a) => a.factors.includes(code));
    expect(has('3B')).toBeGreaterThanOrEqual(0.86);
    expect(has('3B')).toBeLessThanOrEqual(0.91);
    expect(has('3A')).toBeGreaterThanOrEqual(0.12);
    expect(has('3A')).toBeLessThanOrEqual(0.16);
    expect(has('4B')).toBeGreaterThanOrEqual(0.28);
    expect(has('4B')).toBeLessThanOrEqual(0.33);
    const outcome = (o: string[]) => share(rows.assessment, (a) => o.includes(a.outcome));
    expect(outcome(['NFA', 'EARLY_HELP'])).toBeGreaterThanOrEqual(0.14);
    expect(outcome(['NFA', 'EARLY_HELP'])).toBeLessThanOrEqual(0.3);
    expect(outcome(['CIN'])).toBeGreaterThanOrEqual(0.45);
    expect(outcome(['CIN'])).toBeLessThanOrEqual(0.68);
    expect(outcome(['CP'])).toBeGreaterThanOrEqual(0.18);
    expect(outcome(['CP'])).toBeLessThanOrEqual(0.25);
  });

  it('has re-referrals, long-running families and families seen once', () => {
    const csc = partnershipIds().serviceByType.CHILDRENS_SOCIAL_CARE;
    const referrals = rows.referral.filter((r) => r.service_id === csc);
    const bySubject = new Map<unknown, string[]>();
    for (const r of referrals) bySubject.set(r.subject_person_id, [...(bySubject.get(r.subject_person_id) ?? []), r.submitted_on as string]);
    const rereferrals = [...bySubject.values()].flatMap((dates) =>
      dates
        .sort()
        .slice(1)
        .filter((d, i) => daysFrom(dates[i], d) <= 365),
    ).length;
    expect(rereferrals / referrals.length).toBeGreaterThanOrEqual(0.15);
    expect(rereferrals / referrals.length).toBeLessThanOrEqual(0.3);

    const perFamily = new Map<unknown, number>();
    for (const r of referrals) perFamily.set(r.family_id, (perFamily.get(r.family_id) ?? 0) + 1);
    expect([...perFamily.values()].filter((n) => n === 1).length).toBeGreaterThan(rows.family.length / 3);
    const spans = new Map<unknown, string[]>();
    for (const r of referrals) spans.set(r.family_id, [...(spans.get(r.family_id) ?? []), r.submitted_on as string]);
    const longRunning = [...spans.values()].filter((d) => daysFrom(d.sort()[0], d[d.length - 1]) >= 8 * 365);
    expect(longRunning.length).toBeGreaterThan(3);
  });

  it('records the patterns the signals look for', () => {
    expect(rows.couple_status_event.some((e) => e.status === 'SEPARATED')).toBe(true);
    expect(rows.couple_status_event.some((e) => e.status === 'RECONCILED')).toBe(true);
    expect(rows.episode.some((e) => e.closure_sub_reason === 'PARENTS_SEPARATED')).toBe(true);
    expect(rows.referral.some((r) => r.is_repeat_marac)).toBe(true);
    expect(rows.referral.some((r) => r.decline_reason === 'ELIGIBILITY')).toBe(true);
    expect(rows.referral.some((r) => r.meeting_id && r.status === 'SUBMITTED' && daysFrom(r.last_changed_on as string, asOf) > 28)).toBe(true);
    expect(rows.meeting_action.some((a) => a.status === 'OPEN' && (a.due_on as string) < asOf)).toBe(true);
    expect(rows.participation.some((p) => p.interpreter_provided === false)).toBe(true);
    expect(rows.kinship_placement.length).toBeGreaterThan(0);
    expect(rows.child_contact.length).toBeGreaterThan(0);
  });

  it('sits the MARAC every fourth Thursday, the next one in the week after asOf, and fills the demo sittings the same way each time', () => {
    for (const day of ['2026-06-30', '2026-07-01', '2026-07-02', '2026-07-05']) {
      const next = upcomingMaracDate(day);
      expect(new Date(`${next}T00:00:00Z`).getUTCDay()).toBe(4);
      expect(daysFrom(day, next)).toBeGreaterThanOrEqual(1);
      expect(daysFrom(day, next)).toBeLessThanOrEqual(7);
      expect(maracDate(next, day)).toBe(next);
      expect(maracDate(addDays(next, -27), day)).toBe(next);
      expect(maracDate(addDays(next, -28), day)).toBe(addDays(next, -28));
    }
    const o = { seed: 'shape', area: 'inner-city' as const, asOf, families: 400, maracListYears: 2 };
    const sittings = buildMaracSittings(partnershipIds(), o);
    expect(digest(buildMaracSittings(partnershipIds(), o))).toBe(digest(sittings));
    expect(sittings.meeting.filter((m) => m.status === 'SCHEDULED').map((m) => m.starts_at)).toEqual([`${upcomingMaracDate(asOf)}T10:00:00Z`]);
    const perSitting = new Map<unknown, number>();
    for (const item of sittings.agenda_item) perSitting.set(item.meeting_id, (perSitting.get(item.meeting_id) ?? 0) + 1);
    const recent = [...perSitting.values()].slice(0, 20);
    expect(Math.min(...recent)).toBeGreaterThanOrEqual(8);
    expect(sittings.referral.some((r) => r.is_repeat_marac)).toBe(true);
  });

  it('follows the area profile for ethnicity', () => {
    const white = (area: 'inner-city' | 'post-industrial') => share(build('area', 300, area).person, (p) => p.ethnicity_group === 'WHITE');
    expect(white('inner-city')).toBeLessThan(0.45);
    expect(white('post-industrial')).toBeGreaterThan(0.7);
  });
});
