import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The surveys module offers its identified NPS answers to set-based SQL (the customers module's
 * analysis as of a date reads every one up to that date): submitted answers with a score, from
 * surveys that are not anonymous, in the community or imported, with who gave them (the member,
 * and for imported ones the brand's customer id and the e-mail as imports fold it), and when
 * each was last changed (so a reader can tell its data changed). Like the
 * other module read views, other repositories read this view, never the tables behind it.
 */
export class SurveyNpsAnswersView1764800000010 implements MigrationInterface {
  name = 'SurveyNpsAnswersView1764800000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW survey_nps_answers AS
        SELECT r.id, r.survey_id, r.member_id, r.customer_id, r.email, r.nps_score, r.nps_class,
               r.answered_at, r.source = 'import' AS imported, r.updated_at
          FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
         WHERE r.submitted AND r.nps_score IS NOT NULL AND NOT s.anonymous`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW survey_nps_answers`);
  }
}
