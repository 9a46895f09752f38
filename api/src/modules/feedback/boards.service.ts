import { Injectable } from '@nestjs/common';
import { FEEDBACK_LIMITS } from '@kizuna/shared';
import {
  AuditTrail,
  changedFields,
  textSummary,
  type AuditTarget,
} from '../../core/audit/audit-trail.js';
import { Db } from '../../core/database/db.js';
import { conflict, invalidField, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { requireText } from '../posts/posts.service.js';
import { BoardsRepository, type BoardFields, type BoardRow } from './boards.repository.js';
import type { FeedbackBoardInput, UpdateFeedbackBoardInput } from './dto/feedback.inputs.js';

const SLUG_TAKEN = 'Another board uses this address.';

const boardTarget = (b: BoardRow): AuditTarget => ({
  type: 'feedbackBoard',
  id: b.id,
  label: b.nameJa,
});

/** What the log keeps of a board: its settings, long descriptions summarised. */
const auditView = (b: BoardRow) => ({
  slug: b.slug,
  nameJa: b.nameJa,
  nameEn: b.nameEn,
  descriptionJa: textSummary(b.descriptionJa),
  descriptionEn: textSummary(b.descriptionEn),
  postRoles: b.postRoles,
  voteRoles: b.voteRoles,
  minPostRankPosition: b.minPostRankPosition,
  minVoteRankPosition: b.minVoteRankPosition,
  requiresApproval: b.requiresApproval,
  voteBudget: b.voteBudget,
  position: b.position,
});

/** Feedback boards, configured by admins; read by everyone who reads the community. */
@Injectable()
export class BoardsService {
  constructor(
    private readonly db: Db,
    private readonly boards: BoardsRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<BoardRow[]> {
    return this.boards.all();
  }

  async bySlug(slug: string): Promise<BoardRow> {
    const board = await this.boards.bySlug(slug);
    if (!board) throw notFound('This board');
    return board;
  }

  /** Read interface: a board by id, or NOT_FOUND. */
  async byId(id: string): Promise<BoardRow> {
    const board = isUuid(id) ? await this.boards.findById(id) : null;
    if (!board) throw notFound('This board');
    return board;
  }

  findByIds(ids: readonly string[]): Promise<BoardRow[]> {
    return this.boards.findByIds(ids);
  }

  create(viewer: Viewer, input: FeedbackBoardInput): Promise<BoardRow> {
    const fields: BoardFields = {
      slug: input.slug,
      nameJa: requireText('nameJa', input.nameJa),
      nameEn: requireText('nameEn', input.nameEn),
      descriptionJa: input.descriptionJa?.trim() ?? '',
      descriptionEn: input.descriptionEn?.trim() ?? '',
      postRoles: input.postRoles?.length ? [...new Set(input.postRoles)] : null,
      voteRoles: input.voteRoles?.length ? [...new Set(input.voteRoles)] : null,
      minPostRankPosition: input.minPostRankPosition ?? null,
      minVoteRankPosition: input.minVoteRankPosition ?? null,
      requiresApproval: input.requiresApproval ?? false,
      voteBudget: input.voteBudget ?? null,
      position: input.position ?? 0,
    };
    return this.db.transaction(async () => {
      await this.boards.lockCreation();
      if ((await this.boards.count()) >= FEEDBACK_LIMITS.boardsMax)
        throw invalidField(
          'slug',
          'OUT_OF_RANGE',
          `A community has at most ${FEEDBACK_LIMITS.boardsMax} boards.`,
          { max: FEEDBACK_LIMITS.boardsMax },
        );
      const board = await this.boards.insert(fields, viewer.memberId);
      if (!board) throw conflict('slug', SLUG_TAKEN);
      await this.audit.record(viewer, {
        action: 'feedbackBoard.create',
        target: boardTarget(board),
        after: auditView(board),
      });
      return board;
    });
  }

  update(viewer: Viewer, input: UpdateFeedbackBoardInput): Promise<BoardRow> {
    const patch: Partial<BoardFields> = {
      slug: input.slug,
      nameJa: input.nameJa !== undefined ? requireText('nameJa', input.nameJa) : undefined,
      nameEn: input.nameEn !== undefined ? requireText('nameEn', input.nameEn) : undefined,
      descriptionJa: input.descriptionJa?.trim(),
      descriptionEn: input.descriptionEn?.trim(),
      requiresApproval: input.requiresApproval,
      position: input.position,
    };
    // Given as null, a gate or the budget is lifted; omitted, it stays.
    if (input.postRoles !== undefined)
      patch.postRoles = input.postRoles?.length ? [...new Set(input.postRoles)] : null;
    if (input.voteRoles !== undefined)
      patch.voteRoles = input.voteRoles?.length ? [...new Set(input.voteRoles)] : null;
    if (input.minPostRankPosition !== undefined)
      patch.minPostRankPosition = input.minPostRankPosition;
    if (input.minVoteRankPosition !== undefined)
      patch.minVoteRankPosition = input.minVoteRankPosition;
    if (input.voteBudget !== undefined) patch.voteBudget = input.voteBudget;
    return this.db.transaction(async () => {
      const current = await this.byId(input.id);
      const board = await this.boards.update(input.id, patch);
      if (!board) throw conflict('slug', SLUG_TAKEN);
      const diff = changedFields(auditView(current), auditView(board));
      if (diff)
        await this.audit.record(viewer, {
          action: 'feedbackBoard.update',
          target: boardTarget(current),
          ...diff,
        });
      return board;
    });
  }

  ideaCounts(boardIds: readonly string[]): Promise<Map<string, number>> {
    return this.boards.ideaCounts(boardIds);
  }
}
