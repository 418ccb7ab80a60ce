import { Role } from '../libs/access/src';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { ServiceEntity } from '../libs/referrals/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { GraphqlResult, startTestApp, TestApp } from './support/test-app';

const SEARCH = `query ($input: PersonSearchInput!, $after: String) {
  searchPeople(input: $input, first: 20, after: $after) {
    nodes { person { id givenName familyName dateOfBirth aliases postcodeArea hiddenFields } families { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// A page size given as a variable is costed as the largest page: ask for less with it.
const PAGE = `query ($input: PersonSearchInput!, $first: Int, $after: String) {
  searchPeople(input: $input, first: $first, after: $after) { nodes { person { id } } pageInfo { hasNextPage endCursor } }
}`;

interface Found {
  person: { id: string; givenName: string; aliases: string[] | null; postcodeArea: string | null; hiddenFields: string[] };
  families: Array<{ id: string; name: string }>;
}

/**
 * "Find a person or family": a practitioner finds the people they work with however their names are
 * typed, and nobody finds anyone outside their involvement, or through a detail their role may not
 * see (a perpetrator worker never finds the victim by her new name or by the area of her refuge).
 */
describe('Finding a person or family', () => {
  let t: TestApp;
  let w: MaracWorld;
  let stranger: SignedInUser; // a case practitioner in another agency, with no link to the family

  const search = (by: SignedInUser, input: Record<string, unknown>, page: { first?: number; after?: string } = {}) =>
    t.gql(page.first ? PAGE : SEARCH, { input, ...page }, { token: by.token });
  const found = async (by: SignedInUser, input: Record<string, unknown>): Promise<Found[]> => {
    const result = await search(by, input);
    expect(result.errors).toBeUndefined();
    return result.data.searchPeople.nodes;
  };
  const namesFound = async (by: SignedInUser, input: Record<string, unknown>) => (await found(by, input)).map((r) => r.person.givenName).sort();
  const fieldsOf = (result: GraphqlResult) => result.errors?.[0].extensions;

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    // Grace is listed at a MARAC the perpetrator programme attends: its worker may read her record, but not all of it.
    await aMaracWithItem(t, w);
    await t.dataSource.query(`UPDATE person SET aliases = '{"Grace Adéyemi"}', postcode_area = 'LS6' WHERE id = $1`, [w.graceId]);
    await t.dataSource.query(`UPDATE person SET postcode_area = 'LS6' WHERE id = $1`, [w.amaraId]);
    stranger = await aUser(t, [Role.CASE_PRACTITIONER], await anAgency(t));
  });
  afterAll(() => t.close());

  it('finds a family member by name however it is typed, as the duplicate check compares names, with her families', async () => {
    for (const name of ['Grace Okafor', '  grace   OKAFOR ', 'Gràce Okafor', 'grace-okafor']) {
      const results = await found(w.social, { name });
      expect({ name, ids: results.map((r) => r.person.id) }).toEqual({ name, ids: [w.graceId] });
      expect(results[0].families).toEqual([{ id: w.familyId, name: 'Okafor-Brown family' }]);
    }
    expect(await namesFound(w.social, { name: 'okafor brown' })).toEqual(['Amara']);
    expect(await namesFound(w.social, { name: 'DAN' })).toEqual(['Dan']);
  });

  it('finds by alias, date of birth and postcode area, and every criterion given must match', async () => {
    expect(await namesFound(w.social, { name: 'grace adeyemi' })).toEqual(['Grace']);
    expect(await namesFound(w.social, { dateOfBirth: '2019-06-15' })).toEqual(['Amara']);
    expect(await namesFound(w.social, { postcodeArea: ' ls6 ' })).toEqual(['Amara', 'Grace']);
    expect(await namesFound(w.social, { postcodeArea: 'LS6', dateOfBirth: '1992-04-03' })).toEqual(['Grace']);
    expect(await namesFound(w.social, { name: 'Grace Okafor', dateOfBirth: '1992-04-04' })).toEqual([]);
  });

  it('pages through results in a stable order', async () => {
    const first = await search(w.social, { postcodeArea: 'LS6' }, { first: 1 });
    expect(first.data.searchPeople.pageInfo.hasNextPage).toBe(true);
    const second = await search(w.social, { postcodeArea: 'LS6' }, { first: 1, after: first.data.searchPeople.pageInfo.endCursor });
    expect(second.data.searchPeople.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.data.searchPeople.nodes, ...second.data.searchPeople.nodes].map((r: Found) => r.person.id).sort();
    expect(ids).toEqual([w.graceId, w.amaraId].sort());
  });

  it('finds nobody for a practitioner with no relationship to the family, nor for an agency not invited', async () => {
    for (const user of [stranger, w.healthRep]) {
      for (const input of [{ name: 'Grace Okafor' }, { name: 'Grace Adeyemi' }, { dateOfBirth: '2019-06-15' }, { postcodeArea: 'LS6' }]) {
        const result = await search(user, input);
        expect(result.errors).toBeUndefined();
        expect(result.data.searchPeople).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
      }
    }
  });

  it('never lets the perpetrator worker find the victim by her other name or by her postcode area', async () => {
    const byName = await found(w.perpetratorWorker, { name: 'Grace Okafor' });
    expect(byName.map((r) => r.person.id)).toEqual([w.graceId]);
    expect(byName[0].person).toMatchObject({ aliases: null, postcodeArea: null, hiddenFields: expect.arrayContaining(['aliases', 'postcodeArea']) });

    expect(await found(w.perpetratorWorker, { name: 'Grace Adeyemi' })).toEqual([]);
    expect(await found(w.perpetratorWorker, { postcodeArea: 'LS6' })).toEqual([]);
    expect(await found(w.perpetratorWorker, { name: 'Grace Okafor', postcodeArea: 'LS6' })).toEqual([]);
    // Her date of birth is no restricted field: it finds her as her name does.
    expect((await found(w.perpetratorWorker, { dateOfBirth: '1992-04-03' })).map((r) => r.person.id)).toEqual([w.graceId]);
  });

  it('lets the perpetrator worker find the man referred to his service by his other name, which his role may read', async () => {
    await t.dataSource.query(`UPDATE person SET aliases = '{"Danny Brown"}' WHERE id = $1`, [w.danId]);
    expect(await found(w.perpetratorWorker, { name: 'Danny Brown' })).toEqual([]);
    const db = t.app.get(TransactionalConnection);
    const programme = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db
        .repository(ctx, ServiceEntity)
        .save({ agencyId: w.agencies.programme.id, name: 'Caring Dads', type: 'PERPETRATOR_PROGRAMME' as ServiceEntity['type'] }),
    );
    const referred = await t.gql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
      {
        input: {
          familyId: w.familyId,
          subjectPersonId: w.danId,
          serviceId: programme.id,
          reason: 'Behaviour change work',
          consent: 'GIVEN',
          occurredOn: '2025-03-01',
          submit: true,
        },
      },
      { token: w.social.token },
    );
    expect(referred.errors).toBeUndefined();
    const dan = await found(w.perpetratorWorker, { name: 'danny-brown' });
    expect(dan.map((r) => [r.person.id, r.person.aliases])).toEqual([[w.danId, ['Danny Brown']]]);
    expect(await found(w.perpetratorWorker, { name: 'Grace Adeyemi' })).toEqual([]);
  });

  it('lets the coordinator find her by her other name but not by the postcode area, which is for those working for her', async () => {
    expect((await found(w.coordinator, { name: 'Grace Adeyemi' })).map((r) => r.person.id)).toEqual([w.graceId]);
    expect(await found(w.coordinator, { postcodeArea: 'LS6' })).toEqual([]);
  });

  it('audits each person shown as a read, and nobody who was not shown', async () => {
    const reads = async (user: SignedInUser) =>
      (await t.dataSource.query(`SELECT subject_id FROM audit_event WHERE actor_user_id = $1 AND action = 'person.read' ORDER BY subject_id`, [user.id])).map(
        (row: { subject_id: string }) => row.subject_id,
      );
    const reader = await aUser(t, [Role.CASE_PRACTITIONER], w.agencies.csc);
    const manager = await aUser(t, [Role.MANAGER], w.agencies.csc);
    const allocated = await t.gql(
      `mutation ($input: AllocateFamilyInput!) { allocateFamily(input: $input) { id } }`,
      { input: { familyId: w.familyId, userId: reader.id } },
      { token: manager.token },
    );
    expect(allocated.errors).toBeUndefined();
    expect(await reads(reader)).toEqual([]);
    await found(reader, { postcodeArea: 'LS6' });
    expect(await reads(reader)).toEqual([w.graceId, w.amaraId].sort());

    await found(stranger, { name: 'Grace Okafor' });
    expect(await reads(stranger)).toEqual([]);
  });

  it('refuses administrators and analysts, who see no case records', async () => {
    for (const role of [Role.ADMIN, Role.ANALYST]) {
      const result = await search(await aUser(t, [role]), { name: 'Grace Okafor' });
      expect({ role, code: result.errors?.[0].extensions.code, data: result.data }).toEqual({ role, code: 'FORBIDDEN', data: null });
    }
  });

  it('answers bad input with codes and the fields to correct', async () => {
    expect(fieldsOf(await search(w.social, {}))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name' }] });
    expect(fieldsOf(await search(w.social, { name: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name' }] });
    expect(fieldsOf(await search(w.social, { name: '-- !' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name', problems: ['must contain at least one letter'] }],
    });
    expect(fieldsOf(await search(w.social, { dateOfBirth: '1992-02-30', postcodeArea: 'Leeds 6' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.dateOfBirth', problems: ['must be a real date, YYYY-MM-DD'] },
        { field: 'input.postcodeArea', problems: ['must be the first part of a postcode, such as M14 or SW1A'] },
      ],
    });
    expect(fieldsOf(await search(w.social, { name: 'Grace' }, { after: 'not-a-cursor' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });
});
