import { Injectable } from '@nestjs/common';
import type { PostKind } from '@kizuna/shared';
import { AuditTrail, changedFields } from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import type { CteFragment } from '../../core/database/sql-fragment.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import {
  decodeCursor,
  toConnection,
  type Connection,
  type PageArgs,
} from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { isStaff, isVisitor, memberOf, type Reader, type Viewer } from '../../core/auth/viewer.js';
import { MembersService } from '../members/members.service.js';
import type { MemberEntity } from '../members/entities/member.entity.js';
import { Screening } from '../moderation/screening.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { PostsRepository, type FeedRow } from './posts.repository.js';
import { ViewsService } from './views.service.js';
import { Discussions } from './discussions.js';
import { VisitorFeedCache } from './visitor-feed-cache.js';
import { prepareContent } from './content.js';
import { indexGrams, normalizeText } from '../../core/search/grams.js';
import { postingLimit } from './posting-limits.js';
import { PostPolicy } from './posts.policy.js';
import { SearchRepository, type SearchQuery, type SearchRow } from './search.repository.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import { RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import type { PostEntity } from './entities/post.entity.js';
import type { PostRevisionEntity } from './entities/post-revision.entity.js';
import type {
  CreatePostInput,
  FeedArgs,
  ModeratePostInput,
  UpdatePostInput,
} from './dto/post.inputs.js';

/** Trimmed text, refusing what is only spaces. */
export function requireText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalidField(field, 'REQUIRED', 'This field is required.');
  return trimmed;
}

/**
 * A post without a space (an event's discussion, an idea) changes with what owns it, not through
 * the post mutations.
 */
function notDiscussion(post: PostEntity): asserts post is PostEntity & { spaceId: string } {
  if (post.spaceId === null)
    throw invalidField(
      'id',
      'INVALID_VALUE',
      post.kind === 'idea'
        ? 'An idea is edited as an idea.'
        : 'An event’s discussion changes with its event.',
    );
}

export const normalizeTags = (tags: string[] | undefined) => [
  ...new Set((tags ?? []).map((t) => t.normalize('NFKC').toLowerCase())),
];

/** What an edit may change; what is not given stays. */
export interface PostChanges {
  title?: string;
  body?: string;
  tags?: string[];
}

@Injectable()
export class PostsService {
  constructor(
    private readonly db: Db,
    private readonly limiter: RateLimiter,
    private readonly activity: ActivityService,
    private readonly posts: PostsRepository,
    private readonly searchRepo: SearchRepository,
    private readonly members: MembersService,
    private readonly spaces: SpacesService,
    private readonly views: ViewsService,
    private readonly events: EventBus,
    private readonly visitorFeeds: VisitorFeedCache,
    private readonly discussions: Discussions,
    private readonly screening: Screening,
    private readonly audit: AuditTrail,
  ) {}

  /** Ids of the spaces whose posts the viewer may read. */
  async visibleSpaceIds(viewer: Reader): Promise<string[]> {
    return (await this.spaces.active())
      .filter((s) => this.spaces.canSee(viewer, s))
      .map((s) => s.id);
  }

  /** Whether the viewer may read the post (PostPolicy; a discussion, as its owner decides). */
  async canRead(
    viewer: Reader | null,
    post: Pick<PostEntity, 'id' | 'spaceId' | 'deletedAt' | 'hiddenAt'> & {
      kind?: PostKind;
      authorId?: string;
    },
  ): Promise<boolean> {
    if (post.spaceId === null)
      return (
        !!viewer &&
        PostPolicy.canReadDiscussion(viewer, post) &&
        (await this.discussions.canRead(viewer, post))
      );
    return PostPolicy.canRead(viewer, post, await this.spaces.findById(post.spaceId));
  }

  /**
   * A discussion for another domain's subject (an event's), created with it: no space, no
   * activity, no notification; its comments and reactions are ordinary ones.
   */
  async createDiscussion(authorId: string, title: string): Promise<PostEntity> {
    const content = prepareContent(title, '');
    return this.posts.insert({
      spaceId: null,
      authorId,
      kind: 'event',
      title,
      body: '',
      bodyHtml: '',
      excerpt: '',
      tags: [],
      searchText: content.searchText,
      searchGrams: content.searchGrams,
    });
  }

