import { execFile } from 'node:child_process';
import { AccessExplainer } from '../libs/access/src';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { startTestApp, TEST_JWT_SECRET, TestApp } from './support/test-app';

/** "Why can this user see this person?", answered from the rules every request uses. */
describe('Explaining access', () => {
  let t: TestApp;
  let w: MaracWorld;
  const explain = (email: string, personId: string) => t.app.get(AccessExplainer).explainPerson(email, personId);

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    await aMaracWithItem(t, w);
  });
  afterAll(() => t.close());

  it("the victim's social worker sees her through the allocation of her family, with her refuge address", async () => {
    const e = await explain(w.social.email, w.graceId);
    expect(e.mayRead).toBe(true);
    expect(e.side).toEqual({ worksForTheVictim: true, worksWithPeopleCausingHarm: false });
    expect(e.through).toContainEqual({ fact: 'allocatedFamilyIds', holds: `family ${w.familyId}` });
    expect(e.shownFields).toEqual(expect.arrayContaining(['confidentialAddress', 'safeContactDetails']));
  });

  it('the perpetrator worker sees her only as a person in scope on the agenda, and none of her restricted details', async () => {
    const e = await explain(w.perpetratorWorker.email, w.graceId);
    expect(e.mayRead).toBe(true);
    expect(e.side.worksWithPeopleCausingHarm).toBe(true);
    expect(e.through).toEqual([{ fact: 'agendaPersonIds', holds: `person ${w.graceId}` }]);
    expect(e.shownFields).toEqual([]);
    expect(e.hiddenFields).toEqual(expect.arrayContaining(['confidentialAddress', 'safeContactDetails', 'aliases', 'immigrationStatus']));
  });

  it('an agency that was not invited has no way in', async () => {
    const e = await explain(w.healthRep.email, w.graceId);
    expect(e.mayRead).toBe(false);
    expect(e.through).toEqual([]);
  });

  it('the command line prints the same, ids and rule names only', async () => {
    const { DATABASE_URL: _unset, ...inherited } = process.env;
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'apps/cli/src/main.ts',
          'explain-access',
          '--user',
          w.perpetratorWorker.email,
          '--person',
          w.graceId,
        ],
        { env: { ...inherited, DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: '', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'error' }, timeout: 60_000 },
        (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout }),
      ),
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`Person ${w.graceId}`);
    expect(out.stdout).toContain('works with people causing harm: yes');
    expect(out.stdout).toContain(`through agendaPersonIds: person ${w.graceId}`);
    expect(out.stdout).toMatch(/restricted fields hidden: .*confidentialAddress/);
    expect(out.stdout).not.toMatch(/Grace|Safe Street/);
  });
});
