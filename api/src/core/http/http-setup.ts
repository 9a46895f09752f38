import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import compression from 'compression';
import etag from 'etag';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode } from '@kizuna/shared';
import type { Config } from '../../config/env.js';
import { QUERY_LIMITS } from '../graphql/query-limits.js';
import { ensureCsrfCookie } from '../auth/cookies.js';
import { sendHttpError } from '../errors/exception.filter.js';
import { Lifecycle } from '../lifecycle/lifecycle.js';
import type { RequestLogging } from '../logging/request-logging.js';
import { injectPage, PublicPages } from './public-page.js';

const API_PATHS =
  /^\/(graphql|healthz|readyz|metrics|media|calendar|event-links|sitemap\.xml|robots\.txt)(\/|$|\?)/;

const refuse = (res: Response, status: number, code: ErrorCode, message: string) =>
  sendHttpError(res, { status, message, extensions: { code } });

/** The documents of a request (one, or a batch), before Apollo parses them. */
const documentsOf = (body: unknown): unknown[] =>
  (Array.isArray(body) ? body : [body]).map((op) => (op as { query?: unknown } | null)?.query);

/**
 * Express-level pieces that run before Nest's routes: the request log, headers, cookies, body
 * limits, the SPA.
 */
export function setupHttp(
  app: NestExpressApplication,
  config: Config,
  requestLog: RequestLogging['middleware'],
): void {
  app.use(app.get(Lifecycle).track);
  app.use(requestLog);
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  // Express would hash every answer for an ETag; GraphQL answers are POSTs no one revalidates, and
  // hashing the feed's was about 1.5% of its cost. The app's pages set theirs (`serveSpa`).
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'https:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      strictTransportSecurity: config.isProduction,
    }),
  );
  app.use(compression());
  app.use(cookieParser());
  // Every response, the SPA's index.html included, hands out the CSRF cookie mutations must echo.
  app.use((req: Request, res: Response, next: NextFunction) => {
    ensureCsrfCookie(req, res, config.isProduction);
    next();
  });
  app.use('/graphql', express.json({ limit: QUERY_LIMITS.maxBodyBytes }));
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (Array.isArray(req.body) && req.body.length > QUERY_LIMITS.maxBatch) {
      return refuse(
        res,
        400,
        ErrorCode.TOO_MANY_OPERATIONS,
        `A batch may hold at most ${QUERY_LIMITS.maxBatch} operations; this one has ${req.body.length}.`,
      );
    }
    // Parsing is linear, but a huge document is refused before it costs anything.
    if (
      documentsOf(req.body).some(
        (q) => typeof q === 'string' && q.length > QUERY_LIMITS.maxQueryLength,
      )
    ) {
      return refuse(
        res,
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `A query may be at most ${QUERY_LIMITS.maxQueryLength} characters long.`,
      );
    }
    next();
  });
  app.use(
    (err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (err?.type === 'entity.too.large') {
        return refuse(
          res,
          413,
          ErrorCode.PAYLOAD_TOO_LARGE,
          `The request is larger than ${QUERY_LIMITS.maxBodyBytes} bytes.`,
        );
      }
      if (err?.type === 'entity.parse.failed') {
        return refuse(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
      }
      next(err);
    },
  );
  serveSpa(app, config);
}

/**
 * The built SPA from the same origin: hashed assets cached for a year, every other page gets
 * index.html; a public page (a post, a space, a profile) gets it with its title, description,
 * canonical link, Open Graph tags, JSON-LD and content, for crawlers and link previews.
 */
function serveSpa(app: NestExpressApplication, config: Config): void {
  const dist = config.WEB_DIST;
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return;
  const indexHtml = readFileSync(index, 'utf8');
  const pages = app.get(PublicPages, { strict: false });
  const logger = new Logger('PublicPages');
  // Assets come compressed from the build (.br, .gz beside each file): not compressed per request.
  app.use(
    '/assets',
    expressStaticGzip(join(dist, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { immutable: true, maxAge: '1y', index: false },
    }),
  );
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || req.path.startsWith('/assets/'))
      return next();
    res.setHeader('cache-control', 'no-cache');
    pages
      .render(req.path)
      .catch((err: unknown) => {
        logger.warn({ err, path: req.path }, 'public page not rendered');
        return null;
      })
      .then((page) => {
        const html = page ? injectPage(indexHtml, page, config.PUBLIC_URL) : indexHtml;
        // Revalidated on every visit (no-cache): an unchanged page answers 304 without a body.
        res.setHeader('etag', etag(html, { weak: true }));
        res.type('html').send(html);
      }, next);
  });
}