  /**
   * The post another domain's subject is written as (a feedback idea): no space, rendered,
   * indexed and its mentions stored like any post, but no post activity or event (its owner
   * records its own). Call inside the owner's transaction.
   */
  async createOwned(
    kind: 'idea',
    authorId: string,
    input: { title: string; body: string; tags?: string[] },
  ): Promise<PostEntity> {
    const title = requireText('title', input.title);
    const content = prepareContent(title, input.body);
    const post = await this.posts.insert({
      spaceId: null,
      authorId,
      kind,
      title,
      body: input.body,
      bodyHtml: content.bodyHtml,
      excerpt: content.excerpt,
      thumbnailUrl: content.thumbnailUrl,
      tags: normalizeTags(input.tags),
      searchText: content.searchText,
      searchGrams: content.searchGrams,
    });
    // Told like an edit's mentions: no post.created announces this post.
    await this.recordMentions('post', post.id, content.mentions, authorId, { postId: post.id });
    return post;
  }

  /**
   * Edits a post another domain owns, as its owner allowed (call inside its transaction, with
   * the post locked by `lockOwned`): re-rendered, re-indexed and revised like any edit.
   */
  async reviseOwned(post: PostEntity, editorId: string, changes: PostChanges): Promise<PostEntity> {
    const patch = await this.revision(post, editorId, changes);
    if (!patch) return post;
    await this.events.emit('post.changed', { postId: post.id, spaceId: post.spaceId });
    return this.posts.update(post.id, patch);
  }

  /** Locks a post for an edit by its owning domain; null when missing or deleted. */
  async lockOwned(id: string): Promise<PostEntity | null> {
    const post = isUuid(id) ? await this.posts.lock(id) : null;
    return post && !post.deletedAt ? post : null;
  }

  /**
   * Ids of the posts of a kind sharing the most search grams with a text, most shared first
   * (candidates: the owner filters what the reader may see).
   */
  similar(kind: 'idea', text: string, limit: number): Promise<string[]> {
    const grams = indexGrams(normalizeText(text));
    // Single characters (の, a) are shared by nearly everything: pairs say more when there are any.
    const pairs = grams.filter((g) => [...g].length > 1);
    return this.searchRepo.similar(kind, pairs.length ? pairs : grams, limit);
  }

  /** A discussion follows its subject's title (notifications name it). */
  async renameDiscussion(postId: string, title: string): Promise<void> {
    await this.posts.update(postId, { title });
  }

  /** A post the viewer may read (see canRead), or NOT_FOUND. */
  async visible(viewer: Reader, id: string, forUpdate = false): Promise<PostEntity> {
    const post = isUuid(id)
      ? await (forUpdate ? this.posts.lock(id) : this.posts.findById(id))
      : null;
    if (!post || !(await this.canRead(viewer, post))) throw notFound('This post');
    return post;
  }

  /** Read interface for other modules. */
  findById(id: string): Promise<PostEntity | null> {
    return this.posts.findById(id);
  }

  findByIds(ids: readonly string[]): Promise<PostEntity[]> {
    return this.posts.findByIds(ids);
  }

  /** The newest posts the reader may read, with when each last changed (for a sitemap). */
  async listing(viewer: Reader, limit: number): Promise<Array<{ id: string; changedAt: Date }>> {
    return this.posts.listing(await this.visibleSpaceIds(viewer), limit);
  }

  /** Posts and comments matching a search, best first (see SearchRepository). */
  search(q: SearchQuery): Promise<SearchRow[]> {
    return this.searchRepo.search(q);
  }

  /** Gates another module's statement on the target being shown (see PostsRepository). */
  shownCtes(
    target: 'post' | 'comment',
    id: string,
    postId: string,
    hiddenPostPasses: boolean,
  ): CteFragment {
    return this.posts.shownCtes(target, id, postId, hiddenPostPasses);
  }

  /** The counter's move inside the reaction's own statement (see PostsRepository). */
  reactionCountCtes(
    target: 'post' | 'comment',
    id: string,
    delta: number,
    unmoved = false,
  ): CteFragment {
    return this.posts.reactionCountCtes(target, id, delta, unmoved);
  }

