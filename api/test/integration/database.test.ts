import { createDataSource, migrate } from '../../src/core/database/data-source.js';
import { createTestDatabase } from '../support/test-app.js';
import pg from 'pg';
import { migrations } from '@kizuna/migrations';

/** A database with nothing in it (not cloned from the migrated template). */
async function emptyDatabase() {
  const db = await createTestDatabase();
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  await c.end();
  return db;
}

it('lets several instances migrate one database at the same time, each migration once', async () => {
  const db = await emptyDatabase();
  const sources = await Promise.all([1, 2, 3].map(() => createDataSource(db.url).initialize()));
  try {
    const ran = await Promise.all(sources.map((ds) => migrate(ds)));
    expect(ran.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
    const rows = await sources[0].query(`SELECT name FROM migrations`);
    expect(rows).toHaveLength(migrations.length);
    expect(await sources[0].showMigrations()).toBe(false);
  } finally {
    await Promise.all(sources.map((ds) => ds.destroy()));
    await db.drop();
  }
});

it('reverts every migration cleanly', async () => {
  const db = await emptyDatabase();
  const ds = await createDataSource(db.url).initialize();
  try {
    await migrate(ds);
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(tables).toEqual([]);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});
