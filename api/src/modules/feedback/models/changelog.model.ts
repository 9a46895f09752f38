import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../core/graphql/pagination.js';

@ObjectType({ description: 'What shipped: a release note linking the ideas it delivers.' })
export class ChangelogEntry {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown.' })
  body: string;

  @Field()
  bodyHtml: string;

  @Field({ description: 'YYYY-MM-DD' })
  releasedOn: string;

  @Field(() => Date, { nullable: true, description: 'null: a draft (product team and admins).' })
  publishedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

export const ChangelogEntryConnection = ConnectionType(ChangelogEntry, 'ChangelogEntry');
