import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReviewTargets, type ReviewedContent } from '../moderation/review-targets.js';
import { PostsService } from '../posts/posts.service.js';
import { FeedbackPolicy } from './feedback.policy.js';
import type { IdeaRow } from './ideas.repository.js';
import { IdeasService } from './ideas.service.js';

/**
 * Ideas as moderation sees them. An idea is hidden by rejecting it (its author and reviewers
 * still see it) and shown again by approving it; an idea is never deleted.
 */
@Injectable()
export class IdeaReviewTargets implements OnModuleInit {
  constructor(
    private readonly targets: ReviewTargets,
    private readonly ideas: IdeasService,
    private readonly posts: PostsService,
  ) {}

  onModuleInit(): void {
    this.targets.register('idea', {
      readable: async (reader, id) => {
        const [idea] = await this.ideas.findByIds([id]);
        return idea && FeedbackPolicy.canSee(reader, idea)
          ? (await this.reviewed([idea]))[0]
          : null;
      },
      find: async (ids) => {
        const rows = await this.reviewed(await this.ideas.findByIds(ids));
        return new Map(rows.map((r) => [r.id, r]));
      },
      hide: (id) => this.ideas.setApprovalForReview(id, false),
      show: (id) => this.ideas.setApprovalForReview(id, true),
    });
  }

  private async reviewed(ideas: IdeaRow[]): Promise<ReviewedContent[]> {
    const posts = new Map(
      (await this.posts.findByIds(ideas.map((i) => i.id))).map((p) => [p.id, p]),
    );
    return ideas.map((i) => ({
      id: i.id,
      authorId: i.authorId,
      label: i.title,
      excerpt: posts.get(i.id)?.excerpt ?? '',
      path: `/ideas/${i.id}`,
      hidden: i.approval !== 'approved',
      deleted: false,
      createdAt: i.createdAt,
    }));
  }
}
