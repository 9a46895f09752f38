import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext, Viewer } from './viewer.js';

/** The signed-in viewer, or null on @Public operations when nobody is signed in. */
export const CurrentViewer = createParamDecorator(
  (_d: unknown, context: ExecutionContext): Viewer | null => {
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    return ctx.req.viewer ?? null;
  },
);

/** The request's context: used by the auth resolver to read and set cookies. */
export const GqlCtx = createParamDecorator((_d: unknown, context: ExecutionContext): GqlContext =>
  GqlExecutionContext.create(context).getContext<GqlContext>(),
);
