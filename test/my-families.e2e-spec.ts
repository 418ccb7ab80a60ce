import { AgencyKind, Role } from '../libs/access/src';
import { anAgency, aUser, SignedInUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const MY_FAMILIES = `{ families(first: 100, allocatedToMe: true) { nodes { id } } }`;
const ALL_FAMILIES = `{ families(first: 100) { nodes { id } } }`;
const BREAK_GLASS = `mutation ($input: RequestBreakGlassAccessInput!) { requestBreakGlassAccess(input: $input) { id } }`;

describe('My families: the families allocated to a case holder or their team', () => {
  let t: TestApp;
  let social: SignedInUser;
  let colleague: SignedInUser;
  let teamWorker: SignedInUser;
  let manager: SignedInUser;
  let ownFamilyId: string;
  let teamFamilyId: string;

  const ids = async (query: string, by: SignedInUser) => {
    const result = await t.gql(query, {}, { token: by.token });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data.families.nodes as Array<{ id: string }>).map((family) => family.id);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await aUser(t, [Role.ADMIN]);
    const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
    social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    colleague = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    teamWorker = await aUser(t, [Role.CASE_PRACTITIONER], csc);
    manager = await aUser(t, [Role.MANAGER], csc);
    const team = await t.gql(
      `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { agencyId: csc.id, name: `Family support ${Date.now()}` } },
      { token: admin.token },
    );
    const teamId = team.data.createTeam.id;
    await t.gql(`mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, { input: { id: teamWorker.id, teamId } }, { token: admin.token });

    ownFamilyId = (await t.gql(`mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    teamFamilyId = (await t.gql(`mutation { createFamily(input: { name: "Hughes family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
    const allocated = await t.gql(
      `mutation ($input: AllocateFamilyInput!) { allocateFamily(input: $input) { id } }`,
      { input: { familyId: teamFamilyId, teamId } },
      { token: manager.token },
    );
    expect(allocated.errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('lists the families allocated to me, and to my team', async () => {
    expect((await ids(MY_FAMILIES, social)).sort()).toEqual([ownFamilyId, teamFamilyId].sort());
    expect(await ids(MY_FAMILIES, teamWorker)).toEqual([teamFamilyId]);
  });

  it('leaves out a family I may read only through break-glass, or as a manager of its agency', async () => {
    const grant = await t.gql(
      BREAK_GLASS,
      { input: { subjectType: 'FAMILY', subjectId: ownFamilyId, reason: 'Duty cover: the allocated worker is on leave today' } },
      { token: colleague.token },
    );
    expect(grant.errors).toBeUndefined();
    expect(await ids(ALL_FAMILIES, colleague)).toContain(ownFamilyId);
    expect(await ids(MY_FAMILIES, colleague)).toEqual([]);

    expect(await ids(ALL_FAMILIES, manager)).toEqual(expect.arrayContaining([ownFamilyId, teamFamilyId]));
    expect(await ids(MY_FAMILIES, manager)).toEqual([]);
  });
});
