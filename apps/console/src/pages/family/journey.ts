import type { FamilyJourneyQuery, FamilyRecordQuery, InterventionLevel } from '../../gql/graphql';
import { humanise } from '../../components/display';

/**
 * The family journey as plain facts, shared by the chart and the table beside it so both always say
 * the same thing: per child, bars (a level held from one date to another), and dated marks for
 * step-ups, step-downs, closures and re-openings; for the family, separations, reconciliations,
 * incidents and MARACs.
 */
type Journey = FamilyJourneyQuery['family'];
type Record = FamilyRecordQuery['family'];

export type MarkKind = 'OPENED' | 'REOPENED' | 'STEP_UP' | 'STEP_DOWN' | 'CLOSED' | 'SEPARATED' | 'RECONCILED' | 'INCIDENT' | 'MARAC';

export interface JourneyBar {
  key: string;
  level: InterventionLevel;
  from: string;
  /** Null while the episode is still open at this level. */
  to: string | null;
}

export interface JourneyMark {
  key: string;
  kind: MarkKind;
  date: string;
  /** The child the mark is about, or null for a family event. */
  childId: string | null;
  /** What happened, in words (the table's and the tooltip's text). */
  label: string;
}

export interface ChildLane {
  childId: string;
  name: string;
  bars: JourneyBar[];
  marks: JourneyMark[];
}

export interface JourneyFacts {
  lanes: ChildLane[];
  familyMarks: JourneyMark[];
  /** Every mark, oldest first, for the table. */
  allMarks: JourneyMark[];
  start: string;
  end: string;
}

export const LEVEL_LABELS: Partial<{ [level in InterventionLevel]: { short: string; long: string } }> = {
  NONE: { short: 'None', long: 'No involvement' },
  UNIVERSAL: { short: 'Univ', long: 'Universal services' },
  EARLY_HELP: { short: 'EH', long: 'Early Help' },
  CIN: { short: 'CIN', long: 'Child in Need' },
  CP_PLAN: { short: 'CP', long: 'Child Protection plan' },
  LAC: { short: 'Care', long: 'Looked after (in care)' },
};

export const levelName = (level: InterventionLevel) => LEVEL_LABELS[level]?.long ?? humanise(level);

export type PersonNames = Map<string, string>;

export function personNames(record: Record | undefined): PersonNames {
  const names: PersonNames = new Map();
  for (const member of record?.members ?? []) if (member.person) names.set(member.person.id, `${member.person.givenName} ${member.person.familyName}`);
  return names;
}

export const nameOf = (names: PersonNames, id: string | null | undefined) => (id ? (names.get(id) ?? 'Someone you may not see') : 'Not recorded');

const CLOSURE_SUB_REASONS: { [code: string]: string } = {
  PARENTS_SEPARATED: 'parents separated',
  PERSON_CAUSING_HARM_LEFT: 'person causing harm left',
  FAMILY_MOVED: 'family moved',
  FAMILY_DISENGAGED: 'family disengaged',
  OTHER: 'other',
};

const INCIDENT_WORDS: { [kind: string]: string } = {
  POLICE_DA_NOTIFICATION: 'police domestic abuse notification',
  OTHER_REPORTED_INCIDENT: 'other reported incident',
};

