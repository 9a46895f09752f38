import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCESS, type Access } from './access.decorators.js';
import type { Socket } from 'socket.io';
import type { RequestWithViewer, Viewer } from './viewer.js';
import { VisitorReading } from './visitor-reading.js';
import { forbidden, unauthenticated } from '../errors/app-error.js';

/**
 * The single authorization gate. Every resolver and controller must declare its access with
 * @Public, @Reading, @SignedIn or @Roles; anything without a declaration is refused (default deny).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly visitors: VisitorReading,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
      throw forbidden();
    }
    if (access.kind === 'public') return true;
    const viewer = this.viewerOf(context);
    if (!viewer && access.kind === 'reading' && context.getType<string>() !== 'ws') {
      if (!(await this.visitors.visitorsMayRead())) throw unauthenticated();
      this.requestOf(context).visitor = true;
      return true;
    }
    if (!viewer || viewer.status !== 'active') throw unauthenticated();
    if (
      access.kind === 'signed-in' ||
      access.kind === 'reading' ||
      viewer.role === 'admin' ||
      access.roles.includes(viewer.role)
    ) {
      return true;
    }
    throw forbidden();
  }

  private viewerOf(context: ExecutionContext): Viewer | null | undefined {
    const type = context.getType<string>();
    // Sockets are authenticated at the handshake, which stores the viewer on the socket.
    if (type === 'ws') return context.switchToWs().getClient<Socket>().data.viewer as Viewer;
    return this.requestOf(context).viewer;
  }

  private requestOf(context: ExecutionContext): RequestWithViewer {
    return context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext().req
      : context.switchToHttp().getRequest();
  }
}
