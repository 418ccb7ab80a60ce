import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a meeting takes place (a room, an address, "Microsoft Teams"): invitations carry it. Null for meetings scheduled before. */
export class AddMeetingVenue1764000000240 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting ADD COLUMN venue text`);
    await q.query(`ALTER TABLE meeting ADD CONSTRAINT meeting_venue_not_blank CHECK (venue IS NULL OR length(btrim(venue)) BETWEEN 1 AND 300)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting DROP COLUMN venue`);
  }
}