export function journeyFacts(journey: Journey, record: Record | undefined, today: string): JourneyFacts {
  const names = personNames(record);
  const byChild = new Map<string, ChildLane>();
  const lane = (childId: string) => {
    let found = byChild.get(childId);
    if (!found) byChild.set(childId, (found = { childId, name: nameOf(names, childId), bars: [], marks: [] }));
    return found;
  };
  for (const member of record?.members ?? []) if (member.kind === 'CHILD' && member.person) lane(member.person.id);

  const episodes = [...journey.episodes].sort((a, b) => a.openedOn.localeCompare(b.openedOn));
  const closedBefore = new Set<string>();
  for (const episode of episodes) {
    const child = lane(episode.childId);
    const steps = [...episode.transitions].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
    const levelChanges = steps.filter((step) => step.kind !== 'CLOSE');
    levelChanges.forEach((step, index) => {
      const next = levelChanges[index + 1]?.occurredOn ?? episode.closedOn ?? null;
      child.bars.push({ key: step.id, level: step.toLevel, from: step.occurredOn, to: next });
    });
    if (!levelChanges.length) child.bars.push({ key: episode.id, level: episode.level, from: episode.openedOn, to: episode.closedOn });
    for (const step of steps) {
      const reason = step.reason ? `: ${step.reason}` : '';
      if (step.kind === 'OPEN') {
        const reopened = closedBefore.has(episode.childId);
        child.marks.push({
          key: step.id,
          kind: reopened ? 'REOPENED' : 'OPENED',
          date: step.occurredOn,
          childId: episode.childId,
          label: `${reopened ? 'Re-opened' : 'Opened'} at ${levelName(step.toLevel)}${reason}`,
        });
      } else if (step.kind === 'STEP_UP' || step.kind === 'STEP_DOWN') {
        child.marks.push({
          key: step.id,
          kind: step.kind,
          date: step.occurredOn,
          childId: episode.childId,
          label: `${step.kind === 'STEP_UP' ? 'Stepped up' : 'Stepped down'} from ${levelName(step.fromLevel)} to ${levelName(step.toLevel)}${reason}`,
        });
      }
    }
    if (episode.closedOn) {
      closedBefore.add(episode.childId);
      const why = [episode.closureReason, episode.closureSubReason ? CLOSURE_SUB_REASONS[episode.closureSubReason] : null].filter(Boolean).join(', ');
      child.marks.push({
        key: `${episode.id}-closed`,
        kind: 'CLOSED',
        date: episode.closedOn,
        childId: episode.childId,
        label: `Closed at ${levelName(episode.level)}${why ? ` (${why})` : ''}`,
      });
    }
  }

  const familyMarks: JourneyMark[] = [];
  for (const relationship of record?.relationships ?? []) {
    const couple = `${nameOf(names, relationship.personId)} and ${nameOf(names, relationship.relatedPersonId)}`;
    for (const event of relationship.statusHistory) {
      if (event.status === 'SEPARATED') {
        const left = event.leftHouseholdPersonId ? `; ${nameOf(names, event.leftHouseholdPersonId)} left the household` : '';
        familyMarks.push({ key: event.id, kind: 'SEPARATED', date: event.occurredOn, childId: null, label: `Separation: ${couple}${left}` });
      } else if (event.status === 'RECONCILED') {
        familyMarks.push({ key: event.id, kind: 'RECONCILED', date: event.occurredOn, childId: null, label: `Reconciliation: ${couple}` });
      }
    }
  }
  for (const incident of journey.incidents) {
    familyMarks.push({
      key: incident.id,
      kind: 'INCIDENT',
      date: incident.occurredOn,
      childId: null,
      label: `Incident: ${INCIDENT_WORDS[incident.kind] ?? humanise(incident.kind).toLowerCase()}`,
    });
  }
  for (const item of journey.meetingItems) {
    if (item.meeting.type !== 'MARAC' || item.meeting.status === 'CANCELLED') continue;
    familyMarks.push({ key: item.id, kind: 'MARAC', date: item.meeting.startsAt.slice(0, 10), childId: null, label: `MARAC: ${item.meeting.title}` });
  }

  const lanes = [...byChild.values()];
  for (const child of lanes) child.marks.sort((a, b) => a.date.localeCompare(b.date));
  familyMarks.sort((a, b) => a.date.localeCompare(b.date));
  const allMarks = [...lanes.flatMap((child) => child.marks), ...familyMarks].sort((a, b) => a.date.localeCompare(b.date));
  const dates = [...allMarks.map((mark) => mark.date), ...lanes.flatMap((child) => child.bars.map((bar) => bar.from))];
  const start = dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : today;
  return { lanes, familyMarks, allMarks, start, end: today };
}
