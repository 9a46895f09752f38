import type { MigrationInterface, QueryRunner } from 'typeorm';

const QUESTION_TYPES = `'nps', 'touchpoints', 'csat', 'ces', 'single_choice', 'multiple_choice',
  'short_text', 'long_text', 'rating'`;

// key, label ja, label en
const TOUCHPOINTS: Array<[string, string, string]> = [
  ['online_ads', 'オンライン広告', 'Online ads'],
  ['word_of_mouth', '口コミ・レビュー', 'Word of mouth and reviews'],
  ['website', '商品サイト', 'Product website'],
  ['product_description', '商品説明', 'Product description'],
  ['ordering', '注文手続き', 'Ordering'],
  ['follow_up_mail', '購入後のメール', 'Mail after purchase'],
  ['community', 'コミュニティ', 'The community'],
  ['events', 'イベント', 'Events'],
];

/**
 * Surveys. A survey is drafted with its questions, then published with an opening date; its
 * audience is asked once when it opens (or, for an event's attendees, some hours after the event
 * ends), and only members asked may answer. `survey_asks` is the fatigue rule's clock: one row
 * per member, moved forward only by a statement that also checks it, so two surveys going out at
 * once cannot both ask the same member within the fatigue window.
 *
 * A response is one per member and survey when answered in the community (editable until the
 * survey closes, saved partially before it is submitted), or one per customer and answer time
 * when imported. Only submitted responses count. Its NPS score and class are kept on the
 * response for trends and for each member's latest attitude (`member_nps_latest`, the view other
 * modules read).
 */
export class Surveys1764700000000 implements MigrationInterface {
  name = 'Surveys1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE survey_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        fatigue_days integer NOT NULL DEFAULT 30 CHECK (fatigue_days BETWEEN 0 AND 365),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO survey_settings DEFAULT VALUES`);

    await q.query(`
      CREATE TABLE survey_touchpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
        label_ja text NOT NULL CHECK (length(label_ja) BETWEEN 1 AND 100),
        label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 100),
        position integer NOT NULL DEFAULT 0,
        archived boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    for (const [i, [key, ja, en]] of TOUCHPOINTS.entries())
      await q.query(
        `INSERT INTO survey_touchpoints (key, label_ja, label_en, position) VALUES ($1, $2, $3, $4)`,
        [key, ja, en, i],
      );

    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_ja text NOT NULL CHECK (length(title_ja) BETWEEN 1 AND 200),
        title_en text NOT NULL DEFAULT '' CHECK (length(title_en) <= 200),
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        template text CHECK (template IN ('nps_touchpoints', 'post_event_csat', 'ces_support')),
        audience_kind text NOT NULL DEFAULT 'all'
          CHECK (audience_kind IN ('all', 'rank', 'roles', 'event_attendees', 'segment')),
        audience_min_rank_position integer CHECK (audience_min_rank_position >= 1),
        audience_roles text[],
        audience_event_id uuid REFERENCES events(id) ON DELETE SET NULL,
        audience_segment text,
        hours_after_event integer NOT NULL DEFAULT 2 CHECK (hours_after_event BETWEEN 0 AND 336),
        anonymous boolean NOT NULL DEFAULT false,
        response_cap integer CHECK (response_cap >= 1),
        -- Submitted in-app responses, kept under the cap by the statement that counts one.
        response_count integer NOT NULL DEFAULT 0 CHECK (response_count >= 0),
        -- Imported responses: they count in results, never against the cap.
        imported_count integer NOT NULL DEFAULT 0 CHECK (imported_count >= 0),
        published_at timestamptz(3),
        opens_at timestamptz(3),
        closes_at timestamptz(3),
        closed_at timestamptz(3),
        -- When the audience was asked: set once, by the sweep that asks it.
        invited_at timestamptz(3),
        invited_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at),
        CHECK (published_at IS NULL OR opens_at IS NOT NULL),
        CHECK (response_cap IS NULL OR response_count <= response_cap)
      )`);
    await q.query(
      `CREATE INDEX surveys_due ON surveys (opens_at) WHERE published_at IS NOT NULL AND invited_at IS NULL`,
    );
    await q.query(`CREATE INDEX surveys_by_event ON surveys (audience_event_id)`);

    await q.query(`
      CREATE TABLE survey_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        position integer NOT NULL,
        type text NOT NULL CHECK (type IN (${QUESTION_TYPES})),
        required boolean NOT NULL DEFAULT true,
        prompt_ja text NOT NULL CHECK (length(prompt_ja) BETWEEN 1 AND 500),
        prompt_en text NOT NULL DEFAULT '' CHECK (length(prompt_en) <= 500),
        -- NPS: ask "why?" under the score.
        with_reason boolean NOT NULL DEFAULT false,
        -- Choices: [{key, labelJa, labelEn}]; touchpoints: the touchpoint ids asked, in order.
        choices jsonb NOT NULL DEFAULT '[]',
        touchpoint_ids uuid[] NOT NULL DEFAULT '{}',
        UNIQUE (survey_id, position)
      )`);

