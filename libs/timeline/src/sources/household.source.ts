import { codeWords } from '@waymark/platform';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

const level = (value: unknown) => String(value).replace('_', ' ');

export const membershipSource: TimelineSource = {
  kinds: [TimelineKind.MEMBER_JOINED, TimelineKind.MEMBER_LEFT],
  sql: `
    SELECT 'MEMBER_JOINED' AS kind, 'joined:' || m.id AS entry_id, m.joined_on AS occurred_on, NULL::timestamptz AS recorded_at,
           NULL::uuid AS actor_user_id, ARRAY[m.person_id] AS person_ids, jsonb_build_object('memberKind', m.kind) AS data
      FROM family_membership m WHERE m.family_id = $1
    UNION ALL
    SELECT 'MEMBER_LEFT', 'left:' || m.id, m.left_on, NULL, NULL, ARRAY[m.person_id], jsonb_build_object('memberKind', m.kind)
      FROM family_membership m WHERE m.family_id = $1 AND m.left_on IS NOT NULL`,
  summary: (row, name) =>
    row.kind === TimelineKind.MEMBER_JOINED
      ? `${name(row.person_ids[0])} joined the household${row.data.memberKind === 'CHILD' ? ' (child)' : ''}.`
      : `${name(row.person_ids[0])} left the household.`,
};

export const allocationSource: TimelineSource = {
  kinds: [TimelineKind.ALLOCATED],
  sql: `
    SELECT 'ALLOCATED', 'allocated:' || a.id, a.started_on, NULL, NULL, ARRAY[]::uuid[],
           jsonb_build_object('user', u.display_name, 'team', tm.name)
      FROM family_allocation a LEFT JOIN app_user u ON u.id = a.user_id LEFT JOIN team tm ON tm.id = a.team_id
     WHERE a.family_id = $1`,
  summary: (row) => `Allocated to ${[row.data.user, row.data.team].filter(Boolean).join(' and ')}.`,
};

export const coupleSource: TimelineSource = {
  kinds: [TimelineKind.COUPLE_TOGETHER, TimelineKind.SEPARATED, TimelineKind.RECONCILED],
  sql: `
    SELECT CASE e.status WHEN 'TOGETHER' THEN 'COUPLE_TOGETHER' ELSE e.status END, 'couple:' || e.id, e.occurred_on, e.recorded_at,
           e.recorded_by_user_id, ARRAY[r.person_id, r.related_person_id], jsonb_build_object('leftHousehold', e.left_household_person_id)
      FROM couple_status_event e JOIN person_relationship r ON r.id = e.relationship_id
     WHERE e.family_id = $1`,
  summary: (row, name) => {
    const couple = `${name(row.person_ids[0])} and ${name(row.person_ids[1])}`;
    if (row.kind === TimelineKind.COUPLE_TOGETHER) return `${couple} got together.`;
    if (row.kind === TimelineKind.RECONCILED) return `${couple} reconciled.`;
    return `${couple} separated${row.data.leftHousehold ? `; ${name(row.data.leftHousehold)} left the household` : ''}.`;
  },
};

export const episodeSource: TimelineSource = {
  kinds: [TimelineKind.EPISODE_OPENED, TimelineKind.STEPPED_UP, TimelineKind.STEPPED_DOWN, TimelineKind.EPISODE_CLOSED],
  sql: `
    SELECT CASE t.kind WHEN 'OPEN' THEN 'EPISODE_OPENED' WHEN 'STEP_UP' THEN 'STEPPED_UP' WHEN 'STEP_DOWN' THEN 'STEPPED_DOWN' ELSE 'EPISODE_CLOSED' END,
           'transition:' || t.id, t.occurred_on, t.recorded_at, t.decided_by_user_id, ARRAY[e.child_id],
           jsonb_build_object('from', t.from_level, 'to', t.to_level, 'reason', t.reason, 'closureReason', e.closure_reason, 'closureSubReason', e.closure_sub_reason)
      FROM episode_transition t JOIN episode e ON e.id = t.episode_id
     WHERE e.family_id = $1`,
  summary: (row, name) => {
    const child = name(row.person_ids[0]);
    const why = row.data.reason ? `: ${row.data.reason}` : '';
    switch (row.kind) {
      case TimelineKind.EPISODE_OPENED:
        return `Episode opened for ${child} at ${level(row.data.to)}${why}.`;
      case TimelineKind.STEPPED_UP:
        return `${child} stepped up from ${level(row.data.from)} to ${level(row.data.to)}${why}.`;
      case TimelineKind.STEPPED_DOWN:
        return `${child} stepped down from ${level(row.data.from)} to ${level(row.data.to)}${why}.`;
      default: {
        const sub = row.data.closureSubReason ? `, ${codeWords(row.data.closureSubReason)}` : '';
        return `${child}'s episode closed (${row.data.closureReason}${sub})${why}.`;
      }
    }
  },
};
