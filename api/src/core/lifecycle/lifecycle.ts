import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Whether this instance takes traffic, and the requests it is still answering. Shutdown turns
 * readiness off at once (so a load balancer drains the instance) and waits for the requests in
 * flight before anything they need is closed.
 */
@Injectable()
export class Lifecycle {
  private stopping = false;
  private inFlight = 0;
  private waiters: Array<() => void> = [];

  get accepting(): boolean {
    return !this.stopping;
  }

  beginShutdown(): void {
    this.stopping = true;
  }

  /** Express middleware counting a request until its response has been sent or dropped. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight++;
    res.once('close', () => {
      if (--this.inFlight === 0) for (const w of this.waiters.splice(0)) w();
    });
    next();
  };

  /** Resolves once no request is being answered. */
  requestsDone(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