    await q.query(`
      CREATE TABLE survey_asks (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        last_asked_at timestamptz(3) NOT NULL
      )`);

    await q.query(`
      CREATE TABLE survey_recipients (
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        invited_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (survey_id, member_id)
      )`);
    await q.query(`CREATE INDEX survey_recipients_by_member ON survey_recipients (member_id)`);

    await q.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        member_id uuid REFERENCES members(id) ON DELETE SET NULL,
        source text NOT NULL DEFAULT 'in_app' CHECK (source IN ('in_app', 'import')),
        submitted boolean NOT NULL DEFAULT false,
        -- When it was answered: the first submission in the community, the file's time on import.
        answered_at timestamptz(3),
        nps_score smallint CHECK (nps_score BETWEEN 0 AND 10),
        nps_class text CHECK (nps_class IN ('promoter', 'passive', 'detractor')),
        -- Imported rows: who the brand's system says answered.
        customer_id text,
        email text,
        import_key text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (submitted = (answered_at IS NOT NULL)),
        CHECK (source = 'import' OR member_id IS NOT NULL OR submitted),
        CHECK ((nps_score IS NULL) = (nps_class IS NULL))
      )`);
    // A member's submitted answers outlive them (member_id set null); their unsent ones do not,
    // which the check above would refuse otherwise.
    await q.query(`
      CREATE FUNCTION survey_responses_drop_partial() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM survey_responses
         WHERE member_id = OLD.id AND source = 'in_app' AND NOT submitted;
        RETURN OLD;
      END $$`);
    await q.query(`
      CREATE TRIGGER members_drop_partial_survey_responses BEFORE DELETE ON members
        FOR EACH ROW EXECUTE FUNCTION survey_responses_drop_partial()`);
    await q.query(
      `CREATE UNIQUE INDEX survey_responses_once ON survey_responses (survey_id, member_id)
        WHERE source = 'in_app'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX survey_responses_imported_once ON survey_responses (survey_id, import_key)
        WHERE source = 'import'`,
    );
    await q.query(
      `CREATE INDEX survey_responses_results ON survey_responses (survey_id, answered_at)
        WHERE submitted`,
    );
    await q.query(
      `CREATE INDEX survey_responses_member_nps ON survey_responses (member_id, answered_at DESC)
        WHERE submitted AND nps_score IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX survey_responses_unmatched_email ON survey_responses (lower(email))
        WHERE member_id IS NULL AND email IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE survey_answers (
        response_id uuid NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        score smallint,
        choice_keys text[],
        text text,
        PRIMARY KEY (response_id, question_id)
      )`);
    await q.query(`
      CREATE TABLE survey_touchpoint_answers (
        response_id uuid NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        touchpoint_id uuid NOT NULL REFERENCES survey_touchpoints(id),
        -- null: not applicable.
        influence smallint CHECK (influence BETWEEN -3 AND 3),
        PRIMARY KEY (response_id, question_id, touchpoint_id)
      )`);

    // Identified attitude only: anonymous surveys never say who answered what.
    await q.query(`
      CREATE VIEW member_nps_latest AS
        SELECT DISTINCT ON (r.member_id) r.member_id, r.nps_score, r.nps_class, r.answered_at
          FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
         WHERE r.submitted AND r.nps_score IS NOT NULL AND r.member_id IS NOT NULL
           AND NOT s.anonymous
         ORDER BY r.member_id, r.answered_at DESC, r.id`);

    await q.query(
      `INSERT INTO point_rules (key, points, daily_cap, once, position)
       VALUES ('survey_answered', 10, NULL, false, 13)
       ON CONFLICT (key) DO NOTHING`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM point_rules WHERE key = 'survey_answered'`);
    await q.query(`
      DELETE FROM member_stats_activities c USING member_activity a
       WHERE c.activity_id = a.id AND a.subject_type = 'survey'`);
    await q.query(`DELETE FROM member_activity WHERE subject_type = 'survey'`);
    await q.query(`DROP VIEW member_nps_latest`);
    await q.query(`DROP TABLE survey_touchpoint_answers`);
    await q.query(`DROP TABLE survey_answers`);
    await q.query(`DROP TRIGGER members_drop_partial_survey_responses ON members`);
    await q.query(`DROP FUNCTION survey_responses_drop_partial()`);
    await q.query(`DROP TABLE survey_responses`);
    await q.query(`DROP TABLE survey_recipients`);
    await q.query(`DROP TABLE survey_asks`);
    await q.query(`DROP TABLE survey_questions`);
    await q.query(`DROP TABLE surveys`);
    await q.query(`DROP TABLE survey_touchpoints`);
    await q.query(`DROP TABLE survey_settings`);
  }
}
