import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { ErrorCode } from '@kizuna/shared';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  /** Fields an operation holds once every fragment spread is expanded. */
  maxFields: 2_000,
  maxComplexity: 1000,
  maxBatch: 5,
  maxBodyBytes: 1_000_000,
  /** Lexical tokens of one document, checked while parsing (before any rule walks it). */
  maxTokens: 5_000,
  /** Characters of one document, checked before parsing. */
  maxQueryLength: 50_000,
} as const;

interface Shape {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Shapes of selection sets with every fragment measured once. A document whose fragments spread
 * each other twice per level expands exponentially; walking each spread again would take
 * seconds for a 1 KB document, so the work here stays linear in the document's size.
 */
class ShapeMeter {
  private readonly memo = new Map<string, Shape>();
  private readonly active = new Set<string>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  measure(set: SelectionSetNode): Shape {
    let depth = 0;
    let aliases = 0;
    let fields = 0;
    for (const sel of set.selections) {
      let inner: Shape;
      let own = 0;
      if (sel.kind === Kind.FIELD) {
        inner = sel.selectionSet
          ? this.measure(sel.selectionSet)
          : { depth: 0, aliases: 0, fields: 0 };
        own = 1;
        if (sel.alias) aliases++;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        inner = this.measure(sel.selectionSet);
      } else {
        inner = this.fragment(sel.name.value);
      }
      depth = Math.max(depth, own + inner.depth);
      aliases += inner.aliases;
      fields += own + inner.fields;
    }
    return { depth, aliases, fields };
  }

  /** Unknown fragments and cycles count as empty: the standard rules report them. */
  private fragment(name: string): Shape {
    const known = this.memo.get(name);
    if (known) return known;
    const def = this.fragments.get(name);
    if (!def || this.active.has(name)) return { depth: 0, aliases: 0, fields: 0 };
    this.active.add(name);
    const shape = this.measure(def.selectionSet);
    this.active.delete(name);
    this.memo.set(name, shape);
    return shape;
  }
}

/**
 * Rejects operations nested deeper than `maxDepth` fields, using more than `maxAliases` aliases,
 * or expanding to more than `maxFields` fields. A fragment spread twice counts twice.
 */
export function shapeLimitRule(
  maxDepth: number,
  maxAliases: number,
  maxFields: number = QUERY_LIMITS.maxFields,
) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const meter = new ShapeMeter(fragments);
    const refuse = (op: OperationDefinitionNode, message: string, code: ErrorCode) =>
      context.reportError(new GraphQLError(message, { nodes: [op], extensions: { code } }));
    return {
      OperationDefinition(op) {
        const { depth, aliases, fields } = meter.measure(op.selectionSet);
        if (fields > maxFields) {
          refuse(
            op,
            `This query asks for ${fields > 1e9 ? 'billions of' : fields} fields once its fragments are expanded; the limit is ${maxFields}.`,
            ErrorCode.QUERY_TOO_COMPLEX,
          );
          return;
        }
        if (depth > maxDepth) {
          refuse(
            op,
            `This query is nested ${depth} levels deep; the limit is ${maxDepth}.`,
            ErrorCode.QUERY_TOO_DEEP,
          );
        }
        if (aliases > maxAliases) {
          refuse(
            op,
            `This query uses ${aliases} aliases; the limit is ${maxAliases}.`,
            ErrorCode.TOO_MANY_ALIASES,
          );
        }
      },
    };
  };
}
