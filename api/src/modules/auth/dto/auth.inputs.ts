import { Field, InputType } from '@nestjs/graphql';
import { HANDLE_PATTERN, LIMITS, LOCALES, type Locale } from '@kizuna/shared';
import {
  EmailAddress,
  MaxLen,
  MinLen,
  OneOf,
  Optional,
  Pattern,
  Required,
} from '../../../core/validation/rules.js';

@InputType()
export class SignUpInput {
  @Field()
  @Required()
  @EmailAddress()
  email: string;

  @Field({ description: `At least ${LIMITS.passwordMin} characters, not a common password.` })
  @Required()
  @MaxLen(LIMITS.passwordMax)
  password: string;

  @Field()
  @Required()
  @MaxLen(LIMITS.displayNameMax)
  displayName: string;

  @Field()
  @Required()
  @MinLen(LIMITS.handleMin)
  @MaxLen(LIMITS.handleMax)
  @Pattern(HANDLE_PATTERN, 'Use lower-case letters, digits and _, starting with a letter.')
  handle: string;

  @Field(() => String, { nullable: true })
  @Optional()
  @OneOf(LOCALES)
  locale?: Locale;

  @Field({ nullable: true, description: 'Required when the community is invite-only.' })
  @Optional()
  @MaxLen(64)
  inviteCode?: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Required()
  @MaxLen(254)
  email: string;

  @Field()
  @Required()
  @MaxLen(LIMITS.passwordMax)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Required()
  @MaxLen(LIMITS.passwordMax)
  currentPassword: string;

  @Field()
  @Required()
  @MaxLen(LIMITS.passwordMax)
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Required()
  @EmailAddress()
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @Required()
  @MaxLen(200)
  token: string;

  @Field()
  @Required()
  @MaxLen(LIMITS.passwordMax)
  newPassword: string;
}
