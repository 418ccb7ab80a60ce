import { aPerson, SignedInUser } from './factories';
import { eventually, startTestApp, TestApp } from './test-app';

/** 'YYYY-MM-DD', `days` before today (UTC): for rules that count back from the evaluation date. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const startedAt = new WeakMap<TestApp, Date>();

/** Starts the app and remembers when, so waiting for its jobs ignores those earlier test files left behind. */
export async function startAppWithJobs(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const since = new Date();
  const t = await startTestApp(env);
  startedAt.set(t, since);
  return t;
}

/** Waits until every job this app enqueued has run (signals are re-evaluated through the queue); fails on a job error. */
export async function jobsSettled(t: TestApp): Promise<void> {
  const since = startedAt.get(t) ?? new Date(0);
  await eventually(
    'the job queue to settle',
    async () => {
      await t.relayJobs();
      const [{ pending, failed }] = await t.dataSource.query(
        `SELECT count(*) FILTER (WHERE processed_at IS NULL)::int AS pending,
              string_agg(last_error, '; ') FILTER (WHERE processed_at IS NULL AND last_error IS NOT NULL) AS failed
         FROM outbox_job WHERE created_at >= $1`,
        [since],
      );
      if (failed) throw new Error(`A job failed: ${failed}`);
      return pending === 0;
    },
    30_000,
  );
}

/**
 * A family's history told through the API, as a practitioner records it: people, membership,
 * couples, harm, episodes, contact and placements. Each call fails the test on an error.
 */
export class FamilyStory {
  familyId!: string;

  constructor(
    private readonly t: TestApp,
    readonly by: SignedInUser,
  ) {}

  static async begin(t: TestApp, by: SignedInUser, name = 'Family'): Promise<FamilyStory> {
    const story = new FamilyStory(t, by);
    story.familyId = (await story.run(`mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`, { name })).createFamily.id;
    return story;
  }

  async run(query: string, input: Record<string, unknown>): Promise<any> {
    const result = await this.t.gql(query, { input }, { token: this.by.token });
    if (result.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** A new person who joins the household. */
  async member(
    givenName: string,
    kind: 'ADULT' | 'CHILD',
    joinedOn: string,
    dateOfBirth = kind === 'CHILD' ? joinedOn : '1985-01-01',
    details: Record<string, unknown> = {},
  ): Promise<string> {
    const personId = await aPerson(this.t, this.by, {
      givenName,
      familyName: 'Story',
      gender: 'NOT_KNOWN',
      ethnicityGroup: 'NOT_STATED',
      dateOfBirth,
      ...details,
    });
    await this.run(`mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, { familyId: this.familyId, personId, kind, joinedOn });
    return personId;
  }

  async relationship(personId: string, relatedPersonId: string, type: string, togetherSince?: string): Promise<string> {
    const data = await this.run(`mutation ($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      familyId: this.familyId,
      personId,
      relatedPersonId,
      type,
      ...(togetherSince ? { togetherSince } : {}),
    });
    return data.recordRelationship.id;
  }

  separate(relationshipId: string, separatedOn: string, leftHouseholdPersonId?: string) {
    return this.run(`mutation ($input: RecordSeparationInput!) { recordSeparation(input: $input) { id } }`, {
      relationshipId,
      separatedOn,
      leftHouseholdPersonId,
    });
  }

  reconcile(relationshipId: string, reconciledOn: string) {
    return this.run(`mutation ($input: RecordReconciliationInput!) { recordReconciliation(input: $input) { id } }`, { relationshipId, reconciledOn });
  }

  harm(personCausingHarmId: string, personHarmedId: string, recordedOn: string, disclosure = 'DISCLOSED') {
    return this.run(`mutation ($input: RecordHarmRelationshipInput!) { recordHarmRelationship(input: $input) { id } }`, {
      familyId: this.familyId,
      personCausingHarmId,
      personHarmedId,
      forms: ['PHYSICAL'],
      disclosure,
      recordedOn,
    });
  }

  async openEpisode(childId: string, level: string, occurredOn: string): Promise<string> {
    return (
      await this.run(`mutation ($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }`, { familyId: this.familyId, childId, level, occurredOn })
    ).openEpisode.id;
  }

  step(direction: 'up' | 'down', episodeId: string, toLevel: string, occurredOn: string) {
    const mutation = direction === 'up' ? 'stepUp' : 'stepDown';
    return this.run(`mutation ($input: StepEpisodeInput!) { ${mutation}(input: $input) { id } }`, { episodeId, toLevel, occurredOn });
  }

  close(episodeId: string, occurredOn: string, closureSubReason?: string) {
    return this.run(`mutation ($input: CloseEpisodeInput!) { closeEpisode(input: $input) { id } }`, {
      episodeId,
      occurredOn,
      closureReason: 'RC7',
      closureSubReason,
    });
  }

  async contact(childId: string, personCausingHarmId: string, arrangement: string, startedOn: string, endedOn?: string): Promise<string> {
    const data = await this.run(`mutation ($input: RecordChildContactInput!) { recordChildContact(input: $input) { id } }`, {
      familyId: this.familyId,
      childId,
      personCausingHarmId,
      arrangement,
      startedOn,
      endedOn,
    });
    return data.recordChildContact.id;
  }

  async placement(childId: string, carerId: string, carerRelationship: string, placedOn: string): Promise<string> {
    const data = await this.run(`mutation ($input: RecordKinshipPlacementInput!) { recordKinshipPlacement(input: $input) { id } }`, {
      familyId: this.familyId,
      childId,
      carerId,
      carerRelationship,
      placedOn,
    });
    return data.recordKinshipPlacement.id;
  }

  endPlacement(placementId: string, endedOn: string) {
    return this.run(`mutation ($input: EndKinshipPlacementInput!) { endKinshipPlacement(input: $input) { id } }`, { placementId, endedOn });
  }
}

export const RISK_SIGNALS = `query ($filter: RiskSignalFilter, $after: String) {
  riskSignals(filter: $filter, first: 20, after: $after) {
    nodes { id kind severity state explanation evidence { type id date label } people { id givenName } family { id name }
            firstRaisedAt lastRaisedAt resolvedAt resolution acknowledgement { by { displayName } at note } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The caller's signals on one family (every state unless given). */
export async function signalsOf(t: TestApp, user: SignedInUser, familyId: string, filter: Record<string, unknown> = {}): Promise<any[]> {
  const result = await t.gql(RISK_SIGNALS, { filter: { familyId, states: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'], ...filter } }, { token: user.token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.riskSignals.nodes;
}
