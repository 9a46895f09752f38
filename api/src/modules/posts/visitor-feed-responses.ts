import { createHash } from 'node:crypto';
import { Plugin } from '@nestjs/apollo';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Kind, type FieldNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { VISITOR, type GqlContext } from '../../core/auth/viewer.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { VisitorFeedCache } from './visitor-feed-cache.js';

type Result = Record<string, unknown>;

/** The single root field of a query, when that is all it asks for. */
function onlyRootField(operation: OperationDefinitionNode | undefined): FieldNode | null {
  if (operation?.operation !== 'query') return null;
  const [first, ...rest] = operation.selectionSet.selections;
  return first?.kind === Kind.FIELD && rest.length === 0 ? first : null;
}

function argument(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const value: ValueNode | undefined = field.arguments?.find((a) => a.name.value === name)?.value;
  if (!value || value.kind === Kind.NULL) return undefined;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value] ?? undefined;
  return value.kind === Kind.STRING ? value.value : null;
}

/**
 * Whole responses of feed-only queries (`posts` and nothing else) for visitors without an
 * account, from the visitor feed cache: every visitor gets the same answer, so it is executed
 * once per space and TTL, and concurrent misses wait for the first. Only answers without errors
 * are kept; checks before execution (input values, cost limits) still run for every request.
 */
@Plugin()
export class VisitorFeedResponses implements ApolloServerPlugin<GqlContext> {
  constructor(
    private readonly cache: VisitorFeedCache,
    private readonly spaces: SpacesService,
  ) {}

  async requestDidStart({
    contextValue,
  }: {
    contextValue: GqlContext;
  }): Promise<GraphQLRequestListener<GqlContext> | void> {
    if (contextValue.req.viewer || !this.cache.enabled) return;
    let settle: ((result: Result | null) => void) | null = null;
    return {
      responseForOperation: async ({ request, operation }) => {
        const field = onlyRootField(operation);
        if (field?.name.value !== 'posts' || !request.query) return null;
        const variables = request.variables ?? {};
        const slug = argument(field, 'spaceSlug', variables);
        if (slug === null) return null;
        const space =
          typeof slug === 'string'
            ? await this.spaces.bySlug(VISITOR, slug).catch(() => null)
            : undefined;
        if (space === null) return null;
        const key = createHash('sha256')
          .update(JSON.stringify([request.query, request.operationName ?? null, variables]))
          .digest('base64url');
        let fresh = false;
        const kept = this.cache.get(space?.id ?? null, `response:${key}`, () => {
          fresh = true;
          return new Promise<Result | null>((resolve) => (settle = resolve)).then((r) => {
            if (!r) throw new Error('not kept');
            return r;
          });
        });
        kept.catch(() => undefined);
        // This request is the one that executes; the others wait for its answer.
        if (fresh) return null;
        const data = await kept.catch(() => null);
        if (!data) return null;
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: { kind: 'single', singleResult: { data } },
        };
      },
      willSendResponse: async ({ response }) => {
        if (!settle) return;
        const body = response.body;
        settle(
          body.kind === 'single' && !body.singleResult.errors && body.singleResult.data
            ? (body.singleResult.data as Result)
            : null,
        );
      },
    };
  }
}