  /** Members a post or comment mentions (as stored when it was written or edited). */
  mentionedIds(type: 'post' | 'comment', id: string): Promise<string[]> {
    return this.posts.mentionedIds(type, id);
  }

  /** Reading a post counts a view (at most one per viewer per day). */
  async read(viewer: Reader, id: string): Promise<PostEntity> {
    const post = await this.visible(viewer, id);
    const member = memberOf(viewer);
    if (member) this.views.record(post.id, member.memberId);
    return post;
  }

  /** Visitors all see the same pages: those come from the visitor feed cache. */
  async feed(viewer: Reader, args: FeedArgs): Promise<Connection<FeedRow>> {
    const space = args.spaceSlug ? await this.spaces.bySlug(viewer, args.spaceSlug) : null;
    if (!isVisitor(viewer)) return this.readFeed(viewer, args, space?.id);
    const key = JSON.stringify([
      args.sort,
      args.first,
      args.after ?? null,
      args.authorHandle ?? null,
      args.tag ?? null,
      args.kind ?? null,
      args.solved ?? null,
      args.pinned ?? null,
    ]);
    return this.visitorFeeds.get(space?.id ?? null, key, () =>
      this.readFeed(viewer, args, space?.id),
    );
  }

  private async readFeed(
    viewer: Reader,
    args: FeedArgs,
    spaceId: string | undefined,
  ): Promise<Connection<FeedRow>> {
    const spaceIds = spaceId ? [spaceId] : await this.visibleSpaceIds(viewer);
    let authorId: string | undefined;
    if (args.authorHandle) {
      const author = await this.members.findByHandle(args.authorHandle);
      if (!author) throw notFound('This member');
      authorId = author.id;
    }
    const popular = args.sort === 'popular';
    const after = decodeCursor(args.after, popular ? ['float', 'uuid'] : ['date', 'uuid']);
    const rows = await this.posts.feed({
      spaceIds,
      authorId,
      tag: args.tag ? normalizeTags([args.tag])[0] : undefined,
      kind: args.kind,
      solved: args.solved,
      pinnedOnly: args.pinned,
      includeHidden: isStaff(viewer),
      sort: args.sort,
      first: args.first,
      after,
    });
    return toConnection(rows, args.first, (p) =>
      popular ? [String(p.score ?? 0), p.id] : [p.createdAt.toISOString(), p.id],
    );
  }

  async create(viewer: Viewer, input: CreatePostInput): Promise<PostEntity> {
    const author = await this.author(viewer);
    const limit = postingLimit(viewer, author.joinedAt, 'post');
    const space = await this.spaces.forPosting(viewer, input.spaceId, input.kind);
    const title = requireText('title', input.title);
    requireText('body', input.body);
    const content = prepareContent(title, input.body);
    const verdict = await this.screening.screen(viewer, author, {
      searchText: content.searchText,
      ...content.counts,
    });
    return this.db.transaction(async () => {
      // In the transaction, so a post that fails gives its slot back.
      if (limit) await this.limiter.take(limit, author.id);
      const post = await this.posts.insert({
        spaceId: space.id,
        authorId: author.id,
        kind: input.kind,
        title,
        body: input.body,
        bodyHtml: content.bodyHtml,
        excerpt: content.excerpt,
        thumbnailUrl: content.thumbnailUrl,
        tags: normalizeTags(input.tags),
        searchText: content.searchText,
        searchGrams: content.searchGrams,
        ...(verdict.hold ? { hiddenAt: new Date() } : {}),
      });
      await this.screening.record('post', post, verdict);
      // Held for approval: it earns, mentions and is announced once a moderator shows it.
      if (verdict.hold) return post;
      await this.recordMentions('post', post.id, content.mentions, author.id);
      await this.activity.apply(
        ActivityRules.postCreated({
          postId: post.id,
          authorId: author.id,
          spaceId: post.spaceId,
          at: post.createdAt,
        }),
      );
      await this.events.emit('post.created', {
        postId: post.id,
        spaceId: space.id,
        authorId: author.id,
      });
      await this.visitorFeeds.changed(post.spaceId);
      return post;
    });
  }

