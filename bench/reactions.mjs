// Reactions written through the api beside a bare handler: 50 connections, each a distinct
// member, toggling a reaction on posts (add, take back, add again …) through GraphQL
// `setReaction`, then a bare node:http + pg server making the same writes in the same
// statements and transactions on a pool of the same size (20): the request's (reaction, the
// post's counter, the activities and their outbox rows: one statement when added, a transaction
// when taken back), and after the answer the delivery's transaction (counters,
// awards, ledger, balances and ranks, period totals with the leaderboards' triggers, the author's
// grouped notification, the outbox rows settled). Both are driven by the same load generator in a
// worker thread; the ratio of their rates is the figure that matters (absolute rates drift with
// the machine's load), both of answers and of requests whose deliveries were made, counted until
// the last delivery (the api answers before it delivers). Afterwards the api's work is
// checked: every post's counter equals its reaction rows, and each standing reaction has exactly
// one standing award on each side, with ledger rows that add up to it.
//
//   npm run bench:reactions
//   BENCH_POSTS=500 BENCH_SECONDS=20 npm run bench:reactions
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { client, inWorker, measure } from './support/load.mjs';

process.env.NODE_ENV ??= 'production';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const POSTS = Number(process.env.BENCH_POSTS ?? 200);
const AUTHORS = 10;

const SET = `mutation SetReaction($input: SetReactionInput!) {
  setReaction(input: $input) { targetId targetType reactions { kind emoji count viewerReacted } } }`;

/**
 * The load generator: one loop per member, each request toggling that member's reaction on the
 * next of the posts (so about half the requests add and half take back), for SECONDS after a
 * warm-up.
 */
async function drive({ url, members, posts, seconds, bare }) {
  const { post, close } = client(url, CONNECTIONS);
  const state = members.map(() => new Map());
  const next = members.map((_, i) => (i * 7) % posts.length);
  const result = await measure(members.length, seconds, async (i) => {
    const postId = posts[next[i]++ % posts.length];
    const active = !state[i].get(postId);
    const member = members[i];
    const body = bare
      ? { postId, active }
      : {
          operationName: 'SetReaction',
          query: SET,
          variables: { input: { targetType: 'POST', targetId: postId, kind: 'like', active } },
        };
    await post(JSON.stringify(body), {
      cookie: member.cookie,
      [member.csrfHeader]: member.csrf,
      'x-member': member.id,
    });
    state[i].set(postId, active);
  });
  close();
  return result;
}

/**
 * Every statement PostgreSQL receives while `work` runs and its events are delivered,
 * transaction control included; delivery transactions that claimed nothing (the dispatcher's
 * timer) and the "anything left?" checks of `idle` are left out.
 */
async function statementsOf(work, settle) {
  const byClient = new Map();
  const all = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values, cb) {
    const text = (typeof config === 'string' ? config : config?.text) ?? '';
    const sql = text.replace(/\s+/g, ' ').trim();
    let tx = byClient.get(this);
    if (!tx) {
      tx = { statements: [] };
      all.push(tx);
      if (/^(START TRANSACTION|BEGIN)/i.test(sql)) byClient.set(this, tx);
    }
    tx.statements.push(sql);
    if (/^(COMMIT|ROLLBACK)$/i.test(sql)) byClient.delete(this);
    const result = original.call(this, config, values, cb);
    if (/FOR UPDATE SKIP LOCKED/.test(sql) && result?.then)
      result.then(
        (r) => r.rowCount === 0 && (tx.idle = true),
        () => undefined,
      );
    return result;
  };
  try {
    await work();
    await settle();
  } finally {
    pg.Client.prototype.query = original;
  }
  return all
    .filter((tx) => !tx.idle)
    .flatMap((tx) => tx.statements)
    .filter((s) => !s.startsWith('SELECT EXISTS (SELECT 1 FROM outbox'));
}

/** `work` in one transaction on a client of `pool`. */
async function transaction(pool, work) {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await work(c);
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}

/**
 * The bare handler: the api's writes, hand-written, in the same statements and transactions
 * (the request's, then after the answer the delivery's), on a pool of the same size.
 */
