import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { FamilyStory, jobsSettled, signalsOf, startAppWithJobs } from './support/family-story';
import { TestApp } from './support/test-app';

const SETTINGS = `mutation ($input: UpdateEpisodeApprovalSettingsInput!) { updateEpisodeApprovalSettings(input: $input) { level requiresApproval } }`;
const CLOSE = `mutation ($input: CloseEpisodeInput!) { closeEpisode(input: $input) { id closedOn } }`;
const STEP_DOWN = `mutation ($input: StepEpisodeInput!) { stepDown(input: $input) { id level } }`;
const PROPOSAL_FIELDS = `id status kind fromLevel toLevel occurredOn closureReason closureSubReason reason proposedAt decidedAt decisionNote transitionId
  proposedBy { id } decidedBy { id } family { id name }
  riskCheck { asOf digest signals { kind severity explanation conditions } }`;
const PROPOSE_CLOSURE = `mutation ($input: CloseEpisodeInput!) { proposeEpisodeClosure(input: $input) { ${PROPOSAL_FIELDS} } }`;
const PROPOSE_STEP_DOWN = `mutation ($input: StepEpisodeInput!) { proposeStepDown(input: $input) { ${PROPOSAL_FIELDS} } }`;
const APPROVE = `mutation ($input: ApproveEpisodeChangeInput!) { approveEpisodeChange(input: $input) { ${PROPOSAL_FIELDS} } }`;
const RETURN = `mutation ($input: ReturnEpisodeChangeInput!) { returnEpisodeChange(input: $input) { ${PROPOSAL_FIELDS} } }`;
const WAITING = `query { episodeChangeProposalsWaiting { ${PROPOSAL_FIELDS} } }`;
const PROPOSAL = `query ($id: ID!) { episodeChangeProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const DASH = `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id score } }`;

/** A DASH with `yes` answers out of 24. */
const answers = (yes: number) => Array.from({ length: 24 }, (_, i) => (i < yes ? 'YES' : 'NO'));

describe('Closure and step-down approval, with the pre-closure risk check', () => {
  let t: TestApp;
  let admin: SignedInUser, social: SignedInUser, manager: SignedInUser, otherManager: SignedInUser, practitionerManager: SignedInUser;

  const gql = async (query: string, variables: Record<string, unknown>, by: SignedInUser) => t.gql(query, variables, { token: by.token });
  const ok = async (query: string, variables: Record<string, unknown>, by: SignedInUser) => {
    const result = await gql(query, variables, by);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  /** What a refused request must leave as it was. */
  const written = async () =>
    (
      await t.dataSource.query(`SELECT (SELECT count(*)::int FROM episode_change_proposal) AS proposals,
                                       (SELECT count(*)::int FROM episode_transition) AS transitions,
                                       (SELECT count(*)::int FROM episode WHERE closed_on IS NOT NULL) AS closed,
                                       (SELECT count(*)::int FROM audit_event WHERE action LIKE 'episode%') AS audited`)
    )[0];

  beforeAll(async () => {
    t = await startAppWithJobs();
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    admin = await aUser(t, [Role.ADMIN]);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    practitionerManager = await aUser(t, [Role.CASE_PRACTITIONER, Role.MANAGER], csc);
    otherManager = await aUser(t, [Role.MANAGER], await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE));
    // The partnership requires approval for Child in Need and child protection, not for Early Help.
    await ok(
      SETTINGS,
      {
        input: {
          settings: [
            { level: 'CIN', requiresApproval: true },
            { level: 'CP_PLAN', requiresApproval: true },
          ],
        },
      },
      admin,
    );
  });
  afterAll(async () => {
    // Test files share one database: leave the partnership as the other files expect it.
    await ok(
      SETTINGS,
      {
        input: {
          settings: [
            { level: 'CIN', requiresApproval: false },
            { level: 'CP_PLAN', requiresApproval: false },
          ],
        },
      },
      admin,
    );
    await t.close();
  });

  describe('the setting', () => {
    it('is read by practitioners and managers, changed only by administrators, level by level', async () => {
      const read = await ok(`query { episodeApprovalSettings { level requiresApproval } }`, {}, social);
      expect(read.episodeApprovalSettings).toEqual([
        { level: 'UNIVERSAL', requiresApproval: false },
        { level: 'EARLY_HELP', requiresApproval: false },
        { level: 'CIN', requiresApproval: true },
        { level: 'CP_PLAN', requiresApproval: true },
        { level: 'LAC', requiresApproval: false },
      ]);
      const byManager = await gql(SETTINGS, { input: { settings: [{ level: 'CIN', requiresApproval: false }] } }, manager);
      expect(byManager.errors![0].extensions.code).toBe('FORBIDDEN');
      const none = await gql(SETTINGS, { input: { settings: [{ level: 'NONE', requiresApproval: true }] } }, admin);
      expect(none.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'settings.0.level' }] } });
      const twice = await gql(
        SETTINGS,
        {
          input: {
            settings: [
              { level: 'LAC', requiresApproval: true },
              { level: 'LAC', requiresApproval: false },
            ],
          },
        },
        admin,
      );
      expect(twice.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'settings.1.level: LAC is given more than once' });
      expect((await ok(`query { episodeApprovalSettings { level requiresApproval } }`, {}, admin)).episodeApprovalSettings[4]).toEqual({
        level: 'LAC',
        requiresApproval: false,
      });
    });
  });

  describe('a closure 12 days after a separation, with a high DASH and no referral for the father', () => {
    let story: FamilyStory;
    let grace: string, tom: string, amara: string, episodeId: string;
    let proposalId: string;

    beforeAll(async () => {
      story = await FamilyStory.begin(t, social, 'Okafor-Brown family');
      grace = await story.member('Grace', 'ADULT', '2018-01-01');
      tom = await story.member('Tom', 'ADULT', '2018-01-01');
      amara = await story.member('Amara', 'CHILD', '2019-06-15');
      const couple = await story.relationship(tom, grace, 'PARTNER', '2018-01-01');
      await story.harm(tom, grace, '2025-01-05');
      episodeId = await story.openEpisode(amara, 'CP_PLAN', '2025-01-10');
      await story.run(DASH, {
        familyId: story.familyId,
        victimPersonId: grace,
        personCausingHarmId: tom,
        assessedOn: '2025-02-01',
        judgement: 'MEDIUM',
        answers: answers(16),
      });
      await story.separate(couple, '2025-03-01', tom);
    });

    it('refuses the practitioner a direct closure or step down, pointing to a proposal; nothing is written', async () => {
      const before = await written();
      const closed = await gql(CLOSE, { input: { episodeId, occurredOn: '2025-03-13', closureReason: 'RC7', closureSubReason: 'PARENTS_SEPARATED' } }, social);
      expect(closed.errors![0]).toMatchObject({
        message:
          "An episode at a child protection plan is closed only with a manager's approval: propose it (proposeEpisodeClosure or proposeStepDown) and a manager of the family's agency will approve it or return it.",
        extensions: { code: 'CONFLICT', reason: 'APPROVAL_REQUIRED', proposalId: null },
      });
      const stepped = await gql(STEP_DOWN, { input: { episodeId, toLevel: 'CIN', occurredOn: '2025-03-13' } }, social);
      expect(stepped.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_REQUIRED' });
      expect(await written()).toEqual(before);
    });

    it('takes the proposal, and then points a direct closure at it', async () => {
      const proposed = await ok(
        PROPOSE_CLOSURE,
        { input: { episodeId, occurredOn: '2025-03-13', closureReason: 'RC7', closureSubReason: 'PARENTS_SEPARATED', reason: 'Tom has moved out' } },
        social,
      );
      const proposal = proposed.proposeEpisodeClosure;
      proposalId = proposal.id;
      expect(proposal).toMatchObject({
        status: 'WAITING',
        kind: 'CLOSE',
        fromLevel: 'CP_PLAN',
        toLevel: 'NONE',
        occurredOn: '2025-03-13',
        closureReason: 'RC7',
        closureSubReason: 'PARENTS_SEPARATED',
        reason: 'Tom has moved out',
        proposedBy: { id: social.id },
        decidedBy: null,
        family: { id: story.familyId, name: 'Okafor-Brown family' },
      });
      const again = await gql(CLOSE, { input: { episodeId, occurredOn: '2025-03-13', closureReason: 'RC7' } }, social);
      expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_REQUIRED', proposalId });
      expect(again.errors![0].message).toContain(`a proposal is already waiting for it (${proposalId})`);
      const second = await gql(PROPOSE_STEP_DOWN, { input: { episodeId, toLevel: 'CIN', occurredOn: '2025-03-13' } }, social);
      expect(second.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PROPOSAL_WAITING', proposalId });
    });

    it('shows the manager the separation, the DASH and the missing referral, in words, before the closure exists', async () => {
      const { episodeChangeProposal: proposal } = await ok(PROPOSAL, { id: proposalId }, manager);
      expect(proposal.riskCheck.signals).toEqual([
        {
          kind: 'POST_SEPARATION_CLOSURE',
          severity: 'HIGH',
          explanation:
            "Amara's case was closed 12 days after Tom and Grace's separation was recorded on 1 March 2025; last DASH score 16 on 1 February 2025; " +
            'no behaviour-change referral accepted for Tom; no post-separation review is recorded.',
          conditions: [
            "Amara's case was closed 12 days after Tom and Grace's separation was recorded on 1 March 2025",
            'last DASH score 16 on 1 February 2025',
            'no behaviour-change referral accepted for Tom',
          ],
        },
      ]);
      // Written from victim-side records: never for someone working with the person causing harm.
      const harmSide = await aUser(t, [Role.PERPETRATOR_WORKER], await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER));
      const refused = await gql(PROPOSAL, { id: proposalId }, harmSide);
      expect(refused.data).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.errors![0].extensions.code);
      expect(JSON.stringify(refused)).not.toContain('DASH');
      // Nothing of the check was kept: the episode is open and no signal was raised.
      expect((await t.dataSource.query(`SELECT closed_on FROM episode WHERE id = $1`, [episodeId]))[0].closed_on).toBeNull();
      await jobsSettled(t);
      expect((await signalsOf(t, social, story.familyId)).filter((s) => s.kind === 'POST_SEPARATION_CLOSURE')).toEqual([]);
    });

    it('keeps the risk check from a perpetrator worker who may open the family (break-glass), on the proposal and through its episode', async () => {
      const harmSide = await aUser(t, [Role.PERPETRATOR_WORKER], await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER));
      const grant = await gql(
        `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { expiresAt } }`,
        { input: { subjectType: 'FAMILY', subjectId: story.familyId, reason: 'Assessing Tom for the programme this afternoon' } },
        harmSide,
      );
      expect(grant.errors).toBeUndefined();
      // The family is open to him, so what refuses the check is the victim-side rule, not a missing family.
      const direct = await gql(
        `query ($id: ID!) { episodeChangeProposal(id: $id) { id status riskCheck { digest signals { explanation } } } }`,
        { id: proposalId },
        harmSide,
      );
      const nested = await gql(
        `query ($id: ID!) { family(id: $id) { id episodes { id proposals { id riskCheck { digest } } } } }`,
        { id: story.familyId },
        harmSide,
      );
      for (const result of [direct, nested]) {
        expect(result.errors?.map((e) => [e.extensions.code, e.path?.[e.path.length - 1]])).toEqual([['FORBIDDEN', 'riskCheck']]);
        expect(JSON.stringify(result)).not.toMatch(/DASH|separation|digest"?:"[0-9a-f]/);
      }
      // Why it was proposed can speak of the victim's safety: withheld from him, read by the case holder.
      const WHY = `query ($id: ID!) { episodeChangeProposal(id: $id) { reason decisionNote hiddenFields } }`;
      const his = await gql(WHY, { id: proposalId }, harmSide);
      expect(his.data.episodeChangeProposal).toEqual({ reason: null, decisionNote: null, hiddenFields: ['reason', 'decisionNote'] });
      const holders = await ok(WHY, { id: proposalId }, social);
      expect(holders.episodeChangeProposal.reason).toEqual(expect.any(String));
      expect(holders.episodeChangeProposal.hiddenFields).toEqual([]);
    });

    it('refuses every bad approval with a code, writing nothing', async () => {
      const { episodeChangeProposal: shown } = await ok(PROPOSAL, { id: proposalId }, manager);
      const digest = shown.riskCheck.digest;
      const before = await written();
      const approve = (by: SignedInUser, input: Record<string, unknown> = {}) =>
        gql(APPROVE, { input: { proposalId, note: 'Risk discussed', riskCheckDigest: digest, ...input } }, by);

      expect((await approve(otherManager)).errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OUTSIDE_AGENCY' } });
      expect((await approve(social)).errors![0]).toMatchObject({
        message: "Only managers of the family's agency approve closures and step downs.",
        extensions: { code: 'FORBIDDEN' },
      });
      expect((await approve(manager, { note: '   ' })).errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'note', problems: ['enter a note saying why you approve it'] }] },
      });
      expect((await approve(manager, { riskCheckDigest: '0000000000000000' })).errors![0]).toMatchObject({
        extensions: { code: 'CONFLICT', reason: 'RISK_CHANGED' },
      });
      expect((await approve(manager, { riskCheckDigest: 'not a digest' })).errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect((await approve(manager, { proposalId: '00000000-0000-4000-8000-000000000000' })).errors![0].extensions.code).toBe('NOT_FOUND');
      const returned = await gql(RETURN, { input: { proposalId, reason: '' } }, manager);
      expect(returned.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] } });
      expect((await gql(RETURN, { input: { proposalId, reason: 'No' } }, otherManager)).errors![0].extensions.reason).toBe('OUTSIDE_AGENCY');
      expect(await written()).toEqual(before);
      expect((await ok(PROPOSAL, { id: proposalId }, manager)).episodeChangeProposal.status).toBe('WAITING');
    });

    it('approves with a note: the episode closes in the same step, and the approval, who gave it and the risk shown are kept and audited', async () => {
      const { episodeChangeProposal: shown } = await ok(PROPOSAL, { id: proposalId }, manager);
      const { approveEpisodeChange: approved } = await ok(
        APPROVE,
        { input: { proposalId, note: 'Safety plan agreed with Grace; review in four weeks', riskCheckDigest: shown.riskCheck.digest } },
        manager,
      );
      expect(approved).toMatchObject({
        status: 'APPROVED',
        decidedBy: { id: manager.id },
        decisionNote: 'Safety plan agreed with Grace; review in four weeks',
        riskCheck: shown.riskCheck,
      });
      const [episode] = await t.dataSource.query(`SELECT closed_on::text, closure_reason, closure_sub_reason FROM episode WHERE id = $1`, [episodeId]);
      expect(episode).toEqual({ closed_on: '2025-03-13', closure_reason: 'RC7', closure_sub_reason: 'PARENTS_SEPARATED' });
      const [transition] = await t.dataSource.query(`SELECT id, kind, decided_by_user_id, reason FROM episode_transition WHERE id = $1`, [
        approved.transitionId,
      ]);
      expect(transition).toMatchObject({ kind: 'CLOSE', decided_by_user_id: manager.id, reason: 'Tom has moved out' });

      const audit = await t.dataSource.query(
        `SELECT action, actor_user_id, detail FROM audit_event WHERE subject_id = $1 AND action LIKE 'episode%' ORDER BY id`,
        [story.familyId],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'episode.open',
        'episode_change_proposal.propose',
        'episode.close',
        'episode_change_proposal.approve',
      ]);
      expect(audit[2].detail).toMatchObject({ approvedProposalId: proposalId });
      expect(audit[3]).toMatchObject({
        actor_user_id: manager.id,
        detail: {
          proposalId,
          proposedByUserId: social.id,
          transitionId: approved.transitionId,
          riskCheck: { digest: shown.riskCheck.digest, signals: [{ kind: 'POST_SEPARATION_CLOSURE', severity: 'HIGH' }] },
        },
      });

      // The engine, run on the record now written, raises exactly what the check showed.
      await jobsSettled(t);
      const raised = (await signalsOf(t, social, story.familyId)).filter((s) => s.kind === 'POST_SEPARATION_CLOSURE');
      expect(raised.map((s) => [s.severity, s.explanation])).toEqual([['HIGH', shown.riskCheck.signals[0].explanation]]);
      // The risk kept is the one shown at the decision, even once the record moves on.
      expect((await ok(PROPOSAL, { id: proposalId }, social)).episodeChangeProposal.riskCheck).toEqual(shown.riskCheck);

      const twice = await gql(APPROVE, { input: { proposalId, note: 'Again', riskCheckDigest: shown.riskCheck.digest } }, manager);
      expect(twice.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ALREADY_DECIDED' } });
    });
  });

  describe('a step down with none of those conditions', () => {
    let story: FamilyStory;
    let episodeId: string;
    let proposalId: string;

    beforeAll(async () => {
      story = await FamilyStory.begin(t, social, 'Hughes family');
      await story.member('Ewa', 'ADULT', '2016-01-01');
      const zofia = await story.member('Zofia', 'CHILD', '2019-05-05');
      episodeId = await story.openEpisode(zofia, 'CIN', '2025-01-01');
    });

    it('shows nothing in the risk check', async () => {
      const proposed = await ok(PROPOSE_STEP_DOWN, { input: { episodeId, toLevel: 'EARLY_HELP', occurredOn: '2025-04-01', reason: 'Plan goals met' } }, social);
      proposalId = proposed.proposeStepDown.id;
      expect(proposed.proposeStepDown).toMatchObject({ status: 'WAITING', kind: 'STEP_DOWN', fromLevel: 'CIN', toLevel: 'EARLY_HELP' });
      const { episodeChangeProposal: proposal } = await ok(PROPOSAL, { id: proposalId }, manager);
      expect(proposal.riskCheck.signals).toEqual([]);
    });

    it('lists the proposals waiting on a manager oldest first, and none for a manager of another agency', async () => {
      const mine = (await ok(WAITING, {}, manager)).episodeChangeProposalsWaiting.map((p: { id: string }) => p.id);
      expect(mine).toContain(proposalId);
      const proposedAt = (await ok(WAITING, {}, manager)).episodeChangeProposalsWaiting.map((p: { proposedAt: string }) => p.proposedAt);
      expect([...proposedAt].sort()).toEqual(proposedAt);
      expect((await ok(WAITING, {}, otherManager)).episodeChangeProposalsWaiting).toEqual([]);
      expect((await gql(WAITING, {}, social)).errors![0].extensions.code).toBe('FORBIDDEN');
    });

    it('returns it with a reason: the episode does not change, and the practitioner may propose again', async () => {
      const { returnEpisodeChange: returned } = await ok(RETURN, { input: { proposalId, reason: 'Ask the school for its view first' } }, manager);
      expect(returned).toMatchObject({
        status: 'RETURNED',
        decidedBy: { id: manager.id },
        decisionNote: 'Ask the school for its view first',
        transitionId: null,
      });
      expect(returned.riskCheck.signals).toEqual([]);
      const [episode] = await t.dataSource.query(`SELECT level, closed_on FROM episode WHERE id = $1`, [episodeId]);
      expect(episode).toEqual({ level: 'CIN', closed_on: null });
      const [audit] = await t.dataSource.query(
        `SELECT actor_user_id, detail FROM audit_event WHERE action = 'episode_change_proposal.return' AND subject_id = $1`,
        [story.familyId],
      );
      expect(audit).toMatchObject({ actor_user_id: manager.id, detail: { proposalId, riskCheck: { signals: [] } } });
      expect((await ok(WAITING, {}, manager)).episodeChangeProposalsWaiting.map((p: { id: string }) => p.id)).not.toContain(proposalId);
      const again = await ok(PROPOSE_STEP_DOWN, { input: { episodeId, toLevel: 'EARLY_HELP', occurredOn: '2025-05-01' } }, social);
      expect(again.proposeStepDown.status).toBe('WAITING');
    });
  });

  describe('bad proposals', () => {
    it('refuses your own proposal, a level needing no approval, a wrong step, a future date and a family you do not work on; nothing is written', async () => {
      const own = await FamilyStory.begin(t, practitionerManager, 'Patel family');
      const child = await own.member('Riya', 'CHILD', '2020-02-02');
      const cinEpisode = await own.openEpisode(child, 'CIN', '2025-01-01');
      const proposal = (await ok(PROPOSE_CLOSURE, { input: { episodeId: cinEpisode, occurredOn: '2025-02-01', closureReason: 'RC8' } }, practitionerManager))
        .proposeEpisodeClosure;
      const before = await written();
      const digest = (await ok(PROPOSAL, { id: proposal.id }, practitionerManager)).episodeChangeProposal.riskCheck.digest;
      const self = await gql(APPROVE, { input: { proposalId: proposal.id, note: 'Fine', riskCheckDigest: digest } }, practitionerManager);
      expect(self.errors![0]).toMatchObject({
        message: 'You proposed this change yourself: another manager of the agency must decide it.',
        extensions: { code: 'FORBIDDEN', reason: 'OWN_PROPOSAL' },
      });

      const early = await FamilyStory.begin(t, social, 'Nowak family');
      const kuba = await early.member('Kuba', 'CHILD', '2021-03-03');
      const earlyHelp = await early.openEpisode(kuba, 'EARLY_HELP', '2025-01-01');
      const cin = await early.openEpisode(await early.member('Ola', 'CHILD', '2020-03-03'), 'CIN', '2025-01-01');
      const afterFixtures = await written();
      const refused = [
        [
          await gql(PROPOSE_CLOSURE, { input: { episodeId: earlyHelp, occurredOn: '2025-02-01', closureReason: 'RC7' } }, social),
          'CONFLICT',
          'APPROVAL_NOT_REQUIRED',
        ],
        [await gql(PROPOSE_STEP_DOWN, { input: { episodeId: cin, toLevel: 'CP_PLAN', occurredOn: '2025-02-01' } }, social), 'BAD_USER_INPUT', undefined],
        [await gql(PROPOSE_CLOSURE, { input: { episodeId: cin, occurredOn: '2999-01-01', closureReason: 'RC7' } }, social), 'BAD_USER_INPUT', undefined],
        [await gql(PROPOSE_CLOSURE, { input: { episodeId: cin, occurredOn: '2024-12-01', closureReason: 'RC7' } }, social), 'BAD_USER_INPUT', undefined],
        [
          await gql(PROPOSE_CLOSURE, { input: { episodeId: cin, occurredOn: '2025-02-01', closureReason: 'RC7' } }, practitionerManager),
          'FORBIDDEN',
          undefined,
        ],
        [await gql(PROPOSE_CLOSURE, { input: { episodeId: cin, occurredOn: '2025-02-01', closureReason: 'RC7' } }, manager), 'FORBIDDEN', undefined],
      ] as const;
      expect(refused.map(([result]) => [result.errors?.[0]?.extensions.code, result.errors?.[0]?.extensions.reason])).toEqual(
        refused.map(([, code, reason]) => [code, reason]),
      );
      expect(refused[1][0].errors![0].message).toBe('toLevel: a step down must go to a level lower than CIN');
      expect(await written()).toEqual(afterFixtures);
      expect(afterFixtures.proposals).toBe(before.proposals);
      // Early Help needs no approval: the practitioner closes it directly.
      expect((await ok(CLOSE, { input: { episodeId: earlyHelp, occurredOn: '2025-02-01', closureReason: 'RC7' } }, social)).closeEpisode.closedOn).toBe(
        '2025-02-01',
      );
    });
  });
});
