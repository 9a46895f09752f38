import { Injectable } from '@nestjs/common';
import { rateLimited } from '../../core/errors/app-error.js';
import { RateLimitsRepository } from './rate-limits.repository.js';

interface Policy {
  limit: number;
  windowSeconds: number;
  baseSeconds: number;
  maxSeconds: number;
}

export const SIGN_IN_POLICY = {
  account: { limit: 5, windowSeconds: 900, baseSeconds: 30, maxSeconds: 900 },
  ip: { limit: 20, windowSeconds: 900, baseSeconds: 60, maxSeconds: 900 },
  reset: { limit: 3, windowSeconds: 3600, baseSeconds: 3600, maxSeconds: 3600 },
} satisfies Record<string, Policy>;

/** Backoff after repeated failures, per account and per IP, shared by every api instance. */
@Injectable()
export class ThrottleService {
  constructor(private readonly limits: RateLimitsRepository) {}

  /** Throws RATE_LIMITED when any of the keys is blocked. */
  async check(...keys: string[]): Promise<void> {
    const waits = await Promise.all(keys.map((k) => this.limits.blockedFor(k)));
    const wait = Math.max(0, ...waits);
    if (wait > 0) throw rateLimited(wait);
  }

  async fail(key: string, policy: Policy): Promise<void> {
    await this.limits.fail(
      key,
      policy.limit,
      policy.windowSeconds,
      policy.baseSeconds,
      policy.maxSeconds,
    );
  }

  clear(key: string): Promise<void> {
    return this.limits.clear(key);
  }

  accountKey = (email: string) => `sign-in:account:${email.trim().toLowerCase()}`;
  ipKey = (ip: string) => `sign-in:ip:${ip}`;
  resetKey = (email: string) => `reset:${email.trim().toLowerCase()}`;
}
