// The whole api in this process on a throwaway database: embedded PostgreSQL in a temporary
// folder, or an empty database in DATABASE_URL. For benchmarks only.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startApi(env = {}) {
  const { createApp } = await import('../../api/dist/app.factory.js');
  const { loadConfig } = await import('../../api/dist/config/env.js');
  const { startEmbeddedPostgres } = await import('../../api/dist/core/database/embedded.js');
  const tempDir = mkdtempSync(join(tmpdir(), 'kizuna-bench-'));
  chmodSync(tempDir, 0o755);
  let embedded = null;
  let app = null;
  const stop = async () => {
    await app?.close();
    await embedded?.stop();
    rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres(tempDir);
      databaseUrl = embedded.url;
    }
    mkdirSync(join(tempDir, 'data'));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: join(tempDir, 'data'),
      SEED_DEMO: 'false',
      WEB_DIST: '/nonexistent',
      ...env,
    });
    app = await createApp(config, databaseUrl); // applies the migrations
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    return { app, url, databaseUrl, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** A short description of the machine and its load, printed with every result. */
export async function machine() {
  const { cpus, loadavg } = await import('node:os');
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, Node ${process.version} ${process.execArgv.join(' ') || '(no flags)'}`;
}

/**
 * CPU time (ms) used so far by this process and by the PostgreSQL cluster behind `query` (its
 * postmaster, living backends and those that have exited), and the machine's busy and idle time
 * over all its cores, read from /proc: so a run can show what an operation costs, which drifts
 * far less with the machine's load than its rate. The database figure is null when PostgreSQL
 * runs elsewhere.
 */
export async function cpuClock(query) {
  const { readFileSync, readdirSync } = await import('node:fs');
  const stat = (pid) => {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  };
  const tick = 1000 / 100; // USER_HZ
  let postmaster = null;
  try {
    const [{ pid }] = await query('SELECT pg_backend_pid() AS pid');
    postmaster = stat(pid)[1];
  } catch {
    postmaster = null;
  }
  const database = () => {
    if (!postmaster) return null;
    try {
      const p = stat(postmaster);
      let t = Number(p[11]) + Number(p[12]) + Number(p[13]) + Number(p[14]);
      for (const pid of readdirSync('/proc')) {
        if (!/^\d+$/.test(pid)) continue;
        try {
          const f = stat(pid);
          if (f[1] === postmaster) t += Number(f[11]) + Number(f[12]);
        } catch {
          // exited meanwhile: its time is in the postmaster's
        }
      }
      return t * tick;
    } catch {
      return null;
    }
  };
  // The whole machine, all cores: busy and idle time (ms) since boot.
  const cores = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
      const [user, nice, system, idle, iowait, irq, softirq, steal] = f.map(Number);
      return {
        busy: (user + nice + system + irq + softirq + steal) * tick,
        idle: (idle + iowait) * tick,
      };
    } catch {
      return { busy: null, idle: null };
    }
  };
  return () => {
    const { user, system } = process.cpuUsage();
    return { api: (user + system) / 1000, database: database(), ...cores() };
  };
}

/**
 * The statements the api's driver runs while `request` (one request to it) runs, as
 * `{ text, values, name, wave }`: statements sent while another of the same wave was still
 * running share its `wave`, so a bare handler can send them together as the api did
 * (`replayer`). The outbox's background poll may run one of its own meanwhile: the request is
 * made three times and the shortest capture kept.
 */
export async function statementsOf(request) {
  const { default: pg } = await import('pg');
  let best = null;
  for (let i = 0; i < 3; i++) {
    const statements = [];
    let running = 0;
    let wave = -1;
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (config, values, cb) {
      const c = typeof config === 'string' ? { text: config, values } : config;
      if (!c || typeof c.text !== 'string') return original.call(this, config, values, cb);
      if (running === 0) wave++;
      running++;
      statements.push({ text: c.text, values: c.values, name: c.name, wave });
      let done = false;
      const finish = () => {
        if (!done) running--;
        done = true;
      };
      const after =
        (inner) =>
        (...args) => {
          finish();
          return inner(...args);
        };
      if (typeof cb === 'function') cb = after(cb);
      else if (typeof values === 'function') values = after(values);
      const result = original.call(this, config, values, cb);
      if (typeof result?.then === 'function') result.then(finish, finish);
      else if (typeof cb !== 'function' && typeof values !== 'function') finish();
      return result;
    };
    try {
      await request();
    } finally {
      pg.Client.prototype.query = original;
    }
    if (!best || statements.length < best.length) best = statements;
  }
  return best;
}

/**
 * Runs captured statements (`statementsOf`) on `pool` as the api sent them: wave after wave,
 * each wave's statements together. Resolves with each statement's rows, in order.
 */
export function replayer(pool, statements) {
  const waves = [];
  for (const s of statements) (waves[s.wave] ??= []).push(s);
  return async () => {
    const out = [];
    for (const wave of waves) {
      const results = await Promise.all(
        wave.map(({ text, values, name }) => pool.query({ text, values, name })),
      );
      for (const r of results) out.push(r.rows);
    }
    return out;
  };
}
