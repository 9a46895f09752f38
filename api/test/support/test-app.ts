import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type Config } from '../../src/config/env.js';
import { createApp } from '../../src/app.factory.js';
import { GqlClient } from './gql-client.js';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestApp {
  app: NestExpressApplication;
  config: Config;
  url: string;
  databaseUrl: string;
  client(): GqlClient;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template, and the whole api listening on a free port. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.KIZUNA_TEST_SERVER_URL!;
  const name = `kizuna_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.KIZUNA_TEST_TEMPLATE}`);
  await admin.end();
  return {
    url: withDatabase(server, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: '/tmp/kizuna-test-data',
    SEED_DEMO: 'false',
    WEB_DIST: '/nonexistent',
    ...env,
  });
  const app = await createApp(config, db.url);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    url,
    databaseUrl: db.url,
    client: () => new GqlClient(url),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** A second instance of the api on the same database, as behind a load balancer. */
export async function startTwin(
  t: TestApp,
): Promise<Pick<TestApp, 'app' | 'url' | 'client'> & { close(): Promise<void> }> {
  const app = await createApp({ ...t.config, MIGRATE_ON_START: false }, t.databaseUrl);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return { app, url, client: () => new GqlClient(url), close: () => app.close() };
}
