import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  buildMember,
  setRegistrationMode,
  signUpInput,
  writeSurvey,
  type BuiltSurvey,
} from '../support/factories.js';
import { settle } from '../support/settle.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { connected, cookieOf, openSocket, record, settled } from '../support/sockets.js';
import { Db } from '../../src/core/database/db.js';
import { NpsImportRepository } from '../../src/modules/surveys/results/nps-import.repository.js';
import { NpsImportService } from '../../src/modules/surveys/results/nps-import.service.js';

/** The built command, as `npm run import:nps` runs it. */
const CLI = fileURLToPath(new URL('../../dist/cli/import-nps.js', import.meta.url));

let t: TestApp;
let moderator: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
});
afterAll(() => t.close());

const cookieHeader = (c: GqlClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts a file as the import page does: jobId and surveyId first, then the file. */
async function upload(
  c: GqlClient,
  file: Buffer | string,
  fields: Record<string, string>,
  o: { csrf?: boolean } = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file]), 'nps.csv');
  const res = await fetch(`${t.url}/imports/nps`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader(c),
      ...(o.csrf === false ? {} : { [CSRF_HEADER]: c.cookies.get(CSRF_COOKIE)! }),
    },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const NPS = `query($id: ID!) { surveyResults(surveyId: $id) {
  survey { responseCount } nps { responses score promoters detractors }
} }`;

