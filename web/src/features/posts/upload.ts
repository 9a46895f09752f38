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
 * Uploads an image with XMLHttpRequest (fetch cannot report upload progress), sending the CSRF
 * cookie back in its header. `onProgress` gets 0..1.
 */
export function uploadImage(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/media');
    xhr.withCredentials = false; // same-origin: cookies are sent anyway
    const token = readCookie(CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy answered).
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        onProgress(1);
        resolve(body as UploadedImage);
      } else {
        reject(new UploadError(uploadErrorOf(xhr.status, body)));
      }
    };
    xhr.onerror = () => reject(new UploadError(uploadErrorOf(0, null)));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const data = new FormData();
    data.append('file', file);
    xhr.send(data);
  });
}

/** Markdown for an uploaded image. */
export function imageMarkdown(url: string): string {
  return `![](${url})`;
}
