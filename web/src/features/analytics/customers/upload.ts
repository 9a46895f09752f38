import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { readCookie } from '../../../app/apollo';
import { UploadError, uploadErrorOf } from '../../posts/upload';
import { parseOrderImport, type OrderImportResult } from './importLogic';

/**
 * Sends a CSV of orders with XMLHttpRequest (fetch cannot report upload progress). The job id
 * goes before the file, so the server knows it before the rows stream in and the page can match
 * the progress pushes it announces.
 */
export function uploadOrdersCsv(
  input: { file: File; jobId: string },
  onSent: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<OrderImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/imports/orders');
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
      const result = xhr.status >= 200 && xhr.status < 300 ? parseOrderImport(body) : null;
      if (result) resolve(result);
      else reject(new UploadError(uploadErrorOf(xhr.status, body)));
    };
    xhr.onerror = () => reject(new UploadError(uploadErrorOf(0, null)));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const data = new FormData();
    data.append('jobId', input.jobId);
    data.append('file', input.file);
    xhr.send(data);
  });
}
