import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { Injectable, Logger } from '@nestjs/common';
import {
  CUSTOMER_QUERY_LIMITS,
  MODERATORS_ROOM,
  ORDER_IMPORT,
  type OrderImportIssue,
} from '@kizuna/shared';
import { AuditTrail } from '../../../core/audit/audit-trail.js';
import type { Reader, Viewer } from '../../../core/auth/viewer.js';
import { Db } from '../../../core/database/db.js';
import { AppError, conflict, invalidField } from '../../../core/errors/app-error.js';
import {
  CSV_READ_OPTIONS,
  countRecords,
  fileEncoding,
  fileError,
  lineFeeds,
  startLine,
  tooLarge as tooLargeFor,
  tooManyRows,
  type Spooled,
  withUploadedCsv,
} from '../../../core/http/csv-upload.js';
import { isUuid } from '../../../core/ids.js';
import { RealtimeService } from '../../../core/realtime/realtime.service.js';
import { AnalysisCache } from '../analysis-cache.js';
import { CustomerMatching } from '../customer-matching.js';
import { CustomersPolicy } from '../customers.policy.js';
import { CustomersRepository } from '../customers.repository.js';
import { CustomersService } from '../customers.service.js';
import {
  DataImportsRepository,
  type DataImportRow,
  type ImportCounts,
  type ImportRowError,
} from './data-imports.repository.js';
import {
  readOrderHeader,
  readOrderRow,
  type OrderColumns,
  type OrderRow,
} from './order-import.rows.js';
import { SeenKeys } from './seen-keys.js';

/** Rows read so far (the total is not known while reading). */
export type OrderImportProgress = (done: number) => void;

type BatchRow = OrderRow & { line: number };
type NewCustomer = { key: string; email: string | null; emailKey: string | null };

const BATCH = 2000;
const DEADLOCK = '40P01';
const WRITE_ATTEMPTS = 3;
const FILE_NAME_MAX = 200;

const tooLarge = () => tooLargeFor(ORDER_IMPORT.maxBytes);

/** The sample offered on the import page: every column, and each way of writing a date. */
export const SAMPLE_ORDERS_CSV = [
  'customer_id,email,order_id,ordered_at,amount',
  'C0001,hanako@example.com,O-10001,2026-03-01T10:15:00+09:00,3000',
  'C0001,hanako@example.com,O-10002,2026-04-02,4500',
  'C0002,,O-10003,2026-04-05T01:00:00Z,1280',
  ',taro@example.com,O-10004,2026/4/10,"12,800"',
].join('\r\n');

/**
 * Imports orders from a brand's shop system. The upload is received whole into a temporary file
 * first, so a broken or oversized body imports nothing; then it is decoded, parsed and written in
 * batches of BATCH rows, one transaction each (its rows, their customers, the import's counters),
 * with progress pushed to moderators. An order is kept once per order id: a row read again adds
 * nothing, a changed amount or time updates it. Customers are matched to members as they come.
 */
@Injectable()
export class OrderImportService {
  private readonly logger = new Logger('OrderImportService');

  /** Overridable in tests. */
  limits: { bytes: number; rows: number } = {
    bytes: ORDER_IMPORT.maxBytes,
    rows: ORDER_IMPORT.maxRows,
  };

