import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joins referrals and meetings, which were built side by side: a referral made at a meeting names
 * it, and a MARAC agenda item names the MARAC referral it comes from (each referral is listed once).
 */
export class LinkReferralsToMeetings1764000000051 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral ADD CONSTRAINT referral_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id)`);
    await q.query(`CREATE INDEX referral_meeting_idx ON referral (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_marac_referral_fk FOREIGN KEY (marac_referral_id) REFERENCES referral (id)`);
    await q.query(`CREATE UNIQUE INDEX agenda_item_marac_referral_key ON agenda_item (marac_referral_id) WHERE marac_referral_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agenda_item_marac_referral_key`);
    await q.query(`ALTER TABLE agenda_item DROP CONSTRAINT agenda_item_marac_referral_fk`);
    await q.query(`DROP INDEX referral_meeting_idx`);
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_meeting_fk`);
  }
}
