import { Field, InputType } from '@nestjs/graphql';
import { LIMITS, LOCALES, RegistrationMode, type Locale } from '@kizuna/shared';
import {
  MaxLen,
  OneOf,
  Omittable,
  Optional,
  Required,
  WebUrl,
} from '../../../core/validation/rules.js';

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateCommunityInput {
  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(LIMITS.communityNameMax)
  name?: string;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(LIMITS.communityDescriptionMax)
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: 'An http(s) image URL; null removes the logo.',
  })
  @Optional()
  @WebUrl()
  logoUrl?: string | null;

  @Field(() => String, { nullable: true })
  @Omittable()
  @OneOf(LOCALES)
  defaultLocale?: Locale;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(64)
  timezone?: string;

  @Field(() => RegistrationMode, { nullable: true })
  @Omittable()
  @OneOf(Object.values(RegistrationMode))
  registrationMode?: RegistrationMode;

  @Field({
    nullable: true,
    description:
      'Whether staff appear on leaderboards (from the next refresh, within two minutes).',
  })
  @Omittable()
  leaderboardsIncludeStaff?: boolean;

  @Field({
    nullable: true,
    description: 'Whether moderators may suspend and restore members (admins always may).',
  })
  @Omittable()
  moderatorsCanSuspend?: boolean;

  @Field({
    nullable: true,
    description: 'Whether people without an account may read public spaces and their posts.',
  })
  @Omittable()
  visibleToVisitors?: boolean;
}
