import type { ReactionFieldsFragment } from '../../gql/graphql';

/** The reaction list after the viewer toggles one kind (for the optimistic answer). */
export function toggleReaction(
  reactions: readonly ReactionFieldsFragment[],
  kind: string,
): ReactionFieldsFragment[] {
  return reactions.map((r) =>
    r.kind === kind
      ? {
          ...r,
          viewerReacted: !r.viewerReacted,
          count: Math.max(0, r.count + (r.viewerReacted ? -1 : 1)),
        }
      : r,
  );
}

export const totalReactions = (reactions: readonly { count: number }[]): number =>
  reactions.reduce((sum, r) => sum + r.count, 0);
