import { aMaracWithItem, DECIDE, maracWorld, MaracWorld } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const ITEM = `query ($id: ID!) { agendaItem(id: $id) { decisions { kind text hiddenFields } } }`;

describe('What a meeting decided, in words, is read by those who read the item, never by the harm side', () => {
  let t: TestApp;
  let w: MaracWorld;
  let itemId: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    ({ itemId } = await aMaracWithItem(t, w));
  });
  afterAll(() => t.close());

  it('the chair records a decision and reads its words back; the coordinator and the IDVA read them; the perpetrator worker does not', async () => {
    const decided = await t.gql(DECIDE, { input: { agendaItemId: itemId, kind: 'OTHER', text: 'Police to flag the address' } }, { token: w.chair.token });
    expect(decided.data.recordAgendaDecision.text).toBe('Police to flag the address');
    for (const user of [w.chair, w.coordinator, w.idva]) {
      const item = await t.gql(ITEM, { id: itemId }, { token: user.token });
      expect(item.data.agendaItem.decisions).toEqual([{ kind: 'OTHER', text: 'Police to flag the address', hiddenFields: [] }]);
    }
    const harmSide = await t.gql(ITEM, { id: itemId }, { token: w.perpetratorWorker.token });
    expect(harmSide.data.agendaItem.decisions).toEqual([{ kind: 'OTHER', text: null, hiddenFields: ['text'] }]);
  });
});
