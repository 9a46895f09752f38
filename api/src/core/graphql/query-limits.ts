import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { ErrorCode } from '@kizuna/shared';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxComplexity: 1000,
  maxBatch: 5,
  maxBodyBytes: 1_000_000,
} as const;

function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): { depth: number; aliases: number } {
  let depth = 0;
  let aliases = 0;
  for (const sel of set.selections) {
    let inner: { depth: number; aliases: number } = { depth: 0, aliases: 0 };
    let own = 0;
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) aliases++;
      if (sel.selectionSet) inner = measure(sel.selectionSet, fragments, seen);
      own = 1;
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(sel.selectionSet, fragments, seen);
    } else {
      const frag = fragments[sel.name.value];
      // A fragment spread twice counts twice for aliases; cycles are rejected by the standard rules.
      if (frag && !seen.has(sel.name.value)) {
        inner = measure(frag.selectionSet, fragments, new Set(seen).add(sel.name.value));
      }
    }
    depth = Math.max(depth, own + inner.depth);
    aliases += inner.aliases;
  }
  return { depth, aliases };
}

/** Rejects operations nested deeper than `maxDepth` fields or using more than `maxAliases` aliases. */
export function shapeLimitRule(maxDepth: number, maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const doc = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of doc.definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    return {
      OperationDefinition(op) {
        const { depth, aliases } = measure(op.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `This query is nested ${depth} levels deep; the limit is ${maxDepth}.`,
              {
                nodes: [op],
                extensions: { code: ErrorCode.QUERY_TOO_DEEP },
              },
            ),
          );
        }
        if (aliases > maxAliases) {
          context.reportError(
            new GraphQLError(`This query uses ${aliases} aliases; the limit is ${maxAliases}.`, {
              nodes: [op],
              extensions: { code: ErrorCode.TOO_MANY_ALIASES },
            }),
          );
        }
      },
    };
  };
}
