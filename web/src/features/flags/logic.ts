import type { ApolloCache } from '@apollo/client';
import { ErrorCode } from '@kizuna/shared';
import type { FlagReason, ReviewTargetType } from '../../gql/graphql';
import {
  errorMessage,
  fieldErrorMessage,
  toAppError,
  type AnyT,
  type AppErrorInfo,
  type Explainer,
} from '../../ui/errors';

/** The reasons in the order the dialog offers them (the catch-all last). */
export const FLAG_REASONS = [
  'SPAM',
  'INAPPROPRIATE',
  'HARASSMENT',
  'OFF_TOPIC',
  'OTHER',
] as const satisfies readonly FlagReason[];

/** What can be flagged, as the Apollo cache names it (to mark it flagged there). */
export const TYPENAMES: Record<ReviewTargetType, 'Post' | 'Comment' | 'Idea' | 'Member'> = {
  POST: 'Post',
  COMMENT: 'Comment',
  IDEA: 'Idea',
  MEMBER: 'Member',
};

export interface FlagTarget {
  type: ReviewTargetType;
  id: string;
}

/** Whether a reason needs the note (the catch-all says nothing by itself). */
export const needsNote = (reason: string): boolean => reason === 'OTHER';

/** What a refused flag means for the dialog: where the message goes and whether it is flagged. */
export interface FlagFailure {
  /** The message for the note's input (a note the api requires). */
  note: string | null;
  /** The message above the form. */
  message: string | null;
  /** The viewer had flagged it already: it shows as flagged from now on. */
  alreadyFlagged: boolean;
}

type PlainT = (key: string, options?: Record<string, unknown>) => string;

/** The lowest rank that may flag, as the api's FORBIDDEN message names it ("rank 2"). */
export function rankOf(info: AppErrorInfo): number | null {
  const match = /\brank (\d+)\b/i.exec(info.serverMessage ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * A refused flag in the viewer's words: already flagged, a rank too low, their own content,
 * a note missing, gone, too many flags or silenced (until when and why); anything else as its
 * code says.
 */
export function flagFailure(
  t: AnyT,
  error: unknown,
  target: FlagTarget,
  explain?: Explainer,
): FlagFailure {
  const tr = t as unknown as PlainT;
  const info = toAppError(error);
  const failure = (message: string | null, note: string | null = null): FlagFailure => ({
    note,
    message,
    alreadyFlagged: info.code === ErrorCode.CONFLICT,
  });
  switch (info.code) {
    case ErrorCode.CONFLICT:
      return failure(tr('flags:errors.already'));
    case ErrorCode.FORBIDDEN: {
      const rank = rankOf(info);
      return failure(rank ? tr('flags:errors.rank', { rank }) : tr('flags:errors.rankGeneral'));
    }
    case ErrorCode.NOT_FOUND:
      return failure(tr('flags:errors.gone'));
    case ErrorCode.VALIDATION_FAILED: {
      const note = info.fields.find((f) => f.field === 'note');
      if (note)
        return failure(
          null,
          note.issue === 'REQUIRED'
            ? tr('flags:errors.noteRequired')
            : fieldErrorMessage(t, note, explain),
        );
      if (info.fields.some((f) => f.field === 'targetId'))
        return failure(tr(`flags:errors.own.${target.type}`));
      return failure(errorMessage(t, info, explain));
    }
    default:
      return failure(errorMessage(t, info, explain));
  }
}

/** Marks the target flagged by the viewer in the cache: every menu showing it says so. */
export function markFlagged(cache: ApolloCache, target: FlagTarget): void {
  cache.modify({
    id: cache.identify({ __typename: TYPENAMES[target.type], id: target.id }),
    fields: { viewerFlagged: () => true },
  });
}
