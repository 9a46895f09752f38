import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  EmailFrequency,
  NOTIFICATION_KINDS,
  NOTIFICATION_LIMITS,
  NotificationChannel,
  NotificationKind,
  NotificationSubjectType,
} from '@kizuna/shared';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination.js';
import { MaxLen, OneOf, Omittable, Required } from '../../core/validation/rules.js';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'IN_APP: notification center only; EMAIL: center and mail; OFF: nothing.',
});
registerEnumType(EmailFrequency, { name: 'EmailFrequency' });
registerEnumType(NotificationSubjectType, { name: 'NotificationSubjectType' });

@ObjectType({ description: 'What a notification is about.' })
export class NotificationSubject {
  @Field(() => NotificationSubjectType)
  type: NotificationSubjectType;

  @Field(() => ID, { description: 'Its id (a rank: its position).' })
  id: string;
}

@ObjectType({
  description:
    'The values a notification’s sentence uses besides its actors and post. Names come in both languages; the client writes the sentence in its own.',
})
export class NotificationParams {
  @Field(() => String, { nullable: true, description: 'A moderator’s message, as written.' })
  message?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The post’s title when it was written (a post its reader may no longer open).',
  })
  title?: string;

  @Field(() => Int, { nullable: true, description: 'Years of membership (anniversaries).' })
  years?: number;

  @Field(() => Int, { nullable: true, description: 'Points earned (a mission’s reward).' })
  points?: number;

  @Field(() => Int, { nullable: true, description: 'A rank’s position.' })
  position?: number;

  @Field(() => Int, { nullable: true, description: 'Hours until an event starts (a reminder).' })
  hours?: number;

  @Field(() => String, { nullable: true, description: 'The subject’s name in Japanese.' })
  nameJa?: string;

  @Field(() => String, { nullable: true, description: 'The subject’s name in English.' })
  nameEn?: string;

  @Field(() => String, { nullable: true })
  icon?: string;

  @Field(() => String, {
    nullable: true,
    description: 'An idea’s new status, as IdeaStatus values are written (feedback_status).',
  })
  status?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The title of the idea a merged idea’s votes went to (feedback_status).',
  })
  into?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where in the web app it is about (a flag’s verdict names what was flagged).',
  })
  path?: string;
}

@ObjectType({ description: 'Something that concerns the viewer.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => Int, { description: 'How many people did it (reactions are grouped).' })
  actorCount: number;

  @Field(() => ID, { nullable: true, description: 'The comment it is about, if any.' })
  commentId: string | null;

  @Field(() => NotificationSubject, { nullable: true })
  subject: NotificationSubject | null;

  @Field(() => NotificationParams)
  params: NotificationParams;

  @Field()
  read: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'When it last changed (a new reaction).' })
  updatedAt: Date;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification');

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ObjectType()
export class NotificationChannelSetting {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => EmailFrequency, {
    description: 'Mail each notification as it happens, or one digest a day.',
  })
  emailFrequency: EmailFrequency;

  @Field(() => [NotificationChannelSetting])
  channels: NotificationChannelSetting[];
}

@InputType()
export class NotificationChannelInput {
  @Field(() => NotificationKind)
  @OneOf(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @Field(() => NotificationChannel)
  @OneOf(Object.values(NotificationChannel))
  channel: NotificationChannel;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => EmailFrequency, { nullable: true })
  @Omittable()
  @OneOf(Object.values(EmailFrequency))
  emailFrequency?: EmailFrequency;

  @Field(() => [NotificationChannelInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationChannelInput)
  channels?: NotificationChannelInput[];
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(100)
  ids: string[];
}

@InputType()
export class SendMemberMessageInput {
  @Field(() => ID)
  @Required()
  memberId: string;

  @Field({ description: `Plain text, at most ${NOTIFICATION_LIMITS.messageMax} characters.` })
  @Required()
  @MaxLen(NOTIFICATION_LIMITS.messageMax)
  message: string;
}
