import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import chardet from 'chardet';
import { parse, type Options as ParseOptions } from 'csv-parse';
import iconv from 'iconv-lite';
import { ErrorCode } from '@kizuna/shared';
import { AppError, invalidField } from '../errors/app-error.js';

/**
 * What CSV imports share (NPS answers, orders): the upload received whole into a temporary file
 * before anything is read, so a broken or oversized body imports nothing; the encoding told
 * (UTF-8 or the Japanese ones); line breaks made plain; and the parser's options, so a record
 * is reported from the line it starts on.
 */

export interface Spooled {
  path: string;
  /** The name the browser gave the file, when it gave one. */
  name: string | null;
  bytes: number;
  /** Line breaks seen: an upper bound of the rows (quoted cells may hold some). */
  lines: number;
  truncated: boolean;
}

const SNIFF_BYTES = 64 * 1024;
/** A record longer than this is refused (an opening quote never closed reads on to the end). */
export const RECORD_BYTES_MAX = 64 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

export const fileError = (message: string) => invalidField('file', 'INVALID_VALUE', message);

export const tooLarge = (bytes: number) =>
  new AppError(
    ErrorCode.PAYLOAD_TOO_LARGE,
    `The file is larger than ${bytes / 1024 / 1024} MB. Split it and import the parts.`,
    { http: { status: 413 } },
  );

export const tooManyRows = (rows: number) =>
  fileError(
    `The file has more than ${rows.toLocaleString('en')} rows. Split it and import the parts.`,
  );

/** Whether the whole file is valid UTF-8 (Shift_JIS rarely is once it holds any Japanese). */
async function isUtf8File(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The file's encoding: UTF-8 when it starts with its BOM or is valid UTF-8 throughout; else
 * EUC-JP when chardet says so, or Shift_JIS as Windows writes it (CP932), also what a guess other
 * than Japanese usually means. UTF-16 (Excel's "Unicode text") is refused with how to save it.
 */
export async function fileEncoding(path: string): Promise<string> {
  const head = await sample(path);
  if (UTF16_BOMS.some((bom) => head.subarray(0, 2).equals(bom)))
    throw fileError(
      'This file is UTF-16 (Unicode text). Save it as "CSV UTF-8" or CSV (Shift_JIS) and import it again.',
    );
  if (head.subarray(0, 3).equals(UTF8_BOM) || (await isUtf8File(path))) return 'utf-8';
  return chardet.detect(head)?.toLowerCase() === 'euc-jp' ? 'euc-jp' : 'cp932';
}

async function sample(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Turns CRLF and lone CR line breaks into LF, so a record's line count is its lines. */
export function lineFeeds(): Transform {
  let cr = false;
  return new Transform({
    decodeStrings: false,
    transform(chunk: string | Buffer, _enc, done) {
      let text = (cr ? '\r' : '') + chunk.toString();
      cr = text.endsWith('\r');
      if (cr) text = text.slice(0, -1);
      done(null, text.replace(/\r\n?/g, '\n'));
    },
    flush(done) {
      done(null, cr ? '\n' : '');
    },
  });
}

/** What streams say when the reading end stopped before the file's end. */
export const cutShort = (err: unknown) =>
  ['ERR_STREAM_PREMATURE_CLOSE', 'ABORT_ERR'].includes((err as { code?: string }).code ?? '');

/** The line a record starts on: `lines` is the one it ends on, less the breaks inside it. */
export const startLine = (lines: number, raw: string) => {
  let inside = 0;
  for (let i = raw.indexOf('\n'); i >= 0 && i < raw.length - 1; i = raw.indexOf('\n', i + 1))
    inside++;
  return lines - inside;
};

/** How every import reads CSV: lenient with quotes and ragged rows, strict on record size. */
export const CSV_READ_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  max_record_size: RECORD_BYTES_MAX,
  skip_empty_lines: true,
  skip_records_with_error: true,
} as const satisfies ParseOptions;

/** Data rows of a file, for a limit its line breaks overstate (cells of several lines). */
export async function countRecords(path: string, limit: number): Promise<number> {
  let rows = -1;
  await pipeline(
    createReadStream(path),
    iconv.decodeStream(await fileEncoding(path)),
    lineFeeds(),
    parse(CSV_READ_OPTIONS),
    async (records: AsyncIterable<unknown>) => {
      for await (const _ of records) if (++rows > limit) break;
    },
  ).catch((err: unknown) => {
    if (!(rows > limit && cutShort(err))) throw err;
  });
  return Math.max(rows, 0);
}

/**
 * Reads a multipart body: the fields named in `fieldNames` (sent before the file), and the
 * form field `file` into `path`, up to `maxBytes` (more marks it truncated).
 */
export function receiveUpload(
  req: Request,
  path: string,
  o: { maxBytes: number; fieldNames: readonly string[] },
): Promise<{ fields: Record<string, string>; file: Spooled | null }> {
  return new Promise((resolve, reject) => {
    let bb: ReturnType<typeof busboy>;
    try {
      bb = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: o.maxBytes, fields: 10, fieldSize: 1024, parts: 12 },
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
      if (o.fieldNames.includes(name)) fields[name] = value;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      const spooled: Spooled = {
        path,
        name: info?.filename || null,
        bytes: 0,
        lines: 0,
        truncated: false,
      };
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

/**
 * Receives an upload whole into a temporary file, checks it against the limits (its size, its
 * rows), and gives it with the fields sent before it to `use`. The file is gone afterwards,
 * whatever happens.
 */
export async function withUploadedCsv<T>(
  req: Request,
  o: { maxBytes: number; maxRows: number; fieldNames: readonly string[] },
  use: (fields: Record<string, string>, file: Spooled) => Promise<T>,
): Promise<T> {
  if (Number(req.headers['content-length']) > o.maxBytes + RECORD_BYTES_MAX)
    throw tooLarge(o.maxBytes);
  const dir = await mkdtemp(join(tmpdir(), 'kizuna-upload-'));
  try {
    const { fields, file } = await receiveUpload(req, join(dir, 'upload.csv'), o);
    if (!file) throw fileError('Send the CSV file in the form field "file".');
    if (file.truncated) throw tooLarge(o.maxBytes);
    if (file.lines > o.maxRows + 1 && (await countRecords(file.path, o.maxRows)) > o.maxRows)
      throw tooManyRows(o.maxRows);
    return await use(fields, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
