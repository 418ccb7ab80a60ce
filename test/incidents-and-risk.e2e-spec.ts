import { randomUUID } from 'node:crypto';
import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aPerson, aUser, SignedInUser } from './support/factories';
import { aFamilyWithParents, aPartnership, DASH, FamilyFixture, Partnership } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const RECORD_INCIDENT = `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id occurredOn kind description reportingAgencyId people { personId role person { givenName } } } }`;
const RECORD_DASH = `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id score judgement assessedOn answers assessorUserId agencyId } }`;

describe('Incidents and DASH risk assessments', () => {
  let t: TestApp;
  let p: Partnership;
  let family: FamilyFixture;
  let policeId: string;
  let manager: SignedInUser;
  let colleague: SignedInUser;

  const count = async (table: 'incident' | 'incident_person' | 'risk_assessment') => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const recordIncident = (input: Record<string, unknown> = {}, user: SignedInUser = p.social) =>
    t.gql(
      RECORD_INCIDENT,
      {
        input: {
          familyId: family.familyId,
          occurredOn: '2025-01-12',
          reportingAgencyId: policeId,
          kind: 'POLICE_DA_NOTIFICATION',
          description: 'Officers attended; Daniel had left before they arrived.',
          people: [
            { personId: family.motherId, role: 'ADULT_VICTIM' },
            { personId: family.fatherId, role: 'PERSON_CAUSING_HARM' },
            { personId: family.childId, role: 'CHILD_PRESENT' },
          ],
          ...input,
        },
      },
      { token: user.token },
    );
  const recordDash = (input: Record<string, unknown> = {}, user: SignedInUser = p.social) =>
    t.gql(
      RECORD_DASH,
      {
        input: {
          familyId: family.familyId,
          victimPersonId: family.motherId,
          personCausingHarmId: family.fatherId,
          assessedOn: '2025-01-20',
          answers: DASH(16, 3),
          judgement: 'HIGH',
          ...input,
        },
      },
      { token: user.token },
    );

  beforeAll(async () => {
    t = await startTestApp();
    p = await aPartnership(t);
    family = await aFamilyWithParents(t, p.social);
    policeId = (await anAgency(t, AgencyKind.POLICE, `Northside Police ${randomUUID().slice(0, 6)}`)).id;
    manager = await aUser(t, [Role.MANAGER], { id: p.cscAgencyId });
    colleague = await aUser(t, [Role.CASE_PRACTITIONER], { id: p.cscAgencyId });
  });
  afterAll(() => t.close());

  it('the social worker records a police notification with who was involved; it is on the family record and timeline and counts for the victim', async () => {
    const result = await recordIncident();
    expect(result.errors).toBeUndefined();
    const incident = result.data.recordIncident;
    expect(incident).toMatchObject({ occurredOn: '2025-01-12', kind: 'POLICE_DA_NOTIFICATION', reportingAgencyId: policeId });
    expect(incident.people.map((x: { role: string; person: { givenName: string } }) => [x.person.givenName, x.role]).sort()).toEqual([
      ['Amara', 'CHILD_PRESENT'],
      ['Daniel', 'PERSON_CAUSING_HARM'],
      ['Grace', 'ADULT_VICTIM'],
    ]);

    for (const reader of [p.social, manager]) {
      const read = await t.gql(`query ($id: ID!) { family(id: $id) { incidents { id description } } }`, { id: family.familyId }, { token: reader.token });
      expect(read.data.family.incidents).toEqual([{ id: incident.id, description: 'Officers attended; Daniel had left before they arrived.' }]);
    }
    const timeline = await t.gql(
      `query ($id: ID!) { family(id: $id) { timeline(kinds: [INCIDENT]) { nodes { date summary actorUserId } } } }`,
      { id: family.familyId },
      { token: p.social.token },
    );
    expect(timeline.data.family.timeline.nodes).toEqual([
      {
        date: '2025-01-12',
        actorUserId: p.social.id,
        summary: expect.stringMatching(
          /^Police domestic abuse notification from Northside Police \w+: Grace \(adult victim\), Amara \(child present\), Daniel \(person causing harm\)\. Officers attended; Daniel had left before they arrived\.$/,
        ),
      },
    ]);
    const criteria = await t.gql(
      `query ($id: ID!) { maracCriteria(victimId: $id, asOf: "2025-02-01") { checks { criterion evidence { recordId } } } }`,
      { id: family.motherId },
      { token: p.social.token },
    );
    const escalation = criteria.data.maracCriteria.checks.find((c: { criterion: string }) => c.criterion === 'POTENTIAL_ESCALATION');
    expect(escalation.evidence).toEqual([{ recordId: incident.id }]);
    const [audit] = await t.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'incident.record' AND subject_id = $1`, [family.familyId]);
    expect(audit.detail).toEqual({ incidentId: incident.id, kind: 'POLICE_DA_NOTIFICATION' });
  });

  it('refuses a future date, someone outside the family, an unknown agency, nobody involved or someone named twice; nothing is written', async () => {
    const neighbour = await aPerson(t, p.social, { givenName: 'Pat', familyName: 'Neighbour', gender: 'NOT_KNOWN', ethnicityGroup: 'NOT_STATED' });
    const before = [await count('incident'), await count('incident_person')];

    const future = await recordIncident({ occurredOn: '2999-01-01' });
    expect(future.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'occurredOn' }] },
      message: 'occurredOn: cannot be in the future',
    });
    const outside = await recordIncident({
      people: [
        { personId: family.motherId, role: 'ADULT_VICTIM' },
        { personId: neighbour, role: 'OTHER' },
      ],
    });
    expect(outside.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'people.1.personId: Pat has never been a member of this family',
    });
    const unknownAgency = await recordIncident({ reportingAgencyId: randomUUID() });
    expect(unknownAgency.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'reportingAgencyId: no agency has that id.' });
    const nobody = await recordIncident({ people: [] });
    expect(nobody.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'people', problems: ['must name at least one person involved'] }],
    });
    const twice = await recordIncident({
      people: [
        { personId: family.motherId, role: 'ADULT_VICTIM' },
        { personId: family.motherId, role: 'OTHER' },
      ],
    });
    expect(twice.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'people: name each person once' });
    const badRole = await recordIncident({ people: [{ personId: family.motherId, role: 'BYSTANDER' }] });
    expect(badRole.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const longText = await recordIncident({ description: 'x'.repeat(1001) });
    expect(longText.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'description' }] });
    for (const user of [colleague, p.perpetratorWorker, manager]) expect((await recordIncident({}, user)).errors![0].extensions.code).toBe('FORBIDDEN');

    expect([await count('incident'), await count('incident_person')]).toEqual(before);
  });

  it('records a DASH: the score is the count of yes answers; the answers are for the social worker, never in the timeline or audit trail', async () => {
    const result = await recordDash();
    expect(result.errors).toBeUndefined();
    expect(result.data.recordRiskAssessment).toMatchObject({
      score: 16,
      judgement: 'HIGH',
      assessedOn: '2025-01-20',
      answers: DASH(16, 3),
      assessorUserId: p.social.id,
      agencyId: p.cscAgencyId,
    });
    const id = result.data.recordRiskAssessment.id;

    const read = await t.gql(
      `query ($id: ID!) { family(id: $id) { riskAssessments { id score answers victim { givenName } personCausingHarm { givenName } } } }`,
      { id: family.familyId },
      { token: p.social.token },
    );
    expect(read.data.family.riskAssessments).toEqual([
      { id, score: 16, answers: DASH(16, 3), victim: { givenName: 'Grace' }, personCausingHarm: { givenName: 'Daniel' } },
    ]);
    const byManager = await t.gql(
      `query ($id: ID!) { family(id: $id) { riskAssessments { score answers } } }`,
      { id: family.familyId },
      { token: manager.token },
    );
    expect(byManager.data.family.riskAssessments).toEqual([{ score: 16, answers: null }]);

    const timeline = await t.gql(
      `query ($id: ID!) { family(id: $id) { timeline(kinds: [RISK_ASSESSMENT]) { nodes { summary personIds } } } }`,
      { id: family.familyId },
      { token: p.social.token },
    );
    expect(timeline.data.family.timeline.nodes).toEqual([
      { summary: 'DASH risk assessment for Grace: 16 yes, judged HIGH.', personIds: [family.motherId, family.fatherId] },
    ]);
    const [audit] = await t.dataSource.query(`SELECT detail FROM audit_event WHERE action = 'risk_assessment.record' AND subject_id = $1`, [family.familyId]);
    expect(audit.detail).toEqual({ riskAssessmentId: id, score: 16, judgement: 'HIGH' });
  });

  it('refuses a DASH with the wrong number of answers, an unknown answer, the same person twice, someone outside the family or a future date; nothing is written', async () => {
    const stranger = await aPerson(t, p.social, { givenName: 'Sam', familyName: 'Other', gender: 'MALE', ethnicityGroup: 'WHITE' });
    const before = await count('risk_assessment');
    const short = await recordDash({ answers: DASH(16).slice(1) });
    expect(short.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'answers' }] },
      message: 'answers: a DASH risk identification checklist has 24 answers, one per question in order; 23 were given',
    });
    const long = await recordDash({ answers: [...DASH(16), 'NO'] });
    expect(long.errors![0].message).toMatch(/^answers: .*; 25 were given$/);
    const maybe = await recordDash({ answers: [...DASH(16).slice(1), 'MAYBE'] });
    expect(maybe.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const same = await recordDash({ personCausingHarmId: family.motherId });
    expect(same.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'personCausingHarmId: must be a different person from the victim',
    });
    const outside = await recordDash({ personCausingHarmId: stranger });
    expect(outside.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'personCausingHarmId: Sam has never been a member of this family',
    });
    const future = await recordDash({ assessedOn: '2999-01-01' });
    expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'assessedOn: cannot be in the future' });
    const noJudgement = await t.gql(
      RECORD_DASH,
      {
        input: { familyId: family.familyId, victimPersonId: family.motherId, personCausingHarmId: family.fatherId, assessedOn: '2025-01-20', answers: DASH(3) },
      },
      { token: p.social.token },
    );
    expect(noJudgement.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    for (const user of [colleague, p.perpetratorWorker, manager]) expect((await recordDash({}, user)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await count('risk_assessment')).toBe(before);
  });

  it('the database itself refuses a score that is not the count of yes answers, or a checklist of the wrong length', async () => {
    const insert = (answers: string[], score: number) =>
      t.dataSource.query(
        `INSERT INTO risk_assessment (family_id, victim_person_id, person_causing_harm_id, assessed_on, assessor_user_id, agency_id, answers, score, judgement)
         VALUES ($1, $2, $3, '2025-01-01', $4, $5, $6, $7, 'HIGH')`,
        [family.familyId, family.motherId, family.fatherId, p.social.id, p.cscAgencyId, answers, score],
      );
    await expect(insert(DASH(10), 14)).rejects.toThrow(/check constraint/);
    await expect(insert(DASH(10).slice(1), 10)).rejects.toThrow(/check constraint/);
  });
});
