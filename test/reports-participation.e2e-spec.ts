import { randomUUID } from 'node:crypto';
import { ReportWorld } from './support/report-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const COUNT = '{ value suppressed }';
const OUTCOMES = [
  'attended',
  'attendedPart',
  'viewsViaAdvocate',
  'writtenViews',
  'separateMeeting',
  'notInvited',
  'invitedDeclined',
  'excludedForSafety',
  'notApplicable',
  'notRecorded',
];
const MEMBER = `{
  itemsWithMember ${COUNT} itemsWhereMemberTookPart ${COUNT} shareOfItems ${COUNT} peopleInScope ${COUNT} peopleWhoTookPart ${COUNT}
  outcomes { ${OUTCOMES.map((o) => `${o} ${COUNT}`).join(' ')} }
}`;
const AUDIT = `query ($filters: ReportFiltersInput!) {
  participationAudit(filters: $filters) {
    from to suppressionApplied agendaItems ${COUNT}
    byMeetingType {
      meetingType agendaItems ${COUNT}
      adultVictim ${MEMBER} personCausingHarm ${MEMBER} child ${MEMBER} widerFamily ${MEMBER}
      childrenInScope ${COUNT} childViewsRecorded ${COUNT} shareOfChildViewsRecorded ${COUNT}
      interpreterNeeded ${COUNT} interpreterProvided ${COUNT} shareOfInterpreterNeedsMet ${COUNT}
    }
  }
}`;
const ITEMS = `query ($filters: ReportFiltersInput!, $scopeRole: ScopeRole, $outcome: ParticipationOutcome, $tookPart: Boolean) {
  participationAuditItems(filters: $filters, scopeRole: $scopeRole, outcome: $outcome, tookPart: $tookPart) { agendaItemId meetingId meetingType heldOn familyId familyName }
}`;
const PERIOD = { from: '2025-01-01', to: '2025-06-30' };
const shown = (value: number) => ({ value, suppressed: false });
const SUPPRESSED = { value: null, suppressed: true };

