import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .url({ error: 'must be a URL such as postgres://user:password@host:5432/kizuna' })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z
    .url({ error: 'must be the URL people open, such as https://community.example.com' })
    .optional(),
  DATABASE_URL: postgresUrl.optional(),
  REDIS_URL: z
    .url({ error: 'must be a URL such as redis://localhost:6379' })
    .refine((v) => /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  DATA_DIR: z.string().min(1).default(join(REPO_ROOT, 'data')),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  SMTP_URL: z
    .url({ error: 'must be a URL such as smtps://user:password@smtp.example.com:465' })
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Kizuna <no-reply@localhost>'),
  SEED_DEMO: bool.default(true),
  TRUST_PROXY: z.coerce
    .number({ error: 'must be the number of proxies in front of the api (0 for none)' })
    .int()
    .min(0)
    .default(0),
  MIGRATE_ON_START: bool.default(true),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters long').optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number')
    .min(1000, 'must be at least 1000')
    .max(600_000, 'must be at most 600000')
    .default(10_000),
  WEB_DIST: z.string().default(join(REPO_ROOT, 'web/dist')),
  VISITOR_FEED_TTL_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number')
    .min(0, 'must be 0 (no cache) or more')
    .max(3600, 'must be at most 3600')
    .default(15),
  // Uploaded images go to DATA_DIR/media unless an S3-compatible bucket is configured.
  S3_BUCKET: z
    .string()
    .regex(/^[a-zA-Z0-9._-]{1,255}$/, 'must be a bucket name (letters, digits, dots, dashes)')
    .optional(),
  S3_REGION: z.string().min(1).default('auto'),
  S3_ENDPOINT: z
    .url({
      error: 'must be the URL of the S3-compatible service, such as https://s3.example.com',
    })
    .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.default(false),
});

export type Env = z.infer<typeof schema>;

export interface Config extends Omit<Env, 'SESSION_SECRET' | 'PUBLIC_URL'> {
  SESSION_SECRET: string;
  PUBLIC_URL: string;
  isProduction: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function emptyToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(source)) out[k] = v === '' ? undefined : v;
  return out;
}

/** Reads, validates and completes the environment. Throws ConfigError naming every wrong variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(emptyToUndefined(source));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  if (isProduction && !env.SESSION_SECRET) {
    throw new ConfigError([
      'SESSION_SECRET: is required in production (at least 32 random characters, e.g. `openssl rand -hex 32`)',
    ]);
  }
  if (env.S3_BUCKET) {
    const missing = (['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !env[k]);
    if (missing.length) {
      throw new ConfigError(
        missing.map((k) => `${k}: is required when S3_BUCKET is set (a key with access to it)`),
      );
    }
  }
  const dataDir = isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(process.cwd(), env.DATA_DIR);
  return {
    ...env,
    DATA_DIR: dataDir,
    isProduction,
    SESSION_SECRET: env.SESSION_SECRET ?? localSecret(dataDir),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
  };
}

/** Outside production the secret is generated once and kept in the data folder. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const CONFIG = Symbol('CONFIG');