  update(viewer: Viewer, input: UpdatePostInput): Promise<PostEntity> {
    return this.db.transaction(async () => {
      const post = await this.visible(viewer, input.id, true);
      notDiscussion(post);
      if (!this.canEdit(viewer, post)) throw forbidden('Only the author can edit this post.');
      if (input.body !== undefined) requireText('body', input.body);
      const patch = await this.revision(post, viewer.memberId, input, viewer);
      if (!patch) return post;
      await this.events.emit('post.changed', { postId: post.id, spaceId: post.spaceId });
      await this.visitorFeeds.changed(post.spaceId);
      return this.posts.update(post.id, patch);
    });
  }

  /**
   * What an edit changes: new text is rendered and indexed again, the previous text kept as a
   * revision, and new mentions told; null when nothing changes.
   */
  private async revision(
    post: PostEntity,
    editorId: string,
    changes: PostChanges,
    screenedFor?: Viewer,
  ): Promise<Partial<PostEntity> | null> {
    const title = changes.title !== undefined ? requireText('title', changes.title) : post.title;
    const body = changes.body !== undefined ? changes.body : post.body;
    const patch: Partial<PostEntity> = {};
    if (changes.tags !== undefined) patch.tags = normalizeTags(changes.tags);
    if (title !== post.title || body !== post.body) {
      await this.posts.addRevision({
        postId: post.id,
        revision: post.revision,
        editorId,
        title: post.title,
        body: post.body,
      });
      const content = prepareContent(title, body);
      if (screenedFor)
        await this.screening.screenEdit(screenedFor, await this.author(screenedFor), 'post', {
          ...post,
          searchText: content.searchText,
          ...content.counts,
        });
      Object.assign(patch, {
        title,
        body,
        bodyHtml: content.bodyHtml,
        excerpt: content.excerpt,
        thumbnailUrl: content.thumbnailUrl,
        searchText: content.searchText,
        searchGrams: content.searchGrams,
        revision: post.revision + 1,
        editedAt: new Date(),
      });
      await this.recordMentions('post', post.id, content.mentions, post.authorId, {
        postId: post.id,
      });
    }
    return Object.keys(patch).length ? patch : null;
  }

  /** The viewer as an author: refused while silenced. */
  private async author(viewer: Viewer): Promise<MemberEntity> {
    const author = (await this.members.findById(viewer.memberId))!;
    this.members.assertMayPost(author);
    return author;
  }

  /** Soft delete by the author or staff: the post disappears for everyone, its data stays. */
  delete(viewer: Viewer, id: string): Promise<string> {
    return this.db.transaction(async () => {
      const post = await this.visible(viewer, id, true);
      notDiscussion(post);
      if (post.authorId !== viewer.memberId && !isStaff(viewer))
        throw forbidden('Only the author can delete this post.');
      await this.posts.update(post.id, { deletedAt: new Date() });
      await this.events.emit('post.changed', { postId: post.id, spaceId: post.spaceId });
      await this.visitorFeeds.changed(post.spaceId);
      if (!post.hiddenAt) await this.activity.apply(ActivityRules.postRemoved({ postId: post.id }));
      return post.id;
    });
  }

  moderate(viewer: Viewer, input: ModeratePostInput): Promise<PostEntity> {
    return this.db.transaction(async () => {
      const post = await this.visible(viewer, input.id, true);
      // A discussion may be locked; it is never pinned, hidden or moved as a post.
      if (input.pinned !== undefined || input.hidden !== undefined || input.spaceId !== undefined)
        notDiscussion(post);
      const patch: Partial<PostEntity> = {};
      if (input.pinned !== undefined)
        patch.pinnedAt = input.pinned ? (post.pinnedAt ?? new Date()) : null;
      if (input.locked !== undefined)
        patch.lockedAt = input.locked ? (post.lockedAt ?? new Date()) : null;
      if (input.hidden !== undefined)
        Object.assign(
          patch,
          await this.hiding(post, input.hidden, input.hiddenReason, viewer.memberId),
        );
      if (input.spaceId !== undefined && input.spaceId !== post.spaceId) {
        patch.spaceId = (await this.spaces.forPosting(viewer, input.spaceId, post.kind)).id;
      }
      if (!Object.keys(patch).length) return post;
      await this.events.emit('post.changed', { postId: post.id, spaceId: post.spaceId });
      await this.visitorFeeds.changed(post.spaceId, patch.spaceId ?? post.spaceId);
      const updated = await this.posts.update(post.id, patch);
      const diff = changedFields(
        await this.moderationView(post),
        await this.moderationView(updated),
      );
      if (diff)
        await this.audit.record(viewer, {
          action: 'post.moderate',
          target: { type: 'post', id: post.id, label: post.title },
          ...diff,
          reason: input.hidden ? input.hiddenReason : null,
        });
      return updated;
    });
  }

