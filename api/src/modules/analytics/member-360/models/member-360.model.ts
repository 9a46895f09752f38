import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LoyaltyStanding, NpsClass } from '@kizuna/shared';
import { Customer } from '../../../customers/models/customer.model.js';
import type { MemberEntity } from '../../../members/entities/member.entity.js';
import { Member } from '../../../members/models/member.model.js';
import { MemberLoyalty } from '../../models/analytics.model.js';
import '../../lists/models/loyalty-lists.model.js';

@ObjectType()
export class OrderLine {
  @Field()
  orderId: string;

  @Field()
  orderedAt: Date;

  @Field(() => Float)
  amount: number;
}

@ObjectType({ description: 'An NPS answer in an identified survey, in the community or imported.' })
export class NpsAnswer {
  @Field(() => ID, { nullable: true })
  surveyId: string | null;

  @Field(() => String, { nullable: true, description: 'In the viewer’s language.' })
  surveyTitle: string | null;

  @Field(() => Int)
  score: number;

  @Field(() => NpsClass)
  npsClass: NpsClass;

  @Field()
  answeredAt: Date;

  @Field()
  imported: boolean;
}

@ObjectType({
  description:
    'Something the member did (an activity action), or points given outside the rules (POINTS_ADJUSTED, MISSION_REWARD as action keys points_adjusted, mission_reward).',
})
export class TimelineItem {
  @Field()
  at: Date;

  @Field()
  action: string;

  @Field()
  subjectType: string;

  @Field()
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'The post, event, idea or survey.' })
  title: string | null;

  @Field(() => Int, { nullable: true, description: 'Points it earned (net of reversals).' })
  points: number | null;
}

@ObjectType()
export class SegmentMembership {
  @Field(() => ID)
  setId: string;

  @Field()
  name: string;

  @Field(() => LoyaltyStanding)
  standing: LoyaltyStanding;
}

@ObjectType({ description: 'Everything about one member, for staff and the product team.' })
export class Member360 {
  @Field(() => Member)
  member: MemberEntity;

  @Field(() => MemberLoyalty, { nullable: true, description: 'As of the last computation.' })
  loyalty: MemberLoyalty | null;

  @Field(() => Customer, { nullable: true, description: 'As of today.' })
  customer: Customer | null;

  @Field(() => [OrderLine], { description: 'Newest first.' })
  orders: OrderLine[];

  @Field(() => [NpsAnswer], { description: 'Newest first.' })
  npsHistory: NpsAnswer[];

  @Field(() => [SegmentMembership])
  segments: SegmentMembership[];

  @Field(() => [TimelineItem], { description: 'Newest first, at most 100.' })
  timeline: TimelineItem[];
}
