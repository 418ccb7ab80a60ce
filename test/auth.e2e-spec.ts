import { randomUUID } from 'node:crypto';
import { Role } from '../libs/access/src';
import { aUser, PASSWORD, signIn } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken expiresAt user { id roles } } }`;
const ME = `{ me { id displayName email roles agency { id name kind } } }`;

describe('Signing in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' })));
  afterAll(() => t.close());

  it('a practitioner signs in and sees who they are, with roles and agency', async () => {
    const practitioner = await aUser(t, [Role.CASE_PRACTITIONER]);
    const login = await t.gql(LOGIN, { input: { email: practitioner.email.toUpperCase(), password: PASSWORD } });
    expect(login.errors).toBeUndefined();
    expect(login.data.login.user).toEqual({ id: practitioner.id, roles: ['CASE_PRACTITIONER'] });
    expect(new Date(login.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await t.gql(ME, {}, { token: login.data.login.accessToken });
    expect(me.data.me).toMatchObject({ id: practitioner.id, email: practitioner.email, roles: ['CASE_PRACTITIONER'] });
    expect(me.data.me.agency).toMatchObject({ id: practitioner.agencyId, kind: 'CHILDRENS_SOCIAL_CARE' });
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const user = await aUser(t, [Role.MANAGER]);
    const wrong = await t.gql(LOGIN, { input: { email: user.email, password: 'not the password at all' } });
    const unknown = await t.gql(LOGIN, { input: { email: `nobody-${randomUUID()}@test.waymark`, password: PASSWORD } });
    for (const result of [wrong, unknown]) {
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect(result.errors![0].message).toBe('The email or password is not correct.');
    }
  });

  it('throttles an account after repeated failures, even for the right password, and tells how long to wait', async () => {
    const user = await aUser(t, [Role.DVA_SPECIALIST]);
    for (let i = 0; i < 3; i++) {
      const failed = await t.gql(LOGIN, { input: { email: user.email, password: `wrong password ${i}` } });
      expect(failed.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const throttled = await t.gql(LOGIN, { input: { email: user.email, password: PASSWORD } });
    expect(throttled.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(throttled.errors![0].message).toMatch(/Too many failed sign-in attempts for this account/);
    expect(throttled.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('a successful sign-in resets the account count', async () => {
    const user = await aUser(t, [Role.ANALYST]);
    for (let i = 0; i < 2; i++) await t.gql(LOGIN, { input: { email: user.email, password: 'wrong password' } });
    await signIn(t, user.email);
    for (let i = 0; i < 2; i++) await t.gql(LOGIN, { input: { email: user.email, password: 'wrong password' } });
    expect((await t.gql(LOGIN, { input: { email: user.email, password: PASSWORD } })).errors).toBeUndefined();
  });

  it('signing in does not authenticate other operations in the same request', async () => {
    const user = await aUser(t, [Role.MANAGER]);
    const result = await t.gql(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } changeMyPassword(input: { currentPassword: "${PASSWORD}", newPassword: "hijacked in one request" }) }`,
      { input: { email: user.email, password: PASSWORD } },
    );
    expect(result.errors![0]).toMatchObject({ path: ['changeMyPassword'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(await signIn(t, user.email, PASSWORD)).toBeTruthy();
  });

  it('parallel wrong guesses cannot get past the account limit', async () => {
    const user = await aUser(t, [Role.MANAGER]);
    await Promise.all(Array.from({ length: 6 }, (_, i) => t.gql(LOGIN, { input: { email: user.email, password: `parallel guess ${i}` } })));
    const [{ failures }] = await t.dataSource.query(`SELECT count(*)::int AS failures FROM login_attempt WHERE email_normalized = $1 AND NOT succeeded`, [
      user.email,
    ]);
    expect(failures).toBe(3);
  });

  it('rejects a malformed sign-in naming the field', async () => {
    const result = await t.gql(LOGIN, { input: { email: 'not-an-email', password: '' } });
    expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'email', problems: ['must be an email address'] })]),
    );
  });
});

describe('Throttling by address', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '4' })));
  afterAll(() => t.close());

  it('pauses sign-ins from an address that keeps failing across accounts, but not from others', async () => {
    const address = `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const from = { headers: { 'x-forwarded-for': address } };
    for (let i = 0; i < 4; i++) {
      await t.gql(LOGIN, { input: { email: `guess-${i}-${randomUUID()}@test.waymark`, password: 'guess' } }, from);
    }
    const user = await aUser(t, [Role.MANAGER]);
    const blocked = await t.gql(LOGIN, { input: { email: user.email, password: PASSWORD } }, from);
    expect(blocked.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(blocked.errors![0].message).toMatch(/from this network address/);
    const elsewhere = await t.gql(LOGIN, { input: { email: user.email, password: PASSWORD } }, { headers: { 'x-forwarded-for': '10.1.2.3' } });
    expect(elsewhere.errors).toBeUndefined();
  });
});

describe('Sessions that must end', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('refuses requests without a token, or with a forged or garbled one', async () => {
    const none = await t.gql(ME);
    expect(none.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const garbled = await t.gql(ME, {}, { token: 'not.a.token' });
    expect(garbled.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const user = await aUser(t, [Role.MANAGER]);
    const [header, payload] = user.token.split('.');
    const forged = await t.gql(ME, {}, { token: `${header}.${payload}.c2lnbmF0dXJl` });
    expect(forged.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a deactivated user cannot sign in, and the token they already hold stops working', async () => {
    const admin = await aUser(t, [Role.ADMIN]);
    const leaver = await aUser(t, [Role.CASE_PRACTITIONER]);
    expect((await t.gql(ME, {}, { token: leaver.token })).data.me.id).toBe(leaver.id);

    const deactivated = await t.gql(`mutation ($id: ID!) { deactivateUser(id: $id) { id active } }`, { id: leaver.id }, { token: admin.token });
    expect(deactivated.data.deactivateUser).toEqual({ id: leaver.id, active: false });

    const withOldToken = await t.gql(ME, {}, { token: leaver.token });
    expect(withOldToken.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { input: { email: leaver.email, password: PASSWORD } });
    expect(login.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(login.errors![0].message).toMatch(/deactivated/);

    await t.gql(`mutation ($id: ID!) { reactivateUser(id: $id) { id } }`, { id: leaver.id }, { token: admin.token });
    expect(await signIn(t, leaver.email)).toBeTruthy();
  });

  it('changing your password ends your other sessions', async () => {
    const user = await aUser(t, [Role.MEETING_CHAIR]);
    const otherDevice = await signIn(t, user.email);
    const newPassword = 'a brand new long passphrase';
    const changed = await t.gql(
      `mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }`,
      { input: { currentPassword: PASSWORD, newPassword } },
      { token: user.token },
    );
    expect(changed.data).toEqual({ changeMyPassword: true });
    expect((await t.gql(ME, {}, { token: otherDevice })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const fresh = await signIn(t, user.email, newPassword);
    expect((await t.gql(ME, {}, { token: fresh })).data.me.id).toBe(user.id);
  });

  it('a wrong current password does not change anything', async () => {
    const user = await aUser(t, [Role.MEETING_CHAIR]);
    const result = await t.gql(
      `mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }`,
      { input: { currentPassword: 'not my password', newPassword: 'another long passphrase' } },
      { token: user.token },
    );
    expect(result.errors![0]).toMatchObject({ message: 'currentPassword: is not your current password', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await signIn(t, user.email, PASSWORD)).toBeTruthy();
  });
});
