export type CsvProblem = 'empty' | 'notCsv' | 'tooLarge';

/** Checks a CSV file before sending it; the server reads and checks every row again. */
export function checkCsv(
  file: Pick<File, 'name' | 'size' | 'type'>,
  maxBytes: number,
): CsvProblem | null {
  if (file.size === 0) return 'empty';
  const csvType = ['text/csv', 'application/vnd.ms-excel', 'text/plain', ''].includes(file.type);
  if (!/\.(csv|txt)$/i.test(file.name) && !csvType) return 'notCsv';
  if (file.size > maxBytes) return 'tooLarge';
  return null;
}
