import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { AgencyKind, Role, UserService } from '../../libs/access/src';
import { CreateUserInput } from '../../libs/access/src/users/dto/create-user.input';
import { AgencyEntity } from '../../libs/access/src/agencies/agency.entity';
import { RequestContext, TransactionalConnection } from '../../libs/platform/src';
import { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

export interface SignedInUser {
  id: string;
  email: string;
  agencyId: string;
  roles: Role[];
  token: string;
}

const unique = () => randomUUID().slice(0, 8);

/** An agency made directly through the service layer (fixtures need no admin session). */
export async function anAgency(t: TestApp, kind = AgencyKind.CHILDRENS_SOCIAL_CARE, name = `Agency ${unique()}`): Promise<AgencyEntity> {
  const db = t.app.get(TransactionalConnection);
  return db.withTransaction(RequestContext.system('fixture'), (ctx) => db.repository(ctx, AgencyEntity).save({ name, kind }));
}

/** A user with the given roles, created through UserService (validated and audited), then signed in over HTTP. */
export async function aUser(t: TestApp, roles: Role[], agency?: { id: string }, options: { password?: string } = {}): Promise<SignedInUser> {
  const home = agency ?? (await anAgency(t));
  const email = `${roles[0].toLowerCase()}-${unique()}@test.waymark`;
  const password = options.password ?? PASSWORD;
  const db = t.app.get(TransactionalConnection);
  const input = plainToInstance(CreateUserInput, { email, displayName: `Test ${roles[0]} ${unique()}`, agencyId: home.id, roles, password });
  const user = await db.withTransaction(RequestContext.system('fixture'), (ctx) => t.app.get(UserService).create(ctx, input));
  return { id: user.id, email, agencyId: home.id, roles, token: await signIn(t, email, password) };
}

export async function signIn(t: TestApp, email: string, password = PASSWORD): Promise<string> {
  const result = await t.gql(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password } });
  if (!result.data?.login) throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}

/**
 * A person recorded over GraphQL by `by`, returning the new id. Test files share one database and
 * reuse names, so the duplicate check is confirmed here; test/people-duplicates covers the check.
 */
export async function aPerson(t: TestApp, by: SignedInUser, input: Record<string, unknown>): Promise<string> {
  const result = await t.gql(
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
    { input: { confirmNotDuplicate: true, ...input } },
    { token: by.token },
  );
  if (!result.data?.createPerson?.person) throw new Error(`createPerson failed: ${JSON.stringify(result.errors)}`);
  return result.data.createPerson.person.id;
}
