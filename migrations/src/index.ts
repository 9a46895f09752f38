import { Foundation1763830000000 } from './1763830000000-foundation.js';

/** Every migration, oldest first. Landed migrations are never edited: add a new one. */
export const migrations = [Foundation1763830000000];
