import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateServiceInput!) { createService(input: $input) { id name capacity eligibilityNotes } }`;
const UPDATE = `mutation ($input: UpdateServiceInput!) { updateService(input: $input) { id capacity eligibilityNotes } }`;

describe("A service's capacity: how many people it can work with at once", () => {
  let t: TestApp;
  let admin: SignedInUser;
  let manager: SignedInUser;
  let providerId: string;
  const stored = async (id: string) => (await t.dataSource.query(`SELECT capacity FROM service WHERE id = $1`, [id]))[0].capacity;
  const servicesCalled = async (name: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM service WHERE name = $1`, [name]))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await aUser(t, [Role.ADMIN]);
    providerId = (await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER)).id;
    manager = await aUser(t, [Role.MANAGER], { id: providerId });
  });
  afterAll(() => t.close());

  it('an administrator records it with the service, changes it and clears it; everyone reads it', async () => {
    const created = await t.gql(
      CREATE,
      {
        input: {
          agencyId: providerId,
          name: 'Caring Dads North',
          type: 'PERPETRATOR_PROGRAMME',
          eligibilityNotes: 'Fathers of children under 16',
          capacity: 12,
        },
      },
      { token: admin.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createService).toMatchObject({ capacity: 12, eligibilityNotes: 'Fathers of children under 16' });
    const id = created.data.createService.id;

    const changed = await t.gql(UPDATE, { input: { id, capacity: 0 } }, { token: admin.token });
    expect(changed.data.updateService).toMatchObject({ capacity: 0, eligibilityNotes: 'Fathers of children under 16' });
    const untouched = await t.gql(UPDATE, { input: { id, eligibilityNotes: 'Fathers' } }, { token: admin.token });
    expect(untouched.data.updateService.capacity).toBe(0); // left out: unchanged
    const cleared = await t.gql(UPDATE, { input: { id, capacity: null } }, { token: admin.token });
    expect(cleared.data.updateService.capacity).toBeNull();

    const read = await t.gql(`query ($id: ID!) { service(id: $id) { capacity } }`, { id }, { token: manager.token });
    expect(read.data.service).toEqual({ capacity: null });
    const [audited] = await t.dataSource.query(
      `SELECT detail FROM audit_event WHERE action = 'service.update' AND subject_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [id],
    );
    expect(audited.detail).toEqual({ fields: ['capacity'] });
  });

  it('refuses a negative or fractional capacity, naming the field; nothing is written', async () => {
    const negative = await t.gql(CREATE, { input: { agencyId: providerId, name: 'Overfull', type: 'OTHER', capacity: -1 } }, { token: admin.token });
    expect(negative.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'capacity', problems: ['must be 0 or more'] }] },
    });
    expect(await servicesCalled('Overfull')).toBe(0);

    const created = await t.gql(CREATE, { input: { agencyId: providerId, name: 'Steady', type: 'OTHER', capacity: 5 } }, { token: admin.token });
    const id = created.data.createService.id;
    const fractional = await t.gql(UPDATE, { input: { id, capacity: 2.5 } }, { token: admin.token });
    expect(fractional.errors![0].extensions.code).toBe('BAD_USER_INPUT'); // GraphQL's Int refuses it first
    const below = await t.gql(UPDATE, { input: { id, capacity: -3 } }, { token: admin.token });
    expect(below.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'capacity', problems: ['must be 0 or more'] }] });
    expect(await stored(id)).toBe(5);
  });

  it('only administrators change it', async () => {
    const created = await t.gql(CREATE, { input: { agencyId: providerId, name: 'Mine', type: 'OTHER', capacity: 3 } }, { token: admin.token });
    const id = created.data.createService.id;
    const refused = await t.gql(UPDATE, { input: { id, capacity: 30 } }, { token: manager.token });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await stored(id)).toBe(3);
  });
});
