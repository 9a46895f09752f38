import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NpsImportService } from '../modules/surveys/results/nps-import.service.js';
import { runWithApp } from './run.js';

const usage = `Usage: npm run import:nps -- --survey SURVEY_ID FILE
Imports NPS answers from a CSV file (customer_id,email,score,answered_at,comment and tp:<key>
columns; UTF-8 or Shift_JIS) into a published survey with an NPS question, as the import page
does. Importing the same file again adds nothing. Exits with 2 when some rows were refused.`;

const { values, positionals } = parseArgs({
  options: { survey: { type: 'string' }, help: { type: 'boolean' } },
  allowPositionals: true,
});
if (values.help || !values.survey || positionals.length !== 1) {
  console.log(usage);
  process.exit(values.help ? 0 : 64);
}
// A relative path is the caller's, wherever npm runs the script from.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

await runWithApp(async (app) => {
  const result = await app.get(NpsImportService).importFile(values.survey!, file, (done, total) => {
    const pct = total ? Math.round((done / total) * 100) : 100;
    process.stdout.write(`\rRead ${mb(done)} of ${mb(total)} MB (${pct}%)`);
  });
  process.stdout.write('\n');
  for (const e of result.errors) {
    const params = Object.entries(e.params ?? {})
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ');
    console.log(`Line ${e.line}: ${e.code} ${e.message}${params ? ` (${params})` : ''}`);
  }
  if (result.failed > result.errors.length)
    console.log(
      `Only the first ${result.errors.length} of ${result.failed} refused rows are listed.`,
    );
  const n = (v: number) => v.toLocaleString('en');
  console.log(
    `Imported ${n(result.imported)}, skipped ${n(result.skipped)} imported before, refused ${n(result.failed)}.`,
  );
  if (result.error) {
    console.error(result.error.message);
    return 1;
  }
  return result.failed > 0 ? 2 : 0;
});
