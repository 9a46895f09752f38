import { Injectable } from '@nestjs/common';
import { isClosedIdeaStatus } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { forbidden, invalidField, notFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/ids.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { ActivityRules } from '../activity/activity.rules.js';
import { ActivityService } from '../activity/activity.service.js';
import { BoardsService } from './boards.service.js';
import { FeedbackPolicy } from './feedback.policy.js';
import { IdeasRepository, type IdeaRow } from './ideas.repository.js';

/**
 * Votes and follows. Each sets a state (asking twice is asking once) under the idea's row lock,
 * so concurrent requests are applied one after another and the counts stay exact.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly db: Db,
    private readonly ideas: IdeasRepository,
    private readonly boards: BoardsService,
    private readonly activity: ActivityService,
  ) {}

  /**
   * One vote per member per idea, on open ideas of a board whose vote rules the member meets;
   * under a board's budget, a member holds at most that many votes on its ideas that are not
   * closed. Voting follows the idea; withdrawing a vote keeps following it.
   */
  vote(viewer: Viewer, ideaId: string, voted: boolean): Promise<IdeaRow> {
    return this.db.transaction(async () => {
      const idea = await this.lockVisible(viewer, ideaId);
      // Withdrawing is always allowed; casting follows the board's rules.
      if (!voted) {
        const withdrawn = await this.ideas.unvote(idea.id, viewer.memberId);
        if (withdrawn.length)
          await this.activity.apply(
            ActivityRules.ideaVotesWithdrawn({ ideaIds: withdrawn, memberId: viewer.memberId }),
          );
        return (await this.ideas.findById(idea.id))!;
      }
      if (idea.status === 'duplicate')
        throw invalidField(
          'ideaId',
          'INVALID_VALUE',
          'This idea was merged into another: vote on that one.',
        );
      const board = await this.boards.byId(idea.boardId);
      if (!FeedbackPolicy.canVote(viewer, board))
        throw forbidden('Your role or rank does not let you vote on this board.');
      if (isClosedIdeaStatus(idea.status))
        throw invalidField('ideaId', 'INVALID_VALUE', 'This idea is closed: it takes no votes.');
      if (idea.approval !== 'approved')
        throw invalidField('ideaId', 'INVALID_VALUE', 'This idea is waiting for approval.');
      if ((await this.ideas.votedBy(viewer.memberId, [idea.id])).has(idea.id)) return idea;
      if (board.voteBudget !== null) {
        await this.ideas.lockBudget(viewer.memberId, board.id);
        const open = (await this.ideas.openVotes(viewer.memberId, [board.id])).get(board.id) ?? 0;
        if (open >= board.voteBudget)
          throw invalidField(
            'ideaId',
            'OUT_OF_RANGE',
            `You already hold your ${board.voteBudget} votes on this board: withdraw one, or wait for an idea to close.`,
            { max: board.voteBudget },
          );
      }
      if (await this.ideas.vote(idea.id, viewer.memberId)) {
        await this.ideas.follow(idea.id, viewer.memberId, true);
        await this.activity.apply(
          ActivityRules.ideaVoted({
            ideaId: idea.id,
            memberId: viewer.memberId,
            authorId: idea.authorId,
          }),
        );
      }
      return (await this.ideas.findById(idea.id))!;
    });
  }

  follow(viewer: Viewer, ideaId: string, on: boolean): Promise<IdeaRow> {
    return this.db.transaction(async () => {
      const idea = await this.lockVisible(viewer, ideaId);
      if (!(await this.ideas.follow(idea.id, viewer.memberId, on))) return idea;
      return (await this.ideas.findById(idea.id))!;
    });
  }

  /** The viewer's open votes per board (for each board's budget). */
  openVotes(memberId: string, boardIds: readonly string[]): Promise<Map<string, number>> {
    return this.ideas.openVotes(memberId, boardIds);
  }

  private async lockVisible(viewer: Viewer, id: string): Promise<IdeaRow> {
    const idea = isUuid(id) ? (await this.ideas.lock([id]))[0] : undefined;
    if (!idea || !FeedbackPolicy.canSee(viewer, idea)) throw notFound('This idea');
    return idea;
  }
}
