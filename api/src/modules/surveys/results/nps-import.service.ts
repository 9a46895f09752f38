import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import chardet from 'chardet';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  MODERATORS_ROOM,
  SURVEY_LIMITS,
  type NpsImportIssue,
  type NpsImportIssueParams,
  type NpsImportRowError,
} from '@kizuna/shared';
import type { Viewer } from '../../../core/auth/viewer.js';
import { Db } from '../../../core/database/db.js';
import { AppError, conflict, invalidField } from '../../../core/errors/app-error.js';
import { RealtimeService } from '../../../core/realtime/realtime.service.js';
import { MembersService } from '../../members/members.service.js';
import { SurveysPolicy } from '../surveys.policy.js';
import { SurveysService } from '../surveys.service.js';
import { NpsImportRepository, type ImportTarget } from './nps-import.repository.js';
import {
  IMPORT_ROW_MESSAGES,
  normalizeEmail,
  readHeader,
  readRow,
  type ImportColumns,
  type ImportRow,
} from './nps-import.rows.js';

export interface NpsImportResult {
  jobId: string;
  imported: number;
  /** Rows imported before (same customer and answer time). */
  skipped: number;
  failed: number;
  /** The first ERRORS_MAX bad rows; line 1 is the header. */
  errors: NpsImportRowError[];
}

/** Bytes of the file read so far, of `total`. */
export type ImportProgress = (done: number, total: number) => void;

const BATCH = 1000;
const ERRORS_MAX = 1000;
const SNIFF_BYTES = 64 * 1024;
const JOB_ID = /^[A-Za-z0-9_-]{1,100}$/;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Spooled {
  path: string;
  bytes: number;
  /** Line breaks seen: an upper bound of the rows. */
  lines: number;
  truncated: boolean;
}

const fileError = (message: string) => invalidField('file', 'INVALID_VALUE', message);

const tooLarge = () =>
  new AppError(
    ErrorCode.PAYLOAD_TOO_LARGE,
    `The file is larger than ${SURVEY_LIMITS.importBytesMax / 1024 / 1024} MB. Split it and import the parts.`,
    { http: { status: 413 } },
  );

/**
 * Valid UTF-8, allowing a character cut at the end of the sample. Files from Japanese Excel are
 * often Shift_JIS, which is rarely valid UTF-8 once it holds any Japanese.
 */
function isUtf8(sample: Buffer): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= Math.min(3, sample.length); cut++) {
    try {
      decoder.decode(sample.subarray(0, sample.length - cut));
      return true;
    } catch {
      // A multi-byte character cut at the end of the sample: try without its bytes.
    }
  }
  return false;
}

/** The file's encoding, from its first bytes: a BOM or valid UTF-8, else what chardet says. */
export function detectEncoding(sample: Buffer): string {
  if (sample.subarray(0, 3).equals(UTF8_BOM) || isUtf8(sample)) return 'utf-8';
  const guess = chardet.detect(sample)?.toLowerCase();
  if (guess === 'euc-jp') return 'euc-jp';
  // Shift_JIS as Windows writes it (CP932), also what a guess other than Japanese usually means.
  return 'cp932';
}

/**
 * Imports NPS answers from a brand's own survey tool. The upload is first received whole into a
 * temporary file, so a broken or oversized body imports nothing; then it is decoded, parsed and
 * written in batches, one transaction each, with progress pushed to moderators.
 */
@Injectable()
export class NpsImportService {
  /** Overridable in tests. */
  limits: { bytes: number; rows: number } = {
    bytes: SURVEY_LIMITS.importBytesMax,
    rows: SURVEY_LIMITS.importRowsMax,
  };

  constructor(
    private readonly db: Db,
    private readonly repo: NpsImportRepository,
    private readonly surveys: SurveysService,
    private readonly members: MembersService,
    private readonly realtime: RealtimeService,
  ) {}

