import { CSRF_COOKIE, CSRF_HEADER, ErrorCode } from '@kizuna/shared';
import { readCookie } from '../../app/apollo';
import type { AppErrorInfo } from '../../ui/errors';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const IMAGE_ACCEPT = IMAGE_TYPES.join(',');

export type UploadProblem = 'tooLarge' | 'notImage' | 'empty';

/** Checks a file before sending it: the server checks again, by its bytes. */
export function checkImage(file: Pick<File, 'size' | 'type'>): UploadProblem | null {
  if (file.size === 0) return 'empty';
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return 'notImage';
  if (file.size > MAX_IMAGE_BYTES) return 'tooLarge';
  return null;
}

export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
  variants: Record<string, string>;
}

/** A failed upload, in the same shape as GraphQL errors so the same translations apply. */
export class UploadError extends Error {
  constructor(readonly info: AppErrorInfo) {
    super(info.code);
  }
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

/** Turns the api's answer to a failed upload into an error code. */
export function uploadErrorOf(status: number, body: unknown): AppErrorInfo {
  const first = (body as ErrorBody | null)?.errors?.[0];
  const code = first?.extensions?.code;
  const known = typeof code === 'string' && Object.values(ErrorCode).includes(code as ErrorCode);
  if (known) {
    const retry = first?.extensions?.retryAfterSeconds;
    return {
      code: code as ErrorCode,
      fields: [],
      ...(typeof retry === 'number' ? { retryAfterSeconds: Math.max(1, Math.ceil(retry)) } : {}),
    };
  }
  if (status === 413) return { code: ErrorCode.PAYLOAD_TOO_LARGE, fields: [] };
  if (status === 429) return { code: ErrorCode.RATE_LIMITED, fields: [] };
  if (status === 401) return { code: ErrorCode.UNAUTHENTICATED, fields: [] };
  if (status === 0) return { code: 'NETWORK', fields: [] };
  return { code: status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST, fields: [] };
}

/**
 * Posts a form with XMLHttpRequest (fetch cannot report upload progress), sending the CSRF
 * cookie back in its header. Fields go in the order given, so the server can read the ones
 * before a file while the file streams in. `onSent` gets 0..1; `parse` turns a successful
 * answer into the result (null when it is not one).
 */
export function uploadForm<R>(
  url: string,
  fields: ReadonlyArray<[string, string | Blob]>,
  parse: (body: unknown) => R | null,
  onSent: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    const token = readCookie(CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onSent(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy answered).
      }
      const result = xhr.status >= 200 && xhr.status < 300 ? parse(body) : null;
      if (result) resolve(result);
      else reject(new UploadError(uploadErrorOf(xhr.status, body)));
    };
    xhr.onerror = () => reject(new UploadError(uploadErrorOf(0, null)));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const data = new FormData();
    for (const [name, value] of fields) data.append(name, value);
    xhr.send(data);
  });
}

/** Uploads an image to the media store. `onProgress` gets 0..1. */
export async function uploadImage(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedImage> {
  const image = await uploadForm(
    '/media',
    [['file', file]],
    (body) => (body && typeof body === 'object' ? (body as UploadedImage) : null),
    onProgress,
    signal,
  );
  onProgress(1);
  return image;
}

/** Markdown for an uploaded image. */
export function imageMarkdown(url: string): string {
  return `![](${url})`;
}
