import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CONFIG, type Config } from '../../config/env.js';
import { Public, Roles, SignedIn } from '../../core/auth/access.decorators.js';
import { CurrentViewer, GqlCtx } from '../../core/auth/current-viewer.decorator.js';
import { clearSessionCookie, setSessionCookie } from '../../core/auth/cookies.js';
import type { GqlContext, Viewer } from '../../core/auth/viewer.js';
import { Member } from '../members/models/member.model.js';
import { AuthService, type ClientInfo, type StartedSession } from './auth.service.js';
import { RegistrationService } from './registration.service.js';
import { SignUpPayload } from './models/auth.models.js';
import {
  ChangePasswordInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
} from './dto/auth.inputs.js';

const client = (ctx: GqlContext): ClientInfo => ({
  ip: ctx.req.ip ?? 'unknown',
  userAgent: ctx.req.get('user-agent') ?? null,
  current: ctx.req.viewer,
});

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
  ) {}

  @Public()
  @Mutation(() => SignUpPayload, {
    description: 'Signs the new member in unless the community needs approval first.',
  })
  async signUp(@GqlCtx() ctx: GqlContext, @Args('input') input: SignUpInput) {
    const result = await this.registration.signUp(input, client(ctx));
    if (result.session) this.begin(ctx, result.session);
    return result;
  }

  @Public()
  @Mutation(() => Member)
  async signIn(@GqlCtx() ctx: GqlContext, @Args('input') input: SignInInput) {
    const session = await this.auth.signIn(input, client(ctx));
    this.begin(ctx, session);
    return session.member;
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async signOut(@GqlCtx() ctx: GqlContext, @CurrentViewer() viewer: Viewer) {
    await this.auth.endSession(viewer);
    clearSessionCookie(ctx.res, this.config.isProduction);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends every session of the member, on every device.' })
  async signOutEverywhere(@GqlCtx() ctx: GqlContext, @CurrentViewer() viewer: Viewer) {
    await this.auth.signOutEverywhere(viewer);
    clearSessionCookie(ctx.res, this.config.isProduction);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Other sessions end; this one stays signed in.' })
  async changePassword(@CurrentViewer() viewer: Viewer, @Args('input') input: ChangePasswordInput) {
    await this.auth.changePassword(viewer, input);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Always true: it does not reveal whether the email has an account.',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput) {
    await this.auth.requestPasswordReset(input.email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async resetPassword(@Args('input') input: ResetPasswordInput) {
    await this.auth.resetPassword(input);
    return true;
  }

  @Roles('moderator')
  @Mutation(() => Member, { description: 'Admits a member waiting in the approval queue.' })
  approveMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
  ) {
    return this.registration.approve(viewer, memberId);
  }

  @Roles('moderator')
  @Mutation(() => ID, { description: 'Refuses a sign-up request; returns the removed id.' })
  rejectMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }) memberId: string,
  ) {
    return this.registration.reject(viewer, memberId);
  }

  /** Sets the cookie and lets the rest of this request see the new member as its viewer. */
  private begin(ctx: GqlContext, session: StartedSession): void {
    setSessionCookie(ctx.res, session.token, this.config.isProduction);
    ctx.req.viewer = session.viewer;
  }
}
