// Starts the real api (built, in api/dist) serving the built SPA (web/dist) on a free port, with
// the demo community seeded into a fresh database, and waits until it is ready.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REPO_DIR = resolve(WEB_DIR, '..');
const API_MAIN = join(REPO_DIR, 'api/dist/main.js');
const WEB_DIST = join(WEB_DIR, 'dist');
const READY_TIMEOUT_MS = 240_000;

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function createDatabase(serverUrl) {
  const { default: pg } = await import('pg');
  const name = `kizuna_web_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return name;
}

async function waitForReady(baseUrl, child, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`The api exited with code ${child.exitCode} before it was ready:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(`The api was not ready after ${READY_TIMEOUT_MS / 1000}s:\n${log}`);
}

export default async function globalSetup() {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing. Run \`npx turbo run build\` first.`);
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `${WEB_DIST}/index.html is missing. Run \`npm run build -w @kizuna/web\` first.`,
    );
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Under the system temp dir and world-readable: embedded PostgreSQL runs as `postgres` when root.
  const dataDir = await mkdtemp(join(tmpdir(), 'kizuna-web-e2e-'));
  await chmod(dataDir, 0o755);
  const logFile = join(dataDir, 'api.log');

  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    WEB_DIST,
    SEED_DEMO: 'true',
    MIGRATE_ON_START: 'true',
    LOG_LEVEL: 'warn',
    SMTP_URL: '',
    // Members signed up through the api arrive as from their own addresses (see
    // signUpThroughApi), as they would behind the proxy a community runs behind.
    TRUST_PROXY: '1',
  };
  let database = null;
  if (process.env.DATABASE_URL) {
    database = {
      serverUrl: process.env.DATABASE_URL,
      name: await createDatabase(process.env.DATABASE_URL),
    };
    env.DATABASE_URL = withDatabase(database.serverUrl, database.name);
  } else {
    delete env.DATABASE_URL;
  }

  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  globalThis.__KIZUNA_E2E__ = { child, dataDir, database, logFile };
  process.env.KIZUNA_E2E_URL = baseUrl;
  process.env.KIZUNA_E2E_LOG = logFile;
  try {
    await waitForReady(baseUrl, child, logFile);
  } catch (error) {
    const { default: teardown } = await import('./global-teardown.mjs');
    await teardown();
    throw error;
  }
}
