import { Injectable, type OnModuleInit } from '@nestjs/common';
import { POSTING_LIMITS } from '@kizuna/shared';
import { rateLimited } from '../errors/app-error.js';
import { Jobs } from '../jobs/jobs.js';
import { RateLimitsRepository } from './rate-limits.repository.js';

export interface RateLimitPolicy {
  /** Names the limit in the keys of its rows. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** Trying while refused blocks for `baseSeconds`, doubling with each refusal, up to `maxSeconds`. */
  penalty?: { baseSeconds: number; maxSeconds: number };
}

const HOUR = 3600;

/** Every rate limit of the product, in one place. */
export const RATE_LIMITS = {
  signInAccount: {
    name: 'sign-in:account',
    limit: 5,
    windowSeconds: 15 * 60,
    penalty: { baseSeconds: 30, maxSeconds: 15 * 60 },
  },
  signInIp: {
    name: 'sign-in:ip',
    limit: 20,
    windowSeconds: 15 * 60,
    penalty: { baseSeconds: 60, maxSeconds: 15 * 60 },
  },
  passwordReset: { name: 'reset', limit: 3, windowSeconds: HOUR },
  // Generous: people at one event or office sign up from one address.
  signUpIp: { name: 'sign-up:ip', limit: 30, windowSeconds: HOUR },
  post: { name: 'post', limit: POSTING_LIMITS.postsPerHour, windowSeconds: HOUR },
  postNewMember: { name: 'post', limit: POSTING_LIMITS.postsPerHourNew, windowSeconds: HOUR },
  comment: { name: 'comment', limit: POSTING_LIMITS.commentsPerHour, windowSeconds: HOUR },
  commentNewMember: {
    name: 'comment',
    limit: POSTING_LIMITS.commentsPerHourNew,
    windowSeconds: HOUR,
  },
  upload: { name: 'media-upload', limit: 30, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitPolicy>;

const PRUNE_JOB = 'rate-limits.prune';

/**
 * The one limiter behind every rate limit. An attempt is counted before the work it guards, in
 * one statement on PostgreSQL, so a limit holds exactly under concurrency and across instances
 * (counting first and inserting later would let concurrent requests all pass).
 */
@Injectable()
export class RateLimiter implements OnModuleInit {
  constructor(
    private readonly limits: RateLimitsRepository,
    private readonly jobs: Jobs,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.define(PRUNE_JOB, () => this.limits.prune());
    await this.jobs.every(PRUNE_JOB, HOUR * 1000);
  }

  /**
   * Counts one attempt by `subject` or throws RATE_LIMITED with the wait. Called inside a
   * transaction, the attempt is given back if the transaction rolls back.
   */
  async take(policy: RateLimitPolicy, subject: string): Promise<void> {
    const { allowed, retryAfterSeconds } = await this.limits.take(
      keyOf(policy, subject),
      policy.limit,
      policy.windowSeconds,
      policy.penalty ?? null,
    );
    if (!allowed) throw rateLimited(retryAfterSeconds);
  }

  /** Gives back the latest attempt (it turned out fine, as a correct password does). */
  refund(policy: RateLimitPolicy, subject: string): Promise<void> {
    return this.limits.dropNewest(keyOf(policy, subject));
  }

  /** Forgets every attempt and block of `subject`. */
  reset(policy: RateLimitPolicy, subject: string): Promise<void> {
    return this.limits.clear(keyOf(policy, subject));
  }
}

const keyOf = (policy: RateLimitPolicy, subject: string) => `${policy.name}:${subject}`;
