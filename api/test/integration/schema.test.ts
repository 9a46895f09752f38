import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DOMAIN_MODULES } from '../../src/app.module.js';
import { buildSchema, printSorted } from '../../src/core/graphql/schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('commits exactly the schema the running api serves', async () => {
  const served = printSorted(t.app.get(GraphQLSchemaHost).schema);
  expect(printSorted(await buildSchema(DOMAIN_MODULES))).toBe(served);
  const committed = await readFile(new URL('../../schema.gql', import.meta.url), 'utf8');
  expect(committed).toBe(served);
});
