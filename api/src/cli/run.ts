import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { resolveDatabase } from '../core/database/database-url.js';
import { AppError } from '../core/errors/app-error.js';
import { createApp } from '../app.factory.js';

/** What went wrong, for the terminal: a refused input names its fields. */
function describe(err: unknown): unknown {
  if (!(err instanceof AppError)) return err instanceof Error ? err.message : err;
  const fields =
    (err.extensions.fields as Array<{ field: string; message: string }> | undefined) ?? [];
  return fields.length ? fields.map((f) => `${f.field}: ${f.message}`).join('\n') : err.message;
}

/**
 * Runs a command against the configured (or embedded) database, then shuts everything down and
 * exits with the command's code (0 when it gives none, 1 when it throws).
 */
export async function runWithApp(
  work: (app: NestExpressApplication, config: Config) => Promise<number | void>,
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
  let code: number;
  try {
    const app = await createApp(config, url);
    try {
      code = (await work(app, config)) ?? 0;
    } finally {
      await app.close();
    }
  } catch (err) {
    console.error(describe(err));
    code = 1;
  } finally {
    await embedded?.stop();
  }
  process.exit(code);
}