function bareServer(pool, pending) {
  const viewers = new Map();
  const deliver = async (memberId, post, changed, events) => {
    await transaction(pool, async (c) => {
      await c.query(`SELECT set_config('synchronous_commit', 'off', true)`);
      const given = `reaction:post:${post.id}`;
      const received = `reaction:post:${post.id}:${memberId}`;
      await c.query(
        `WITH counted AS (
         UPDATE member_stats SET
           reactions_given = reactions_given + CASE WHEN member_id = $1 THEN $3 ELSE 0 END,
           reactions_received = reactions_received + CASE WHEN member_id = $2 THEN $3 ELSE 0 END,
           balance = balance + $3, lifetime = lifetime + greatest($3, 0), updated_at = now(),
           rank_position = coalesce(
             (SELECT max(r.position) FROM ranks r
               WHERE lifetime + greatest($3, 0) >= r.threshold AND active_days >= r.min_active_days
                 AND best_answers >= r.min_best_answers), 1)
         WHERE member_id IN ($1, $2) RETURNING 1),
       awards AS (
         INSERT INTO point_awards AS a (member_id, rule, source, points, active, generation)
         VALUES ($1, 'reaction_given', $4, 1, $3 > 0, 1), ($2, 'reaction_received', $5, 1, $3 > 0, 1)
         ON CONFLICT (member_id, rule, source) DO UPDATE
           SET active = EXCLUDED.active, generation = a.generation + 1
         RETURNING member_id, rule, source, generation),
       ledger AS (
         INSERT INTO point_ledger (member_id, rule, source, entry, points, day)
         SELECT member_id, rule, source,
                CASE WHEN $3 > 0 THEN 'award:' ELSE 'reversal:' END || generation, $3, current_date
           FROM awards
         RETURNING member_id, points)
       INSERT INTO period_points (period, member_id, points)
       SELECT p, member_id, points FROM ledger,
              unnest(ARRAY['all', 'week:' || to_char(date_trunc('week', current_date), 'YYYY-MM-DD'),
                           'month:' || to_char(current_date, 'YYYY-MM')]) AS p
       ON CONFLICT (period, member_id) DO UPDATE SET points = period_points.points + EXCLUDED.points`,
        [memberId, post.author_id, changed, given, received],
      );
      if (changed > 0)
        await c.query(
          `WITH n AS (
           INSERT INTO notifications AS o (member_id, kind, dedupe_key, post_id, subject_type,
                                           subject_id, actor_count)
           VALUES ($1, 'reactions', $4, $2, 'post', $5, 1)
           ON CONFLICT (member_id, dedupe_key) DO UPDATE SET actor_count = o.actor_count + 1
           RETURNING o.id)
         INSERT INTO notification_actors (notification_id, actor_id)
         SELECT id, $3 FROM n ON CONFLICT DO NOTHING`,
          [post.author_id, post.id, memberId, `reactions:post:${post.id}`, post.id],
        );
      await c.query(
        `UPDATE outbox SET pending = '{}', delivered_at = clock_timestamp()
        WHERE id = ANY($1::bigint[])`,
        [events],
      );
    });
  };
  return createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    try {
      const { postId, active } = JSON.parse(Buffer.concat(chunks).toString());
      const memberId = req.headers['x-member'];
      // The member as their session holds them: read once, as the api keeps sessions.
      let viewer = viewers.get(memberId);
      if (!viewer) {
        [viewer] = (
          await pool.query(
            `SELECT m.id, m.role, m.status, coalesce(r.rank_position, 1) AS rank
               FROM members m LEFT JOIN points_ranks r ON r.member_id = m.id WHERE m.id = $1`,
            [memberId],
          )
        ).rows;
        viewers.set(memberId, viewer);
      }
      const [post] = (
        await pool.query(
          `SELECT id, author_id, space_id, hidden_at, deleted_at FROM posts WHERE id = $1`,
          [postId],
        )
      ).rows;
      if (!viewer || !post) throw new Error('not found');
      let changed = 0;
      const events = [];
      const payload = JSON.stringify({ memberId, postId });
      let summary;
      if (active) {
        // One statement: the reaction, its event, the counter, the activities with theirs and
        // the counts it leaves.
        const rows = (
          await pool.query(
            `WITH changed AS (
               INSERT INTO reactions (target_type, target_id, kind, member_id)
               VALUES ('post', $1, 'like', $2) ON CONFLICT DO NOTHING RETURNING kind, member_id),
             announced AS (
               INSERT INTO outbox (event, payload, consumers, pending)
               SELECT 'bare', $3::jsonb, '{bare}', '{bare}' FROM changed RETURNING id),
             counted AS (
               UPDATE posts SET reaction_count = greatest(reaction_count + 1, 0)
                WHERE id = $1 AND EXISTS (SELECT 1 FROM changed) RETURNING id),
             a AS (
               INSERT INTO member_activity AS a (member_id, action, subject_type, subject_id,
                                                 space_id, counterpart_id, occurred_at)
               SELECT * FROM (VALUES ($2::uuid, 'reaction_given', 'post', $1::uuid::text, $4::uuid,
                                      $5::uuid, now()),
                                     ($5::uuid, 'reaction_received', 'post', $1::uuid::text, $4::uuid,
                                      $2::uuid, now())) v
                WHERE EXISTS (SELECT 1 FROM counted)
               ON CONFLICT ON CONSTRAINT member_activity_once
                 DO UPDATE SET retracted_at = NULL WHERE a.retracted_at IS NOT NULL
               RETURNING a.id),
             a_announced AS (
               INSERT INTO outbox (event, payload, consumers, pending)
               SELECT 'bare', $3::jsonb, '{bare}', '{bare}' FROM a RETURNING id),
             standing AS (
               SELECT kind, member_id FROM reactions WHERE target_type = 'post' AND target_id = $1
               UNION ALL SELECT kind, member_id FROM changed)
             SELECT kind, count(*)::int AS count, bool_or(member_id = $2) AS mine,
                    (SELECT array_agg(id) FROM (SELECT id FROM announced
                                                UNION ALL SELECT id FROM a_announced) e) AS events
               FROM standing GROUP BY kind`,
            [postId, memberId, payload, post.space_id, post.author_id],
          )
        ).rows;
        events.push(...(rows[0]?.events ?? []));
        if (events.length) changed = 1;
        summary = rows.map(({ kind, count, mine }) => ({ kind, count, mine }));
      } else {
        // One statement, when no one changed the post while it waited for its row: the removal,
        // its event, the counter, the activities withdrawn with theirs and the counts it leaves.
        const rows = await pool
          .query(
            `WITH changed AS (
               DELETE FROM reactions WHERE target_type = 'post' AND target_id = $1
                 AND kind = 'like' AND member_id = $2 RETURNING kind, member_id),
             announced AS (
               INSERT INTO outbox (event, payload, consumers, pending)
               SELECT 'bare', $3::jsonb, '{bare}', '{bare}' FROM changed RETURNING id),
             counted AS (
               UPDATE posts SET reaction_count = greatest(reaction_count - 1, 0)
                WHERE id = $1 AND EXISTS (SELECT 1 FROM changed)
                  AND xmin = (SELECT xmin FROM posts WHERE id = $1) RETURNING id),
             a AS (
               UPDATE member_activity SET retracted_at = now()
                WHERE subject_type = 'post' AND subject_id = $1::uuid::text AND retracted_at IS NULL
                  AND ((action = 'reaction_given' AND member_id = $2)
                    OR (action = 'reaction_received' AND counterpart_id = $2))
                  AND EXISTS (SELECT 1 FROM counted)
                  AND NOT EXISTS (SELECT 1 FROM reactions WHERE target_type = 'post'
                                     AND target_id = $1 AND member_id = $2 AND kind <> 'like')
               RETURNING id),
             a_announced AS (
               INSERT INTO outbox (event, payload, consumers, pending)
               SELECT 'bare', $3::jsonb, '{bare}', '{bare}' FROM a RETURNING id),
             standing AS (
               SELECT kind, member_id FROM reactions WHERE target_type = 'post' AND target_id = $1
                  AND NOT (kind = 'like' AND member_id = $2 AND EXISTS (SELECT 1 FROM changed)))
             SELECT s.kind, count(*)::int AS count, bool_or(s.member_id = $2) AS mine,
                    (SELECT array_agg(id) FROM (SELECT id FROM announced
                                                UNION ALL SELECT id FROM a_announced) e) AS events
               FROM (SELECT retry_unless(NOT EXISTS (SELECT 1 FROM changed)
                                         OR EXISTS (SELECT 1 FROM counted))) ok
               LEFT JOIN standing s ON true GROUP BY s.kind`,
            [postId, memberId, payload],
          )
          .then(
            (r) => r.rows,
            (err) => {
              if (err.code !== '40001') throw err;
              return null;
            },
          );
        if (rows) {
          events.push(...(rows[0]?.events ?? []));
          if (events.length) changed = -1;
          summary = rows
            .filter((r) => r.kind !== null)
            .map(({ kind, count, mine }) => ({ kind, count, mine }));
        }
      }
      if (!active && !summary) {
        await transaction(pool, async (c) => {
          const rows = (
            await c.query(
              `WITH changed AS (
               DELETE FROM reactions WHERE target_type = 'post' AND target_id = $1
                 AND kind = 'like' AND member_id = $2 RETURNING 1),
             counted AS (
               UPDATE posts SET reaction_count = greatest(reaction_count - 1, 0)
                WHERE id = $1 AND EXISTS (SELECT 1 FROM changed) RETURNING id)
             INSERT INTO outbox (event, payload, consumers, pending)
             SELECT 'bare', $3::jsonb, '{bare}', '{bare}' FROM changed RETURNING id`,
              [postId, memberId, payload],
            )
          ).rows;
          events.push(...rows.map((r) => r.id));
          if (rows.length) {
            changed = -1;
            const activities = await c.query(
              `WITH a AS (
               UPDATE member_activity SET retracted_at = now()
                WHERE subject_type = 'post' AND subject_id = $2 AND retracted_at IS NULL
                  AND ((action = 'reaction_given' AND member_id = $1)
                    OR (action = 'reaction_received' AND counterpart_id = $1))
                  AND NOT EXISTS (SELECT 1 FROM reactions WHERE target_type = 'post'
                                     AND target_id = $4 AND member_id = $1)
               RETURNING id)
             INSERT INTO outbox (event, payload, consumers, pending)
             SELECT 'bare', $3::jsonb, '{bare}', '{bare}' FROM a RETURNING id`,
              [memberId, postId, payload, postId],
            );
            events.push(...activities.rows.map((r) => r.id));
          }
        });
        summary = (
          await pool.query(
            `SELECT kind, count(*)::int AS count, coalesce(bool_or(member_id = $2), false) AS mine
               FROM reactions WHERE target_type = 'post' AND target_id = $1 GROUP BY kind`,
            [postId, memberId],
          )
        ).rows;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(summary));
      if (changed) {
        // A failed delivery would leave the bare side with less work: the run is void.
        const job = deliver(memberId, post, changed, events).catch((err) => {
          console.error(err);
          process.exitCode = 1;
        });
        pending.add(job);
        job.finally(() => pending.delete(job));
      }
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
}

if (!isMainThread) {
  parentPort.postMessage(await drive(workerData));
} else {
  const { machine, startApi } = await import('./support/api.mjs');
  const load = (data) => inWorker(new URL(import.meta.url), data);

  const api = await startApi();
  const pool = new pg.Pool({ connectionString: api.databaseUrl, max: 20 });
  let bare = null;
  try {
    const { AuthService } = await import('../api/dist/modules/auth/auth.service.js');
    const { OutboxDispatcher } =
      await import('../api/dist/core/domain-events/outbox-dispatcher.js');
    const { SESSION_COOKIE, CSRF_COOKIE, CSRF_HEADER } = await import('@kizuna/shared');
    const dispatcher = api.app.get(OutboxDispatcher);

    const [{ id: spaceId }] = (
      await pool.query(
        `INSERT INTO spaces (slug, name_ja, name_en) VALUES ('bench', 'ベンチ', 'Bench') RETURNING id`,
      )
    ).rows;
    const people = (
      await pool.query(
        `INSERT INTO members (email, handle, display_name, password_hash)
         SELECT 'bench' || i || '@example.test', 'bench_' || i, 'ベンチ ' || i, 'x'
           FROM generate_series(1, $1) i ORDER BY i RETURNING id`,
        [CONNECTIONS + AUTHORS],
      )
    ).rows.map((r) => r.id);
    await pool.query(`INSERT INTO member_stats (member_id) SELECT unnest($1::uuid[])`, [people]);
    const reactors = people.slice(0, CONNECTIONS);
    const authors = people.slice(CONNECTIONS);
    // Two sets of posts by the same authors: one for the api, one for the bare handler.
    const posts = (
      await pool.query(
        `INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt,
                            search_text, search_grams)
         SELECT $1, ($2::uuid[])[1 + i % cardinality($2::uuid[])], 'talk', 'ベンチ ' || i,
                '本文', '<p>本文</p>', '本文', 'ベンチ 本文', '{}'
           FROM generate_series(1, $3) i ORDER BY i RETURNING id`,
        [spaceId, authors, 2 * POSTS],
      )
    ).rows.map((r) => r.id);
    const apiPosts = posts.slice(0, POSTS);
    const barePosts = posts.slice(POSTS);
    await pool.query(`VACUUM ANALYZE`);

    const csrf = 'bench-csrf-token-0123456789';
    const members = [];
    for (const id of reactors) {
      const { token } = await api.app
        .get(AuthService)
        .startSession(
          { id, role: 'member', status: 'active', locale: 'ja' },
          { ip: '127.0.0.1', userAgent: 'bench' },
        );
      members.push({
        id,
        csrf,
        csrfHeader: CSRF_HEADER,
        cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`,
      });
    }
    const graphql = `${api.url}/graphql`;
    const set = (member, postId, active) =>
      fetch(graphql, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: member.cookie,
          [CSRF_HEADER]: member.csrf,
        },
        body: JSON.stringify({
          query: SET,
          variables: { input: { targetType: 'POST', targetId: postId, kind: 'like', active } },
        }),
      }).then(async (r) => {
        const body = await r.json();
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      });

    // What one reaction costs, once the member's visit for the day and first reaction (an
    // onboarding step) are behind them, on a post by an author already seen: every statement
    // from the request until every consumer has handled its events.
    await set(members[0], apiPosts[POSTS - 2 - AUTHORS], true);
    await dispatcher.idle();
    const adding = await statementsOf(
      () => set(members[0], apiPosts[POSTS - 2], true),
      () => dispatcher.idle(),
    );
    const removing = await statementsOf(
      () => set(members[0], apiPosts[POSTS - 2], false),
      () => dispatcher.idle(),
    );
    if (process.env.BENCH_SHOW) for (const s of adding) console.log(s.slice(0, 160));

    // Each side's requests over the time until their deliveries were all made too (warm-up
    // included), beside the rate of answers alone: the api answers before it delivers.
    const apiStarted = performance.now();
    const apiRun = await load({ url: graphql, members, posts: apiPosts, seconds: SECONDS });
    const drained = performance.now();
    await dispatcher.idle();
    const backlogSeconds = (performance.now() - drained) / 1000;
    const apiDelivered = apiRun.total / ((performance.now() - apiStarted) / 1000);

    const pending = new Set();
    bare = bareServer(pool, pending);
    await new Promise((r) => bare.listen(0, '127.0.0.1', r));
    const bareStarted = performance.now();
    const bareRun = await load({
      url: `http://127.0.0.1:${bare.address().port}/`,
      members,
      posts: barePosts,
      seconds: SECONDS,
      bare: true,
    });
    const bareDrained = performance.now();
    while (pending.size) await Promise.all(pending);
    const bareBacklogSeconds = (performance.now() - bareDrained) / 1000;
    const bareDelivered = bareRun.total / ((performance.now() - bareStarted) / 1000);

    // Exactly once, for the api's posts.
    const [check] = (
      await pool.query(
        `WITH p AS (SELECT unnest($1::uuid[]) AS id),
         pairs AS (SELECT DISTINCT r.member_id, r.target_id FROM reactions r JOIN p ON p.id = r.target_id
                    WHERE r.target_type = 'post'),
         awards AS (
           SELECT a.* FROM point_awards a
            WHERE a.rule IN ('reaction_given', 'reaction_received')
              AND EXISTS (SELECT 1 FROM p WHERE a.source LIKE 'reaction:post:' || p.id || '%')),
         ledger AS (
           SELECT l.member_id, l.rule, l.source, sum(l.points) AS points FROM point_ledger l
            WHERE l.rule IN ('reaction_given', 'reaction_received')
              AND EXISTS (SELECT 1 FROM p WHERE l.source LIKE 'reaction:post:' || p.id || '%')
            GROUP BY 1, 2, 3)
         SELECT
           (SELECT count(*) FROM posts x JOIN p USING (id)
             WHERE x.reaction_count <> (SELECT count(*) FROM reactions r
                                         WHERE r.target_type = 'post' AND r.target_id = x.id))::int
             AS "countersOff",
           (SELECT count(*) FROM pairs)::int AS pairs,
           (SELECT count(*) FROM awards WHERE active AND rule = 'reaction_given')::int AS given,
           (SELECT count(*) FROM awards WHERE active AND rule = 'reaction_received')::int AS received,
           (SELECT count(*) FROM awards a LEFT JOIN ledger l USING (member_id, rule, source)
             WHERE coalesce(l.points, 0) <> CASE WHEN a.active THEN a.points ELSE 0 END)::int
             AS "ledgerOff",
           (SELECT count(*) FROM pairs x
             WHERE NOT EXISTS (SELECT 1 FROM member_activity a
                                WHERE a.action = 'reaction_given' AND a.member_id = x.member_id
                                  AND a.subject_id = x.target_id::text AND a.retracted_at IS NULL))::int
             AS "activitiesMissing"`,
        [apiPosts],
      )
    ).rows;
    const once =
      check.countersOff === 0 &&
      check.ledgerOff === 0 &&
      check.activitiesMissing === 0 &&
      check.given === check.pairs &&
      check.received === check.pairs;

    const f = (n) => Math.round(n).toLocaleString('en');
    console.log(await machine());
    console.log(
      `${CONNECTIONS} connections (one member each), ${POSTS} posts per side, ${SECONDS} s each; ` +
        `each request toggles the member's 👍 on the next post\n`,
    );
    console.table([
      {
        'api req/s': f(apiRun.rate),
        'bare req/s': f(bareRun.rate),
        ratio: (apiRun.rate / bareRun.rate).toFixed(2),
        'api delivered/s': f(apiDelivered),
        'bare delivered/s': f(bareDelivered),
        'ratio delivered': (apiDelivered / bareDelivered).toFixed(2),
        'api p50 ms': apiRun.p50.toFixed(1),
        'api p99 ms': apiRun.p99.toFixed(1),
        'bare p50 ms': bareRun.p50.toFixed(1),
        'bare p99 ms': bareRun.p99.toFixed(1),
      },
    ]);
    console.log(
      `statements per reaction, request to last consumer: ${adding.length} adding, ` +
        `${removing.length} taking back (transaction control included)`,
    );
    console.log(
      `delivery backlog after the run: api ${backlogSeconds.toFixed(1)} s, bare ${bareBacklogSeconds.toFixed(1)} s ` +
        `("delivered/s": requests over the time until every delivery was made, warm-up included)`,
    );
    console.log(
      `exactly once: ${once ? 'yes' : 'NO'} — ${check.pairs} standing reactions, ` +
        `${check.given} given and ${check.received} received awards standing, ` +
        `${check.ledgerOff} ledgers off, ${check.countersOff} counters off, ` +
        `${check.activitiesMissing} activities missing`,
    );
    console.log('targets: ratio ≥ 0.5 (answered and delivered); ≤ 10 statements per reaction');
    if (!once) process.exitCode = 1;
  } finally {
    bare?.close();
    await pool.end();
    await api.stop();
  }
}
