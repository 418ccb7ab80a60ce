import { aService, ReportWorld } from './report-fixtures';
import { TestApp } from './test-app';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * What the manager's and analyst's report screens show, written straight to the tables (the
 * features that write them have their own tests): on agency A's families, six revolving-door
 * signals raised this week and two interpreter gaps from over three months ago; a MARAC three weeks
 * ago with six cases (five victims heard through the IDVA, one nobody invited); six referrals to
 * children's social care this month. `maracOn` moves the MARAC to a day of the caller's own, so a
 * partnership-wide count (an analyst's) can be read for that day alone, whatever other files hold.
 */
export async function reportScreensWorld(t: TestApp, { maracOn = daysAgo(21) } = {}): Promise<ReportWorld> {
  const w = await ReportWorld.create(t);
  const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
  const signal = async (kind: string, key: string, raisedDaysAgo: number, severity: string, facts: Record<string, unknown>) => {
    const familyId = await w.family();
    await q(
      `INSERT INTO risk_signal (kind, family_id, subject_key, severity, state, first_raised_at, last_raised_at, facts)
       VALUES ($1, $2, $3, $4, 'OPEN', now() - make_interval(days => $5), now() - make_interval(days => $5), $6)`,
      [kind, familyId, key, severity, raisedDaysAgo, JSON.stringify(facts)],
    );
  };
  for (let i = 0; i < 6; i++) {
    await signal('REVOLVING_DOOR', `child-${i}`, 2, i === 0 ? 'HIGH' : 'MEDIUM', {
      childId: null,
      rereferralsRaise: true,
      rereferrals: 2 + i,
      latest: daysAgo(2),
    });
  }
  for (let i = 0; i < 2; i++) {
    await signal('INTERPRETER_GAP', `adult-${i}`, 100, 'LOW', { personId: null, meetingType: 'MARAC', meetingOn: daysAgo(100), gapsInYear: 1 });
  }

  const marac = await w.meeting('MARAC', maracOn);
  for (let i = 0; i < 5; i++) {
    await w.item(marac, [
      { role: 'ADULT_VICTIM', participation: 'VIEWS_VIA_ADVOCATE' },
      { role: 'PERSON_CAUSING_HARM', participation: 'NOT_INVITED' },
      { role: 'CHILD', participation: 'NOT_INVITED', childView: 'VIA_ADVOCATE' },
    ]);
  }
  await w.item(marac, [
    { role: 'ADULT_VICTIM', participation: 'NOT_INVITED' },
    { role: 'PERSON_CAUSING_HARM', participation: 'NOT_INVITED' },
  ]);

  const csc = await aService(w, 'CHILDRENS_SOCIAL_CARE');
  const familyId = await w.family();
  for (let i = 0; i < 6; i++) {
    const childId = await w.person({ dateOfBirth: '2018-01-01' });
    await q(
      `INSERT INTO referral (family_id, subject_person_id, service_id, service_type, from_user_id, from_agency_id, to_agency_id, reason, consent, status, referred_on, submitted_on, last_changed_on)
       VALUES ($1, $2, $3, 'CHILDRENS_SOCIAL_CARE', $4, $5, $5, 'Concern', 'GIVEN', 'SUBMITTED', current_date, current_date, current_date)`,
      [familyId, childId, csc, w.managerA.id, w.agencyA.id],
    );
  }
  return w;
}
