// Search benchmark: fills a database with synthetic Japanese posts and times the search query
// the api runs, printing latencies and whether the planner used the gram index.
//
//   npm run bench:search                   # 1,000,000 posts in an embedded PostgreSQL
//   BENCH_POSTS=100000 npm run bench:search
//   DATABASE_URL=postgres://… npm run bench:search   # an existing, empty database
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDataSource, migrate } from '../api/dist/core/database/data-source.js';
import { startEmbeddedPostgres } from '../api/dist/core/database/embedded.js';
import { indexGrams, normalizeText, queryGrams, tokens } from '../api/dist/core/search/grams.js';
import { SearchRepository } from '../api/dist/modules/search/search.repository.js';

const POSTS = Number(process.env.BENCH_POSTS ?? 1_000_000);
const BATCH = 5_000;
const RUNS = 30;

const WORDS = (
  '珈琲 コーヒー 焙煎 浅煎り 深煎り 豆 ミル ドリップ エスプレッソ ラテ 香り 酸味 苦味 甘み 朝 休日 ' +
  'カフェ 器 マグ 抽出 温度 挽き目 保存 冷凍 ブレンド エチオピア ケニア グアテマラ ブラジル 季節 限定 ' +
  'コミュニティ ファン 定期便 ギフト 感想 おすすめ 質問 相談 美味しい 好き 毎日 仕事 家族 写真'
).split(' ');
const QUERIES = ['ロイヤル', '珈琲', 'NPSとは', '焙煎', '浅煎り エチオピア', 'ラテアート'];

let seed = 42;
const rand = (n) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
const sentence = (n) =>
  Array.from({ length: n }, () => WORDS[rand(WORDS.length)]).join(rand(3) ? '' : '、');

let embedded = null;
let dataDir = null;
let url = process.env.DATABASE_URL;
if (!url) {
  dataDir = mkdtempSync(join(tmpdir(), 'kizuna-bench-'));
  chmodSync(dataDir, 0o755);
  embedded = await startEmbeddedPostgres(dataDir);
  url = embedded.url;
}
const ds = await createDataSource(url).initialize();
try {
  await migrate(ds);
  const [{ id: spaceId }] = await ds.query(
    `INSERT INTO spaces (slug, name_ja, name_en) VALUES ('bench', 'ベンチ', 'Bench') RETURNING id`,
  );
  const [{ id: authorId }] = await ds.query(
    `INSERT INTO members (email, handle, display_name, password_hash) VALUES ('bench@example.test', 'bench', 'bench', 'x') RETURNING id`,
  );
  const started = performance.now();
  for (let done = 0; done < POSTS; done += BATCH) {
    const n = Math.min(BATCH, POSTS - done);
    const titles = [];
    const texts = [];
    const grams = [];
    for (let i = 0; i < n; i++) {
      const title = sentence(4);
      // A few posts about loyal customers and NPS, as in a real brand community.
      const extra =
        rand(500) === 0 ? 'ロイヤルカスタマーとNPSとは' : rand(300) === 0 ? 'ラテアート' : '';
      const text = normalizeText(`${title} ${sentence(40)}${extra}${sentence(20)}`);
      titles.push(title);
      texts.push(text);
      grams.push(
        `{${indexGrams(text)
          .map((g) => `"${g.replace(/["\\]/g, '\\$&')}"`)
          .join(',')}}`,
      );
    }
    await ds.query(
      `INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt, search_text, search_grams, created_at)
       SELECT $1, $2, 'talk', t, t, t, t, s, g::text[], now() - (random() * interval '365 days')
         FROM unnest($3::text[], $4::text[], $5::text[]) AS x(t, s, g)`,
      [spaceId, authorId, titles, texts, grams],
    );
    if ((done / BATCH) % 20 === 0) process.stdout.write(`  inserted ${done + n} posts\n`);
  }
  await ds.query('ANALYZE posts');
  console.log(`Inserted ${POSTS} posts in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // The api's own search query, ranked as it serves it.
  const search = new SearchRepository({ query: (sql, params) => ds.query(sql, params) });
  let captured = null;
  const explain = new SearchRepository({
    query: (sql, params) => ((captured = [sql, params]), []),
  });
  console.log('\nquery                 hits   p50 ms   p95 ms   index used for the matches');
  for (const q of QUERIES) {
    const terms = tokens(normalizeText(q));
    const query = {
      grams: queryGrams(terms.join(' ')),
      terms,
      spaceIds: [spaceId],
      includeHidden: false,
      first: 20,
      after: null,
    };
    const times = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      hits = (await search.search(query)).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    await explain.search(query);
    const plan = (await ds.query(`EXPLAIN ${captured[0]}`, captured[1]))
      .map((r) => r['QUERY PLAN'])
      .join(' ');
    // Rare words go through the gram index; words in most posts are cheaper read newest first.
    const used = plan.includes('posts_search_idx')
      ? 'gram index (posts_search_idx)'
      : plan.includes('posts_latest_idx')
        ? 'newest-first index (common word)'
        : 'sequential scan';
    console.log(
      `${q.padEnd(20)} ${String(hits).padStart(5)} ${times[Math.floor(RUNS / 2)].toFixed(1).padStart(8)} ${times[Math.floor(RUNS * 0.95)].toFixed(1).padStart(8)}   ${used}`,
    );
  }
} finally {
  await ds.destroy();
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
