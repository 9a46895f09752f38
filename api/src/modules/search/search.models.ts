import { ArgsType, Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { CONTENT_LIMITS, PostKind, WRITTEN_POST_KINDS } from '@kizuna/shared';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination.js';
import { MaxLen, OneOf, Optional, Required } from '../../core/validation/rules.js';
import { Comment, Post } from '../posts/models/post.model.js';

export const SearchHitType = { POST: 'post', COMMENT: 'comment' } as const;
export type SearchHitType = (typeof SearchHitType)[keyof typeof SearchHitType];
registerEnumType(SearchHitType, { name: 'SearchHitType' });

@ObjectType({ description: 'A post or comment matching a search.' })
export class SearchHit {
  @Field(() => SearchHitType)
  type: SearchHitType;

  @Field(() => Post, { description: 'The post, or the post the comment belongs to.' })
  post?: Post;

  @Field(() => Comment, { nullable: true })
  comment?: Comment | null;

  @Field({
    description: 'A short passage around the first match: escaped text with <mark> around matches.',
  })
  snippetHtml: string;

  @Field(() => Float)
  score: number;
}

export const SearchHitConnection = ConnectionType(SearchHit, 'SearchHit');

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words to find; Japanese works without spaces.' })
  @Required()
  @MaxLen(CONTENT_LIMITS.searchQueryMax)
  query: string;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(40)
  spaceSlug?: string;

  @Field(() => PostKind, { nullable: true })
  @Optional()
  @OneOf(WRITTEN_POST_KINDS)
  kind?: PostKind;

  @Field({ nullable: true })
  @Optional()
  @IsBoolean()
  solved?: boolean;

  @Field({ nullable: true })
  @Optional()
  @MaxLen(30)
  authorHandle?: string;

  @Field(() => Date, { nullable: true })
  @Optional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @Optional()
  to?: Date;
}
