import { uploadForm } from '../../posts/upload';
import { parseImportResult, type ImportResult } from './logic';

/**
 * Sends a CSV of external NPS answers. The job id and the survey go before the file, so the
 * server knows them before the rows stream in and the page can match the progress pushes it
 * announces.
 */
export function uploadNpsCsv(
  input: { file: File; surveyId: string; jobId: string },
  onSent: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  return uploadForm(
    `/imports/nps?surveyId=${encodeURIComponent(input.surveyId)}`,
    [
      ['jobId', input.jobId],
      ['surveyId', input.surveyId],
      ['file', input.file],
    ],
    parseImportResult,
    onSent,
    signal,
  );
}
