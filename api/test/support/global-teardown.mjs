import pg from 'pg';
import { withDatabase } from './global-setup.mjs';

export default async function globalTeardown() {
  const url = process.env.KIZUNA_TEST_SERVER_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.KIZUNA_TEST_TEMPLATE} WITH (FORCE)`);
    await admin.end();
  }
  await globalThis.__KIZUNA_DB__?.stop();
}