  constructor(
    private readonly db: Db,
    private readonly repo: CustomersRepository,
    private readonly imports: DataImportsRepository,
    private readonly matching: CustomerMatching,
    private readonly customers: CustomersService,
    private readonly cache: AnalysisCache,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * An upload (multipart field `file`; optional `importId` or `jobId`, a UUID the page made to
   * follow the import's progress, in a field before it).
   */
  async import(viewer: Viewer, req: Request): Promise<DataImportRow> {
    CustomersPolicy.assertImport(viewer);
    const { bytes: maxBytes, rows: maxRows } = this.limits;
    return withUploadedCsv(
      req,
      { maxBytes, maxRows, fieldNames: ['importId', 'jobId'] },
      (fields, file) => {
        const id = fields.importId ?? fields.jobId ?? randomUUID();
        if (!isUuid(id))
          throw invalidField('importId', 'INVALID_FORMAT', 'Use a UUID to follow the import.');
        return this.run(id, fileNameOf(file.name), viewer, file);
      },
    );
  }

  /**
   * A file already on this machine (the operators' command): the same rules, limits and report,
   * with the rows read so far told to `onProgress`.
   */
  async importFile(path: string, onProgress?: OrderImportProgress): Promise<DataImportRow> {
    const { size } = await stat(path);
    if (size > this.limits.bytes) throw tooLarge();
    if ((await countRecords(path, this.limits.rows)) > this.limits.rows)
      throw tooManyRows(this.limits.rows);
    return this.run(
      randomUUID(),
      fileNameOf(basename(path)),
      null,
      { path, name: basename(path), bytes: size, lines: 0, truncated: false },
      onProgress,
    );
  }

  /** Imports newest first. */
  recent(reader: Reader, first: number): Promise<DataImportRow[]> {
    CustomersPolicy.assertRead(reader);
    if (!Number.isInteger(first) || first < 1 || first > CUSTOMER_QUERY_LIMITS.importsMax)
      throw invalidField(
        'first',
        'OUT_OF_RANGE',
        `Must be between 1 and ${CUSTOMER_QUERY_LIMITS.importsMax}.`,
        { min: 1, max: CUSTOMER_QUERY_LIMITS.importsMax },
      );
    return this.imports.recent(first);
  }

  /** An import by id, or null. */
  async get(reader: Reader, id: string): Promise<DataImportRow | null> {
    CustomersPolicy.assertRead(reader);
    return isUuid(id) ? this.imports.findById(id) : null;
  }

  private async run(
    id: string,
    fileName: string,
    actor: Viewer | null,
    file: Spooled,
    onProgress?: OrderImportProgress,
  ): Promise<DataImportRow> {
    const encoding = await fileEncoding(file.path);
    const timeZone = await this.customers.timeZone();
    const counts: ImportCounts = {
      rowsRead: 0,
      rowsImported: 0,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsFailed: 0,
    };
    let errors: ImportRowError[] = [];
    const keepFirstErrors = () => {
      errors.sort((a, b) => a.line - b.line);
      errors = errors.slice(0, ORDER_IMPORT.errorsKept);
    };
    const report = (line: number, issue: OrderImportIssue, column: string | null) => {
      counts.rowsFailed++;
      errors.push({ line, issue, column });
      if (errors.length >= 2 * ORDER_IMPORT.errorsKept) keepFirstErrors();
    };
    let started = false;
    const progress = (finished: boolean) => {
      if (!started) return;
      this.realtime.push(MODERATORS_ROOM, 'job:progress', {
        id,
        done: counts.rowsRead,
        total: 0,
        finished,
      });
      onProgress?.(counts.rowsRead);
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
    // Only a record past the size limit is skipped (quotes are read leniently).
    parser.on('skip', () => {
      counts.rowsRead++;
      report(readTo + 1, 'too_long', null);
    });

    const seen = new SeenKeys();
    let columns: OrderColumns | null = null;
    let batch: BatchRow[] = [];
    let batchLine = 0;
    const flush = async () => {
      if (!batch.length) return;
      const rows = batch;
      batch = [];
      const written = await this.write(id, timeZone, rows, counts);
      for (const r of written.mismatched)
        report(r.line, 'customer_mismatch', r.customerKey === r.emailKey ? 'email' : 'customer_id');
      counts.rowsImported += written.inserted;
      counts.rowsUpdated += written.updated;
      counts.rowsUnchanged += written.unchanged;
      progress(false);
    };

    // Set when the file is refused: the streams may then say something else about stopping.
    let refused: AppError | null = null;
    let failure: string | null = null;
    try {
      await pipeline(
        createReadStream(file.path),
        iconv.decodeStream(encoding),
        lineFeeds(),
        parser,
        async (
          records: AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>,
        ) => {
          for await (const { record, raw, info } of records) {
            const line = startLine(info.lines, raw);
            if (!columns) {
              const header = readOrderHeader(record);
              if ('missing' in header)
                throw (refused = fileError(
                  `The file needs the columns: ${header.missing.join(', ')}.`,
                ));
              columns = header.columns;
              if (!(await this.imports.start(id, fileName, actor?.memberId ?? null)))
                throw (refused = conflict('importId', 'An import with this id exists already.'));
              started = true;
              progress(false);
              continue;
            }
            if (++counts.rowsRead > this.limits.rows)
              throw (refused = tooManyRows(this.limits.rows));
            const read = readOrderRow(record, columns);
            if ('issue' in read) report(line, read.issue, read.column);
            else if (seen.add(read.row.orderId)) report(line, 'duplicate_in_file', 'order_id');
            else {
              if (!batch.length) batchLine = line;
              batch.push({ ...read.row, line });
            }
            if (batch.length >= BATCH) await flush();
          }
          if (!columns) throw fileError('The file is empty: it needs a header row and orders.');
          await flush();
        },
      );
    } catch (err) {
      // Assigned in the stream's callbacks, which the compiler does not follow.
      const stop = refused as AppError | null;
      // Refused before anything was written (the header, the id): an error, nothing recorded.
      if (!started) throw stop ?? err;
      if (!stop)
        this.logger.error(
          { err, importId: id, line: batchLine },
          'an order import stopped part way',
        );
      failure =
        stop?.message ??
        `The import stopped at line ${batchLine}: the rows before it are in. Import the file again to add the rest (rows already in are counted unchanged).`;
    }
    keepFirstErrors();
    const status = failure ? 'failed' : 'done';
    const finished = await this.db.transaction(async () => {
      const row = await this.imports.finish(id, { ...counts, status, errors, failure });
      await this.audit.record(actor, {
        action: 'orders.import',
        target: { type: 'dataImport', id, label: fileName },
        after: { fileName, status, ...counts },
      });
      return row;
    });
    if (counts.rowsImported || counts.rowsUpdated) await this.cache.changed();
    progress(true);
    return finished;
  }

  /**
   * One batch in one transaction: orders that are another customer's are refused; the rest's
   * customers are saved and matched, then the orders written, and the import's counters moved
   * on. A deadlock (two imports of overlapping files) is tried again.
   */
  private async write(
    importId: string,
    timeZone: string,
    rows: BatchRow[],
    before: ImportCounts,
  ): Promise<{ inserted: number; updated: number; unchanged: number; mismatched: BatchRow[] }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async () => {
          const owners = await this.repo.orderOwners(rows.map((r) => r.orderId));
          const mismatched = rows.filter((r) => {
            const owner = owners.get(r.orderId);
            return owner !== undefined && owner !== r.customerKey;
          });
          const good = mismatched.length ? rows.filter((r) => !mismatched.includes(r)) : rows;
          const byKey = new Map<string, NewCustomer>();
          for (const r of good) {
            const known = byKey.get(r.customerKey);
            if (!known || r.email)
              byKey.set(r.customerKey, {
                key: r.customerKey,
                email: r.email,
                emailKey: r.emailKey,
              });
          }
          // Customers known as they are need no write, and keep their member.
          const known = await this.repo.customersByKeys([...byKey.keys()]);
          const same = new Map(known.map((c) => [c.externalId, c]));
          const changed = [...byKey.values()].filter((c) => {
            const was = same.get(c.key);
            return !was || (c.email !== null && c.email !== was.email);
          });
          const written = changed.length ? await this.repo.upsertCustomers(changed) : [];
          await this.matching.rematch(written);
          const customers = [...known, ...written];
          const rowIds = new Map(customers.map((c) => [c.externalId, c.id]));
          const upserted = await this.repo.upsertOrders(
            importId,
            timeZone,
            good.map((r) => ({
              orderId: r.orderId,
              customerRowId: rowIds.get(r.customerKey)!,
              at: r.at,
              localDay: r.localDay,
              amount: r.amount,
            })),
          );
          const touched = new Set([...upserted.inserted, ...upserted.updated]);
          // An order another import gave to another customer since the check above.
          const rest = good.filter((r) => !touched.has(r.orderId));
          const nowOwners = rest.length
            ? await this.repo.orderOwners(rest.map((r) => r.orderId))
            : new Map<string, string>();
          const raced = rest.filter((r) => nowOwners.get(r.orderId) !== r.customerKey);
          const result = {
            inserted: upserted.inserted.length,
            updated: upserted.updated.length,
            unchanged: rest.length - raced.length,
            mismatched: [...mismatched, ...raced],
          };
          await this.imports.progress(importId, {
            rowsRead: before.rowsRead,
            rowsImported: before.rowsImported + result.inserted,
            rowsUpdated: before.rowsUpdated + result.updated,
            rowsUnchanged: before.rowsUnchanged + result.unchanged,
            rowsFailed: before.rowsFailed + result.mismatched.length,
          });
          return result;
        });
      } catch (err) {
        if ((err as { code?: string }).code !== DEADLOCK || attempt >= WRITE_ATTEMPTS) throw err;
      }
    }
  }
}

/** The name shown for an import: the file's own name without folders, cut to FILE_NAME_MAX. */
function fileNameOf(name: string | null): string {
  const plain = (name ?? '').split(/[\\/]/).pop()!.trim();
  return [...(plain || 'orders.csv')].slice(0, FILE_NAME_MAX).join('');
}
