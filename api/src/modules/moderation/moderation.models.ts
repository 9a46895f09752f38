import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  FlagReason,
  MODERATION_LIMITS,
  ReviewAction,
  ReviewSource,
  ReviewStatus,
  ReviewTargetType,
  SanctionKind,
  WatchedWordAction,
} from '@kizuna/shared';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination.js';
import {
  IntRange,
  MaxLen,
  NumberRange,
  OneOf,
  Optional,
  Required,
} from '../../core/validation/rules.js';
import { Member } from '../members/models/member.model.js';

registerEnumType(FlagReason, { name: 'FlagReason' });
registerEnumType(ReviewTargetType, { name: 'ReviewTargetType' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(ReviewSource, {
  name: 'ReviewSource',
  description: 'Why an item is in the queue: flags, a watched word, approval, a duplicate.',
});
registerEnumType(ReviewAction, { name: 'ReviewAction' });
registerEnumType(WatchedWordAction, { name: 'WatchedWordAction' });
registerEnumType(SanctionKind, { name: 'SanctionKind' });

@InputType()
export class FlagInput {
  @Field(() => ReviewTargetType)
  @OneOf(Object.values(ReviewTargetType))
  targetType: ReviewTargetType;

  @Field(() => ID)
  @Required()
  @MaxLen(36)
  targetId: string;

  @Field(() => FlagReason)
  @OneOf(Object.values(FlagReason))
  reason: FlagReason;

  @Field(() => String, { nullable: true, description: 'Required with OTHER.' })
  @Optional()
  @MaxLen(MODERATION_LIMITS.flagNoteMax)
  note?: string | null;
}

@InputType()
export class ResolveReviewInput {
  @Field(() => ID)
  @Required()
  itemId: string;

  @Field(() => ReviewAction)
  @OneOf(Object.values(ReviewAction))
  action: ReviewAction;

  @Field(() => String, { nullable: true, description: 'Shown to the author when hidden.' })
  @Optional()
  @MaxLen(MODERATION_LIMITS.reasonMax)
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'With AGREE_SUSPEND; null: until restored.' })
  @Optional()
  @IntRange(1, MODERATION_LIMITS.sanctionDaysMax)
  suspendDays?: number | null;
}

@ArgsType()
export class ReviewQueueArgs extends PageArgs {
  @Field(() => ReviewStatus, { defaultValue: 'pending' })
  @OneOf(Object.values(ReviewStatus))
  status: ReviewStatus = 'pending';

  @Field(() => ReviewTargetType, { nullable: true })
  @Optional()
  @OneOf(Object.values(ReviewTargetType))
  targetType?: ReviewTargetType | null;

  @Field(() => ReviewSource, { nullable: true })
  @Optional()
  @OneOf(Object.values(ReviewSource))
  source?: ReviewSource | null;

  @Field(() => FlagReason, { nullable: true })
  @Optional()
  @OneOf(Object.values(FlagReason))
  reason?: FlagReason | null;
}

@ObjectType({ description: 'What was flagged, as moderators see it.' })
export class ReviewContent {
  @Field()
  label: string;

  @Field()
  excerpt: string;

  @Field({ description: 'Its page in the web app.' })
  path: string;

  @Field()
  hidden: boolean;

  @Field()
  deleted: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'How often moderators agreed with a member’s flags.' })
export class FlagAccuracy {
  @Field(() => Int)
  agreed: number;

  @Field(() => Int)
  disagreed: number;

  @Field(() => Float, { nullable: true, description: 'agreed / decided; null before any.' })
  rate: number | null;
}

@ObjectType()
export class Flag {
  @Field(() => ID)
  id: string;

  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Float)
  weight: number;

  @Field()
  createdAt: Date;

  @Field(() => Member, { nullable: true })
  flagger?: Member | null;

  @Field(() => FlagAccuracy)
  flaggerAccuracy?: FlagAccuracy;
}

@ObjectType({ description: 'How earlier reviews of a member’s content ended.' })
export class ReviewHistory {
  @Field(() => Int)
  agreed: number;

  @Field(() => Int)
  disagreed: number;

  @Field(() => Int)
  ignored: number;

  @Field(() => Int)
  pending: number;
}

@ObjectType({ description: 'A warning, suspension or silence in a member’s record.' })
export class Sanction {
  @Field(() => ID)
  id: string;

  @Field(() => SanctionKind)
  kind: SanctionKind;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'A warning’s message to the member.' })
  message: string | null;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => Member, { nullable: true })
  createdBy?: Member | null;
}

