import { codeWords } from '@waymark/platform';
import { AppAbility } from '@waymark/access';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

const words = codeWords;

/** Signals and reviews are seen by those who may read risk signals, never by those working with people causing harm. */
const hiddenUnlessSignalReader = (kinds: TimelineKind[]) => (ability: AppAbility) => (ability.can('read', 'RiskSignal') ? [] : kinds);

/** Raised, re-opened and resolved signals, from their append-only history. Acknowledgements stay on the signal. */
export const riskSignalSource: TimelineSource = {
  kinds: [TimelineKind.SIGNAL_RAISED, TimelineKind.SIGNAL_RESOLVED],
  hiddenKinds: hiddenUnlessSignalReader([TimelineKind.SIGNAL_RAISED, TimelineKind.SIGNAL_RESOLVED]),
  sql: `
    SELECT CASE ev.kind WHEN 'RESOLVED' THEN 'SIGNAL_RESOLVED' ELSE 'SIGNAL_RAISED' END, 'signal-event:' || ev.id,
           (ev.occurred_at AT TIME ZONE 'UTC')::date, ev.occurred_at, ev.actor_user_id, s.person_ids,
           jsonb_build_object('signalKind', s.kind, 'event', ev.kind, 'severity', ev.detail ->> 'severity', 'resolution', ev.detail ->> 'resolution')
      FROM risk_signal_event ev JOIN risk_signal s ON s.id = ev.signal_id
     WHERE ev.family_id = $1 AND ev.kind IN ('RAISED', 'REOPENED', 'RESOLVED')`,
  summary: (row, name) => {
    const about = row.person_ids.length ? ` concerning ${row.person_ids.map((id) => name(id)).join(', ')}` : '';
    if (row.kind === TimelineKind.SIGNAL_RESOLVED) {
      const how = row.data.resolution === 'REVIEW' ? 'by a post-separation review' : 'as the condition no longer holds';
      return `Risk signal resolved ${how}: ${words(row.data.signalKind)}${about}.`;
    }
    const again = row.data.event === 'REOPENED' ? ' again' : '';
    return `Risk signal raised${again} (${words(row.data.severity)}): ${words(row.data.signalKind)}${about}.`;
  },
};

/** The review's note is a restricted field and never appears here. */
export const postSeparationReviewSource: TimelineSource = {
  kinds: [TimelineKind.POST_SEPARATION_REVIEWED],
  hiddenKinds: hiddenUnlessSignalReader([TimelineKind.POST_SEPARATION_REVIEWED]),
  sql: `
    SELECT 'POST_SEPARATION_REVIEWED', 'review:' || r.id, r.reviewed_on, r.recorded_at, r.recorded_by_user_id,
           coalesce((SELECT ARRAY[e.child_id] FROM episode e WHERE e.id = r.episode_id), ARRAY[]::uuid[]), jsonb_build_object('outcome', r.outcome)
      FROM post_separation_review r WHERE r.family_id = $1`,
  summary: (row, name) => `Post-separation review${row.person_ids.length ? ` of ${name(row.person_ids[0])}'s case` : ''}: ${words(row.data.outcome)}.`,
};
