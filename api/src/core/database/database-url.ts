import type { Config } from '../../config/env.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';

/** DATABASE_URL when given; otherwise a PostgreSQL embedded in this process's data folder. */
export async function resolveDatabase(
  config: Config,
  log: (msg: string) => void,
): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  log(`Starting the embedded PostgreSQL (data in ${config.DATA_DIR}/postgres)…`);
  const embedded = await startEmbeddedPostgres(config.DATA_DIR);
  return { url: embedded.url, embedded };
}
