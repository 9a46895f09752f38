import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EngagementLevel, IdeaApproval, IdeaSort, IdeaStatus, Role } from '@kizuna/shared';
import { PageInfo } from '../../../core/graphql/pagination.js';
import '../../members/models/member.model.js';

registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  description:
    'open → under_review → planned → in_progress → released, or declined; duplicate: merged into another idea (only a merge sets it). Released, declined and duplicate ideas are closed: they take no votes.',
});
registerEnumType(IdeaApproval, {
  name: 'IdeaApproval',
  description:
    'On a board that requires approval, members’ ideas wait as PENDING, seen by their author and reviewers only, until approved or rejected.',
});
registerEnumType(IdeaSort, {
  name: 'IdeaSort',
  description:
    'VOTES: most votes first; NEWEST; TOP_RANK_VOTES: votes from top-rank members; TRENDING: votes in the last 14 days; LOYAL_DEMAND: votes weighted by loyalty.',
});
registerEnumType(EngagementLevel, { name: 'EngagementLevel' });

@ObjectType({ description: 'A feedback board (機能要望, 不具合報告…) ideas are submitted to.' })
export class FeedbackBoard {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field()
  descriptionJa: string;

  @Field()
  descriptionEn: string;

  @Field(() => [Role], { nullable: true, description: 'Roles that may post; null: every role.' })
  postRoles: Role[] | null;

  @Field(() => [Role], { nullable: true, description: 'Roles that may vote; null: every role.' })
  voteRoles: Role[] | null;

  @Field(() => Int, { nullable: true, description: 'Lowest rank that may post; null: any.' })
  minPostRankPosition: number | null;

  @Field(() => Int, { nullable: true, description: 'Lowest rank that may vote; null: any.' })
  minVoteRankPosition: number | null;

  @Field({ description: 'New ideas by members wait for staff or product approval.' })
  requiresApproval: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Votes a member may hold on this board’s ideas that are not closed; null: unlimited.',
  })
  voteBudget: number | null;

  @Field(() => Int)
  position: number;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'The product team’s answer, pinned at the top of an idea (公式回答).' })
export class OfficialAnswer {
  @Field({ description: 'Markdown.' })
  body: string;

  @Field({ description: 'Sanitised HTML.' })
  bodyHtml: string;

  authorId: string | null;

  @Field(() => Date)
  answeredAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'One move of an idea’s status, with its public note.' })
export class IdeaStatusChange {
  @Field(() => ID)
  id: string;

  @Field(() => IdeaStatus, { nullable: true, description: 'null for the first status.' })
  from: IdeaStatus | null;

  @Field(() => IdeaStatus)
  to: IdeaStatus;

  @Field(() => String, { nullable: true, description: 'Public note, plain text.' })
  note: string | null;

  actorId: string | null;

  @Field(() => Date)
  at: Date;
}

@ObjectType({
  description:
    'An idea on a feedback board. It is a post of kind IDEA without a space: its id is the post’s, so comments and reactions use the post mutations with it.',
})
export class Idea {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field(() => Date)
  statusChangedAt: Date;

  @Field(() => IdeaApproval)
  approval: IdeaApproval;

  @Field(() => Int)
  voteCount: number;

  @Field(() => Int)
  followerCount: number;

  @Field({ description: 'Hidden from the roadmap by the product team.' })
  hiddenFromRoadmap: boolean;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class IdeaConnection {
  @Field(() => [Idea])
  nodes: Idea[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Ideas matching the filters, on every page.' })
  totalCount: number;
}

@ObjectType({ description: 'What the product team is doing, in three columns.' })
export class Roadmap {
  @Field(() => [Idea])
  planned: Idea[];

  @Field(() => [Idea])
  inProgress: Idea[];

  @Field(() => [Idea], { description: 'Released in the last 90 days, newest first.' })
  released: Idea[];
}
