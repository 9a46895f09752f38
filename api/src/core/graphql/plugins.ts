import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, getNamedType, isLeafType, type DocumentNode } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { ErrorCode } from '@kizuna/shared';
import { AppError } from '../errors/app-error.js';
import type { GqlContext } from '../auth/viewer.js';
import { assertCsrf } from '../auth/csrf.js';
import { checkInputValues } from '../validation/input-values.js';
import { QUERY_LIMITS } from './query-limits.js';

/** Scalars and enums come with their row: only objects and lists cost. */
const leafEstimator: ComplexityEstimator = ({ field }) =>
  isLeafType(getNamedType(field.type)) ? 0 : undefined;

/** A paginated field costs its page size times what each item asks for. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(1, childComplexity) : undefined;

/**
 * Operations already found acceptable, by document (Apollo hands the same parsed document for the
 * same query text) and operation name with variables: the checks walk the whole document, which
 * costs more than serving a hot read such as the feed. Only short variables are remembered.
 */
const accepted = new WeakMap<DocumentNode, Set<string>>();
const MAX_ACCEPTED_KEY = 1024;
const MAX_ACCEPTED_PER_DOCUMENT = 256;

/**
 * Before anything resolves: refuses text and dates PostgreSQL cannot store (see
 * checkInputValues), then operations whose estimated cost (list sizes multiply) exceeds the
 * limit. One plugin, so the checks run in this order.
 */
@Plugin()
export class OperationChecksPlugin implements ApolloServerPlugin<GqlContext> {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const { schema } = this.schemaHost;
    return {
      async didResolveOperation({ request, document }) {
        const key = `${request.operationName ?? ''} ${JSON.stringify(request.variables ?? {})}`;
        const known = accepted.get(document);
        if (known?.has(key)) return;
        checkInputValues(schema, document, request.variables);
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [
              fieldExtensionsEstimator(),
              leafEstimator,
              pageEstimator,
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
        } catch (err) {
          // Variables that do not fit their types fail here first (before execution would).
          if (err instanceof GraphQLError)
            throw new AppError(ErrorCode.BAD_REQUEST, err.message, { http: { status: 400 } });
          throw err;
        }
        if (complexity > QUERY_LIMITS.maxComplexity) {
          throw new AppError(
            ErrorCode.QUERY_TOO_COMPLEX,
            `This query costs ${complexity}; the limit is ${QUERY_LIMITS.maxComplexity}. Ask for fewer items or fields.`,
            { http: { status: 400 } },
          );
        }
        if (key.length > MAX_ACCEPTED_KEY) return;
        if (!known) accepted.set(document, new Set([key]));
        else if (known.size < MAX_ACCEPTED_PER_DOCUMENT) known.add(key);
      },
    };
  }
}

/**
 * Double-submit CSRF check for mutations: the header must repeat the CSRF cookie, which another
 * site can neither read nor set.
 */
@Plugin()
export class CsrfPlugin implements ApolloServerPlugin<GqlContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== 'mutation') return;
        assertCsrf(contextValue.req);
      },
    };
  }
}
