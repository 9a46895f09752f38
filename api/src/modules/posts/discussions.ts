import { Injectable } from '@nestjs/common';
import type { Reader } from '../../core/auth/viewer.js';

/** Decides who reads the discussions a domain owns (the posts without a space). */
export interface DiscussionOwner {
  canRead(reader: Reader, postId: string): Promise<boolean>;
}

/**
 * A post without a space is another domain's discussion (an event's): it is read by exactly
 * those who may see what it discusses. That domain registers here, so the posts module asks it
 * without depending on it.
 */
@Injectable()
export class Discussions {
  private owner: DiscussionOwner | null = null;

  own(owner: DiscussionOwner): void {
    this.owner = owner;
  }

  canRead(reader: Reader, postId: string): Promise<boolean> {
    return this.owner ? this.owner.canRead(reader, postId) : Promise.resolve(false);
  }
}
