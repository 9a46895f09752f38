import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OrderImportService } from '../modules/customers/import/order-import.service.js';
import { runWithApp } from './run.js';

const usage = `Usage: npm run import:orders -- FILE
Imports orders from a CSV file (customer_id,email,order_id,ordered_at,amount in any order, found
by header name; UTF-8 or Shift_JIS), as the import page does. Importing the same file again adds
nothing; a changed amount updates the order. Exits with 2 when some rows were refused.`;

const { values, positionals } = parseArgs({
  options: { help: { type: 'boolean' } },
  allowPositionals: true,
});
if (values.help || positionals.length !== 1) {
  console.log(usage);
  process.exit(values.help ? 0 : 64);
}
// A relative path is the caller's, wherever npm runs the script from.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
const n = (v: number) => v.toLocaleString('en');

await runWithApp(async (app) => {
  const started = Date.now();
  const result = await app.get(OrderImportService).importFile(file, (done) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    process.stdout.write(`\rRead ${n(done)} rows (${n(rate)} rows/s)`);
  });
  process.stdout.write('\n');
  for (const e of result.errors)
    console.log(`Line ${e.line}: ${e.issue.toUpperCase()}${e.column ? ` (${e.column})` : ''}`);
  if (result.rowsFailed > result.errors.length)
    console.log(
      `Only the first ${result.errors.length} of ${n(result.rowsFailed)} refused rows are listed.`,
    );
  console.log(
    `Read ${n(result.rowsRead)} rows: imported ${n(result.rowsImported)}, updated ${n(result.rowsUpdated)}, unchanged ${n(result.rowsUnchanged)}, refused ${n(result.rowsFailed)}.`,
  );
  if (result.failure) {
    console.error(result.failure);
    return 1;
  }
  return result.rowsFailed > 0 ? 2 : 0;
});
