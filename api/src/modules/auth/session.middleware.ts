import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { SESSION_COOKIE } from '@kizuna/shared';
import { CONFIG, type Config } from '../../config/env.js';
import { ensureCsrfCookie } from '../../core/auth/cookies.js';
import type { RequestWithViewer } from '../../core/auth/viewer.js';
import { AuthService } from './auth.service.js';

/** Resolves the viewer from the session cookie once per request and hands out the CSRF cookie. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly auth: AuthService,
  ) {}

  async use(req: RequestWithViewer, res: Response, next: NextFunction): Promise<void> {
    try {
      ensureCsrfCookie(req, res, this.config.isProduction);
      req.viewer = await this.auth.resolveSession(req.cookies?.[SESSION_COOKIE]);
      next();
    } catch (err) {
      next(err);
    }
  }
}
