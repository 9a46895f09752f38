import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PostKind } from '@kizuna/shared';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import '../dto/post.inputs.js';

@ObjectType({ description: 'A talk, question or announcement in a space.' })
export class Post {
  @Field(() => ID)
  id: string;

  @Field(() => PostKind)
  kind: PostKind;

  @Field()
  title: string;

  /** Resolved by PostsResolver.body, since lists leave it out. */
  body: string;

  /** Resolved by PostsResolver.bodyHtml, since lists leave it out. */
  bodyHtml: string;

  @Field({ description: 'Plain text, about 160 characters.' })
  excerpt: string;

  @Field(() => String, {
    nullable: true,
    description: 'The first uploaded image the post shows, in its small size (320 px), for cards.',
  })
  thumbnailUrl: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int)
  reactionCount: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when the post was edited after it was published.',
  })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  pinnedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lockedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  lastActivityAt: Date;

  @Field(() => Int, { description: 'How many revisions the text has had (1 if never edited).' })
  revision: number;
}

@ObjectType({ description: 'A comment on a post, or a reply to one (one level).' })
export class Comment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postId: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int)
  reactionCount: number;

  @Field(() => Int)
  replyCount: number;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Deleted comments stay as a placeholder while they have replies.',
  })
  deletedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'The text of a post before an edit.' })
export class PostRevision {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  revision: number;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

export const PostConnection = ConnectionType(Post, 'Post');
export const CommentConnection = ConnectionType(Comment, 'Comment');
export const PostRevisionConnection = ConnectionType(PostRevision, 'PostRevision');
