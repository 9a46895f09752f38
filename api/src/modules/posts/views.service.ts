import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PostsRepository } from './posts.repository.js';

const FLUSH_EVERY_MS = 2_000;
const FLUSH_AT = 500;

/**
 * Post views are counted off the hot path: reads only note the view in memory; every two seconds
 * (or every 500 views) one statement stores them, once per viewer per post per day, whichever
 * instance saw them.
 */
@Injectable()
export class ViewsService implements OnModuleDestroy {
  private readonly logger = new Logger(ViewsService.name);
  private pending = new Map<string, { postId: string; viewerId: string; day: string }>();
  private readonly timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS).unref();

  constructor(private readonly posts: PostsRepository) {}

  record(postId: string, viewerId: string, timeZone = 'Asia/Tokyo'): void {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    this.pending.set(`${postId}:${viewerId}:${day}`, { postId, viewerId, day });
    if (this.pending.size >= FLUSH_AT) void this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.posts.recordViews(batch);
    } catch (err) {
      this.logger.warn({ err, views: batch.length }, 'could not store post views');
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
