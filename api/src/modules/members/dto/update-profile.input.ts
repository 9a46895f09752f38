import { Field, InputType } from '@nestjs/graphql';
import { ValidateIf } from 'class-validator';
import { HANDLE_PATTERN, LIMITS, LOCALES, UPLOADED_AVATAR, type Locale } from '@kizuna/shared';
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
    description:
      'An http(s) image URL, or the thumb of an image the member uploaded ' +
      '(`/media/<id>/thumb.webp`); null removes the avatar.',
  })
  @Optional()
  @ValidateIf((_o, v) => typeof v !== 'string' || !UPLOADED_AVATAR.test(v))
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
