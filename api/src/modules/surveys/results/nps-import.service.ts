import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { Injectable, Logger } from '@nestjs/common';
import {
  ErrorCode,
  MODERATORS_ROOM,
  SURVEY_LIMITS,
  type NpsImportIssue,
  type NpsImportIssueParams,
  type NpsImportRowError,
} from '@kizuna/shared';
import { AuditTrail } from '../../../core/audit/audit-trail.js';
import type { Viewer } from '../../../core/auth/viewer.js';
import { Db } from '../../../core/database/db.js';
import { AppError, conflict, invalidField } from '../../../core/errors/app-error.js';
import {
  CSV_READ_OPTIONS,
  cutShort,
  fileEncoding,
  fileError,
  lineFeeds,
  startLine,
  type Spooled,
  withUploadedCsv,
} from '../../../core/http/csv-upload.js';
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
  /**
   * Set when the import stopped part way (the database failed): the rows counted above are in,
   * the rest of the file from `line` is not; importing the file again adds only what is missing.
   */
  error?: { code: typeof ErrorCode.INTERNAL; message: string; line: number };
}

/** Bytes of the file read so far, of `total`. */
export type ImportProgress = (done: number, total: number) => void;

const BATCH = 1000;
const ERRORS_MAX = 1000;
const DEADLOCK = '40P01';
const WRITE_ATTEMPTS = 3;
const JOB_ID = /^[A-Za-z0-9_-]{1,100}$/;
const FILE_NAME_MAX = 200;

type Target = ImportTarget & { touchpoints: Map<string, string>; title: string };

/** The file's own name without folders, cut to FILE_NAME_MAX; null when it has none. */
const fileNameOf = (name: string | null) =>
  [...(name ?? '').split(/[\\/]/).pop()!.trim()].slice(0, FILE_NAME_MAX).join('') || null;

/**
 * Imports NPS answers from a brand's own survey tool. The upload is first received whole into a
 * temporary file, so a broken or oversized body imports nothing; then it is decoded, parsed and
 * written in batches, one transaction each, with progress pushed to moderators.
 */
@Injectable()
export class NpsImportService {
  private readonly logger = new Logger('NpsImportService');

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
    private readonly audit: AuditTrail,
  ) {}

  async import(
    viewer: Viewer,
    req: Request,
    query: { surveyId?: unknown },
  ): Promise<NpsImportResult> {
    SurveysPolicy.assertImport(viewer);
    const { bytes: maxBytes, rows: maxRows } = this.limits;
    return withUploadedCsv(
      req,
      { maxBytes, maxRows, fieldNames: ['jobId', 'surveyId'] },
      async (fields, file) => {
        const jobId = fields.jobId ?? randomUUID();
        if (!JOB_ID.test(jobId))
          throw invalidField(
            'jobId',
            'INVALID_FORMAT',
            'Use letters, digits, - and _ (up to 100).',
          );
        const surveyId =
          fields.surveyId ?? (typeof query.surveyId === 'string' ? query.surveyId : '');
        return this.run(jobId, await this.target(surveyId), file, viewer);
      },
    );
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
      { path, name: basename(path), bytes: size, lines: 0, truncated: false },
      null,
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

  private async target(surveyId: string): Promise<Target> {
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
      title: survey.titleJa,
    };
  }

  private async run(
    jobId: string,
    target: Target,
    file: Spooled,
    actor: Viewer | null,
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
    const encoding = await fileEncoding(file.path);
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

    // The last line of the last record read, so a record refused is reported from its first.
    let readTo = 0;
    const parser = parse({
      ...CSV_READ_OPTIONS,
      info: true,
      raw: true,
      on_record: (record, context) => {
        readTo = context.lines;
        return record;
      },
    });
    parser.on('skip', () => report(readTo + 1, 'MALFORMED_ROW'));

    let columns: ImportColumns | null = null;
    let rows = 0;
    let batch: Array<ImportRow & { line: number }> = [];
    let batchLine = 0;
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

    // Set when the file is refused or left unread past the row limit: what the streams then
    // say about being cut short is not a failure.
    let refused: AppError | null = null;
    let stopped = false;
    try {
      await pipeline(
        createReadStream(file.path),
        new Transform({
          transform(chunk: Buffer, _enc, next) {
            done += chunk.length;
            next(null, chunk);
          },
        }),
        iconv.decodeStream(encoding),
        lineFeeds(),
        parser,
        async (
          records: AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>,
        ) => {
          for await (const { record, raw, info } of records) {
            const line = startLine(info.lines, raw);
            if (!columns) {
              const header = readHeader(record, target.touchpoints);
              if ('missing' in header)
                throw (refused = fileError(
                  `The file needs the columns: ${header.missing.join(', ')}.`,
                ));
              columns = header.columns;
              continue;
            }
            if (++rows > this.limits.rows) {
              report(line, 'TOO_MANY_ROWS', { max: this.limits.rows });
              stopped = true;
              break;
            }
            const read = readRow(record, columns);
            if ('error' in read) report(line, read.error, read.params);
            else {
              if (!batch.length) batchLine = line;
              batch.push({ ...read.row, line });
            }
            if (batch.length >= BATCH) await flush();
          }
          if (!columns)
            throw (refused = fileError('The file is empty: it needs a header row and answers.'));
          await flush();
        },
      );
    } catch (err) {
      if (refused) throw refused;
      if (err instanceof AppError) throw err;
      if (!(stopped && cutShort(err))) {
        this.logger.error({ err, jobId, line: batchLine }, 'an NPS import stopped part way');
        result.error = {
          code: ErrorCode.INTERNAL,
          message: `The import stopped at line ${batchLine}: the rows before it are in. Import the file again to add the rest (rows already in are skipped).`,
          line: batchLine,
        };
      }
    } finally {
      progress(true);
    }
    await this.audit.record(actor, {
      action: 'nps.import',
      target: { type: 'survey', id: target.surveyId, label: target.title },
      after: {
        fileName: fileNameOf(file.name),
        imported: result.imported,
        skipped: result.skipped,
        failed: result.failed,
        ...(result.error ? { stoppedAtLine: result.error.line } : {}),
      },
    });
    result.errors.sort((a, b) => a.line - b.line);
    return result;
  }

  /**
   * One batch in one transaction; answers how many rows were new. Rows go in import-key order, so
   * two imports of overlapping files take their locks in the same order; a deadlock all the same
   * (PostgreSQL picks one transaction to fail) is tried again.
   */
  private async write(target: ImportTarget, batch: ImportRow[]): Promise<number> {
    const rows = [...batch].sort((a, b) =>
      a.importKey < b.importKey ? -1 : a.importKey > b.importKey ? 1 : 0,
    );
    const emails = [...new Set(rows.map((r) => r.email).filter((e): e is string => !!e))];
    const members = emails.length
      ? await this.members.idsByEmails(emails)
      : new Map<string, string>();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(() =>
          this.repo.insert(
            target,
            rows,
            rows.map((r) => (r.email && members.get(r.email)) || null),
          ),
        );
      } catch (err) {
        if ((err as { code?: string }).code !== DEADLOCK || attempt >= WRITE_ATTEMPTS) throw err;
      }
    }
  }
}
