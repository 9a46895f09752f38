import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination.js';
import { MaxLen, Optional, Pattern } from '../../core/validation/rules.js';
import { Member } from '../members/models/member.model.js';

@ObjectType({ description: 'One field an action changed, as JSON text before and after.' })
export class AuditChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'One staff action, as recorded when it happened. Never changes.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => Member, { nullable: true, description: 'null: the system (an import, a job).' })
  actor?: Member | null;

  @Field(() => String, { nullable: true, description: 'The actor’s role at the time.' })
  actorRole: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field({ description: '`domain.verb`, e.g. `member.suspend`.' })
  action: string;

  @Field()
  targetType: string;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'The target’s name at the time.' })
  targetLabel: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => [AuditChange], {
    description: 'Fields that differ between before and after (all of either when one is empty).',
  })
  changes?: AuditChange[];
}

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

const ACTION = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/;

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @Optional()
  @MaxLen(36)
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(60)
  @Pattern(ACTION, 'An action looks like member.suspend.')
  action?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(40)
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @Optional()
  @MaxLen(100)
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after.' })
  @Optional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before.' })
  @Optional()
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Words in the target’s name or the reason.' })
  @Optional()
  @MaxLen(100)
  search?: string | null;
}
