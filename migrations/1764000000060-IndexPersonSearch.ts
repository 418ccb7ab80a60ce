import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Find a person or family" matches a given name or a family name on its own (the whole name and
 * aliases already have indexes from 1764000000010), an exact date of birth and a postcode area: an
 * index for each, so that each criterion is an index scan the caller's access conditions then narrow.
 * The name expressions are the search's own exactly (person_name_key, the duplicate check's normaliser).
 */
export class IndexPersonSearch1764000000060 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX person_given_name_key_idx ON person (person_name_key(given_name)) WHERE merged_into_id IS NULL`);
    await q.query(`CREATE INDEX person_family_name_key_idx ON person (person_name_key(family_name)) WHERE merged_into_id IS NULL`);
    await q.query(`CREATE INDEX person_birth_date_idx ON person ((coalesce(date_of_birth, expected_date_of_birth))) WHERE merged_into_id IS NULL`);
    await q.query(`CREATE INDEX person_postcode_area_idx ON person (postcode_area) WHERE merged_into_id IS NULL AND postcode_area IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX person_postcode_area_idx, person_birth_date_idx, person_family_name_key_idx, person_given_name_key_idx`);
  }
}
