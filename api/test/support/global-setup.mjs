// One PostgreSQL for the whole run (DATABASE_URL when given, embedded otherwise) and one migrated
// template database; every test file then clones the template, which takes milliseconds.
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '@kizuna/migrations';
import { startEmbeddedPostgres } from '../../dist/core/database/embedded.js';

export const TEMPLATE = `kizuna_test_template_${process.pid}`;

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // Under /tmp so the postgres user can reach it wherever the checkout lives.
    const dir = await mkdtemp(join(tmpdir(), 'kizuna-test-'));
    await chmod(dir, 0o755);
    const db = await startEmbeddedPostgres(dir);
    globalThis.__KIZUNA_DB__ = db;
    serverUrl = db.url;
  }
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const ds = new DataSource({
    type: 'postgres',
    url: withDatabase(serverUrl, TEMPLATE),
    migrations,
  });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  process.env.KIZUNA_TEST_SERVER_URL = serverUrl;
  process.env.KIZUNA_TEST_TEMPLATE = TEMPLATE;
}

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