const importedRows = (survey: BuiltSurvey) =>
  t.app
    .get(Db)
    .query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`,
      [survey.id],
    )
    .then(([r]) => r.n);

const tpSurvey = () =>
  writeSurvey(t.app, {
    questions: [{ type: 'nps' }, { type: 'touchpoints', touchpoints: ['community', 'ordering'] }],
  });

describe('NPS import', () => {
  it('imports good rows, reports bad ones by line, and counts them on the survey', async () => {
    const survey = await tpSurvey();
    const csv = [
      'email,score,answered_at,customer_id,comment,tp:community,tp:ordering',
      'a@example.test,10,2026-03-01T10:00:00+09:00,,最高です,3,n/a',
      ',11,2026-03-01T10:00:00Z,c-2,,,',
      ',7,2026-03-01T10:00:00Z,c-3,,,',
      ',7,yesterday,c-4,,,',
      ',,2026-03-01T10:00:00Z,,,,',
      ',3,2026-03-02T10:00:00Z,c-6,,4,',
      ',0,2026-03-02T10:00:00Z,c-7,遅い,-2,1',
    ].join('\n');
    const { status, body } = await upload(moderator, csv, { jobId: 'job-1', surveyId: survey.id });
    expect(status).toBe(200);
    expect(body).toMatchObject({ jobId: 'job-1', imported: 3, skipped: 0, failed: 4 });
    expect(body.errors).toEqual([
      { line: 3, code: 'INVALID_SCORE', message: expect.any(String), params: { value: '11' } },
      {
        line: 5,
        code: 'INVALID_DATE',
        message: expect.any(String),
        params: { value: 'yesterday' },
      },
      { line: 6, code: 'NO_RESPONDENT', message: expect.any(String) },
      {
        line: 7,
        code: 'INVALID_INFLUENCE',
        message: expect.any(String),
        params: { column: 'tp:community', value: '4' },
      },
    ]);
    const { surveyResults: r } = await moderator.ok(NPS, { id: survey.id });
    expect(r.survey.responseCount).toBe(3);
    expect(r.nps).toEqual({ responses: 3, score: 0, promoters: 1, detractors: 1 });

    const tp = await moderator.ok(
      `query($id: ID!) { surveyResults(surveyId: $id) { questions {
         touchpoints { touchpoint { key } overall { responses mean notApplicable } }
       } } }`,
      { id: survey.id },
    );
    const byKey = Object.fromEntries(
      tp.surveyResults.questions[1].touchpoints.map((x: any) => [x.touchpoint.key, x.overall]),
    );
    expect(byKey.community).toEqual({ responses: 2, mean: 0.5, notApplicable: 0 });
    expect(byKey.ordering).toEqual({ responses: 1, mean: 1, notApplicable: 1 });
  });

  it('adds nothing when the same file is imported again', async () => {
    const survey = await writeSurvey(t.app);
    const csv =
      'customer_id,score,answered_at\nc-1,10,2026-03-01T10:00:00Z\nc-2,6,2026-03-01T10:00:00Z\nc-1,10,2026-03-01T19:00:00+09:00\n';
    const first = await upload(moderator, csv, { surveyId: survey.id });
    // The third row is the first again (the same instant), so it is skipped.
    expect(first.body).toMatchObject({ imported: 2, skipped: 1, failed: 0 });
    const again = await upload(moderator, csv, { surveyId: survey.id });
    expect(again.body).toMatchObject({ imported: 0, skipped: 3, failed: 0 });
    expect(await importedRows(survey)).toBe(2);
    expect((await moderator.ok(NPS, { id: survey.id })).surveyResults.survey.responseCount).toBe(2);
  });

  it('decodes Shift_JIS files', async () => {
    const survey = await writeSurvey(t.app);
    const csv =
      'customer_id,score,answered_at,comment\r\nc-1,9,2026-03-01T10:00:00Z,配送がとても早くて満足です\r\n';
    const { body } = await upload(moderator, iconv.encode(csv, 'Shift_JIS'), {
      surveyId: survey.id,
    });
    expect(body).toMatchObject({ imported: 1, failed: 0 });
    const r = await moderator.ok(
      `query($s: ID!, $q: ID!) { surveyTextAnswers(surveyId: $s, questionId: $q) { nodes { text npsScore } } }`,
      { s: survey.id, q: survey.questions[0] },
    );
    expect(r.surveyTextAnswers.nodes).toEqual([
      { text: '配送がとても早くて満足です', npsScore: 9 },
    ]);
  });

  it('reads UTF-8 with a BOM and matches members by email whatever its case and width', async () => {
    const survey = await writeSurvey(t.app);
    const hanako = await buildMember(t.app, { email: 'Hanako.Y@Example.test' });
    const csv =
      '\uFEFFscore,email,answered_at,comment\n10,ＨＡＮＡＫＯ.y@example.TEST,2026-03-01T10:00:00Z,良い\n8,nobody@example.test,2026-03-01T10:00:00Z,普通\n';
    expect((await upload(moderator, csv, { surveyId: survey.id })).body).toMatchObject({
      imported: 2,
      failed: 0,
    });
    const r = await moderator.ok(
      `query($s: ID!, $q: ID!) { surveyTextAnswers(surveyId: $s, questionId: $q) {
         nodes { text respondent { id } } } }`,
      { s: survey.id, q: survey.questions[0] },
    );
    const byText = Object.fromEntries(
      r.surveyTextAnswers.nodes.map((n: any) => [n.text, n.respondent?.id ?? null]),
    );
    expect(byText).toEqual({ 良い: hanako.id, 普通: null });
  });

  it('pushes progress to moderators as it goes', async () => {
    const survey = await writeSurvey(t.app);
    const socket = await connected(openSocket(t.url, { cookie: cookieOf(moderator) }));
    try {
      const seen = record(socket, 'job:progress');
      const rows = Array.from({ length: 2500 }, (_, i) => `c-${i},${i % 11},2026-03-01T10:00:00Z`);
      const csv = `customer_id,score,answered_at\n${rows.join('\n')}\n`;
      const { body } = await upload(moderator, csv, { jobId: 'progress-1', surveyId: survey.id });
      expect(body).toMatchObject({ imported: 2500 });
      const total = Buffer.byteLength(csv);
      await settled(socket);
      const mine = seen.map((s) => s.data as any).filter((d) => d.id === 'progress-1');
      expect(mine.length).toBeGreaterThanOrEqual(3);
      expect(mine.at(-1)).toEqual({ id: 'progress-1', done: total, total, finished: true });
      expect(mine.slice(0, -1).every((d) => !d.finished && d.done <= total)).toBe(true);
    } finally {
      socket.close();
    }
  });

  it('refuses a file without the required columns', async () => {
    const survey = await writeSurvey(t.app);
    const { status, body } = await upload(
      moderator,
      'customer_id,answered_at\nc,2026-03-01T10:00:00Z\n',
      {
        surveyId: survey.id,
      },
    );
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(body.errors[0].message).toContain('score');
  });

  it('refuses a survey without an NPS question', async () => {
    const survey = await writeSurvey(t.app, { questions: [{ type: 'csat' }] });
    const { status, body } = await upload(moderator, 'customer_id,score,answered_at\n', {
      surveyId: survey.id,
    });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.fields[0].field).toBe('surveyId');
  });
});

describe('reading the file', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])(
    'reports rows by the line they start on when comments hold line breaks (%s)',
    async (_, nl) => {
      const survey = await writeSurvey(t.app);
      const csv = [
        'customer_id,score,answered_at,comment',
        `c-1,9,2026-03-01T10:00:00Z,"good${nl}really${nl}good"`,
        'c-2,11,2026-03-01T10:00:00Z,',
        `c-3,8,2026-03-01T10:00:00Z,"two${nl}lines"`,
        'c-4,x,2026-03-01T10:00:00Z,',
      ].join(nl);
      const { body } = await upload(moderator, csv, { surveyId: survey.id });
      expect(body).toMatchObject({ imported: 2, failed: 2 });
      expect(body.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
        [5, 'INVALID_SCORE'],
        [8, 'INVALID_SCORE'],
      ]);
    },
  );

  it('keeps the good rows after a stray quote', async () => {
    const survey = await writeSurvey(t.app);
    const csv = [
      'customer_id,score,answered_at,comment',
      'c-1,9,2026-03-01T10:00:00Z,He said "great"',
      'c-2,11,2026-03-01T10:00:00Z,',
      'c-3,8,2026-03-01T10:00:00Z,fine',
      'c-4,7,2026-03-01T10:00:00Z,ok',
    ].join('\n');
    const { body } = await upload(moderator, csv, { surveyId: survey.id });
    expect(body).toMatchObject({ imported: 3, failed: 1 });
    expect(body.errors).toEqual([expect.objectContaining({ line: 3, code: 'INVALID_SCORE' })]);
    const [comment] = await t.app.get(Db).query<Array<{ text: string }>>(
      `SELECT a.text FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
          WHERE r.survey_id = $1 AND r.customer_id = 'c-1'`,
      [survey.id],
    );
    expect(comment.text).toBe('He said "great"');
  });

  it('counts each row once when the same file is imported twice at once', async () => {
    const survey = await writeSurvey(t.app);
    const n = 2500;
    const csv = `customer_id,score,answered_at\n${Array.from(
      { length: n },
      (_, i) => `c-${(i * 7919) % n},${i % 11},2026-03-01T10:00:00Z`,
    ).join('\n')}\n`;
    const [a, b] = await Promise.all([
      upload(moderator, csv, { surveyId: survey.id }),
      upload(moderator, csv, { surveyId: survey.id }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.imported + b.body.imported).toBe(n);
    expect(a.body.imported + a.body.skipped).toBe(n);
    expect(await importedRows(survey)).toBe(n);
    const [{ count }] = await t.app
      .get(Db)
      .query<Array<{ count: number }>>(
        `SELECT imported_count AS count FROM surveys WHERE id = $1`,
        [survey.id],
      );
    expect(count).toBe(n);
  });

  it('answers what it imported, and says where it stopped, when a batch fails', async () => {
    const survey = await writeSurvey(t.app);
    const csv = `customer_id,score,answered_at\n${Array.from(
      { length: 1500 },
      (_, i) => `c-${i},9,2026-03-01T10:00:00Z`,
    ).join('\n')}\n`;
    const repo = t.app.get(NpsImportRepository);
    const insert = repo.insert;
    let calls = 0;
    repo.insert = (...args) => {
      if (++calls === 2) return Promise.reject(new Error('connection lost'));
      return insert.apply(repo, args);
    };
    const socket = await connected(openSocket(t.url, { cookie: cookieOf(moderator) }));
    try {
      const seen = record(socket, 'job:progress');
      const { status, body } = await upload(moderator, csv, {
        jobId: 'job-fails',
        surveyId: survey.id,
      });
      expect(status).toBe(200);
      expect(body).toMatchObject({
        imported: 1000,
        error: { code: 'INTERNAL', line: 1002, message: expect.stringContaining('line 1002') },
      });
      await settled(socket);
      const mine = seen.map((x) => x.data as any).filter((d) => d.id === 'job-fails');
      expect(mine.at(-1)).toMatchObject({ finished: true });
    } finally {
      repo.insert = insert;
      socket.close();
    }
    expect(await importedRows(survey)).toBe(1000);
  });
});

describe('answers kept for an email', () => {
  const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { member { id } } }`;
  const ATTITUDE = `query($h: String!) { member(handle: $h) { attitude { npsClass npsScore } } }`;
  const owners = (survey: BuiltSurvey) =>
    t.app.get(Db).query<Array<{ email: string; memberId: string | null }>>(
      `SELECT email, member_id AS "memberId" FROM survey_responses WHERE survey_id = $1
          ORDER BY email`,
      [survey.id],
    );

  afterEach(() => setRegistrationMode(t.app, 'open'));

  it('become the member’s when they join with it, once approved, and only theirs', async () => {
    await setRegistrationMode(t.app, 'approval');
    const survey = await writeSurvey(t.app);
    const csv = [
      'email,score,answered_at',
      'later.joiner@example.test,10,2026-03-01T10:00:00Z',
      'someone.else@example.test,3,2026-03-01T10:00:00Z',
    ].join('\n');
    expect((await upload(moderator, csv, { surveyId: survey.id })).body).toMatchObject({
      imported: 2,
    });
    const input = signUpInput({ email: 'Later.Joiner@EXAMPLE.test' });
    const { signUp } = await t.client().ok(SIGN_UP, { i: input });
    await settle(t.app);
    // Waiting for approval is not having joined.
    expect((await owners(survey)).every((r) => r.memberId === null)).toBe(true);

    await moderator.ok(`mutation($id: ID!) { approveMember(memberId: $id) { id } }`, {
      id: signUp.member.id,
    });
    await settle(t.app);
    expect(await owners(survey)).toEqual([
      { email: 'later.joiner@example.test', memberId: signUp.member.id },
      { email: 'someone.else@example.test', memberId: null },
    ]);
    const { member } = await moderator.ok(ATTITUDE, { h: input.handle });
    expect(member.attitude).toEqual({ npsClass: 'PROMOTER', npsScore: 10 });

    // Linking again changes nothing.
    expect(await t.app.get(NpsImportService).matchMembers([signUp.member.id])).toBe(0);
  });

  it('are linked to a member who joins in an open community', async () => {
    const survey = await writeSurvey(t.app);
    await upload(
      moderator,
      'email,score,answered_at\nopen.joiner@example.test,6,2026-03-01T10:00:00Z\n',
      {
        surveyId: survey.id,
      },
    );
    const { signUp } = await t
      .client()
      .ok(SIGN_UP, { i: signUpInput({ email: 'open.joiner@example.test' }) });
    await settle(t.app);
    expect(await owners(survey)).toEqual([
      { email: 'open.joiner@example.test', memberId: signUp.member.id },
    ]);
  });
});

