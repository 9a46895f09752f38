import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, getNamedType, isLeafType } from 'graphql';
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
