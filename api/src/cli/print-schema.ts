import { DOMAIN_MODULES } from '../app.module.js';
import { buildSchema, printSorted } from '../core/graphql/schema.js';

process.stdout.write(printSorted(await buildSchema(DOMAIN_MODULES)));
