import { TimelineKind } from '../timeline-kind';
import { TimelineRow } from '../timeline-source';
import { coworkSource } from './cowork.source';

const row = (data: Record<string, unknown>, personIds: string[] = []): TimelineRow => ({
  kind: TimelineKind.COWORK,
  entry_id: 'cowork:1',
  occurred_on: '2026-02-03',
  recorded_at: '2026-02-03T10:00:00Z',
  actor_user_id: 'u1',
  person_ids: personIds,
  data: { specialist: 'Jo Reid', minutes: 90, with: [], ...data },
});
const names: Record<string, string> = { g: 'Grace', d: 'Dean', a: 'Amara' };
const name = (id: unknown) => names[String(id)] ?? 'Someone';

describe('co-work on the timeline', () => {
  it('names the work, the specialist, who else took part and who was seen', () => {
    expect(coworkSource.summary(row({ coworkKind: 'JOINT_VISIT', with: ['Sam Patel'] }, ['g', 'a']), name, { freeText: true })).toBe(
      'Joint visit by Jo Reid with Sam Patel: saw Grace and Amara (90 min).',
    );
    expect(coworkSource.summary(row({ coworkKind: 'WORK_WITH_PERSON_CAUSING_HARM', minutes: 45 }, ['d']), name, { freeText: true })).toBe(
      'Work with person causing harm by Jo Reid: saw Dean (45 min).',
    );
  });

  it('lists three or more with commas, and says nothing of who was seen when nobody was', () => {
    expect(coworkSource.summary(row({ coworkKind: 'CASE_DISCUSSION', with: ['A Ahmed', 'B Brown', 'Police'] }), name, { freeText: true })).toBe(
      'Case discussion by Jo Reid with A Ahmed, B Brown and Police (90 min).',
    );
  });

  it('someone the caller may not see is not named', () => {
    expect(coworkSource.summary(row({ coworkKind: 'SAFETY_PLANNING' }, ['hidden', 'a']), name, { freeText: true })).toBe(
      'Safety planning by Jo Reid: saw Someone and Amara (90 min).',
    );
  });
});