@ObjectType({ description: 'One target in the review queue, with every flag on it.' })
export class ReviewItem {
  @Field(() => ID)
  id: string;

  @Field(() => ReviewTargetType)
  targetType: ReviewTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ReviewStatus)
  status: ReviewStatus;

  @Field(() => ReviewSource)
  source: ReviewSource;

  @Field(() => String, { nullable: true, description: 'The watched word, say.' })
  detail: string | null;

  @Field(() => Float, { description: 'Sum of the flags’ weights.' })
  score: number;

  @Field(() => Int)
  flagCount: number;

  @Field({ description: 'Hidden pending review (by flags, or held for approval).' })
  hiddenByReview: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => ReviewAction, { nullable: true })
  resolution: string | null;

  @Field(() => Member, { nullable: true })
  resolvedBy?: Member | null;

  @Field(() => Member, { nullable: true, description: 'Who wrote it (the member, for a profile).' })
  author?: Member | null;

  @Field(() => ReviewContent, { nullable: true, description: 'null: gone for good.' })
  content?: ReviewContent | null;

  @Field(() => [Flag])
  flags?: Flag[];

  @Field(() => ReviewHistory, { description: 'Earlier reviews of the author’s content.' })
  authorHistory?: ReviewHistory;

  @Field(() => [Sanction], { description: 'The author’s warnings, suspensions and silences.' })
  authorSanctions?: Sanction[];
}

export const ReviewItemConnection = ConnectionType(ReviewItem, 'ReviewItem');

@ObjectType({ description: 'A member’s moderation record, for moderators.' })
export class MemberRecord {
  @Field(() => Member)
  member: Member;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  silencedUntil: Date | null;

  @Field(() => String, { nullable: true })
  silenceReason: string | null;

  @Field(() => [Sanction])
  sanctions: Sanction[];

  @Field(() => ReviewHistory)
  reviewHistory: ReviewHistory;

  @Field(() => FlagAccuracy, { description: 'Of the flags they raised.' })
  flagAccuracy: FlagAccuracy;
}

@InputType()
export class WarnMemberInput {
  @Field(() => ID)
  @Required()
  memberId: string;

  @Field({ description: 'Kept in the record (staff only).' })
  @Required()
  @MaxLen(MODERATION_LIMITS.reasonMax)
  reason: string;

  @Field({ description: 'Sent to the member.' })
  @Required()
  @MaxLen(2000)
  message: string;
}

@InputType()
export class SilenceMemberInput {
  @Field(() => ID)
  @Required()
  memberId: string;

  @Field(() => Int)
  @IntRange(1, MODERATION_LIMITS.sanctionDaysMax)
  days: number;

  @Field({ description: 'Shown to the member when they try to post.' })
  @Required()
  @MaxLen(MODERATION_LIMITS.reasonMax)
  reason: string;
}

@ObjectType('ModerationSettings')
export class ModerationSettingsModel {
  @Field(() => Int)
  flagMinRank: number;

  @Field(() => Int)
  flagsPerHour: number;

  @Field(() => Float)
  hideThreshold: number;

  @Field(() => Int)
  newMemberDays: number;

  @Field(() => Int)
  trustedRank: number;

  @Field(() => Int)
  newMemberMaxLinks: number;

  @Field(() => Int)
  newMemberMaxImages: number;

  @Field(() => Int)
  newMemberMaxMentions: number;

  @Field()
  holdNewMemberLinks: boolean;
}

@InputType()
export class ModerationSettingsInput {
  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, 100)
  flagMinRank?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, 1000)
  flagsPerHour?: number;

  @Field(() => Float, { nullable: true })
  @Optional()
  @NumberRange(0.5, 100)
  hideThreshold?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(0, 365)
  newMemberDays?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(1, 100)
  trustedRank?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(0, 100)
  newMemberMaxLinks?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(0, 100)
  newMemberMaxImages?: number;

  @Field(() => Int, { nullable: true })
  @Optional()
  @IntRange(0, 100)
  newMemberMaxMentions?: number;

  @Field({ nullable: true })
  @Optional()
  holdNewMemberLinks?: boolean;
}

@ObjectType()
export class WatchedWord {
  @Field(() => ID)
  id: string;

  @Field()
  word: string;

  @Field(() => WatchedWordAction)
  action: WatchedWordAction;

  @Field()
  createdAt: Date;
}

@InputType()
export class WatchedWordInput {
  @Field()
  @Required()
  @MaxLen(MODERATION_LIMITS.watchedWordMax)
  word: string;

  @Field(() => WatchedWordAction)
  @OneOf(Object.values(WatchedWordAction))
  action: WatchedWordAction;
}