  async import(
    viewer: Viewer,
    req: Request,
    query: { surveyId?: unknown },
  ): Promise<NpsImportResult> {
    SurveysPolicy.assertImport(viewer);
    const declared = Number(req.headers['content-length']);
    if (declared > this.limits.bytes + 64 * 1024) throw tooLarge();
    const dir = await mkdtemp(join(tmpdir(), 'kizuna-nps-'));
    try {
      const { fields, file } = await this.receive(req, join(dir, 'upload.csv'));
      if (!file) throw fileError('Send the CSV file in the form field "file".');
      if (file.truncated) throw tooLarge();
      if (file.lines > this.limits.rows + 1)
        throw fileError(
          `The file has more than ${this.limits.rows.toLocaleString('en')} rows. Split it and import the parts.`,
        );
      const jobId = fields.jobId ?? randomUUID();
      if (!JOB_ID.test(jobId))
        throw invalidField('jobId', 'INVALID_FORMAT', 'Use letters, digits, - and _ (up to 100).');
      const surveyId =
        fields.surveyId ?? (typeof query.surveyId === 'string' ? query.surveyId : '');
      const target = await this.target(surveyId);
      return await this.run(jobId, target, file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * Imports a file already on this machine (the operators' command): the same rules, limits and
   * row report as an upload, with progress told to `onProgress`.
   */
  async importFile(
    surveyId: string,
    path: string,
    onProgress?: ImportProgress,
  ): Promise<NpsImportResult> {
    const target = await this.target(surveyId);
    const { size } = await stat(path);
    return this.run(
      randomUUID(),
      target,
      { path, bytes: size, lines: 0, truncated: false },
      onProgress,
    );
  }

  /**
   * Imported answers kept for an email become these members' once they have joined with it (their
   * attitude then counts them).
   */
  async matchMembers(memberIds: readonly string[]): Promise<number> {
    const members = await this.members.findByIds(memberIds);
    if (!members.length) return 0;
    return this.repo.link(members.map((m) => ({ id: m.id, email: normalizeEmail(m.email) })));
  }

  private async target(
    surveyId: string,
  ): Promise<ImportTarget & { touchpoints: Map<string, string> }> {
    if (!surveyId) throw invalidField('surveyId', 'REQUIRED', 'Choose the survey to import into.');
    const survey = await this.surveys.get(surveyId);
    if (survey.status === 'draft')
      throw conflict('surveyId', 'Publish the survey before importing responses into it.');
    const questions = await this.surveys.questionsOf(survey.id);
    const nps = questions.find((q) => q.type === 'nps');
    if (!nps) throw invalidField('surveyId', 'INVALID_VALUE', 'This survey has no NPS question.');
    const tpQuestion = questions.find((q) => q.type === 'touchpoints') ?? null;
    const touchpoints = tpQuestion
      ? await this.surveys.touchpointsByIds(tpQuestion.touchpointIds)
      : [];
    return {
      surveyId: survey.id,
      npsQuestionId: nps.id,
      touchpointQuestionId: tpQuestion?.id ?? null,
      touchpoints: new Map(touchpoints.map((t) => [t.key, t.id])),
    };
  }

  /** Reads the multipart body: its fields, and the file into `path`. */
  private receive(
    req: Request,
    path: string,
  ): Promise<{ fields: Record<string, string>; file: Spooled | null }> {
    return new Promise((resolve, reject) => {
      let bb: ReturnType<typeof busboy>;
      try {
        bb = busboy({
          headers: req.headers,
          limits: { files: 1, fileSize: this.limits.bytes, fields: 10, fieldSize: 1024, parts: 12 },
        });
      } catch {
        reject(fileError('Send the file as multipart/form-data in the field "file".'));
        return;
      }
      const fields: Record<string, string> = {};
      let file: Promise<Spooled> | null = null;
      const fail = (err: unknown) => {
        req.unpipe(bb);
        req.resume();
        reject(
          err instanceof AppError
            ? err
            : fileError('The upload was cut off or malformed: nothing was imported.'),
        );
      };
      bb.on('field', (name, value) => {
        if (name === 'jobId' || name === 'surveyId') fields[name] = value;
      });
      bb.on('file', (name, stream) => {
        if (name !== 'file' || file) {
          stream.resume();
          return;
        }
        const spooled: Spooled = { path, bytes: 0, lines: 0, truncated: false };
        stream.on('limit', () => (spooled.truncated = true));
        const counter = new Transform({
          transform(chunk: Buffer, _enc, done) {
            spooled.bytes += chunk.length;
            let lf = 0;
            let cr = 0;
            for (const b of chunk) {
              if (b === 0x0a) lf++;
              else if (b === 0x0d) cr++;
            }
            spooled.lines += Math.max(lf, cr);
            done(null, chunk);
          },
        });
        file = pipeline(stream, counter, createWriteStream(path)).then(() => spooled);
        file.catch(() => undefined);
      });
      bb.on('error', fail);
      req.on('aborted', () => fail(new Error('aborted')));
      req.on('error', fail);
      bb.on('close', () => {
        if (!file) return resolve({ fields, file: null });
        file.then((f) => resolve({ fields, file: f }), fail);
      });
      req.pipe(bb);
    });
  }

  private async run(
    jobId: string,
    target: ImportTarget & { touchpoints: Map<string, string> },
    file: Spooled,
    onProgress?: ImportProgress,
  ): Promise<NpsImportResult> {
    const result: NpsImportResult = { jobId, imported: 0, skipped: 0, failed: 0, errors: [] };
    const report = (line: number, code: NpsImportIssue, params?: NpsImportIssueParams) => {
      result.failed++;
      if (result.errors.length < ERRORS_MAX)
        result.errors.push({
          line,
          code,
          message: IMPORT_ROW_MESSAGES[code],
          ...(params ? { params } : {}),
        });
    };
    const encoding = detectEncoding(await this.sample(file.path));
    let done = 0;
    const progress = (finished: boolean) => {
      const at = finished ? file.bytes : done;
      this.realtime.push(MODERATORS_ROOM, 'job:progress', {
        id: jobId,
        done: at,
        total: file.bytes,
        finished,
      });
      onProgress?.(at, file.bytes);
    };

    const source = createReadStream(file.path);
    source.on('data', (chunk) => (done += chunk.length));
    const parser = source.pipe(iconv.decodeStream(encoding)).pipe(
      parse({
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        info: true,
      }),
    );
    parser.on('skip', (err: { lines?: number }) => report(err.lines ?? 0, 'MALFORMED_ROW'));

    let columns: ImportColumns | null = null;
    let rows = 0;
    let batch: ImportRow[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const unique = [...new Map(batch.map((r) => [r.importKey, r])).values()];
      result.skipped += batch.length - unique.length;
      batch = [];
      const imported = await this.write(target, unique);
      result.imported += imported;
      result.skipped += unique.length - imported;
      progress(false);
    };

    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!columns) {
        const header = readHeader(record, target.touchpoints);
        if ('missing' in header) {
          parser.destroy();
          throw fileError(`The file needs the columns: ${header.missing.join(', ')}.`);
        }
        columns = header.columns;
        continue;
      }
      if (++rows > this.limits.rows) {
        report(info.lines, 'TOO_MANY_ROWS', { max: this.limits.rows });
        parser.destroy();
        break;
      }
      const read = readRow(record, columns);
      if ('error' in read) report(info.lines, read.error, read.params);
      else batch.push(read.row);
      if (batch.length >= BATCH) await flush();
    }
    if (!columns) throw fileError('The file is empty: it needs a header row and answers.');
    await flush();
    progress(true);
    result.errors.sort((a, b) => a.line - b.line);
    return result;
  }

  private async sample(path: string): Promise<Buffer> {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** One batch in one transaction; answers how many rows were new. */
  private async write(target: ImportTarget, rows: ImportRow[]): Promise<number> {
    const emails = [...new Set(rows.map((r) => r.email).filter((e): e is string => !!e))];
    const members = emails.length
      ? await this.members.idsByEmails(emails)
      : new Map<string, string>();
    return this.db.transaction(() =>
      this.repo.insert(
        target,
        rows,
        rows.map((r) => (r.email && members.get(r.email)) || null),
      ),
    );
  }
}
