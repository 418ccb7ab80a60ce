import { AgencyKind } from '../libs/access/src';
import { anAgency } from './support/factories';
import { aService, InScope, ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const COUNT = '{ value suppressed }';
const DATASET = `query ($filters: ReportFiltersInput!) {
  maracDataset(filters: $filters) {
    from to suppressionApplied casesDiscussed ${COUNT} repeatCases ${COUNT} repeatRate ${COUNT} casesWithChildren ${COUNT}
    referralsBySource { agencyKind cases ${COUNT} }
    victims ${COUNT} victimsFromMinoritisedGroups ${COUNT} shareMinoritised ${COUNT} victimsDisabled ${COUNT} shareDisabled ${COUNT}
    victimsMale ${COUNT} shareMale ${COUNT} measuresNotRecorded
  }
}`;
const PERIOD = { from: '2025-01-01', to: '2025-03-31' };
const shown = (value: number) => ({ value, suppressed: false });
const SUPPRESSED = { value: null, suppressed: true };

describe('MARAC dataset', () => {
  let t: TestApp;
  let w: ReportWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await ReportWorld.create(t);
    const police = await anAgency(t, AgencyKind.POLICE, `Eastfield Police ${w.agencyA.id.slice(0, 6)}`);
    const idva = await anAgency(t, AgencyKind.IDVA_SERVICE, `Eastfield IDVA ${w.agencyA.id.slice(0, 6)}`);
    const serviceId = await aService(w, 'MARAC');
    const marac = await w.meeting('MARAC', '2025-03-04');
    const victim = (extra: Partial<InScope>): InScope[] => [{ role: 'ADULT_VICTIM', participation: 'VIEWS_VIA_ADVOCATE', ...extra }];
    // Six cases: five referred by the police (two of them repeats), one by the IDVA service.
    // Victims: Black, White and disabled, a White man, Asian, White; one of unstated ethnicity.
    await w.item(marac, victim({ ethnicityGroup: 'BLACK' }), { maracReferral: { serviceId, fromAgencyId: police.id, repeat: true }, childMember: {} });
    await w.item(marac, victim({ disability: 'Hearing impairment' }), { maracReferral: { serviceId, fromAgencyId: police.id, repeat: true }, childMember: {} });
    await w.item(marac, victim({ gender: 'MALE' }), { maracReferral: { serviceId, fromAgencyId: police.id, repeat: false }, childMember: {} });
    await w.item(marac, victim({ ethnicityGroup: 'ASIAN' }), { maracReferral: { serviceId, fromAgencyId: police.id, repeat: false }, childMember: {} });
    await w.item(marac, victim({ ethnicityGroup: 'NOT_STATED' }), { maracReferral: { serviceId, fromAgencyId: police.id, repeat: false }, childMember: {} });
    // The child of the last family left the household before the MARAC.
    await w.item(marac, victim({}), { maracReferral: { serviceId, fromAgencyId: idva.id, repeat: false }, childMember: { leftOn: '2024-06-01' } });
    // Not counted: a conference, and a MARAC after the period.
    await w.item(await w.meeting('INITIAL_CP_CONFERENCE', '2025-03-05'), victim({}));
    await w.item(await w.meeting('MARAC', '2025-04-01'), victim({}), { maracReferral: { serviceId, fromAgencyId: police.id, repeat: true } });
  });

  afterAll(() => t.close());

  const dataset = (token: string, filters: Record<string, unknown> = {}) => t.gql(DATASET, { filters: { period: PERIOD, ...filters } }, { token });

  it('gives the coordinator the MARAC dataset for their MARACs, exactly', async () => {
    const { data, errors } = await dataset(w.coordinatorA.token);
    expect(errors).toBeUndefined();
    expect(data.maracDataset).toEqual({
      from: PERIOD.from,
      to: PERIOD.to,
      suppressionApplied: false,
      casesDiscussed: shown(6),
      repeatCases: shown(2),
      repeatRate: shown(0.333),
      casesWithChildren: shown(5),
      referralsBySource: [
        { agencyKind: 'IDVA_SERVICE', cases: shown(1) },
        { agencyKind: 'POLICE', cases: shown(5) },
      ],
      victims: shown(6),
      victimsFromMinoritisedGroups: shown(2),
      shareMinoritised: shown(0.333),
      victimsDisabled: shown(1),
      shareDisabled: shown(0.167),
      victimsMale: shown(1),
      shareMale: shown(0.167),
      measuresNotRecorded: ['VICTIMS_LGBT_PLUS'],
    });
    const manager = await dataset(w.managerA.token);
    expect(manager.data.maracDataset.casesDiscussed).toEqual(shown(6));
  });

  it('suppresses it for an analyst, including figures that would give away a small one by subtraction', async () => {
    const { data, errors } = await dataset(w.analyst.token, { agencyId: w.agencyA.id });
    expect(errors).toBeUndefined();
    expect(data.maracDataset).toMatchObject({
      suppressionApplied: true,
      casesDiscussed: shown(6),
      repeatCases: SUPPRESSED,
      repeatRate: SUPPRESSED,
      casesWithChildren: SUPPRESSED, // 6 - 5 would show the one case without children
      referralsBySource: [
        { agencyKind: 'IDVA_SERVICE', cases: SUPPRESSED },
        { agencyKind: 'POLICE', cases: SUPPRESSED },
      ],
      victims: shown(6),
      victimsFromMinoritisedGroups: SUPPRESSED,
      victimsDisabled: SUPPRESSED,
      victimsMale: SUPPRESSED,
      shareMale: SUPPRESSED,
    });
  });

  it('refuses practitioners, and exports a suppressed CSV that says what is not recorded', async () => {
    const refused = await dataset(w.practitionerA.token);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const res = await t.http.get(`/exports/marac-dataset.csv?from=${PERIOD.from}&to=${PERIOD.to}`).set('authorization', `Bearer ${w.coordinatorA.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = res.text
      .trim()
      .split('\r\n')
      .map((line: string) => line.split(','));
    expect(rows[0]).toEqual(['measure', 'category', 'value', 'suppressed']);
    expect(rows).toContainEqual(['cases_discussed', '', '6', '']);
    expect(rows).toContainEqual(['cases_with_children', '', 'fewer than 5 or withheld', 'true']);
    expect(rows).toContainEqual(['repeat_rate', '', 'withheld', 'true']);
    expect(rows).toContainEqual(['referrals_by_source', 'IDVA_SERVICE', 'fewer than 5 or withheld', 'true']);
    expect(rows).toContainEqual(['victims_lgbt_plus', 'not_recorded', '', '']);
  });
});
