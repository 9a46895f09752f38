import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { SESSION_COOKIE } from '@kizuna/shared';
import type { RequestWithViewer } from '../../core/auth/viewer.js';
import { VisitTracker } from '../../core/visits/visit-tracker.js';
import { AuthService } from './auth.service.js';

/** Resolves the viewer from the session cookie once per request. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly auth: AuthService,
    private readonly visits: VisitTracker,
  ) {}

  async use(req: RequestWithViewer, _res: Response, next: NextFunction): Promise<void> {
    try {
      req.viewer = await this.auth.resolveSession(req.cookies?.[SESSION_COOKIE]);
      if (req.viewer) {
        req.viewer.ip = req.ip;
        this.visits.seen(req.viewer.memberId);
      }
      next();
    } catch (err) {
      next(err);
    }
  }
}
