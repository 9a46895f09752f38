import pg from 'pg';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildSpace } from '../support/factories.js';
import { until } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import { ReadCache } from '../../src/core/cache/read-cache.js';
import { SpacesRepository } from '../../src/modules/spaces/spaces.repository.js';
import { ReactionsRepository } from '../../src/modules/reactions/reactions.repository.js';
import { ModerationSettingsRepository } from '../../src/modules/moderation/moderation-settings.repository.js';

let t: TestApp;
let sql: pg.Client;
let spaces: SpacesRepository;

beforeAll(async () => {
  t = await startTestApp();
  sql = new pg.Client({ connectionString: t.databaseUrl });
  await sql.connect();
  spaces = t.app.get(SpacesRepository);
});
afterAll(async () => {
  await sql.end();
  await t.close();
});

const cache = () => t.app.get(ReadCache);
const nameOf = async (id: string) => (await spaces.findById(id))?.nameEn;

describe('read cache', () => {
  it('serves rarely-changing rows from memory, frozen, until a change commits', async () => {
    const space = await buildSpace(t.app, { nameEn: 'Before' });
    await cache().caughtUp();
    const first = await spaces.findById(space.id);
    expect(await spaces.findById(space.id)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);

    // Any statement, from any connection, reaches the cache once it commits.
    await sql.query(`UPDATE spaces SET name_en = 'From elsewhere' WHERE id = $1`, [space.id]);
    await until(async () => (await nameOf(space.id)) === 'From elsewhere');

    // A change made here is read back at once.
    await spaces.update(space.id, { nameEn: 'From here' });
    expect(await nameOf(space.id)).toBe('From here');
  });

  it('lets a transaction that changed a table read its own writes, and others the cache', async () => {
    const space = await buildSpace(t.app, { nameEn: 'Outside' });
    await cache().caughtUp();
    const cached = await spaces.findById(space.id);
    const db = t.app.get(Db);
    await db.transaction(async () => expect(await spaces.findById(space.id)).toBe(cached));
    await expect(
      db.transaction(async () => {
        await spaces.update(space.id, { nameEn: 'Inside' });
        expect(await nameOf(space.id)).toBe('Inside');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await nameOf(space.id)).toBe('Outside');
  });

  it('answers at once only what it would serve from memory', async () => {
    const space = await buildSpace(t.app, { nameEn: 'Held' });
    await cache().caughtUp();
    const held = await spaces.findById(space.id);
    expect(spaces.peekById(space.id)).toBe(held);

    // Dropped once a change elsewhere is heard; known at once again after the next read.
    await sql.query(`UPDATE spaces SET name_en = 'Changed' WHERE id = $1`, [space.id]);
    await until(() => spaces.peekById(space.id) === undefined);
    expect(await nameOf(space.id)).toBe('Changed');
    expect(spaces.peekById(space.id)?.nameEn).toBe('Changed');

    // A transaction that changed spaces reads its own writes, never the memory.
    await t.app.get(Db).transaction(async () => {
      await spaces.update(space.id, { nameEn: 'Mine' });
      expect(spaces.peekById(space.id)).toBeUndefined();
    });
    expect(await nameOf(space.id)).toBe('Mine');
  });

  it('finds a space made a moment ago elsewhere, before the news arrives', async () => {
    await spaces.listActive();
    const [{ id }] = (
      await sql.query(
        `INSERT INTO spaces (slug, name_ja, name_en) VALUES ('just-made', '新しい', 'New') RETURNING id`,
      )
    ).rows;
    expect((await spaces.findById(id))?.slug).toBe('just-made');
    expect((await spaces.findBySlug('just-made'))?.id).toBe(id);
  });

  it('keeps reaction kinds until they change', async () => {
    const reactions = t.app.get(ReactionsRepository);
    await cache().caughtUp();
    const kinds = await reactions.kinds();
    expect(await reactions.kinds()).toBe(kinds);
    await reactions.upsertKind({ ...kinds[0], labelEn: 'Changed' });
    expect((await reactions.kinds())[0].labelEn).toBe('Changed');
  });

  it('keeps the moderation settings with the community settings until they change', async () => {
    const moderation = t.app.get(ModerationSettingsRepository);
    const { hideThreshold } = await moderation.get();
    await cache().caughtUp();
    await moderation.get();
    const sent: string[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      sent.push(String((args[0] as { text?: string })?.text ?? args[0]));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      await moderation.get();
    } finally {
      pg.Client.prototype.query = query;
    }
    expect(sent).toEqual([]);

    expect((await moderation.update({ hideThreshold: hideThreshold + 2 })).hideThreshold).toBe(
      hideThreshold + 2,
    );
    await sql.query(
      `UPDATE community_settings SET moderation = moderation || jsonb_build_object('hideThreshold', $1::int)`,
      [hideThreshold + 1],
    );
    await until(async () => (await moderation.get()).hideThreshold === hideThreshold + 1);
    await moderation.update({ hideThreshold });
  });

  it('reads from the database while it cannot hear changes, and listens again', async () => {
    const space = await buildSpace(t.app, { nameEn: 'Heard' });
    await nameOf(space.id);
    await sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'kizuna-cache' AND datname = current_database()`,
    );
    await until(() => !cache().listening);
    expect(spaces.peekById(space.id)).toBeUndefined();
    await sql.query(`UPDATE spaces SET name_en = 'Unheard' WHERE id = $1`, [space.id]);
    expect(await nameOf(space.id)).toBe('Unheard');
    await until(() => cache().listening);
    await cache().caughtUp();
    const again = await spaces.findById(space.id);
    expect(await spaces.findById(space.id)).toBe(again);
  });
});
