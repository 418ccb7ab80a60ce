import { JobRunner, JobScheduler } from '../libs/queue/src';
import { aMaracWithItem, AGREE, maracWorld, MaracWorld } from './support/marac';
import { eventually, startTestApp, TestApp } from './support/test-app';

const MY_ACTIONS = `{ myActions { nodes { id status chaseCount lastChasedOn } } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 50) { nodes { kind title body subjectType subjectId } } }`;

describe('The daily chase of overdue actions', () => {
  let t: TestApp;
  let w: MaracWorld;
  const ids: Record<'overdue' | 'external' | 'done' | 'notDue', string> = { overdue: '', external: '', done: '', notDue: '' };

  /** One run of the schedule, as the scheduler writes it for that morning; waits until it has run. */
  const runOn = async (day: string): Promise<string> => {
    await t.app.get(JobScheduler).tick(new Date(`${day}T07:30:00Z`));
    const [{ id }] = await t.dataSource.query(`SELECT id FROM outbox_job WHERE name = 'actions.chase-overdue' AND payload->>'scheduledFor' = $1`, [
      `${day}T07:00:00.000Z`,
    ]);
    await t.relayJobs();
    await eventually(`the chase of ${day}`, async () => (await t.dataSource.query(`SELECT processed_at FROM outbox_job WHERE id = $1`, [id]))[0].processed_at);
    return id;
  };
  const actionsOf = async (token: string) => {
    const nodes: Array<{ id: string; status: string; chaseCount: number; lastChasedOn: string | null }> = (await t.gql(MY_ACTIONS, {}, { token })).data
      .myActions.nodes;
    return Object.fromEntries(nodes.map((n) => [n.id, n]));
  };
  const chasesAbout = async (token: string, actionId: string) =>
    (await t.gql(MY_NOTIFICATIONS, {}, { token })).data.myNotifications.nodes.filter((n: { subjectId: string }) => n.subjectId === actionId);

  beforeAll(async () => {
    // Runs are triggered by hand below, for chosen mornings.
    t = await startTestApp({ SCHEDULER_ENABLED: 'false' });
    w = await maracWorld(t);
    const { itemId } = await aMaracWithItem(t, w);
    const agree = async (input: Record<string, unknown>) => {
      const result = await t.gql(
        AGREE,
        { input: { agendaItemId: itemId, owningAgencyId: w.agencies.idvaService.id, subjectPersonId: w.graceId, ...input } },
        { token: w.chair.token },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.agreeAction.id;
    };
    ids.overdue = await agree({ description: 'Review the safety plan', ownerUserId: w.idva.id, dueOn: '2025-03-18' });
    ids.external = await agree({
      description: 'Offer Dan a Caring Dads place',
      owningAgencyId: w.agencies.programme.id,
      externalOwnerName: 'Intake team, Caring Dads',
      subjectPersonId: w.danId,
      dueOn: '2025-03-20',
    });
    ids.done = await agree({ description: 'Arrange an interpreter', ownerUserId: w.idva.id, dueOn: '2025-03-10' });
    ids.notDue = await agree({ description: 'Check in after the court date', ownerUserId: w.idva.id, dueOn: '2099-01-01' });
    const done = await t.gql(
      `mutation ($input: CloseActionInput!) { completeAction(input: $input) { status } }`,
      { input: { actionId: ids.done, note: 'Booked for every contact', completedOn: '2025-03-09' } },
      { token: w.idva.token },
    );
    expect(done.data.completeAction.status).toBe('DONE');
  });
  afterAll(() => t.close());

  it('chases each open overdue action once per run: the owner, or the coordinator for an owner without an account; never a done one', async () => {
    const runId = await runOn('2031-02-01');
    const mine = await actionsOf(w.idva.token);
    expect(mine[ids.overdue]).toMatchObject({ status: 'OPEN', chaseCount: 1, lastChasedOn: '2031-02-01' });
    expect(mine[ids.done]).toMatchObject({ status: 'DONE', chaseCount: 0, lastChasedOn: null });
    expect(mine[ids.notDue]).toMatchObject({ chaseCount: 0 });

    const [toOwner] = await chasesAbout(w.idva.token, ids.overdue);
    expect(toOwner).toMatchObject({ kind: 'ACTION_OVERDUE', title: 'Overdue action', subjectType: 'MeetingAction' });
    expect(toOwner.body).toBe(
      '"Review the safety plan", agreed at the MARAC on 2025-03-04, was due on 2025-03-18 and is still open. Please complete it, or tell the meeting\'s coordinator why not.',
    );
    expect(await chasesAbout(w.idva.token, ids.done)).toEqual([]);
    const [toCoordinator] = await chasesAbout(w.coordinator.token, ids.external);
    expect(toCoordinator.body).toMatch(
      /^"Offer Dan a Caring Dads place", owned by Intake team, Caring Dads \(.* Caring Dads\) and agreed at the MARAC on 2025-03-04, was due on 2025-03-20 and is still open\. Please chase them/,
    );

    // The same run delivered again (as after a lost acknowledgement) chases nothing twice.
    await t.dataSource.query(`UPDATE outbox_job SET processed_at = NULL WHERE id = $1`, [runId]);
    expect(await t.app.get(JobRunner).run(runId)).toBe('processed');
    expect(await t.app.get(JobRunner).run(runId)).toBe('already-processed');
    expect((await actionsOf(w.idva.token))[ids.overdue].chaseCount).toBe(1);
    expect(await chasesAbout(w.idva.token, ids.overdue)).toHaveLength(1);
    expect(await chasesAbout(w.coordinator.token, ids.external)).toHaveLength(1);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM action_chase WHERE action_id = ANY($1::uuid[])`, [
      [ids.overdue, ids.external, ids.done, ids.notDue],
    ]);
    expect(n).toBe(2);
  });

  it('the next morning is a new run: still-open actions are chased again, and the count says so', async () => {
    await runOn('2031-02-02');
    expect((await actionsOf(w.idva.token))[ids.overdue]).toMatchObject({ chaseCount: 2, lastChasedOn: '2031-02-02' });
    const chases = await chasesAbout(w.idva.token, ids.overdue);
    expect(chases.map((c: { title: string }) => c.title).sort()).toEqual(['Overdue action', 'Overdue action (chase 2)']);
    expect(await chasesAbout(w.idva.token, ids.done)).toEqual([]);
  });

  it('an action completed since is not chased again', async () => {
    const done = await t.gql(
      `mutation ($input: CloseActionInput!) { completeAction(input: $input) { status } }`,
      { input: { actionId: ids.overdue, note: 'Plan reviewed' } },
      { token: w.idva.token },
    );
    expect(done.data.completeAction.status).toBe('DONE');
    await runOn('2031-02-03');
    expect((await actionsOf(w.idva.token))[ids.overdue]).toMatchObject({ status: 'DONE', chaseCount: 2, lastChasedOn: '2031-02-02' });
    expect(await chasesAbout(w.idva.token, ids.overdue)).toHaveLength(2);
    expect(await chasesAbout(w.coordinator.token, ids.external)).toHaveLength(3);
  });
});
