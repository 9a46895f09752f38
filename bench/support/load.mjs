// The keep-alive load generator the HTTP benchmarks share. Run it in a worker thread (`inWorker`)
// so that driving the load does not take the event loop of the server it measures.
import { readFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

/**
 * POSTs to `url` over at most `connections` keep-alive sockets. `post` resolves with the answer's
 * size in bytes and rejects anything but a 200 without GraphQL errors.
 */
export function client(url, connections) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port, pathname } = new URL(url);
  const post = (body, headers = {}) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          agent,
          hostname,
          port,
          path: pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...headers,
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks);
            if (res.statusCode === 200 && !text.includes('"errors"')) resolve(text.length);
            else reject(new Error(`HTTP ${res.statusCode}: ${text.toString().slice(0, 300)}`));
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

/** CPU time (ms) the calling thread has used, from /proc (Linux); null elsewhere. */
export function threadCpuMs() {
  try {
    const s = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, in 10 ms ticks
  } catch {
    return null;
  }
}

/**
 * Runs `loops` concurrent loops, each awaiting `step(loop, n)` for its n-th request, for a 2 s
 * warm-up and then `seconds`; the rate and latency quantiles (ms) of the measured part, how
 * many requests were made in all (`total`, the warm-up's included) and the CPU time (ms) the
 * calling thread used for all of them (`cpu`).
 */
export async function measure(loops, seconds, step) {
  let total = 0;
  const cpuBefore = threadCpuMs();
  const run = async (ms, latencies) => {
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: loops }, async (_, loop) => {
        for (let n = 0; performance.now() < end; n++) {
          const t = performance.now();
          await step(loop, n);
          total++;
          latencies?.push(performance.now() - t);
        }
      }),
    );
  };
  await run(2000, null);
  const latencies = [];
  const started = performance.now();
  await run(seconds * 1000, latencies);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  const cpu = cpuBefore === null ? null : threadCpuMs() - cpuBefore;
  return {
    rate: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    total,
    cpu,
  };
}

/** Runs the benchmark file `url` as a worker with `workerData`; resolves with what it posts. */
export const inWorker = (url, workerData) =>
  new Promise((resolve, reject) => {
    const w = new Worker(url, { workerData });
    w.once('message', resolve);
    w.once('error', reject);
  });
