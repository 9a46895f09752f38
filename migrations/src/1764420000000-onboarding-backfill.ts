import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The onboarding mission came after many members had already posted, commented and reacted:
 * asks, through the outbox, for the `missions.backfill` job, which counts for it what members
 * did before (from the activity stream). Missions made or reshaped later ask for it themselves.
 */
export class OnboardingBackfill1764420000000 implements MigrationInterface {
  name = 'OnboardingBackfill1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO outbox (event, payload, consumers, pending)
      SELECT 'job.requested',
             jsonb_build_object('name', 'missions.backfill',
                                'data', jsonb_build_object('missionId', id)),
             '{jobs}', '{jobs}'
        FROM missions WHERE kind = 'onboarding' AND archived_at IS NULL`);
  }

  async down(): Promise<void> {
    // Counted progress stays: it is what members did.
  }
}
