import { MigrationInterface, QueryRunner } from 'typeorm';

// Accents folded by hand rather than with the unaccent extension, which the embedded database
// does not load and a managed PostgreSQL may not allow. Upper-case letters map straight to
// lower-case ones because lower() leaves non-ASCII letters alone under the C locale.
const ACCENTED =
  'ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšȘșŢţȚțŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž';
const PLAIN =
  'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkkllllllllllnnnnnnnnoooooooooooooooooorrrrrrssssssssssttttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz';
const LIGATURES: Array<[string, string]> = [
  ['ß', 'ss'],
  ['Æ', 'ae'],
  ['æ', 'ae'],
  ['Œ', 'oe'],
  ['œ', 'oe'],
];

/** SQL for the comparable form of a name: accents folded, lower-case, spaces and punctuation removed. */
function nameKey(value: string): string {
  const unligatured = LIGATURES.reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, value);
  return `regexp_replace(lower(translate(${unligatured}, '${ACCENTED}', '${PLAIN}')), '[[:space:][:punct:]’‘´ʼ‐–—]+', '', 'g')`;
}

/**
 * Duplicate checks and merging of person records: the normalised-name functions and indexes the
 * matching query uses, a postcode area to match on, and the link from a merged record to the one kept.
 */
export class AddPersonMergeAndPostcode1764000000010 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD COLUMN postcode_area text CHECK (postcode_area ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$')`);
    await q.query(`ALTER TABLE person ADD COLUMN merged_into_id uuid REFERENCES person (id) CHECK (merged_into_id <> id)`);
    await q.query(`CREATE INDEX person_merged_into_idx ON person (merged_into_id) WHERE merged_into_id IS NOT NULL`);

    // Self-contained (no calls to other project functions) so that index rebuilds and restores
    // never depend on the search path.
    await q.query(`
      CREATE FUNCTION person_name_key(name text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT ${nameKey('$1')} $$`);
    await q.query(`
      CREATE FUNCTION person_alias_keys(aliases text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(k), '{}') FROM (SELECT ${nameKey('a')} AS k FROM unnest($1) AS a) keys WHERE k <> '' $$`);

    await q.query(`CREATE INDEX person_name_key_idx ON person (person_name_key(given_name || ' ' || family_name)) WHERE merged_into_id IS NULL`);
    await q.query(`CREATE INDEX person_alias_keys_idx ON person USING gin (person_alias_keys(aliases)) WHERE merged_into_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX person_alias_keys_idx, person_name_key_idx, person_merged_into_idx`);
    await q.query(`DROP FUNCTION person_alias_keys(text[]), person_name_key(text)`);
    await q.query(`ALTER TABLE person DROP COLUMN merged_into_id, DROP COLUMN postcode_area`);
  }
}
