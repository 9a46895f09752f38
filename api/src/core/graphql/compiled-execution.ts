import { Injectable } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  GraphQLObjectType,
  GraphQLScalarType,
  Kind,
  execute,
  getOperationAST,
  getVariableValues,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Run = (
  context: unknown,
  variables: Record<string, unknown> | undefined,
) => Promise<ExecutionResult> | ExecutionResult;

/**
 * An operation compiled to a function once, on its first request, then run for every request
 * that sends the same document. Apollo hands the same parsed document for the same query text (its
 * document store), so the compiled form lives as long as the document does. A document holds a
 * handful of operations at most.
 */
export class CompiledOperations {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, Run>>();
  /**
   * The schema as the compiler sees it: while an operation compiles (synchronously), one more
   * type, COERCED, is found by name (see compile); at any other time, and so for introspection
   * while operations run, it answers exactly as the schema does.
   */
  private readonly withCoerced: GraphQLSchema;
  private compiling = false;

  constructor(private readonly schema: GraphQLSchema) {
    this.withCoerced = Object.create(schema, {
      getType: {
        value: (name: string) =>
          this.compiling && name === COERCED.name ? COERCED : schema.getType(name),
      },
    }) as GraphQLSchema;
  }

  run(
    document: DocumentNode,
    operationName: string | null | undefined,
    context: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<ExecutionResult> | ExecutionResult {
    let operations = this.byDocument.get(document);
    if (!operations) this.byDocument.set(document, (operations = new Map()));
    const key = operationName ?? '';
    let run = operations.get(key);
    if (!run) operations.set(key, (run = this.compile(document, operationName ?? undefined)));
    return run(context, variables);
  }

  /**
   * Variables are coerced by graphql-js, as `execute` does (same values, defaults of input fields
   * included, and the same errors, which Apollo answers as BAD_USER_INPUT); the compiled form
   * sees every variable declared as COERCED, so it takes those values unchanged.
   */
  private compile(document: DocumentNode, operationName: string | undefined): Run {
    const operation = getOperationAST(document, operationName);
    const definitions = operation?.variableDefinitions ?? [];
    let compiled: CompiledQuery | ExecutionResult | null = null;
    if (operation) {
      this.compiling = true;
      try {
        compiled = compileQuery(
          this.withCoerced,
          withCoercedVariables(document, operation),
          operationName,
        );
      } finally {
        this.compiling = false;
      }
    }
    if (compiled && isCompiledQuery(compiled)) {
      const query = compiled.query;
      return (context, variables) => {
        const coerced = getVariableValues(this.schema, definitions, variables ?? {}, {
          maxErrors: 50,
        });
        if (coerced.errors) return { errors: coerced.errors };
        return query(undefined, context, coerced.coerced) as
          Promise<ExecutionResult> | ExecutionResult;
      };
    }
    // No operation of that name, or several without a name: graphql-js words the error as Apollo's
    // clients know it, so such a request is answered exactly as before.
    return (context, variables) =>
      execute({
        schema: this.schema,
        document,
        operationName,
        contextValue: context,
        variableValues: variables,
      });
  }
}

/** A variable's value already coerced by graphql-js, passed through as it is. */
const COERCED = new GraphQLScalarType({
  name: 'KizunaCoercedVariable',
  parseValue: (value) => value,
});

/** The document with the operation's variables declared as COERCED, without their defaults. */
function withCoercedVariables(
  document: DocumentNode,
  operation: NonNullable<ReturnType<typeof getOperationAST>>,
): DocumentNode {
  const variableDefinitions = operation.variableDefinitions?.map(
    (definition): VariableDefinitionNode => ({
      ...definition,
      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } },
      defaultValue: undefined,
    }),
  );
  return {
    ...document,
    definitions: document.definitions.map((d) =>
      d === operation ? { ...operation, variableDefinitions } : d,
    ),
  };
}

/**
 * Hands Apollo the schema through its gateway interface, the one way it takes an executor of its
 * own. Everything before execution (parsing, validation rules, the document store, plugins and
 * their checks) and after it (error formatting, the HTTP status) stays Apollo's.
 */
export function compiledGateway(schema: GraphQLSchema): Gateway {
  const operations = new CompiledOperations(schema);
  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const coreSupergraphSdl = printSchema(schema);
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl });
      return {
        // The operation name the client sent: the context's own is that of the operation Apollo
        // found, null when none was, and execution must then fail as graphql-js's does.
        executor: async ({ document, context, request }) =>
          operations.run(document, request.operationName, context, request.variables),
      };
    },
    async stop() {},
  };
}

/**
 * Nest gives every field of a code-first type a resolver that reads the property of the same
 * name (or the field's default value). A compiled operation calls a field's resolver with its own
 * info, path and promise handling, per field and per list item: ~1 MB allocated per feed page.
 * Where that resolver does exactly what a field without one does (read the property of the field's
 * name, no default), it is removed, so the property is read inline. Each is checked by asking it,
 * so a renamed field or one with a default keeps its resolver.
 */
export function withPlainFields(schema: GraphQLSchema): GraphQLSchema {
  const probe = Symbol('probe');
  const info = {} as GraphQLResolveInfo;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (
        resolve?.name === 'rootFieldResolver' &&
        resolve({ [field.name]: probe }, {}, undefined, info) === probe &&
        resolve({}, {}, undefined, info) === undefined
      )
        field.resolve = undefined;
    }
  }
  return schema;
}

/** Nest's Apollo driver, executing with compiled operations instead of graphql-js's `execute`. */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override async start(options: ApolloDriverConfig): Promise<void> {
    const gateway = compiledGateway(withPlainFields(options.schema!));
    await super.start({ ...options, gateway } as ApolloDriverConfig);
  }
}
