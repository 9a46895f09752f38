import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter.js';
import { RateLimitsRepository } from './rate-limits.repository.js';

@Global()
@Module({ providers: [RateLimiter, RateLimitsRepository], exports: [RateLimiter] })
export class RateLimitModule {}
