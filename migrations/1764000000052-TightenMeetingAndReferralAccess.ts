import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Columns the access rules need on the record itself (so they stay simple conditions, in SQL too):
 * an action's subject's role in scope (its text is hidden from those working with the person causing
 * harm when it is about the adult victim), and a referral's service type (perpetrator workers see
 * referrals to perpetrator programmes, not to a partner-support service their agency also runs).
 * And a MARAC referral listed on a MARAC that was then cancelled can be listed again, so "listed
 * once" is checked against meetings that were not cancelled, by the service, not by a unique index.
 * A job may notify one person about several records (the morning chase of two overdue actions
 * owned by one person): a notification is once per job, recipient and subject, not per job and recipient.
 */
export class TightenMeetingAndReferralAccess1764000000052 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_action ADD COLUMN subject_scope_role text`);
    await q.query(`
      UPDATE meeting_action a SET subject_scope_role = p.scope_role
        FROM agenda_item_person p WHERE p.agenda_item_id = a.agenda_item_id AND p.person_id = a.subject_person_id`);
    await q.query(`ALTER TABLE meeting_action ALTER COLUMN subject_scope_role SET NOT NULL`);
    await q.query(`ALTER TABLE referral ADD COLUMN service_type text`);
    await q.query(`UPDATE referral r SET service_type = s.type FROM service s WHERE s.id = r.service_id`);
    await q.query(`ALTER TABLE referral ALTER COLUMN service_type SET NOT NULL`);
    await q.query(`CREATE INDEX referral_to_agency_type_idx ON referral (to_agency_id, service_type)`);
    await q.query(`DROP INDEX agenda_item_marac_referral_key`);
    await q.query(`CREATE INDEX agenda_item_marac_referral_idx ON agenda_item (marac_referral_id) WHERE marac_referral_id IS NOT NULL`);
    await q.query(`DROP INDEX notification_job_recipient_key`);
    await q.query(`
      CREATE UNIQUE INDEX notification_job_recipient_subject_key ON notification (source_job_id, recipient_user_id, coalesce(subject_type, ''), coalesce(subject_id, ''))
       WHERE source_job_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_job_recipient_subject_key`);
    await q.query(`CREATE UNIQUE INDEX notification_job_recipient_key ON notification (source_job_id, recipient_user_id) WHERE source_job_id IS NOT NULL`);
    await q.query(`DROP INDEX agenda_item_marac_referral_idx`);
    await q.query(`CREATE UNIQUE INDEX agenda_item_marac_referral_key ON agenda_item (marac_referral_id) WHERE marac_referral_id IS NOT NULL`);
    await q.query(`DROP INDEX referral_to_agency_type_idx`);
    await q.query(`ALTER TABLE referral DROP COLUMN service_type`);
    await q.query(`ALTER TABLE meeting_action DROP COLUMN subject_scope_role`);
  }
}
