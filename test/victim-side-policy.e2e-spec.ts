import { AgencyKind, Role } from '../libs/access/src';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { JobScheduler } from '../libs/queue/src';
import { ServiceEntity } from '../libs/referrals/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { AGREE, aMaracWithItem, MARAC_DAY, maracWorld, MaracWorld } from './support/marac';
import { eventually, startTestApp, TestApp } from './support/test-app';

const ITEM = `query ($id: ID!) { agendaItem(id: $id) { riskSummary people { person { givenName aliases confidentialAddress } } } }`;
const NOTIFICATIONS = `{ myNotifications { nodes { kind subjectId body } } }`;

/**
 * "Works with people causing harm" is decided from the user's roles, their agency's kind and the
 * services it runs, not from the PERPETRATOR_WORKER role alone: an agency representative of a
 * perpetrator programme provider is held to the same rule as its perpetrator workers.
 */
describe('The victim-side policy, beyond the perpetrator worker role', () => {
  let t: TestApp;
  let w: MaracWorld;
  let itemId: string;
  let providerRep: SignedInUser;
  let mixedRep: SignedInUser;

  const as =
    (user: SignedInUser) =>
    (query: string, variables: Record<string, unknown> = {}) =>
      t.gql(query, variables, { token: user.token });

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ itemId } = await aMaracWithItem(t, w));
    // A representative of the perpetrator programme provider, which the MARAC invites.
    providerRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.programme);
    await t.dataSource.query(`UPDATE person SET aliases = '{Grace Adeyemi}' WHERE id = $1`, [w.graceId]);
    await as(w.chair)(`mutation ($input: RecordRiskSummaryInput!) { recordRiskSummary(input: $input) { id } }`, {
      input: { agendaItemId: itemId, riskSummary: 'Grace is in a refuge in Leeds' },
    });

    // A voluntary-sector agency that runs a perpetrator programme besides its other work, invited too.
    const mixed = await anAgency(t, AgencyKind.VOLUNTARY_SECTOR, `Riverside Family Support ${itemId.slice(0, 6)}`);
    const db = t.app.get(TransactionalConnection);
    await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db.repository(ctx, ServiceEntity).save({ agencyId: mixed.id, name: 'Men and Change', type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
    );
    const meetingId = (await t.dataSource.query(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [itemId]))[0].meeting_id;
    const invited = await t.gql(
      `mutation ($input: InviteAgenciesInput!) { inviteAgencies(input: $input) { id } }`,
      { input: { meetingId, agencyIds: [mixed.id] } },
      { token: w.coordinator.token },
    );
    expect(invited.errors).toBeUndefined();
    mixedRep = await aUser(t, [Role.AGENCY_REPRESENTATIVE], mixed);
  });
  afterAll(() => t.close());

  it("the IDVA service's representative reads the risk summary and the victim's other names", async () => {
    const item = (await as(w.idva)(ITEM, { id: itemId })).data.agendaItem;
    expect(item.riskSummary).toBe('Grace is in a refuge in Leeds');
    expect(item.people.find((p: { person: { givenName: string } }) => p.person.givenName === 'Grace').person.aliases).toEqual(['Grace Adeyemi']);
  });

  it("a perpetrator programme provider's representative sees the case, never the risk summary or the victim's other names", async () => {
    for (const rep of [providerRep, mixedRep]) {
      const item = await as(rep)(ITEM, { id: itemId });
      expect(item.errors).toBeUndefined();
      expect(item.data.agendaItem.riskSummary).toBeNull();
      const grace = item.data.agendaItem.people.find((p: { person: { givenName: string } }) => p.person.givenName === 'Grace');
      expect(grace.person).toEqual({ givenName: 'Grace', aliases: null, confidentialAddress: null });
      expect(JSON.stringify(item.data)).not.toMatch(/Leeds|Adeyemi|Safe Street/);
    }
  });

  it("the provider's manager is refused risk signals, which are written from victim-side records", async () => {
    const providerManager = await aUser(t, [Role.MANAGER], w.agencies.programme);
    const signals = await as(providerManager)(`{ riskSignals(first: 5) { nodes { id } } }`);
    expect(signals.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const elsewhere = await as(await aUser(t, [Role.MANAGER], w.agencies.csc))(`{ riskSignals(first: 5) { nodes { id } } }`);
    expect(elsewhere.errors).toBeUndefined();
  });

  it('the chase reaches him without the words about the victim', async () => {
    const agreed = await as(w.chair)(AGREE, {
      input: {
        agendaItemId: itemId,
        description: 'Tell Grace at the Leeds refuge about the programme start',
        owningAgencyId: w.agencies.programme.id,
        ownerUserId: providerRep.id,
        subjectPersonId: w.graceId,
        dueOn: MARAC_DAY,
      },
    });
    expect(agreed.errors).toBeUndefined();
    expect((await as(providerRep)(`{ myActions { nodes { id description } } }`)).data.myActions.nodes).toContainEqual({
      id: agreed.data.agreeAction.id,
      description: null,
    });
    await t.app.get(JobScheduler).tick(new Date('2031-03-08T07:30:00Z')); // a morning no other suite ticks: each run of the chase happens once
    await t.relayJobs();
    const chase = await eventually('the chase', async () =>
      (await as(providerRep)(NOTIFICATIONS)).data.myNotifications.nodes.find((n: { subjectId: string }) => n.subjectId === agreed.data.agreeAction.id),
    );
    expect(chase.body).toMatch(/^An action, agreed at the MARAC/);
    expect(chase.body).not.toMatch(/Leeds|refuge/);
  });
});
