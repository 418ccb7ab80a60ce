import { aMaracWithItem, maracWorld, MaracWorld, PARTICIPATION } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

describe("Whether the family was heard: participation, children's views and interpreters", () => {
  let t: TestApp;
  let w: MaracWorld;
  let itemId: string;

  const record = (entries: unknown[], token = w.chair.token) => t.gql(PARTICIPATION, { input: { agendaItemId: itemId, entries } }, { token });
  const stored = async () =>
    t.dataSource.query(
      `SELECT person_id AS "personId", participation, child_view AS "childView", interpreter_provided AS "interpreterProvided" FROM participation WHERE agenda_item_id = $1 ORDER BY person_id`,
      [itemId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ itemId } = await aMaracWithItem(t, w));
  });
  afterAll(() => t.close());

  it("at MARAC the IDVA represents Grace (with an interpreter) and Amara's own view was gathered through direct work", async () => {
    const result = await record([
      { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', interpreterProvided: true },
      { personId: w.amaraId, participation: 'NOT_APPLICABLE', childView: 'DIRECT_WORK' },
    ]);
    expect(result.errors).toBeUndefined();
    expect(await stored()).toEqual(
      expect.arrayContaining([
        { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', childView: null, interpreterProvided: true },
        { personId: w.amaraId, participation: 'NOT_APPLICABLE', childView: 'DIRECT_WORK', interpreterProvided: null },
      ]),
    );
  });

  it('recording a person again replaces their entry; the others stay', async () => {
    const result = await record([{ personId: w.amaraId, participation: 'WRITTEN_VIEWS', childView: 'WRITTEN' }]);
    expect(result.errors).toBeUndefined();
    const rows = await stored();
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(expect.arrayContaining([{ personId: w.amaraId, participation: 'WRITTEN_VIEWS', childView: 'WRITTEN', interpreterProvided: null }]));
  });

  it("each problem is named at once (child's view missing or given for an adult, an interpreter answer missing or not applicable), and nothing is written", async () => {
    const before = await stored();
    const result = await record([
      { personId: w.graceId, participation: 'ATTENDED' },
      { personId: w.danId, participation: 'SEPARATE_MEETING', childView: 'DIRECT_WORK', interpreterProvided: false },
      { personId: w.amaraId, participation: 'NOT_APPLICABLE' },
    ]);
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'entries.0.interpreterProvided', problems: ['is required: Grace needs an interpreter'] },
        { field: 'entries.1.childView', problems: ['only for children; Dan is in scope as PERSON_CAUSING_HARM'] },
        { field: 'entries.1.interpreterProvided', problems: ['only for someone who needs an interpreter; Dan is not recorded as needing one'] },
        { field: 'entries.2.childView', problems: ["is required for Amara: was the child's own view recorded, and how (NOT_RECORDED if not)?"] },
      ],
    });
    expect(result.errors![0].message).toMatch(/^Please correct the participation\. entries\.0\.interpreterProvided: is required/);
    expect(await stored()).toEqual(before);
  });

  it('a reason is only for EXCLUDED_FOR_SAFETY, and the same person twice is refused', async () => {
    const before = await stored();
    const reasonWithoutExclusion = await record([{ personId: w.danId, participation: 'ATTENDED', exclusionReason: 'Because' }]);
    expect(reasonWithoutExclusion.errors![0].extensions.fields).toEqual([{ field: 'entries.0.exclusionReason', problems: ['only for EXCLUDED_FOR_SAFETY'] }]);
    const twice = await record([
      { personId: w.danId, participation: 'ATTENDED' },
      { personId: w.danId, participation: 'NOT_INVITED' },
    ]);
    expect(twice.errors![0].extensions.fields).toEqual([{ field: 'entries.1.personId', problems: ['Dan is given more than once'] }]);
    expect(await stored()).toEqual(before);
  });

  it('only those who run the meeting record participation', async () => {
    const byIdva = await record([{ personId: w.danId, participation: 'NOT_INVITED' }], w.idva.token);
    expect(byIdva.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
