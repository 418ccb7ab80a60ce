import { daysAgo, jobsSettled, signalsOf, startAppWithJobs } from './support/family-story';
import { aMaracWithItem, maracWorld, MaracWorld } from './support/marac';
import { TestApp } from './support/test-app';

const RECORD = `mutation ($input: RecordPersonFactInput!) { recordPersonFact(input: $input) { fact interpreterNeeded dateOfBirth validFrom } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { interpreterNeeded dateOfBirth factHistory { fact interpreterNeeded dateOfBirth validFrom } } }`;

/**
 * Grace needed an interpreter at the MARAC on 4 June 2024, where none was provided. Her English has
 * since come on and from 2025 she needs none. The INTERPRETER_GAP signal about that MARAC must read
 * what held on its day, not today's value; a correction saying she needed none from January 2024
 * does resolve it.
 */
describe('Dated person facts: signals read interpreter need as it was on the day', () => {
  let t: TestApp;
  let w: MaracWorld;
  const gap = async () => (await signalsOf(t, w.social, w.familyId)).filter((s) => s.kind === 'INTERPRETER_GAP').map((s) => s.state);
  const count = async () => Number((await t.dataSource.query(`SELECT count(*) FROM person_fact WHERE person_id = $1`, [w.graceId]))[0].count);

  beforeAll(async () => {
    t = await startAppWithJobs();
    w = await maracWorld(t);
    await aMaracWithItem(t, w, '2024-06-04T09:30:00Z');
    await jobsSettled(t);
  });
  afterAll(() => t.close());

  it('the gap at the 2024 MARAC is open while she needs an interpreter', async () => {
    expect(await gap()).toEqual(['OPEN']);
  });

  it('from 2025 she needs none: the record says so today, the history keeps both, and the 2024 gap stays open', async () => {
    const recorded = await t.gql(
      RECORD,
      { input: { personId: w.graceId, fact: 'INTERPRETER_NEEDED', interpreterNeeded: false, validFrom: '2025-01-01' } },
      { token: w.social.token },
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordPersonFact).toEqual({ fact: 'INTERPRETER_NEEDED', interpreterNeeded: false, dateOfBirth: null, validFrom: '2025-01-01' });
    const person = (await t.gql(PERSON, { id: w.graceId }, { token: w.social.token })).data.person;
    expect(person.interpreterNeeded).toBe(false);
    expect(person.factHistory.filter((f: { fact: string }) => f.fact === 'INTERPRETER_NEEDED')).toEqual([
      { fact: 'INTERPRETER_NEEDED', interpreterNeeded: true, dateOfBirth: null, validFrom: null },
      { fact: 'INTERPRETER_NEEDED', interpreterNeeded: false, dateOfBirth: null, validFrom: '2025-01-01' },
    ]);
    expect(person.factHistory.find((f: { fact: string }) => f.fact === 'DATE_OF_BIRTH')).toEqual({
      fact: 'DATE_OF_BIRTH',
      interpreterNeeded: null,
      dateOfBirth: '1992-04-03',
      validFrom: null,
    });
    await jobsSettled(t);
    expect(await gap()).toEqual(['OPEN']);
  });

  it('a correction that she needed none from January 2024 resolves it', async () => {
    const recorded = await t.gql(
      RECORD,
      { input: { personId: w.graceId, fact: 'INTERPRETER_NEEDED', interpreterNeeded: false, validFrom: '2024-01-01' } },
      { token: w.social.token },
    );
    expect(recorded.errors).toBeUndefined();
    await jobsSettled(t);
    expect(await gap()).toEqual(['RESOLVED']);
  });

  it('bad input: a date in the future, no value, or someone not working with her; nothing written', async () => {
    const before = await count();
    const future = await t.gql(
      RECORD,
      { input: { personId: w.graceId, fact: 'INTERPRETER_NEEDED', interpreterNeeded: true, validFrom: daysAgo(-2) } },
      { token: w.social.token },
    );
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'validFrom' }] });
    const noValue = await t.gql(RECORD, { input: { personId: w.graceId, fact: 'DATE_OF_BIRTH', validFrom: daysAgo(2) } }, { token: w.social.token });
    expect(noValue.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'dateOfBirth' }] });
    const worker = await t.gql(
      RECORD,
      { input: { personId: w.danId, fact: 'INTERPRETER_NEEDED', interpreterNeeded: true, validFrom: daysAgo(2) } },
      { token: w.perpetratorWorker.token },
    );
    expect(worker.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });
});
