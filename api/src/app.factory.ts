import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { Config } from './config/env.js';
import { AppModule } from './app.module.js';
import { migrate } from './core/database/data-source.js';
import { PrototypedExpressAdapter } from './core/http/express-adapter.js';
import { setupHttp } from './core/http/http-setup.js';
import { AppLogger } from './core/logging/app-logger.js';
import { requestLogging } from './core/logging/request-logging.js';
import { RealtimeIoAdapter } from './core/realtime/io-adapter.js';

/** Builds the whole api (used by the server, the CLI and the tests) and applies migrations. */
export async function createApp(
  config: Config,
  databaseUrl: string,
): Promise<NestExpressApplication> {
  const logging = requestLogging(config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    new PrototypedExpressAdapter(),
    { logger: new AppLogger(logging.logger), bodyParser: false },
  );
  setupHttp(app, config, logging.middleware);
  // Node cuts any request still arriving after 5 minutes; a 200 MB import from a slow link (or
  // read slowly while the database writes it) takes longer, as long as the proxy allows (30 min).
  // Headers still have to arrive within Node's own bound.
  (app.getHttpServer() as Server).requestTimeout = 30 * 60_000;
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config));
  if (config.MIGRATE_ON_START) await migrate(app.get(DataSource));
  // Consumers register and the outbox dispatcher starts before anything (the demo seed) writes.
  await app.init();
  return app;
}
