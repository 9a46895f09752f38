import { Injectable } from '@nestjs/common';
import type { SessionEntity } from './entities/session.entity.js';
import { SessionsRepository, type ActiveSession } from './sessions.repository.js';

/** Sign-in sessions, for the auth module (members end them on suspension themselves). */
@Injectable()
export class SessionsService {
  constructor(private readonly sessions: SessionsRepository) {}

  create(
    s: Pick<SessionEntity, 'memberId' | 'tokenHash' | 'ip' | 'userAgent' | 'expiresAt'>,
  ): Promise<SessionEntity> {
    return this.sessions.create(s);
  }

  findActive(tokenHash: string): Promise<ActiveSession | null> {
    return this.sessions.findActive(tokenHash);
  }

  touch(sessionId: string, expiresAt: Date): Promise<void> {
    return this.sessions.touch(sessionId, expiresAt);
  }

  delete(sessionId: string): Promise<void> {
    return this.sessions.delete(sessionId);
  }

  deleteForMember(memberId: string, exceptSessionId?: string): Promise<void> {
    return this.sessions.deleteForMember(memberId, exceptSessionId);
  }
}
