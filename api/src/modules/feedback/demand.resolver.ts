import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/auth/viewer.js';
import { forbidden } from '../../core/errors/app-error.js';
import { DemandLoaderFactory } from './demand.loaders.js';
import { FeedbackPolicy } from './feedback.policy.js';
import type { IdeaRow } from './ideas.repository.js';
import { IdeaDemand } from './models/demand.model.js';
import { Idea } from './models/feedback.model.js';

@Resolver(() => Idea)
export class IdeaDemandResolver {
  constructor(private readonly loader: DemandLoaderFactory) {}

  @ResolveField(() => IdeaDemand, {
    description: 'Who wants it, by customer value: the product team, moderators and admins only.',
  })
  demand(idea: IdeaRow, _args: unknown, ctx: GqlContext) {
    if (!FeedbackPolicy.isReviewer(ctx.req.viewer))
      throw forbidden('Demand is for the product team and moderators.');
    return ctx.loaders.get(this.loader).load(idea.id);
  }
}
