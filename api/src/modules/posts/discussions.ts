import { Injectable } from '@nestjs/common';
import type { PostKind } from '@kizuna/shared';
import type { Reader } from '../../core/auth/viewer.js';

/** Decides who reads the posts of a kind a domain owns (the posts without a space). */
export interface DiscussionOwner {
  canRead(reader: Reader, postId: string): Promise<boolean>;
}

/**
 * A post without a space belongs to another domain (an event's discussion, a feedback idea): it
 * is read by exactly those who may see what it is about. Each such domain registers for its
 * kind of post here, so the posts module asks it without depending on it.
 */
@Injectable()
export class Discussions {
  private readonly owners = new Map<PostKind, DiscussionOwner>();

  own(kind: PostKind, owner: DiscussionOwner): void {
    this.owners.set(kind, owner);
  }

  /** A post whose kind is not known is asked of every owner (each reads only its own posts). */
  async canRead(reader: Reader, post: { id: string; kind?: PostKind }): Promise<boolean> {
    if (post.kind) {
      const owner = this.owners.get(post.kind);
      return owner ? owner.canRead(reader, post.id) : false;
    }
    for (const owner of this.owners.values()) if (await owner.canRead(reader, post.id)) return true;
    return false;
  }
}
