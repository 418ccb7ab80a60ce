import { mkdirSync, writeFileSync } from 'node:fs';
import { AGREE, aMaracWithItem, DECIDE, MaracWorld, maracWorld, PARTICIPATION } from './support/marac';
import { pdfPages } from './support/pdf-text';
import { startTestApp, TestApp } from './support/test-app';

/** What the fixture records about Grace (the victim) that must never reach anyone working with Dan. */
const VICTIM_SIDE = {
  confidentialAddress: 'Refuge, 1 Safe Street',
  riskSummary: 'Strangulation on 2 March; Grace now in refuge',
  exclusionReason: 'Threatened to find where she lives',
  decision: 'IDVA to agree a new safety plan with Grace',
  victimAction: "Review Grace's safety plan after the move",
  earlierVictimAction: 'Arrange a sanctuary scheme assessment for Grace',
  researchedVictimFacts: 'Supported by the IDVA since 12 February; moved to refuge on 20 February',
};
const RESEARCHED_HARM_FACTS = 'Dan sent 40 messages on 1 March in breach of his bail conditions';
const DAN_ACTION = 'Offer Dan a Caring Dads place';

describe('Meeting packs and minutes as PDF, per invited agency', () => {
  let t: TestApp;
  let w: MaracWorld;
  let meetingId: string;

  const download = (path: string, token?: string) => {
    const req = t.http
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const pack = (agencyId: string, token: string, kind = 'pack') => download(`/exports/meetings/${meetingId}/${kind}.pdf?agencyId=${agencyId}`, token);
  const pagesOf = async (agencyId: string, token: string, kind = 'pack') => {
    const res = await pack(agencyId, token, kind);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // Kept beside the screenshots (gitignored) to look at, or render for the README (docs/meeting-pack.png).
    mkdirSync('test/screenshots', { recursive: true });
    writeFileSync(
      `test/screenshots/${kind}-${agencyId === w.agencies.programme.id ? 'programme' : agencyId === w.agencies.police.id ? 'police' : 'idva'}.pdf`,
      res.body as Buffer,
    );
    return pdfPages(res.body as Buffer);
  };
  const errorOf = (res: { body: Buffer }) => JSON.parse(res.body.toString()).errors[0];

  beforeAll(async () => {
    t = await startTestApp({ EXPORT_RATE_LIMIT_PER_MINUTE: '1000' });
    w = await maracWorld(t);
    const chair = async (query: string, input: Record<string, unknown>) => {
      const result = await t.gql(query, { input }, { token: w.chair.token });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    // Last month's MARAC about the same family, with an action still open.
    const earlier = await aMaracWithItem(t, w, '2025-02-04T09:30:00Z');
    await chair(AGREE, {
      agendaItemId: earlier.itemId,
      description: VICTIM_SIDE.earlierVictimAction,
      owningAgencyId: w.agencies.idvaService.id,
      ownerUserId: w.idva.id,
      subjectPersonId: w.graceId,
      dueOn: '2025-02-20',
    });
    await chair(AGREE, {
      agendaItemId: earlier.itemId,
      description: 'Tell Dan about the programme intake dates',
      owningAgencyId: w.agencies.programme.id,
      externalOwnerName: 'Intake team, Caring Dads',
      subjectPersonId: w.danId,
      dueOn: '2025-02-25',
    });
    const current = await aMaracWithItem(t, w);
    meetingId = current.meetingId;
    await chair(`mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { id } }`, {
      agendaItemId: current.itemId,
      riskSummary: VICTIM_SIDE.riskSummary,
    });
    const researched = await t.gql(
      `mutation ($input: RecordAgencyResearchInput!) { recordAgencyResearch(input: $input) { id } }`,
      {
        input: {
          agendaItemId: current.itemId,
          holdsRecords: true,
          victimFacts: VICTIM_SIDE.researchedVictimFacts,
          personCausingHarmFacts: RESEARCHED_HARM_FACTS,
          researchedOn: '2025-03-01',
        },
      },
      { token: w.idva.token },
    );
    if (researched.errors) throw new Error(JSON.stringify(researched.errors));
    await chair(PARTICIPATION, {
      agendaItemId: current.itemId,
      entries: [
        { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', interpreterProvided: true },
        { personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: VICTIM_SIDE.exclusionReason },
        { personId: w.amaraId, participation: 'NOT_INVITED', childView: 'VIA_ADVOCATE' },
      ],
    });
    await chair(DECIDE, { agendaItemId: current.itemId, kind: 'OTHER', text: VICTIM_SIDE.decision });
    await chair(AGREE, {
      agendaItemId: current.itemId,
      description: VICTIM_SIDE.victimAction,
      owningAgencyId: w.agencies.idvaService.id,
      ownerUserId: w.idva.id,
      subjectPersonId: w.graceId,
      dueOn: '2025-03-18',
    });
    await chair(AGREE, {
      agendaItemId: current.itemId,
      description: DAN_ACTION,
      owningAgencyId: w.agencies.programme.id,
      ownerUserId: w.perpetratorWorker.id,
      subjectPersonId: w.danId,
      dueOn: '2025-03-25',
    });
  });
  afterAll(() => t.close());

  it("the coordinator downloads the police pack: the meeting, the agency, the date and SENSITIVE on every page; the case, its criteria, risks and last month's actions", async () => {
    const pages = await pagesOf(w.agencies.police.id, w.coordinator.token);
    for (const page of pages) {
      expect(page).toContain('SENSITIVE');
      expect(page).toContain('Northside MARAC');
      expect(page).toContain('4 March 2025');
      expect(page).toContain(w.agencies.police.name);
    }
    const text = pages.join(' ');
    expect(text).toContain('Meeting pack: Northside MARAC');
    expect(text).toContain('Case 1');
    expect(text).toContain('Repeat referral: incident on 2 March');
    expect(text).toContain('Grace Okafor');
    expect(text).toContain('Dan Brown');
    expect(text).toContain('Amara Okafor-Brown');
    expect(text).toContain('professional judgement');
    expect(text).toContain(VICTIM_SIDE.riskSummary);
    expect(text).toContain(VICTIM_SIDE.earlierVictimAction);
    expect(text).toContain('Tell Dan about the programme intake dates');
    expect(text).toContain('Intake team, Caring Dads');
    // Agency research: the IDVA service's, and who has not researched yet.
    expect(text).toContain(VICTIM_SIDE.researchedVictimFacts);
    expect(text).toContain(RESEARCHED_HARM_FACTS);
    expect(text).toMatch(new RegExp(`Not yet researched by.*${w.agencies.police.name}`, 's'));
    // A pack never works for the victim: her address is in no one's pack.
    expect(text).not.toContain(VICTIM_SIDE.confidentialAddress);
    // Actions agreed at this meeting belong in its minutes, not its pack.
    expect(text).not.toContain(DAN_ACTION);
  });

  it("a perpetrator programme provider's pack, whoever downloads it, holds none of the fixture's victim-side detail and says what is held back", async () => {
    for (const token of [w.coordinator.token, w.perpetratorWorker.token]) {
      const text = (await pagesOf(w.agencies.programme.id, token)).join(' ');
      for (const value of Object.values(VICTIM_SIDE)) expect(text).not.toContain(value);
      expect(text).not.toContain('professional judgement');
      expect(text).toContain('Risk summary: Not shown to your agency.');
      expect(text).toContain('MARAC criteria met: Not shown to your agency.');
      expect(text).toContain('About the victim (facts): Not shown to your agency.');
      expect(text).toContain(RESEARCHED_HARM_FACTS);
      expect(text).toContain('Tell Dan about the programme intake dates');
      expect(text).toContain('Case 1');
      expect(text).toContain(w.agencies.programme.name);
    }
  });

  it('bad requests are refused with a code and no document: an agency not invited, another agency’s pack, no involvement, minutes before the meeting is held', async () => {
    const notInvited = await pack(w.agencies.health.id, w.coordinator.token);
    expect(notInvited.status).toBe(400);
    expect(errorOf(notInvited)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'agencyId' }] } });
    expect(errorOf(notInvited).message).toContain('was not invited to this meeting');

    const othersPack = await pack(w.agencies.police.id, w.idva.token);
    expect(othersPack.status).toBe(403);
    expect(errorOf(othersPack).extensions.code).toBe('FORBIDDEN');

    const uninvolved = await pack(w.agencies.health.id, w.healthRep.token);
    expect(uninvolved.status).toBe(403);

    const notAnId = await download(`/exports/meetings/${meetingId}/pack.pdf?agencyId=police`, w.coordinator.token);
    expect(notAnId.status).toBe(400);
    expect(errorOf(notAnId).extensions.code).toBe('BAD_USER_INPUT');

    const signedOut = await download(`/exports/meetings/${meetingId}/pack.pdf?agencyId=${w.agencies.police.id}`);
    expect(signedOut.status).toBe(401);

    const early = await pack(w.agencies.idvaService.id, w.idva.token, 'minutes');
    expect(early.status).toBe(409);
    expect(errorOf(early)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(errorOf(early).message).toContain('once the meeting is recorded as held');
  });

  it('the minutes and action plan, once the meeting is held: decisions, actions with owners and due dates, participation; the provider’s copy without victim-side detail', async () => {
    const held = await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { status } }`, { id: meetingId }, { token: w.coordinator.token });
    expect(held.data.holdMeeting.status).toBe('HELD');

    const [{ display_name: idvaName }] = await t.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [w.idva.id]);
    const idva = (await pagesOf(w.agencies.idvaService.id, w.idva.token, 'minutes')).join(' ');
    expect(idva).toContain('Minutes and action plan: Northside MARAC');
    expect(idva).toContain(VICTIM_SIDE.decision);
    expect(idva).toContain(VICTIM_SIDE.victimAction);
    expect(idva).toContain(DAN_ACTION);
    // Table cells wrap long words, so the owner is compared without spaces.
    expect(idva.replace(/ /g, '')).toContain(`${idvaName}(${w.agencies.idvaService.name})`.replace(/ /g, ''));
    expect(idva).toContain('18 March 2025');
    expect(idva).toContain('25 March 2025');
    expect(idva).toContain('views via advocate');
    expect(idva).toContain(`excluded for safety: ${VICTIM_SIDE.exclusionReason}`);
    expect(idva).not.toContain(VICTIM_SIDE.confidentialAddress);

    const programme = (await pagesOf(w.agencies.programme.id, w.perpetratorWorker.token, 'minutes')).join(' ');
    for (const value of Object.values(VICTIM_SIDE)) expect(programme).not.toContain(value);
    expect(programme).toContain(DAN_ACTION);
    expect(programme).toContain('25 March 2025');
    expect(programme).toContain('Not shown to your agency. (about the adult victim)');
    expect(programme).toContain('excluded for safety: Not shown to your agency.');
  });

  it('every download is audited: who, which meeting, for which agency; refusals write no download event', async () => {
    const events: Array<{ action: string; actor_user_id: string; agency: string }> = await t.dataSource.query(
      `SELECT action, actor_user_id, detail->>'agencyId' AS agency FROM audit_event WHERE subject_id = $1 AND action LIKE 'meeting.%.download' ORDER BY id`,
      [meetingId],
    );
    expect(events.map((e) => [e.action, e.actor_user_id, e.agency])).toEqual([
      ['meeting.pack.download', w.coordinator.id, w.agencies.police.id],
      ['meeting.pack.download', w.coordinator.id, w.agencies.programme.id],
      ['meeting.pack.download', w.perpetratorWorker.id, w.agencies.programme.id],
      ['meeting.minutes.download', w.idva.id, w.agencies.idvaService.id],
      ['meeting.minutes.download', w.perpetratorWorker.id, w.agencies.programme.id],
    ]);
    const [{ reads }] = await t.dataSource.query(
      `SELECT count(*)::int AS reads FROM audit_event WHERE action = 'person.read' AND actor_user_id = $1 AND subject_id = $2`,
      [w.perpetratorWorker.id, w.graceId],
    );
    expect(reads).toBeGreaterThan(0);
  });
});
