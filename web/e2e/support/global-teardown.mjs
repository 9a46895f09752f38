import { rm } from 'node:fs/promises';
import { withDatabase } from './global-setup.mjs';

function stop(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function globalTeardown() {
  const state = globalThis.__KIZUNA_E2E__;
  if (!state) return;
  globalThis.__KIZUNA_E2E__ = undefined;
  await stop(state.child);
  if (state.database) {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({
      connectionString: withDatabase(state.database.serverUrl, 'postgres'),
    });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.database.name} WITH (FORCE)`);
    await admin.end();
  }
  if (process.env.KIZUNA_E2E_KEEP !== '1') {
    await rm(state.dataDir, { recursive: true, force: true });
  }
}