describe('the operators’ command', () => {
  it('imports a file with progress and the row report, then adds nothing the second time', async () => {
    const survey = await tpSurvey();
    const dir = await mkdtemp(join(tmpdir(), 'kizuna-nps-cli-'));
    const file = join(dir, 'answers.csv');
    await writeFile(
      file,
      iconv.encode(
        [
          'customer_id,score,answered_at,comment,tp:community',
          'c-1,9,2026-03-01T10:00:00+09:00,満足,2',
          'c-2,ten,2026-03-01T10:00:00Z,,',
          'c-3,4,2026-03-02T10:00:00Z,,-1',
        ].join('\r\n'),
        'Shift_JIS',
      ),
    );
    const run = () =>
      new Promise<{ code: number | null; out: string }>((done) => {
        const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: t.databaseUrl };
        delete env.NODE_OPTIONS;
        Object.assign(env, {
          SESSION_SECRET: 'x'.repeat(64),
          DATA_DIR: dir,
          SEED_DEMO: 'false',
          NODE_ENV: 'test',
        });
        const proc = spawn(process.execPath, [CLI, '--survey', survey.id, 'answers.csv'], {
          env: { ...env, INIT_CWD: dir },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        proc.stdout.on('data', (d) => (out += d));
        proc.stderr.on('data', (d) => (out += d));
        proc.on('exit', (code) => done({ code, out }));
      });
    try {
      const first = await run();
      expect(first.out).toMatch(/Read [\d.]+ of [\d.]+ MB \(100%\)/);
      expect(first.out).toContain('Line 3: INVALID_SCORE');
      expect(first.out).toContain('(value: ten)');
      expect(first.out).toContain('Imported 2, skipped 0 imported before, refused 1.');
      expect(first.code).toBe(2);
      expect((await moderator.ok(NPS, { id: survey.id })).surveyResults.nps).toMatchObject({
        responses: 2,
        promoters: 1,
        detractors: 1,
      });

      const again = await run();
      expect(again.out).toContain('Imported 0, skipped 2 imported before, refused 1.');
      expect(await importedRows(survey)).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('limits', () => {
  const service = () => t.app.get(NpsImportService);
  afterEach(() => {
    service().limits = { bytes: 200 * 1024 * 1024, rows: 1_000_000 };
  });

  it('refuses a file over the byte limit with 413, importing nothing', async () => {
    const survey = await writeSurvey(t.app);
    service().limits = { bytes: 100, rows: 1_000_000 };
    const csv = `customer_id,score,answered_at\n${Array.from({ length: 20 }, (_, i) => `c-${i},5,2026-03-01T10:00:00Z`).join('\n')}\n`;
    const { status, body } = await upload(moderator, csv, { surveyId: survey.id });
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await importedRows(survey)).toBe(0);
  });

  it('refuses a file over the row limit with 400, importing nothing', async () => {
    const survey = await writeSurvey(t.app);
    service().limits = { bytes: 200 * 1024 * 1024, rows: 5 };
    const csv = `customer_id,score,answered_at\n${Array.from({ length: 8 }, (_, i) => `c-${i},5,2026-03-01T10:00:00Z`).join('\n')}\n`;
    const { status, body } = await upload(moderator, csv, { surveyId: survey.id });
    expect(status).toBe(400);
    expect(body.errors[0].message).toContain('more than 5 rows');
    expect(await importedRows(survey)).toBe(0);
  });

  it('counts rows, not line breaks, against the row limit', async () => {
    const survey = await writeSurvey(t.app);
    service().limits = { bytes: 200 * 1024 * 1024, rows: 5 };
    const csv = `customer_id,score,answered_at,comment\n${Array.from(
      { length: 5 },
      (_, i) => `c-${i},5,2026-03-01T10:00:00Z,"first line\nsecond line"`,
    ).join('\n')}\n`;
    const { status, body } = await upload(moderator, csv, { surveyId: survey.id });
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: 5, failed: 0 });
  });

  it('imports nothing from a multipart body that is cut off', async () => {
    const survey = await writeSurvey(t.app);
    const boundary = 'kizunaboundary';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="surveyId"',
      '',
      survey.id,
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="nps.csv"',
      'Content-Type: text/csv',
      '',
      'customer_id,score,answered_at',
      'c-1,10,2026-03-01T10:00:00Z',
      'c-2,9,2026-03-01T10:00:00Z',
    ].join('\r\n');
    const { status, json } = await new Promise<{ status: number; json: any }>((resolve, reject) => {
      const req = request(
        `${t.url}/imports/nps`,
        {
          method: 'POST',
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            cookie: cookieHeader(moderator),
            [CSRF_HEADER]: moderator.cookies.get(CSRF_COOKIE)!,
          },
        },
        (res) => {
          let data = '';
          res.on('data', (c) => (data += c));
          res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(data) }));
        },
      );
      req.on('error', reject);
      // The body ends without its closing boundary.
      req.end(body);
    });
    expect(status).toBe(400);
    expect(json.errors[0].message).toContain('nothing was imported');
    expect(await importedRows(survey)).toBe(0);
  });
});

describe('access', () => {
  it('is for moderators and admins, with the CSRF check', async () => {
    const survey = await writeSurvey(t.app);
    const csv = 'customer_id,score,answered_at\nc-1,10,2026-03-01T10:00:00Z\n';
    const product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
    const member = await clientFor(t.app, t.url, await buildMember(t.app));
    const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    const p = await upload(product, csv, { surveyId: survey.id });
    expect([p.status, p.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const m = await upload(member, csv, { surveyId: survey.id });
    expect([m.status, m.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const noCsrf = await upload(moderator, csv, { surveyId: survey.id }, { csrf: false });
    expect([noCsrf.status, noCsrf.body.errors[0].extensions.code]).toEqual([403, 'CSRF_FAILED']);
    expect(await importedRows(survey)).toBe(0);
    expect((await upload(admin, csv, { surveyId: survey.id })).body).toMatchObject({ imported: 1 });
    // The product team still reads the results.
    expect((await product.ok(NPS, { id: survey.id })).surveyResults.nps.responses).toBe(1);
  });
});