/** Every count in a response: none may be a small number, whatever it is nested in. */
function counts(node: unknown, out: Array<{ value: number | null; suppressed: boolean }> = []): typeof out {
  if (Array.isArray(node)) node.forEach((child) => counts(child, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if ('suppressed' in record && 'value' in record && (record.value === null || Number.isInteger(record.value))) out.push(record as never);
    // Shares are fractions, not counts: skip them here (their suppression is asserted below).
    else
      Object.entries(record)
        .filter(([key]) => !key.startsWith('share'))
        .forEach(([, child]) => counts(child, out));
  }
  return out;
}

describe('Family participation audit', () => {
  let t: TestApp;
  let w: ReportWorld;
  let notHeardItem: { itemId: string; familyId: string };
  let icpcItem: { itemId: string; familyId: string };

  beforeAll(async () => {
    t = await startTestApp();
    w = await ReportWorld.create(t);
    // A MARAC in March: six cases. Victims are represented by the IDVA, except one nobody invited
    // (she needed an interpreter and none was there); people causing harm are never invited;
    // two children's views were brought by an advocate.
    const marac = await w.meeting('MARAC', '2025-03-04');
    for (let i = 1; i <= 5; i++) {
      await w.item(marac, [
        { role: 'ADULT_VICTIM', participation: 'VIEWS_VIA_ADVOCATE', interpreterNeeded: i === 1, interpreterProvided: i === 1 },
        { role: 'PERSON_CAUSING_HARM', participation: 'NOT_INVITED' },
        { role: 'CHILD', participation: 'NOT_INVITED', childView: i <= 2 ? 'VIA_ADVOCATE' : 'NOT_RECORDED' },
        { role: 'OTHER_ADULT', participation: 'NOT_INVITED' },
      ]);
    }
    notHeardItem = await w.item(marac, [
      { role: 'ADULT_VICTIM', participation: 'NOT_INVITED', interpreterNeeded: true, interpreterProvided: false },
      { role: 'PERSON_CAUSING_HARM', participation: 'NOT_INVITED' },
      { role: 'CHILD' }, // nothing recorded
    ]);
    // An initial child protection conference in April: two families who came.
    const icpc = await w.meeting('INITIAL_CP_CONFERENCE', '2025-04-10');
    icpcItem = await w.item(icpc, [
      { role: 'ADULT_VICTIM', participation: 'ATTENDED' },
      { role: 'PERSON_CAUSING_HARM', participation: 'ATTENDED' },
      { role: 'CHILD', participation: 'NOT_APPLICABLE', childView: 'DIRECT_WORK' },
      { role: 'WIDER_FAMILY', participation: 'WRITTEN_VIEWS' },
    ]);
    await w.item(icpc, [
      { role: 'ADULT_VICTIM', participation: 'ATTENDED' },
      { role: 'PERSON_CAUSING_HARM', participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: 'Threats to the social worker' },
      { role: 'CHILD', participation: 'NOT_APPLICABLE', childView: 'DIRECT_WORK' },
    ]);
    // Not counted: before the period, a cancelled meeting, and another agency's MARAC.
    await w.item(await w.meeting('MARAC', '2024-12-03'), [{ role: 'ADULT_VICTIM', participation: 'ATTENDED' }]);
    await w.item(await w.meeting('MARAC', '2025-03-18', { status: 'CANCELLED' }), [{ role: 'ADULT_VICTIM', participation: 'ATTENDED' }]);
    await w.item(await w.meeting('MARAC', '2025-03-04', { agencyId: w.agencyB.id }), [{ role: 'ADULT_VICTIM', participation: 'ATTENDED' }]);
  });

  afterAll(() => t.close());

  const audit = (token: string, filters: Record<string, unknown> = {}) => t.gql(AUDIT, { filters: { period: PERIOD, ...filters } }, { token });
  const typeOf = (report: any, meetingType: string) => report.byMeetingType.find((m: any) => m.meetingType === meetingType);
  const FIELD: Record<string, string> = { ADULT_VICTIM: 'adultVictim', PERSON_CAUSING_HARM: 'personCausingHarm', CHILD: 'child', WIDER_FAMILY: 'widerFamily' };
  const memberOf = (report: any, meetingType: string, scopeRole: string) => typeOf(report, meetingType)[FIELD[scopeRole]];
  const outcome = (member: any, name: string) => member.outcomes[name.toLowerCase().replace(/_([a-z])/g, (_: string, c: string) => c.toUpperCase())];

  it("gives a manager their agency's exact figures: who took part, how, and why not", async () => {
    const { data, errors } = await audit(w.managerA.token);
    expect(errors).toBeUndefined();
    const report = data.participationAudit;
    expect(report).toMatchObject({ from: PERIOD.from, to: PERIOD.to, suppressionApplied: false, agendaItems: shown(8) });
    expect(report.byMeetingType.map((m: any) => m.meetingType)).toEqual(['INITIAL_CP_CONFERENCE', 'MARAC']);

    const marac = typeOf(report, 'MARAC');
    expect(marac.agendaItems).toEqual(shown(6));
    const victim = memberOf(report, 'MARAC', 'ADULT_VICTIM');
    expect(victim).toMatchObject({
      itemsWithMember: shown(6),
      itemsWhereMemberTookPart: shown(5),
      shareOfItems: shown(0.833),
      peopleInScope: shown(6),
      peopleWhoTookPart: shown(5),
    });
    expect(outcome(victim, 'VIEWS_VIA_ADVOCATE')).toEqual(shown(5));
    expect(outcome(victim, 'NOT_INVITED')).toEqual(shown(1));
    expect(outcome(victim, 'ATTENDED')).toEqual(shown(0));
    const harmer = memberOf(report, 'MARAC', 'PERSON_CAUSING_HARM');
    expect(harmer).toMatchObject({ itemsWithMember: shown(6), itemsWhereMemberTookPart: shown(0), shareOfItems: shown(0), peopleWhoTookPart: shown(0) });
    expect(outcome(harmer, 'NOT_INVITED')).toEqual(shown(6));
    const child = memberOf(report, 'MARAC', 'CHILD');
    expect(outcome(child, 'NOT_INVITED')).toEqual(shown(5));
    expect(outcome(child, 'NOT_RECORDED')).toEqual(shown(1));
    expect(memberOf(report, 'MARAC', 'WIDER_FAMILY')).toMatchObject({ itemsWithMember: shown(0), shareOfItems: { value: null, suppressed: false } });
    expect(marac).toMatchObject({
      childrenInScope: shown(6),
      childViewsRecorded: shown(2),
      shareOfChildViewsRecorded: shown(0.333),
      interpreterNeeded: shown(2),
      interpreterProvided: shown(1),
      shareOfInterpreterNeedsMet: shown(0.5),
    });

    const icpc = typeOf(report, 'INITIAL_CP_CONFERENCE');
    expect(icpc.agendaItems).toEqual(shown(2));
    expect(memberOf(report, 'INITIAL_CP_CONFERENCE', 'PERSON_CAUSING_HARM')).toMatchObject({
      itemsWithMember: shown(2),
      itemsWhereMemberTookPart: shown(1),
      shareOfItems: shown(0.5),
    });
    expect(outcome(memberOf(report, 'INITIAL_CP_CONFERENCE', 'PERSON_CAUSING_HARM'), 'EXCLUDED_FOR_SAFETY')).toEqual(shown(1));
    expect(memberOf(report, 'INITIAL_CP_CONFERENCE', 'WIDER_FAMILY')).toMatchObject({ itemsWithMember: shown(1), shareOfItems: shown(1) });
    expect(icpc).toMatchObject({ childViewsRecorded: shown(2), shareOfChildViewsRecorded: shown(1), interpreterNeeded: shown(0) });
  });

  it('narrows to one meeting type, and to the families allocated to one team', async () => {
    const byType = await audit(w.managerA.token, { meetingType: 'INITIAL_CP_CONFERENCE' });
    expect(byType.data.participationAudit.agendaItems).toEqual(shown(2));
    const teamId = await w.allocateToNewTeam(icpcItem.familyId);
    const byTeam = await audit(w.managerA.token, { teamId });
    expect(byTeam.data.participationAudit.agendaItems).toEqual(shown(1));
    expect(byTeam.data.participationAudit.byMeetingType.map((m: any) => m.meetingType)).toEqual(['INITIAL_CP_CONFERENCE']);
  });

  it("counts another agency's meetings only for that agency's manager", async () => {
    const { data } = await audit(w.managerB.token);
    expect(data.participationAudit.agendaItems).toEqual(shown(1));
  });

  it('gives a MARAC coordinator the same figures for meetings their agency organises', async () => {
    const { data, errors } = await audit(w.coordinatorA.token, { meetingType: 'MARAC' });
    expect(errors).toBeUndefined();
    expect(data.participationAudit.suppressionApplied).toBe(false);
    expect(memberOf(data.participationAudit, 'MARAC', 'ADULT_VICTIM').itemsWhereMemberTookPart).toEqual(shown(5));
  });

  it('suppresses small numbers for an analyst, never showing them as 0, and so that no total gives them away', async () => {
    const { data, errors } = await audit(w.analyst.token, { agencyId: w.agencyA.id });
    expect(errors).toBeUndefined();
    const report = data.participationAudit;
    expect(report.suppressionApplied).toBe(true);
    for (const cell of counts(report)) {
      if (!cell.suppressed) expect(cell.value === 0 || (cell.value as number) >= 5).toBe(true);
      else expect(cell.value).toBeNull();
    }
    // The subtraction attack: 8 items in all, 2 of them conferences (suppressed). Showing the 6
    // MARAC items would give the 2 away, so the MARAC count is hidden too.
    expect(report.agendaItems).toEqual(shown(8));
    expect(typeOf(report, 'INITIAL_CP_CONFERENCE').agendaItems).toEqual(SUPPRESSED);
    expect(typeOf(report, 'MARAC').agendaItems).toEqual(SUPPRESSED);
    // One victim not invited (suppressed): 6 in scope is shown, so "took part" (5) is hidden too,
    // and so is the share of items (5 of 6 would give away the one).
    const victim = memberOf(report, 'MARAC', 'ADULT_VICTIM');
    expect(outcome(victim, 'NOT_INVITED')).toEqual(SUPPRESSED);
    expect(victim.peopleInScope).toEqual(shown(6));
    expect(victim.peopleWhoTookPart).toEqual(SUPPRESSED);
    expect(victim.itemsWhereMemberTookPart).toEqual(SUPPRESSED);
    expect(victim.shareOfItems).toEqual(SUPPRESSED);
    // Subtracting every shown outcome from the 6 leaves a remainder shared by at least two hidden cells.
    const cells = Object.values(victim.outcomes) as Array<{ value: number | null; suppressed: boolean }>;
    expect(cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    // Six people causing harm not invited: big enough to show, and the point of the audit.
    expect(outcome(memberOf(report, 'MARAC', 'PERSON_CAUSING_HARM'), 'NOT_INVITED')).toEqual(shown(6));
    // Interpreter needs: 2 and 1, both hidden, and the share with them.
    expect(typeOf(report, 'MARAC')).toMatchObject({ interpreterNeeded: SUPPRESSED, interpreterProvided: SUPPRESSED, shareOfInterpreterNeedsMet: SUPPRESSED });
  });

  it('lets a manager or coordinator open the items behind a figure, and nobody else', async () => {
    const filters = { period: PERIOD };
    const notInvited = await t.gql(ITEMS, { filters, scopeRole: 'ADULT_VICTIM', outcome: 'NOT_INVITED' }, { token: w.coordinatorA.token });
    expect(notInvited.errors).toBeUndefined();
    expect(notInvited.data.participationAuditItems).toEqual([
      expect.objectContaining({ agendaItemId: notHeardItem.itemId, familyId: notHeardItem.familyId, meetingType: 'MARAC', heldOn: '2025-03-04' }),
    ]);
    // "Took part" is five outcomes: the person causing harm took part only at the first conference.
    const tookPart = await t.gql(ITEMS, { filters, scopeRole: 'PERSON_CAUSING_HARM', tookPart: true }, { token: w.managerA.token });
    expect(tookPart.errors).toBeUndefined();
    expect(tookPart.data.participationAuditItems).toEqual([expect.objectContaining({ agendaItemId: icpcItem.itemId, meetingType: 'INITIAL_CP_CONFERENCE' })]);
    expect(tookPart.data.participationAuditItems[0].familyName).toMatch(/^Family /);
    const both = await t.gql(ITEMS, { filters, scopeRole: 'CHILD', outcome: 'NOT_INVITED', tookPart: true }, { token: w.managerA.token });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const all = await t.gql(ITEMS, { filters }, { token: w.managerA.token });
    expect(all.data.participationAuditItems).toHaveLength(8);
    const otherAgency = await t.gql(ITEMS, { filters }, { token: w.managerB.token });
    expect(otherAgency.data.participationAuditItems).toHaveLength(1);
    expect(otherAgency.data.participationAuditItems[0].familyId).not.toBe(notHeardItem.familyId);

    const analyst = await t.gql(ITEMS, { filters }, { token: w.analyst.token });
    expect(analyst.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses roles without report access', async () => {
    for (const user of [w.practitionerA, w.perpetratorWorker]) {
      const { data, errors } = await audit(user.token);
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(data?.participationAudit ?? null).toBeNull();
    }
  });

  it('rejects bad periods and filters with coded errors naming the problem', async () => {
    const backwards = await t.gql(AUDIT, { filters: { period: { from: '2025-06-30', to: '2025-01-01' } } }, { token: w.managerA.token });
    expect(backwards.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0].message).toMatch(/period\.to.*ends.*before it starts/);

    const tooLong = await t.gql(AUDIT, { filters: { period: { from: '2019-01-01', to: '2024-01-01' } } }, { token: w.analyst.token });
    expect(tooLong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0].message).toMatch(/at most 5 years/);
    const justFive = await t.gql(AUDIT, { filters: { period: { from: '2019-01-01', to: '2023-12-31' } } }, { token: w.analyst.token });
    expect(justFive.errors).toBeUndefined();

    const notADate = await audit(w.managerA.token, { period: { from: '2025-02-30', to: '2025-03-01' } });
    expect(notADate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const unknownAgency = await audit(w.analyst.token, { agencyId: randomUUID() });
    expect(unknownAgency.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(unknownAgency.errors?.[0].message).toMatch(/agencyId/);

    const otherAgency = await audit(w.managerA.token, { agencyId: w.agencyB.id });
    expect(otherAgency.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const unknownTeam = await audit(w.managerA.token, { teamId: randomUUID() });
    expect(unknownTeam.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(unknownTeam.errors?.[0].message).toMatch(/teamId/);

    const unknownFilter = await audit(w.managerA.token, { region: 'North' });
    expect(unknownFilter.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownType = await audit(w.managerA.token, { meetingType: 'COFFEE_MORNING' });
    expect(unknownType.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
