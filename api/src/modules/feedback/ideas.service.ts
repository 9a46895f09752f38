import { Injectable } from '@nestjs/common';
import { canMoveIdea, FEEDBACK_LIMITS, type IdeaApproval, type IdeaStatus } from '@kizuna/shared';
import { AuditTrail, textSummary, type AuditTarget } from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import { EventBus } from '../../core/domain-events/event-bus.js';
import { forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import { decodeCursor, encodeCursor, type PageInfo } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/ids.js';
import { type Reader, type Viewer } from '../../core/auth/viewer.js';
import { renderMarkdown } from '../../core/markdown/markdown.js';
import { RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import { MembersService } from '../members/members.service.js';
import { postingLimit } from '../posts/posting-limits.js';
import { normalizeTags, PostsService, requireText } from '../posts/posts.service.js';
import { BoardsService } from './boards.service.js';
import { DemandService } from './demand.service.js';
import type {
  AnswerIdeaInput,
  IdeasArgs,
  MergeIdeaInput,
  ReviewIdeaInput,
  SimilarIdeasArgs,
  SubmitIdeaInput,
  UpdateIdeaInput,
} from './dto/feedback.inputs.js';
import { FeedbackPolicy } from './feedback.policy.js';
import { IDEA_SORTS, IdeasRepository, type IdeaRow } from './ideas.repository.js';

export interface IdeaPage {
  nodes: IdeaRow[];
  pageInfo: PageInfo;
  totalCount: number;
}

const DAY = 24 * 3600_000;
const ROADMAP_COLUMN_MAX = 100;

const ideaTarget = (idea: IdeaRow): AuditTarget => ({
  type: 'idea',
  id: idea.id,
  label: idea.title,
});

/** A public note: plain text, trimmed; empty is none. */
function noteOf(note: string | null | undefined): string | null {
  const text = note?.trim();
  if (!text) return null;
  if (text.length > FEEDBACK_LIMITS.noteMax)
    throw invalidField(
      'note',
      'TOO_LONG',
      `Must be at most ${FEEDBACK_LIMITS.noteMax} characters.`,
      {
        max: FEEDBACK_LIMITS.noteMax,
      },
    );
  return text;
}

/**
 * Ideas: submitted by members on a board, edited by their author until the product team
 * responds, reviewed where the board asks for approval, moved through the status workflow,
 * answered and merged by the product team. Each status change is kept with its public note and
 * told to the idea's voters and followers once, after commit (see FeedbackConsumer).
 */
@Injectable()
export class IdeasService {
  constructor(
    private readonly db: Db,
    private readonly ideas: IdeasRepository,
    private readonly boards: BoardsService,
    private readonly posts: PostsService,
    private readonly members: MembersService,
    private readonly activity: ActivityService,
    private readonly bus: EventBus,
    private readonly limiter: RateLimiter,
    private readonly demand: DemandService,
    private readonly audit: AuditTrail,
  ) {}

  /** Read interface for other modules. */
  findById(id: string): Promise<IdeaRow | null> {
    return isUuid(id) ? this.ideas.findById(id) : Promise.resolve(null);
  }

  findByIds(ids: readonly string[]): Promise<IdeaRow[]> {
    return this.ideas.findByIds(ids.filter(isUuid));
  }

  /**
   * An idea the reader may see (FeedbackPolicy.canSee), or NOT_FOUND. An idea's post is never
   * deleted or hidden as a post (posts refuse that for discussions): the review rejects it.
   */
  async visible(reader: Reader, id: string): Promise<IdeaRow> {
    const idea = await this.findById(id);
    if (!idea || !FeedbackPolicy.canSee(reader, idea)) throw notFound('This idea');
    return idea;
  }

  /** The same, locked until commit. */
  async lockVisible(reader: Reader, id: string): Promise<IdeaRow> {
    const idea = isUuid(id) ? (await this.ideas.lock([id]))[0] : undefined;
    if (!idea || !FeedbackPolicy.canSee(reader, idea)) throw notFound('This idea');
    return idea;
  }

  async list(reader: Reader, args: IdeasArgs): Promise<IdeaPage> {
    const approval: IdeaApproval = args.approval ?? 'approved';
    if (approval !== 'approved' && !FeedbackPolicy.isReviewer(reader))
      throw forbidden('Only the product team and moderators see ideas waiting for approval.');
    if (!FeedbackPolicy.canListBy(reader, args))
      throw forbidden(
        'Only the product team and moderators sort by loyal demand or filter by voters’ rank.',
      );
    if (args.boardId) await this.boards.byId(args.boardId);
    const sort = IDEA_SORTS[args.sort];
    const after = decodeCursor(args.after, [sort.cursor, 'uuid']);
    const { rows, total } = await this.ideas.list({
      boardId: args.boardId ?? undefined,
      statuses: args.status ?? undefined,
      tag: args.tag ? normalizeTags([args.tag])[0] : undefined,
      approval,
      sort: args.sort,
      minVoterRankPosition: args.minVoterRankPosition ?? undefined,
      demand: sort.computed ? await this.demand.sortParams() : undefined,
      first: args.first,
      after,
    });
    const nodes = rows.slice(0, args.first);
    const last = nodes[nodes.length - 1];
    const key = (i: IdeaRow & { sortKey?: unknown }) =>
      sort.cursor === 'date' ? i.createdAt.toISOString() : String(i.sortKey);
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        endCursor: last ? encodeCursor([key(last), last.id]) : null,
      },
      totalCount: total,
    };
  }

  /**
   * Ideas like a title being typed, by the Japanese gram search over the ideas' posts: those
   * sharing the most grams first, up to five the viewer may see (merged ones left out: their
   * votes are elsewhere).
   */
  async similar(viewer: Viewer, args: SimilarIdeasArgs): Promise<IdeaRow[]> {
    const title = args.title.trim();
    if (!title) return [];
    if (args.boardId) await this.boards.byId(args.boardId);
    const ids = await this.posts.similar('idea', title, 50);
    const byId = new Map((await this.ideas.findByIds(ids)).map((i) => [i.id, i]));
    return ids
      .flatMap((id) => byId.get(id) ?? [])
      .filter(
        (i) =>
          i.status !== 'duplicate' &&
          i.approval === 'approved' &&
          (!args.boardId || i.boardId === args.boardId) &&
          FeedbackPolicy.canSee(viewer, i),
      )
      .slice(0, FEEDBACK_LIMITS.similarMax);
  }

  async roadmap(): Promise<{ planned: IdeaRow[]; inProgress: IdeaRow[]; released: IdeaRow[] }> {
    const since = new Date(Date.now() - FEEDBACK_LIMITS.roadmapReleasedDays * DAY);
    const [planned, inProgress, released] = await Promise.all([
      this.ideas.roadmap('planned', null, ROADMAP_COLUMN_MAX),
      this.ideas.roadmap('in_progress', null, ROADMAP_COLUMN_MAX),
      this.ideas.roadmap('released', since, ROADMAP_COLUMN_MAX),
    ]);
    return { planned, inProgress, released };
  }

  async submit(viewer: Viewer, input: SubmitIdeaInput): Promise<IdeaRow> {
    this.members.assertMayPost(await this.members.require(viewer.memberId));
    const board = await this.boards.byId(input.boardId);
    if (!FeedbackPolicy.canPost(viewer, board))
      throw forbidden('Your role or rank does not let you post ideas on this board.');
    const title = requireText('title', input.title);
    const body = requireText('body', input.body);
    const tags = normalizeTags(input.tags);
    const author = (await this.members.findById(viewer.memberId))!;
    const limit = postingLimit(viewer, author.joinedAt, 'post');
    return this.db.transaction(async () => {
      // In the transaction, so an idea that fails gives its slot back.
      if (limit) await this.limiter.take(limit, author.id);
      const post = await this.posts.createOwned('idea', author.id, { title, body, tags });
      const idea = await this.ideas.insert({
        id: post.id,
        boardId: board.id,
        authorId: author.id,
        title,
        tags: post.tags,
        approval: FeedbackPolicy.needsApproval(viewer, board) ? 'pending' : 'approved',
      });
      await this.ideas.addStatusChange({
        ideaId: idea.id,
        from: null,
        to: 'open',
        note: null,
        actorId: author.id,
      });
      await this.ideas.follow(idea.id, author.id, true);
      if (idea.approval === 'approved')
        await this.activity.apply(
          ActivityRules.ideaSubmitted({ ideaId: idea.id, authorId: author.id }),
        );
      return (await this.ideas.findById(idea.id))!;
    });
  }

  /** Title, body and tags, by the author until the product team responds. */
  update(viewer: Viewer, input: UpdateIdeaInput): Promise<IdeaRow> {
    return this.db.transaction(async () => {
      const idea = await this.lockVisible(viewer, input.id);
      if (!FeedbackPolicy.canEdit(viewer, idea))
        throw forbidden(
          idea.authorId === viewer.memberId
            ? 'The product team has responded to this idea: it can no longer be edited.'
            : 'Only the author can edit this idea.',
        );
      const post = await this.posts.lockOwned(idea.id);
      if (!post) throw notFound('This idea');
      const revised = await this.posts.reviseOwned(post, viewer.memberId, {
        title: input.title !== undefined ? requireText('title', input.title) : undefined,
        body: input.body !== undefined ? requireText('body', input.body) : undefined,
        tags: input.tags,
      });
      if (revised.title === idea.title && sameTags(revised.tags, idea.tags)) return idea;
      return this.ideas.update(idea.id, { title: revised.title, tags: revised.tags });
    });
  }

  /**
   * The review queue's decision on a flagged idea: rejected (hidden from members) or approved
   * again, with its submission's points taken back or given back. An idea others are merged
   * into stays approved.
   */
  setApprovalForReview(id: string, approve: boolean): Promise<void> {
    return this.db.transaction(async () => {
      const [idea] = isUuid(id) ? await this.ideas.lock([id]) : [];
      const to: IdeaApproval = approve ? 'approved' : 'rejected';
      if (!idea || idea.approval === to) return;
      if (!approve && (await this.ideas.mergedInto([idea.id])).length) return;
      await this.ideas.update(idea.id, { approval: to });
      if (approve)
        await this.activity.apply(
          ActivityRules.ideaSubmitted({ ideaId: idea.id, authorId: idea.authorId }),
        );
      else if (idea.approval === 'approved')
        await this.activity.apply(ActivityRules.ideaRejected({ ideaId: idea.id }));
    });
  }

  /**
   * Approves or rejects an idea: one waiting for approval, a rejected one, or an approved one
   * taken down (spam). A rejected idea is seen by its author and reviewers only, and its
   * submission earns no points.
   */
  review(viewer: Viewer, input: ReviewIdeaInput): Promise<IdeaRow> {
    return this.db.transaction(async () => {
      const idea = await this.lockVisible(viewer, input.id);
      const to: IdeaApproval = input.approve ? 'approved' : 'rejected';
      if (idea.approval === to) return idea;
      // Their votes would count on an idea their voters no longer see.
      if (to === 'rejected' && (await this.ideas.mergedInto([idea.id])).length)
        throw invalidField(
          'approve',
          'INVALID_VALUE',
          'Other ideas are merged into this one: unmerge them before rejecting it.',
        );
      const reviewed = await this.ideas.update(idea.id, { approval: to });
      await this.audit.record(viewer, {
        action: 'idea.review',
        target: ideaTarget(idea),
        before: { approval: idea.approval },
        after: { approval: to },
      });
      if (to === 'approved')
        await this.activity.apply(
          ActivityRules.ideaSubmitted({ ideaId: idea.id, authorId: idea.authorId }),
        );
      else if (idea.approval === 'approved')
        await this.activity.apply(ActivityRules.ideaRejected({ ideaId: idea.id }));
      return reviewed;
    });
  }

  /**
   * Moves ideas to a status, each change kept in their history with the note and told to their
   * voters and followers once; ideas already there are left as they are. Reaching planned or
   * released is a milestone for the author (points once). Runs inside the caller's transaction
   * when there is one (a changelog's publication), else in its own. `actor` null: the system.
   * `skipUnmovable`: ideas merged or not approved (seen once locked) are left out, not refused.
   */
  changeStatus(
    actor: Viewer | null,
    ids: readonly string[],
    status: IdeaStatus,
    note?: string | null,
    opts: { skipUnmovable?: boolean } = {},
  ): Promise<IdeaRow[]> {
    if (status === 'duplicate')
      throw invalidField(
        'status',
        'INVALID_VALUE',
        'An idea becomes a duplicate by being merged into another.',
      );
    const text = noteOf(note);
    const unique = [...new Set(ids)];
    if (unique.some((id) => !isUuid(id))) throw notFound('This idea');
    return this.db.transaction(async () => {
      const locked = new Map((await this.ideas.lock(unique)).map((i) => [i.id, i]));
      if (locked.size !== unique.length) throw notFound('This idea');
      const moved: IdeaRow[] = [];
      for (const id of unique) {
        const idea = locked.get(id)!;
        if (idea.status === status) {
          moved.push(idea);
          continue;
        }
        const unmovable = idea.status === 'duplicate' || idea.approval !== 'approved';
        if (unmovable && opts.skipUnmovable) continue;
        if (idea.status === 'duplicate')
          throw invalidField(
            'ids',
            'INVALID_VALUE',
            `‘${idea.title}’ is merged into another idea: unmerge it to change its status.`,
          );
        if (idea.approval !== 'approved')
          throw invalidField(
            'ids',
            'INVALID_VALUE',
            `‘${idea.title}’ is not approved: review it before changing its status.`,
          );
        if (!canMoveIdea(idea.status, status))
          throw invalidField('status', 'INVALID_VALUE', 'This status cannot be set here.');
        moved.push(await this.move(actor, idea, status, text));
        await this.audit.record(actor, {
          action: 'idea.changeStatus',
          target: ideaTarget(idea),
          before: { status: idea.status },
          after: { status },
          reason: text,
        });
      }
      return moved;
    });
  }

  /** The official answer, pinned on the idea; OPEN moves to UNDER_REVIEW unless told otherwise. */
  answer(viewer: Viewer, input: AnswerIdeaInput): Promise<IdeaRow> {
    const body = requireText('body', input.body);
    if (input.status === 'duplicate')
      throw invalidField('status', 'INVALID_VALUE', 'Merge the idea to mark it a duplicate.');
    return this.db.transaction(async () => {
      const idea = await this.lockVisible(viewer, input.ideaId);
      if (idea.status === 'duplicate')
        throw invalidField(
          'ideaId',
          'INVALID_VALUE',
          'This idea is merged into another: answer that one.',
        );
      if (idea.approval !== 'approved')
        throw invalidField('ideaId', 'INVALID_VALUE', 'Review this idea before answering it.');
      const now = new Date();
      let answered = await this.ideas.update(idea.id, {
        answerBody: body,
        answerHtml: renderMarkdown(body).html,
        answerAuthorId: viewer.memberId,
        answeredAt: idea.answeredAt ?? now,
        answerUpdatedAt: now,
        respondedAt: idea.respondedAt ?? now,
      });
      const status = input.status ?? (idea.status === 'open' ? 'under_review' : idea.status);
      const before: Record<string, unknown> = { answer: textSummary(idea.answerBody) };
      const after: Record<string, unknown> = { answer: textSummary(body) };
      if (status !== idea.status) {
        answered = await this.move(viewer, answered, status, null);
        before.status = idea.status;
        after.status = status;
      }
      await this.audit.record(viewer, {
        action: 'idea.answer',
        target: ideaTarget(idea),
        before,
        after,
      });
      return answered;
    });
  }

  /**
   * Merges B into A: B's votes count on A (a member who voted on both, once), its followers
   * follow A, and B becomes DUPLICATE, readable, pointing at A; B's voters are told.
   */
  merge(viewer: Viewer, input: MergeIdeaInput): Promise<IdeaRow> {
    if (input.ideaId === input.intoId)
      throw invalidField('intoId', 'INVALID_VALUE', 'An idea cannot be merged into itself.');
    if (!isUuid(input.ideaId) || !isUuid(input.intoId)) throw notFound('This idea');
    return this.db.transaction(async () => {
      await this.ideas.lockMerges();
      // Ideas already merged into B move on to A: locked with the pair, in one order.
      const children = (await this.ideas.mergedInto([input.ideaId])).map((i) => i.id);
      const locked = new Map(
        (await this.ideas.lock([input.ideaId, input.intoId, ...children])).map((i) => [i.id, i]),
      );
      const from = locked.get(input.ideaId);
      const into = locked.get(input.intoId);
      if (!from || !FeedbackPolicy.canSee(viewer, from)) throw notFound('This idea');
      if (!into || !FeedbackPolicy.canSee(viewer, into)) throw notFound('The idea to merge into');
      if (from.status === 'duplicate')
        throw invalidField('ideaId', 'INVALID_VALUE', 'This idea is already merged.');
      if (into.status === 'duplicate')
        throw invalidField(
          'intoId',
          'INVALID_VALUE',
          'That idea is itself merged into another: merge into that one.',
        );
      if (into.approval !== 'approved')
        throw invalidField('intoId', 'INVALID_VALUE', 'Merge into an approved idea.');
      // Votes follow their board's rules and budget: moved to another board, they would not.
      if (into.boardId !== from.boardId)
        throw invalidField(
          'intoId',
          'INVALID_VALUE',
          'Merge into an idea on the same board: votes count under their own board’s rules.',
        );
      const now = new Date();
      await this.ideas.update(from.id, {
        status: 'duplicate',
        mergedIntoId: into.id,
        statusBeforeMerge: from.status,
        statusChangedAt: now,
        respondedAt: from.respondedAt ?? now,
      });
      await this.ideas.mergeInto(from.id, into.id);
      await this.record(viewer, from, 'duplicate', null, into.id);
      await this.audit.record(viewer, {
        action: 'idea.merge',
        target: ideaTarget(from),
        before: { status: from.status, mergedInto: null },
        after: { status: 'duplicate', mergedInto: { id: into.id, title: into.title } },
      });
      return (await this.ideas.findById(into.id))!;
    });
  }

  /**
   * Undoes a merge: B gets back the votes cast on it and the status it had. They come back even
   * where the voter now holds their board's budget on other ideas: they were within it when cast.
   */
  unmerge(viewer: Viewer, id: string): Promise<IdeaRow> {
    if (!isUuid(id)) throw notFound('This idea');
    return this.db.transaction(async () => {
      await this.ideas.lockMerges();
      const seen = await this.ideas.findById(id);
      if (!seen || !FeedbackPolicy.canSee(viewer, seen)) throw notFound('This idea');
      if (!seen.mergedIntoId)
        throw invalidField('ideaId', 'INVALID_VALUE', 'This idea is not merged.');
      const locked = new Map(
        (await this.ideas.lock([seen.id, seen.mergedIntoId])).map((i) => [i.id, i]),
      );
      const idea = locked.get(seen.id)!;
      const into = locked.get(seen.mergedIntoId);
      const restored = idea.statusBeforeMerge ?? 'open';
      await this.ideas.update(idea.id, {
        status: restored,
        mergedIntoId: null,
        statusBeforeMerge: null,
        statusChangedAt: new Date(),
      });
      await this.ideas.unmerge(idea.id, seen.mergedIntoId);
      await this.record(viewer, idea, restored, null);
      await this.audit.record(viewer, {
        action: 'idea.unmerge',
        target: ideaTarget(idea),
        before: {
          status: idea.status,
          mergedInto: { id: seen.mergedIntoId, title: into?.title ?? null },
        },
        after: { status: restored, mergedInto: null },
      });
      return (await this.ideas.findById(idea.id))!;
    });
  }

  setRoadmapVisibility(viewer: Viewer, ideaId: string, hidden: boolean): Promise<IdeaRow> {
    return this.db.transaction(async () => {
      const idea = await this.lockVisible(viewer, ideaId);
      if (idea.hiddenFromRoadmap === hidden) return idea;
      await this.audit.record(viewer, {
        action: 'idea.setRoadmapVisibility',
        target: ideaTarget(idea),
        before: { hiddenFromRoadmap: idea.hiddenFromRoadmap },
        after: { hiddenFromRoadmap: hidden },
      });
      return this.ideas.update(idea.id, { hiddenFromRoadmap: hidden });
    });
  }

  private async move(
    actor: Viewer | null,
    idea: IdeaRow,
    status: IdeaStatus,
    note: string | null,
  ): Promise<IdeaRow> {
    const now = new Date();
    const moved = await this.ideas.update(idea.id, {
      status,
      statusChangedAt: now,
      respondedAt: idea.respondedAt ?? now,
    });
    await this.record(actor, idea, status, note);
    return moved;
  }

  /** Keeps the change in the history, tells its audience after commit, and credits milestones. */
  private async record(
    actor: Viewer | null,
    idea: IdeaRow,
    to: IdeaStatus,
    note: string | null,
    mergedIntoId: string | null = null,
  ): Promise<void> {
    const change = await this.ideas.addStatusChange({
      ideaId: idea.id,
      from: idea.status,
      to,
      note,
      actorId: actor?.memberId ?? null,
      mergedIntoId,
    });
    await this.bus.emit('idea.status.changed', { changeId: change.id, ideaId: idea.id });
    await this.activity.apply(
      ActivityRules.ideaMilestone({ ideaId: idea.id, authorId: idea.authorId, status: to }),
    );
  }
}

const sameTags = (a: string[], b: string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);
