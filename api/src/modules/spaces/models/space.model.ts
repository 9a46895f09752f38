import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@kizuna/shared';
import { ConnectionType } from '../../../core/graphql/pagination.js';

@ObjectType({ description: 'A category of the community, such as announcements or Q&A.' })
export class Space {
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

  @Field({ description: 'An emoji shown with the name.' })
  icon: string;

  @Field({ description: '#rrggbb' })
  color: string;

  @Field(() => Int)
  position: number;

  @Field(() => [Role], { nullable: true, description: 'null: every member may see it.' })
  viewRoles: Role[] | null;

  @Field(() => [Role], { nullable: true, description: 'null: every member who sees it may post.' })
  postRoles: Role[] | null;

  @Field(() => Int, { nullable: true, description: 'The rank members need to see it.' })
  minRankPosition: number | null;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;
}

export const SpaceConnection = ConnectionType(Space, 'Space');
