import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { resolveDatabase } from '../core/database/database-url.js';
import { createApp } from '../app.factory.js';

/** Runs a command against the configured (or embedded) database, then shuts everything down. */
export async function runWithApp(
  work: (app: NestExpressApplication, config: Config) => Promise<void>,
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig({
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      MIGRATE_ON_START: 'true',
    });
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(78);
  }
  const { url, embedded } = await resolveDatabase(config, (m) => console.log(m));
  let code = 0;
  try {
    const app = await createApp(config, url);
    try {
      await work(app, config);
    } finally {
      await app.close();
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    code = 1;
  } finally {
    await embedded?.stop();
  }
  process.exit(code);
}