  /** What the audit log keeps of a post's moderation: its flags and its space's slug. */
  private async moderationView(p: PostEntity) {
    return {
      pinned: !!p.pinnedAt,
      locked: !!p.lockedAt,
      hidden: !!p.hiddenAt,
      hiddenReason: p.hiddenReason,
      space: p.spaceId && ((await this.spaces.findById(p.spaceId))?.slug ?? p.spaceId),
    };
  }

  /**
   * Hides a post or shows it again, for a moderator or (`moderatorId` null) the review queue:
   * hiding takes back what the post earned, showing gives it back, and the author is told.
   */
  setHidden(
    id: string,
    hidden: boolean,
    reason: string | null | undefined,
    moderatorId: string | null,
  ): Promise<PostEntity | null> {
    return this.db.transaction(async () => {
      const post = await this.posts.lock(id);
      if (!post || post.deletedAt || hidden === !!post.hiddenAt) return post;
      const patch = await this.hiding(post, hidden, reason, moderatorId);
      await this.events.emit('post.changed', { postId: post.id, spaceId: post.spaceId });
      await this.visitorFeeds.changed(post.spaceId);
      return this.posts.update(post.id, patch);
    });
  }

  /** The patch hiding (or showing) a post, with its points and its author's notice. */
  private async hiding(
    post: PostEntity,
    hidden: boolean,
    reason: string | null | undefined,
    moderatorId: string | null,
  ): Promise<Partial<PostEntity>> {
    if (hidden !== !!post.hiddenAt) {
      await this.activity.apply(
        hidden
          ? ActivityRules.postRemoved({ postId: post.id })
          : ActivityRules.postCreated({
              postId: post.id,
              authorId: post.authorId,
              spaceId: post.spaceId,
            }),
      );
      await this.events.emit('content.moderated', {
        targetType: 'post',
        targetId: post.id,
        postId: post.id,
        hidden,
        moderatorId,
      });
    }
    return {
      hiddenAt: hidden ? (post.hiddenAt ?? new Date()) : null,
      hiddenReason: hidden ? reason?.trim() || null : null,
    };
  }

  /** A post's place in feeds changed (its best answer, its counts): visitors' pages are redone. */
  postChanged(spaceId: string): Promise<void> {
    return this.visitorFeeds.changed(spaceId);
  }

  async revisions(
    viewer: Viewer,
    postId: string,
    args: PageArgs,
  ): Promise<Connection<PostRevisionEntity>> {
    const post = await this.visible(viewer, postId);
    const after = decodeCursor(args.after, ['int']);
    const rows = await this.posts.revisions(post.id, args.first, after ? Number(after[0]) : null);
    return toConnection(rows, args.first, (r) => [String(r.revision)]);
  }

  /** A post without a space changes with what owns it, never as a post. */
  canEdit(viewer: Viewer | null, post: PostEntity): boolean {
    return (
      !!viewer && post.authorId === viewer.memberId && !post.deletedAt && post.spaceId !== null
    );
  }

  /**
   * Mentioned handles that exist, except the author, are stored for notifications. An edit
   * that mentions someone new records that (creations notify through their own event).
   */
  async recordMentions(
    type: 'post' | 'comment',
    id: string,
    handles: string[],
    authorId: string,
    edit?: { postId: string },
  ): Promise<void> {
    const mentioned = handles.length ? await this.members.findByHandles(handles) : [];
    const added = await this.posts.replaceMentions(
      type,
      id,
      mentioned.map((m) => m.id).filter((m) => m !== authorId),
      authorId,
    );
    if (edit && added.length) {
      await this.events.emit('mentions.added', {
        sourceType: type,
        sourceId: id,
        postId: edit.postId,
        authorId,
      });
    }
  }
}
