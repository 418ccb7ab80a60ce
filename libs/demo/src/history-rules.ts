import { AssessmentFactor, factorForCensusCode, factorsProblem, InterventionLevel, stepProblem, TransitionKind } from '@waymark/journeys';
import { ChildView, participationProblems, ParticipationKind, ScopeRole } from '@waymark/meetings';
import { DashAnswer, dashAnswersProblem, dashScore, ReferralStatus, transitionProblem } from '@waymark/referrals';
import { Row, Rows } from './family-history';

/** A generated history that breaks a rule the services enforce: a generator bug, never written. */
export class GeneratedHistoryError extends Error {}

/** Columns holding dates of recorded events: the services refuse any of them in the future. */
const EVENT_DATES: Partial<Record<keyof Rows, string[]>> = {
  couple_status_event: ['occurred_on'],
  harm_relationship: ['recorded_on'],
  episode_transition: ['occurred_on'],
  assessment: ['assessed_on'],
  incident: ['occurred_on'],
  risk_assessment: ['assessed_on'],
  referral_status_change: ['occurred_on'],
  child_contact: ['started_on', 'ended_on'],
  kinship_placement: ['placed_on', 'ended_on'],
  family_membership: ['joined_on', 'left_on'],
  meeting_action: ['completed_on'],
};

/**
 * Checks one family's generated rows with the rule functions the services themselves call
 * (stepProblem, transitionProblem, dashAnswersProblem/dashScore, factorsProblem,
 * participationProblems), plus the services' date rules: nothing in the future, nothing before the
 * person it concerns was born, each event not before the one it follows.
 */
export function historyProblems(rows: Rows, asOf: string): string[] {
  const problems: string[] = [];
  const fail = (text: string) => problems.push(text);
  const people = new Map(rows.person.map((p) => [p.id as string, p]));
  const bornBy = (personId: unknown, date: unknown, what: string) => {
    const dob = people.get(personId as string)?.date_of_birth as string | undefined;
    if (dob && (date as string) < dob) fail(`${what} on ${date} is before the person's date of birth ${dob}`);
  };

  for (const [table, columns] of Object.entries(EVENT_DATES)) {
    for (const row of rows[table as keyof Rows])
      for (const c of columns!) if (row[c] && (row[c] as string) > asOf) fail(`${table}.${c} ${row[c]} is in the future`);
  }

  // As the agenda's unique key: a family is listed once at a meeting, however often it was referred.
  const listed = new Set<string>();
  for (const item of rows.agenda_item) {
    const key = `${item.meeting_id}/${item.family_id}`;
    if (listed.has(key)) fail(`family ${item.family_id} is listed twice at meeting ${item.meeting_id}`);
    listed.add(key);
  }

  const byEpisode = groupBy(rows.episode_transition, 'episode_id');
  for (const episode of rows.episode) {
    bornBy(episode.child_id, episode.opened_on, 'an episode');
    const transitions = byEpisode.get(episode.id as string) ?? [];
    const [open, ...rest] = transitions;
    if (!open || open.kind !== TransitionKind.OPEN || open.occurred_on !== episode.opened_on)
      fail(`episode ${episode.id} does not start with its OPEN transition`);
    let level = open?.to_level as InterventionLevel;
    let on = episode.opened_on as string;
    for (const t of rest) {
      if ((t.occurred_on as string) < on) fail(`a transition on ${t.occurred_on} comes before the previous one on ${on}`);
      on = t.occurred_on as string;
      if (t.from_level !== level) fail(`a transition from ${t.from_level} when the episode is at ${level}`);
      if (t.kind === TransitionKind.CLOSE) {
        if (episode.closed_on !== t.occurred_on || !episode.closure_reason) fail(`episode ${episode.id} closes without its closing date and reason`);
      } else {
        const problem = stepProblem(t.kind as TransitionKind.STEP_UP, level, t.to_level as InterventionLevel);
        if (problem) fail(`toLevel ${problem}`);
      }
      level = t.to_level === InterventionLevel.NONE ? level : (t.to_level as InterventionLevel);
    }
  }

  for (const a of rows.assessment) {
    bornBy(a.child_id, a.assessed_on, 'an assessment');
    const problem = factorsProblem((a.factors as string[]).map(factorForCensusCode) as AssessmentFactor[]);
    if (problem) fail(`factors ${problem}`);
  }

  for (const ra of rows.risk_assessment) {
    const answers = ra.answers as DashAnswer[];
    const problem = dashAnswersProblem(answers);
    if (problem) fail(`answers ${problem}`);
    if (dashScore(answers) !== ra.score) fail(`a DASH score of ${ra.score} for ${dashScore(answers)} yes answers`);
  }

  const changes = groupBy(rows.referral_status_change, 'referral_id');
  for (const referral of rows.referral) {
    let status: string | null = null;
    let on = referral.referred_on as string;
    for (const change of changes.get(referral.id as string) ?? []) {
      if (change.from_status !== status) fail(`referral change from ${change.from_status} when it was ${status}`);
      if (status) {
        const problem = transitionProblem(status as ReferralStatus, change.to_status as ReferralStatus);
        if (problem) fail(problem);
      }
      if ((change.occurred_on as string) < on) fail(`a referral change on ${change.occurred_on} before the previous one on ${on}`);
      status = change.to_status as string;
      on = change.occurred_on as string;
    }
    if (status !== referral.status || on !== referral.last_changed_on) fail(`referral ${referral.id} does not match its history`);
    if (referral.consent !== 'GIVEN' && !referral.lawful_basis) fail('a referral shared without consent needs a lawful basis');
  }

  const scopes = groupBy(rows.agenda_item_person, 'agenda_item_id');
  for (const [itemId, entries] of groupBy(rows.participation, 'agenda_item_id')) {
    const scope = (scopes.get(itemId) ?? []).map((s) => ({
      personId: s.person_id as string,
      scopeRole: s.scope_role as ScopeRole,
      givenName: people.get(s.person_id as string)?.given_name as string,
      interpreterNeeded: !!people.get(s.person_id as string)?.interpreter_needed,
    }));
    const found = participationProblems(
      entries.map((e) => ({
        personId: e.person_id as string,
        participation: e.participation as ParticipationKind,
        exclusionReason: e.exclusion_reason as string | null,
        childView: e.child_view as ChildView | null,
        interpreterProvided: e.interpreter_provided as boolean | null,
      })),
      scope,
    );
    for (const p of found) fail(`${p.field} ${p.problems.join('; ')}`);
  }

  let last = '';
  for (const e of rows.couple_status_event) {
    if ((e.occurred_on as string) < last) fail(`a couple status on ${e.occurred_on} before the previous one on ${last}`);
    last = e.occurred_on as string;
  }
  for (const c of rows.child_contact) bornBy(c.child_id, c.started_on, 'child contact');
  for (const k of rows.kinship_placement) bornBy(k.child_id, k.placed_on, 'a kinship placement');
  return problems;
}

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = row[key] as string;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
