import { asSubject, canReadField, prepareChecks, READ_RESTRICTED, SubjectType } from '@waymark/access';
import { EntityManager } from 'typeorm';
import { PackReader } from './pack-document';

/**
 * The reader's rules, asked the way the API asks them for a screen: rows the reader may not read are
 * left out, restricted fields it may not read are withheld. Records carry the fields the rules test
 * (ids, meetingId, familyId, organisingAgencyId, subjectScopeRole …), named as the entities name them.
 */
export async function readableBy<T extends object>(reader: PackReader, subject: SubjectType, rows: T[], manager: EntityManager): Promise<T[]> {
  await prepareChecks(reader.ability, subject, rows, ['read', READ_RESTRICTED], manager);
  return rows.filter((row) => reader.ability.can('read', asSubject(subject, row)));
}

/** Whether the reader sees this restricted field of a row already found readable (readableBy prepared it). */
export function shows(reader: PackReader, subject: SubjectType, row: object, field: string): boolean {
  return canReadField(reader.ability, subject, row, field);
}
