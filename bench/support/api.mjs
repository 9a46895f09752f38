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
      LOG_LEVEL: 'silent',
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
    .join(' ')}, Node ${process.version}`;
}
