import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Type } from '@nestjs/common';
import { BUILD_SCHEMA_OPTIONS } from './scalars.js';

/** Resolver classes declared by these modules and the modules they import. */
export function resolversOf(modules: Type[]): Function[] {
  const seen = new Set<Type>();
  const out = new Set<Function>();
  const visit = (m: Type) => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const p of (Reflect.getMetadata('providers', m) ?? []) as Function[]) {
      // Set by every @Resolver(), also the untyped ones that hold only root operations.
      if (typeof p === 'function' && Reflect.hasMetadata('graphql:resolver_name', p)) out.add(p);
    }
    for (const i of (Reflect.getMetadata('imports', m) ?? []) as Type[])
      if (typeof i === 'function') visit(i);
  };
  modules.forEach(visit);
  return [...out];
}

/** The code-first schema, built without a database (for `schema.gql` and its freshness check). */
export async function buildSchema(modules: Type[]): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app
    .get(GraphQLSchemaFactory)
    .create(resolversOf(modules), BUILD_SCHEMA_OPTIONS);
  await app.close();
  return schema;
}

export const printSorted = (schema: GraphQLSchema) =>
  `${printSchema(lexicographicSortSchema(schema))}\n`;
