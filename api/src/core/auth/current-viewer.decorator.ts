import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../errors/app-error.js';
import { VISITOR, type GqlContext, type Reader, type Viewer } from './viewer.js';

/** The signed-in viewer, or null on @Public operations when nobody is signed in. */
export const CurrentViewer = createParamDecorator(
  (_d: unknown, context: ExecutionContext): Viewer | null => {
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    return ctx.req.viewer ?? null;
  },
);

/** On @Reading operations: the signed-in viewer, or the visitor the access guard admitted. */
export const CurrentReader = createParamDecorator(
  (_d: unknown, context: ExecutionContext): Reader => {
    const { req } = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (req.viewer) return req.viewer;
    if (req.visitor) return VISITOR;
    throw unauthenticated();
  },
);

/** The reader of a field resolver's request: the viewer, a visitor, or null. */
export const readerOf = (ctx: GqlContext): Reader | null =>
  ctx.req.viewer ?? (ctx.req.visitor ? VISITOR : null);

/** The request's context: used by the auth resolver to read and set cookies. */
export const GqlCtx = createParamDecorator((_d: unknown, context: ExecutionContext): GqlContext =>
  GqlExecutionContext.create(context).getContext<GqlContext>(),
);
