import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import type { PostKind } from '@kizuna/shared';
import { AuditTrail, changedFields, type AuditTarget } from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { conflict, forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import type { Reader, Viewer } from '../../core/auth/viewer.js';
import { SpacesRepository } from './spaces.repository.js';
import { SpacePolicy } from './spaces.policy.js';
import type { SpaceEntity } from './entities/space.entity.js';
import type { CreateSpaceInput, UpdateSpaceInput } from './dto/space.inputs.js';

const spaceTarget = (s: SpaceEntity): AuditTarget => ({ type: 'space', id: s.id, label: s.nameJa });

/** What the log keeps of a space: its settings. */
const auditView = (s: SpaceEntity) => ({
  slug: s.slug,
  nameJa: s.nameJa,
  nameEn: s.nameEn,
  descriptionJa: s.descriptionJa,
  descriptionEn: s.descriptionEn,
  icon: s.icon,
  color: s.color,
  viewRoles: s.viewRoles,
  postRoles: s.postRoles,
  minRankPosition: s.minRankPosition,
  archived: !!s.archivedAt,
});

@Injectable()
export class SpacesService {
  constructor(
    private readonly db: Db,
    private readonly spaces: SpacesRepository,
    private readonly events: EventBus,
    private readonly audit: AuditTrail,
  ) {}

  findById(id: string): Promise<SpaceEntity | null> {
    return this.spaces.findById(id);
  }

  /** Every space not archived, in order. */
  active(): Promise<SpaceEntity[]> {
    return this.spaces.listActive();
  }

  /** The spaces the viewer may see, in display order (a community has few: paged in memory). */
  async list(viewer: Reader, args: PageArgs): Promise<Connection<SpaceEntity>> {
    const visible = (await this.spaces.listActive()).filter((s) => SpacePolicy.canSee(viewer, s));
    const after = decodeCursor(args.after, ['uuid']);
    const start = after ? visible.findIndex((s) => s.id === after[0]) + 1 : 0;
    return toConnection(visible.slice(start, start + args.first + 1), args.first, (s) => [s.id]);
  }

  async bySlug(viewer: Reader, slug: string): Promise<SpaceEntity> {
    const space = await this.spaces.findBySlug(slug);
    if (!space || !SpacePolicy.canSee(viewer, space)) throw notFound('This space');
    return space;
  }

  /** The space a post goes into, checked for the viewer's right to post that kind there. */
  async forPosting(viewer: Viewer, spaceId: string, kind: PostKind): Promise<SpaceEntity> {
    const space = isUuid(spaceId) ? await this.spaces.findById(spaceId) : null;
    if (!space || !SpacePolicy.canSee(viewer, space)) throw notFound('This space');
    if (!SpacePolicy.canPost(viewer, space, kind)) {
      throw forbidden(
        kind === 'announcement'
          ? 'Only moderators can post announcements.'
          : 'Only some members can start posts in this space.',
      );
    }
    return space;
  }

  canPost(viewer: Viewer | null, space: SpaceEntity, kind: PostKind): boolean {
    return !!viewer && SpacePolicy.canPost(viewer, space, kind);
  }

  canSee(viewer: Reader | null, space: SpaceEntity): boolean {
    return SpacePolicy.canSee(viewer, space);
  }

  /**
   * Follows (or stops following) a space the member can see. Either way is idempotent: asking
   * twice, or twice at once, leaves the same single row (or none). An archived space takes no
   * new followers; leaving one is always possible.
   */
  async follow(viewer: Viewer, spaceId: string, follow: boolean): Promise<SpaceEntity> {
    const space = isUuid(spaceId) ? await this.spaces.findById(spaceId) : null;
    if (!space || !SpacePolicy.canSee(viewer, space)) throw notFound('This space');
    if (!follow) await this.spaces.unfollow(viewer.memberId, space.id);
    else if (space.archivedAt)
      throw invalidField('spaceId', 'INVALID_VALUE', 'This space is archived.');
    else await this.spaces.follow(viewer.memberId, space.id);
    return space;
  }

  /** A page of the space's followers (member ids, in id order after `after`), to tell them. */
  followers(spaceId: string, after: string | null, limit: number): Promise<string[]> {
    return this.spaces.followers(spaceId, after, limit);
  }

  create(viewer: Viewer, input: CreateSpaceInput): Promise<SpaceEntity> {
    return this.db.transaction(async () => {
      if (await this.spaces.slugTaken(input.slug))
        throw conflict('slug', 'A space with this slug already exists.');
      const space = await this.spaces.insert({
        slug: input.slug,
        nameJa: input.nameJa.trim(),
        nameEn: input.nameEn.trim(),
        descriptionJa: input.descriptionJa?.trim() ?? '',
        descriptionEn: input.descriptionEn?.trim() ?? '',
        icon: input.icon || '💬',
        color: input.color ?? '#2f7d57',
        viewRoles: input.viewRoles?.length ? input.viewRoles : null,
        postRoles: input.postRoles?.length ? input.postRoles : null,
        minRankPosition: input.minRankPosition ?? null,
      });
      await this.events.emit('space.changed', { spaceId: space.id });
      const { archived: _archived, ...after } = auditView(space);
      await this.audit.record(viewer, {
        action: 'space.create',
        target: spaceTarget(space),
        after,
      });
      return space;
    });
  }

  update(viewer: Viewer, input: UpdateSpaceInput): Promise<SpaceEntity> {
    return this.db.transaction(async () => {
      const space = isUuid(input.id) ? await this.spaces.findById(input.id) : null;
      if (!space) throw notFound('This space');
      const { id: _id, archived, viewRoles, postRoles, ...rest } = input;
      const patch: Partial<SpaceEntity> = { ...rest };
      if (viewRoles !== undefined) patch.viewRoles = viewRoles?.length ? viewRoles : null;
      if (postRoles !== undefined) patch.postRoles = postRoles?.length ? postRoles : null;
      if (archived !== undefined)
        patch.archivedAt = archived ? (space.archivedAt ?? new Date()) : null;
      if (viewRoles !== undefined || archived !== undefined || rest.minRankPosition !== undefined)
        await this.events.emit('space.changed', { spaceId: space.id });
      const updated = await this.spaces.update(space.id, patch);
      const diff = changedFields(auditView(space), auditView(updated));
      if (diff)
        await this.audit.record(viewer, {
          action: 'space.update',
          target: spaceTarget(space),
          ...diff,
        });
      return updated;
    });
  }

  async reorder(viewer: Viewer, ids: string[]): Promise<SpaceEntity[]> {
    if (!ids.every(isUuid)) throw notFound('A space');
    return this.db.transaction(async () => {
      const before = (await this.spaces.listActive()).map((s) => s.slug);
      await this.spaces.reorder(ids);
      const spaces = await this.spaces.listActive();
      const after = spaces.map((s) => s.slug);
      if (!isDeepStrictEqual(before, after))
        await this.audit.record(viewer, {
          action: 'spaces.reorder',
          target: { type: 'spaces', label: 'Space order' },
          before: { order: before },
          after: { order: after },
        });
      return spaces;
    });
  }
}
