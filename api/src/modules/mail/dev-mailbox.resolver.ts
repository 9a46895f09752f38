import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/access.decorators.js';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination.js';
import { DevMailboxService } from './dev-mailbox.service.js';

@ObjectType({ description: 'A mail the community sent while no SMTP server was configured.' })
export class DevMail {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field()
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

const DevMailConnection = ConnectionType(DevMail, 'DevMail');

@Resolver(() => DevMail)
export class DevMailboxResolver {
  constructor(private readonly mailbox: DevMailboxService) {}

  @Roles('admin')
  @Query(() => DevMailConnection, {
    description: 'Mail kept locally when SMTP_URL is not set, newest first.',
  })
  devMailbox(@Args() args: PageArgs) {
    return this.mailbox.list(args);
  }
}
