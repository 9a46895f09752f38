// Markdown rendering time for the largest adversarial inputs the api accepts (50,000 characters
// built to make parsers backtrack or nest deeply). The unit tests only check the output is safe.
//
//   npm run bench:markdown            # BENCH_RUNS=20 by default
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const { renderMarkdown } = await import('../api/dist/core/markdown/markdown.js');
const { ADVERSARIAL_MARKDOWN } = await import('../api/dist/core/markdown/adversarial-inputs.js');

const rows = [];
for (const input of ADVERSARIAL_MARKDOWN) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    renderMarkdown(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  rows.push({
    input: JSON.stringify(input.slice(0, 24)) + (input.length > 24 ? '…' : ''),
    chars: input.length,
    'p50 ms': times[Math.floor(RUNS / 2)].toFixed(1),
    'max ms': times.at(-1).toFixed(1),
  });
}
console.table(rows);
const worst = Math.max(...rows.map((r) => Number(r['max ms'])));
console.log(`slowest input: ${worst.toFixed(1)} ms (target: under 1,000 ms)`);
