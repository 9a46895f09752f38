import { uploadForm } from '../../posts/upload';
import { parseOrderImport, type OrderImportResult } from './importLogic';

/**
 * Sends a CSV of orders. The job id goes before the file, so the server knows it before the rows
 * stream in and the page can match the progress pushes it announces.
 */
export function uploadOrdersCsv(
  input: { file: File; jobId: string },
  onSent: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<OrderImportResult> {
  return uploadForm(
    '/imports/orders',
    [
      ['jobId', input.jobId],
      ['file', input.file],
    ],
    parseOrderImport,
    onSent,
    signal,
  );
}
