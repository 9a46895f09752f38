import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './env.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'kizuna-env-'));

describe('loadConfig', () => {
  it('fills defaults and derives PUBLIC_URL from PORT', () => {
    const c = loadConfig({ DATA_DIR: dataDir(), PORT: '4321' });
    expect(c).toMatchObject({
      PORT: 4321,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      SEED_DEMO: true,
      PUBLIC_URL: 'http://localhost:4321',
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('names every wrong variable with a message a person can act on', () => {
    try {
      loadConfig({
        DATA_DIR: dataDir(),
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        SEED_DEMO: 'maybe',
      });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: must be a port number/m);
      expect(problems).toMatch(/^DATABASE_URL: must start with postgres/m);
      expect(problems).toMatch(/^LOG_LEVEL: must be one of/m);
      expect(problems).toMatch(/^SEED_DEMO: must be true or false/m);
    }
  });

  it('requires SESSION_SECRET in production, and generates and keeps one elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(
      /SESSION_SECRET: is required in production/,
    );
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.SESSION_SECRET).toHaveLength(64);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(first.SESSION_SECRET);
    expect(loadConfig({ DATA_DIR: dir }).SESSION_SECRET).toBe(first.SESSION_SECRET);
    expect(() => loadConfig({ DATA_DIR: dir, SESSION_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(
      loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL,
    ).toBeUndefined();
  });
});
