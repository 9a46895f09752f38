import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Reader } from '../../core/auth/viewer.js';
import { Discussions } from '../posts/discussions.js';
import { FeedbackPolicy } from './feedback.policy.js';
import { IdeasRepository } from './ideas.repository.js';

/**
 * An idea's post (its comments and reactions) is read by exactly those who see the idea: everyone
 * reading once approved; its author and reviewers before.
 */
@Injectable()
export class IdeaPosts implements OnModuleInit {
  constructor(
    private readonly discussions: Discussions,
    private readonly ideas: IdeasRepository,
  ) {}

  onModuleInit(): void {
    this.discussions.own('idea', this);
  }

  async canRead(reader: Reader, postId: string): Promise<boolean> {
    const idea = await this.ideas.findById(postId);
    return !!idea && FeedbackPolicy.canSee(reader, idea);
  }
}
