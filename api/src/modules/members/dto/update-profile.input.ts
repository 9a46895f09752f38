import { Field, InputType } from '@nestjs/graphql';
import { HANDLE_PATTERN, LIMITS, LOCALES, type Locale } from '@kizuna/shared';
import {
  MaxLen,
  MinLen,
  OneOf,
  Omittable,
  Optional,
  Pattern,
  Required,
  WebUrl,
} from '../../../core/validation/rules.js';

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateProfileInput {
  @Field({ nullable: true })
  @Omittable()
  @Required()
  @MaxLen(LIMITS.displayNameMax)
  displayName?: string;

  @Field({ nullable: true })
  @Omittable()
  @MinLen(LIMITS.handleMin)
  @MaxLen(LIMITS.handleMax)
  @Pattern(HANDLE_PATTERN, 'Use lower-case letters, digits and _, starting with a letter.')
  handle?: string;

  @Field(() => String, {
    nullable: true,
    description: 'An http(s) image URL; null removes the avatar.',
  })
  @Optional()
  @WebUrl()
  avatarUrl?: string | null;

  @Field({ nullable: true })
  @Omittable()
  @MaxLen(LIMITS.bioMax)
  bio?: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @OneOf(LOCALES)
  locale?: Locale;

  @Field({ nullable: true, description: 'An IANA time zone such as Asia/Tokyo.' })
  @Omittable()
  @MaxLen(64)
  timezone?: string;
}
