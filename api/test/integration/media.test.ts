import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { migrations } from '@kizuna/migrations';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient, GqlError } from '../support/gql-client.js';

const FORMAT_MESSAGE = 'Only JPEG, PNG, WebP and GIF images can be uploaded.';
const NOBODY = '00000000-0000-4000-8000-000000000000';

interface UploadBody {
  id: string;
  url: string;
  width: number;
  height: number;
  variants: Record<string, string>;
}

let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kizuna-media-'));
  t = await startTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A signed-in client of a new member (each has its own upload allowance). */
async function member(): Promise<GqlClient> {
  return clientFor(t.app, t.url, await buildMember(t.app));
}

async function upload(
  client: GqlClient | null,
  bytes: Buffer | string,
  filename: string,
  type: string,
  o: { csrf?: boolean; field?: string } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const form = new FormData();
  form.append(o.field ?? 'file', new Blob([bytes], { type }), filename);
  const headers: Record<string, string> = {};
  if (client) {
    headers.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (o.csrf !== false) headers[CSRF_HEADER] = client.cookies.get(CSRF_COOKIE)!;
  }
  const res = await fetch(`${t.url}/media`, { method: 'POST', headers, body: form });
  const text = await res.text();
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: res.status, body: JSON.parse(text), headers: res.headers };
}

const firstError = (body: any): GqlError => body.errors[0];

const jpegWithGps = () =>
  sharp({ create: { width: 1500, height: 1000, channels: 3, background: '#c04020' } })
    .jpeg()
    // Orientation 6: the camera was turned, the picture is 1000 wide and 1500 high upright.
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Copyright: 'Kizuna test', Make: 'TestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '35/1 40/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '139/1 45/1 0/1',
      },
    })
    .toBuffer();

const png = (width = 200, height = 100) =>
  sharp({ create: { width, height, channels: 4, background: { r: 0, g: 80, b: 200, alpha: 0.5 } } })
    .png()
    .withExif({ IFD0: { Copyright: 'Kizuna test' } })
    .toBuffer();

const webp = () =>
  sharp({ create: { width: 2000, height: 600, channels: 3, background: '#208040' } })
    .webp()
    .withExif({ IFD0: { Copyright: 'Kizuna test' } })
    .toBuffer();

async function animatedGif(): Promise<Buffer> {
  const [w, h, frames] = [64, 48, 4];
  const raw = Buffer.alloc(w * h * frames * 3);
  for (let f = 0; f < frames; f++)
    for (let i = 0; i < w * h; i++) raw[(f * w * h + i) * 3] = 60 * f;
  return sharp(raw, { raw: { width: w, height: h * frames, channels: 3, pageHeight: h } })
    .gif({ delay: [100, 100, 100, 100], loop: 0 })
    .toBuffer();
}

/** The GPS IFD pointer tag (0x8825), in either byte order. */
const hasGpsTag = (exif: Buffer) =>
  exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

async function fetchVariant(url: string) {
  const res = await fetch(`${t.url}${url}`);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Every variant is served as WebP with the safe headers, no metadata and the expected size. */
async function expectVariants(
  body: UploadBody,
  sizes: Record<'thumb' | 'medium' | 'large', [number, number]>,
  o: { pages?: number } = {},
) {
  expect(body.url).toBe(`/media/${body.id}/medium.webp`);
  expect(body.variants).toEqual({
    thumb: `/media/${body.id}/thumb.webp`,
    medium: `/media/${body.id}/medium.webp`,
    large: `/media/${body.id}/large.webp`,
  });
  for (const [name, [width, height]] of Object.entries(sizes)) {
    const { res, bytes } = await fetchVariant(body.variants[name]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="${body.id}-${name}.webp"`,
    );
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toBeTruthy();
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const meta = await sharp(bytes, { animated: true }).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.pageHeight ?? meta.height]).toEqual([width, height]);
    expect(meta.pages ?? 1).toBe(o.pages ?? 1);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  }
}

const row = async (id: string) =>
  (
    await t.app
      .get(DataSource)
      .query(
        `SELECT owner_id, original_type, width, height, bytes, variants FROM media WHERE id = $1`,
        [id],
      )
  )[0];

const storedFiles = async () => {
  const root = join(dataDir, 'media');
  const out: string[] = [];
  for (const dir of await readdir(root).catch(() => [] as string[]))
    for (const f of await readdir(join(root, dir))) out.push(`${dir}/${f}`);
  return out.sort();
};

describe('uploading images', () => {
  it('accepts a JPEG, turns it upright and strips EXIF and GPS from every variant', async () => {
    const input = await jpegWithGps();
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.orientation).toBe(6);
    expect(inputMeta.exif!.includes('Kizuna test')).toBe(true);
    expect(hasGpsTag(inputMeta.exif!)).toBe(true);

    const m = await buildMember(t.app);
    const c = await clientFor(t.app, t.url, m);
    const r = await upload(c, input, 'IMG_0001.JPG', 'image/jpeg');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ width: 1000, height: 1500 });
    await expectVariants(r.body, {
      thumb: [213, 320],
      medium: [853, 1280],
      large: [1000, 1500],
    });
    const stored = await row(r.body.id);
    expect(stored).toMatchObject({
      owner_id: m.id,
      original_type: 'jpeg',
      width: 1000,
      height: 1500,
    });
    expect(stored.variants.large).toMatchObject({ width: 1000, height: 1500 });
    expect(stored.bytes).toBe(stored.variants.large.bytes);
    expect(stored.variants.medium.key).toBe(`${r.body.id}/medium.webp`);
    for (const name of ['thumb', 'medium', 'large'])
      expect(await storedFiles()).toContain(`${r.body.id}/${name}.webp`);
  });

  it('accepts a PNG and never enlarges a small image', async () => {
    const r = await upload(await member(), await png(), 'diagram.png', 'image/png');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ width: 200, height: 100 });
    await expectVariants(r.body, { thumb: [200, 100], medium: [200, 100], large: [200, 100] });
    expect((await row(r.body.id)).original_type).toBe('png');
  });

  it('accepts a WebP and shrinks it to each size', async () => {
    const r = await upload(await member(), await webp(), 'banner.webp', 'image/webp');
    expect(r.status).toBe(201);
    await expectVariants(r.body, {
      thumb: [320, 96],
      medium: [1280, 384],
      large: [2000, 600],
    });
    expect((await row(r.body.id)).original_type).toBe('webp');
  });

  it('keeps a GIF animated, as animated WebP', async () => {
    const r = await upload(await member(), await animatedGif(), 'wave.gif', 'image/gif');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ width: 64, height: 48 });
    await expectVariants(
      r.body,
      { thumb: [64, 48], medium: [64, 48], large: [64, 48] },
      { pages: 4 },
    );
    expect((await row(r.body.id)).original_type).toBe('gif');
  });

  it('goes by the content, not by the name or the type the client claims', async () => {
    const r = await upload(await member(), await png(40, 30), 'photo.jpg', 'image/jpeg');
    expect(r.status).toBe(201);
    expect((await row(r.body.id)).original_type).toBe('png');
  });

  it.each([
    ['a text file named like a JPEG', Buffer.from('hello, this is not an image'), 'photo.jpg'],
    [
      'an SVG',
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      ),
      'drawing.svg',
    ],
    [
      'an SVG named .png',
      Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      'drawing.png',
    ],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>'), 'page.gif'],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF'), 'scan.jpg'],
  ])('refuses %s with a clear error', async (_what, bytes, name) => {
    const before = await storedFiles();
    const r = await upload(await member(), bytes, name, 'image/png');
    expect(r.status).toBe(400);
    expect(firstError(r.body)).toEqual({
      message: FORMAT_MESSAGE,
      extensions: {
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'file', issue: 'INVALID_FORMAT', message: FORMAT_MESSAGE }],
      },
    });
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a file that starts like a JPEG but is not one (a polyglot)', async () => {
    const polyglot = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('<html><script>alert(1)</script></html>'),
    ]);
    const r = await upload(await member(), polyglot, 'x.jpg', 'image/jpeg');
    expect(r.status).toBe(400);
    expect(firstError(r.body).extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'file', issue: 'INVALID_FORMAT' }],
    });
  });

  it('refuses an image with too many pixels (a decompression bomb) before decoding it', async () => {
    // 48 megapixels of one colour: 150 kB as PNG, 144 MB once decoded.
    const bomb = await sharp({
      create: { width: 8000, height: 6000, channels: 3, background: 'white' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const r = await upload(await member(), bomb, 'white.png', 'image/png');
    expect(r.status).toBe(400);
    expect(firstError(r.body).extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'file', issue: 'OUT_OF_RANGE', params: { max: 40_000_000 } }],
    });
  });

  it('asks for a file when there is none', async () => {
    const c = await member();
    const res = await fetch(`${t.url}/media`, {
      method: 'POST',
      headers: {
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        [CSRF_HEADER]: c.cookies.get(CSRF_COOKIE)!,
      },
      body: new FormData(),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(firstError(body).extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'file', issue: 'REQUIRED' }],
    });
  });

  it('refuses a file sent in another field', async () => {
    const r = await upload(await member(), await png(), 'a.png', 'image/png', { field: 'image' });
    expect(r.status).toBe(400);
    expect(firstError(r.body).extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'file' }],
    });
  });

  it('refuses a file over 10 MB with 413 and stores nothing', async () => {
    const m = await buildMember(t.app);
    const before = await storedFiles();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    (await png(10, 10)).copy(big);
    const r = await upload(await clientFor(t.app, t.url, m), big, 'big.png', 'image/png');
    expect(r.status).toBe(413);
    expect(r.body).toEqual({
      errors: [
        { message: 'Images can be at most 10 MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
    const rows = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM media WHERE owner_id = $1`, [m.id]);
    expect(rows[0].n).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it('answers 401 to anonymous uploads', async () => {
    const r = await upload(null, await png(), 'a.png', 'image/png');
    expect(r.status).toBe(401);
    expect(firstError(r.body).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 403 CSRF_FAILED without the CSRF header, or with a wrong one', async () => {
    const c = await member();
    const r = await upload(c, await png(), 'a.png', 'image/png', { csrf: false });
    expect(r.status).toBe(403);
    expect(firstError(r.body).extensions.code).toBe('CSRF_FAILED');

    c.cookies.set(CSRF_COOKIE, 'another-csrf-token-9876543210');
    const form = new FormData();
    form.append('file', new Blob([await png()], { type: 'image/png' }), 'a.png');
    const res = await fetch(`${t.url}/media`, {
      method: 'POST',
      headers: {
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        [CSRF_HEADER]: 'test-csrf-token-0123456789',
      },
      body: form,
    });
    expect(res.status).toBe(403);
    expect(firstError(await res.json()).extensions.code).toBe('CSRF_FAILED');
  });

  it('limits each member to 30 uploads per 10 minutes, refused ones included', async () => {
    const c = await member();
    for (let i = 0; i < 30; i++) {
      const r = await upload(c, 'not an image', 'x.jpg', 'image/jpeg');
      expect(r.status).toBe(400);
    }
    const r = await upload(c, await png(), 'a.png', 'image/png');
    expect(r.status).toBe(429);
    const e = firstError(r.body);
    expect(e.extensions.code).toBe('RATE_LIMITED');
    expect(e.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(e.extensions.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect(Number(r.headers.get('retry-after'))).toBe(e.extensions.retryAfterSeconds);
    // Another member is not affected.
    expect((await upload(await member(), await png(), 'a.png', 'image/png')).status).toBe(201);
  });
});

describe('serving images', () => {
  let uploaded: UploadBody;
  beforeAll(async () => {
    uploaded = (await upload(await member(), await png(), 'a.png', 'image/png')).body;
  });

  it('serves a variant with or without the .webp suffix and answers 304 to a matching ETag', async () => {
    const plain = await fetchVariant(`/media/${uploaded.id}/thumb`);
    expect(plain.res.status).toBe(200);
    expect(plain.res.headers.get('content-type')).toBe('image/webp');
    const withSuffix = await fetchVariant(uploaded.variants.thumb);
    expect(withSuffix.bytes.equals(plain.bytes)).toBe(true);

    const etag = withSuffix.res.headers.get('etag')!;
    const again = await fetch(`${t.url}${uploaded.variants.thumb}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it.each([
    ['an unknown id', `/media/${NOBODY}/medium.webp`],
    ['a malformed id', `/media/not-a-uuid/medium.webp`],
    ['an unknown variant', `/media/ID/original.webp`],
    ['another extension', `/media/ID/medium.png`],
  ])('answers 404 JSON for %s', async (_what, path) => {
    const res = await fetch(`${t.url}${path.replace('ID', uploaded.id)}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(firstError(await res.json())).toEqual({
      message: 'This image was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('needs no session to view', async () => {
    const res = await fetch(`${t.url}${uploaded.url}`);
    expect(res.status).toBe(200);
  });
});

describe('for other modules', () => {});

describe('the media migration', () => {
  it('can be reverted and applied again', async () => {
    const migration = new (migrations.find((m) => m.name === 'Media1763900100000')!)();
    // Event covers refer to media: that migration is reverted first, as a full revert would.
    const covers = new (migrations.find((m) => m.name === 'EventDiscussions1764500000010')!)();
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      await covers.down(runner);
      await migration.down(runner);
      expect(await runner.hasTable('media')).toBe(false);
      await migration.up(runner);
      expect(await runner.hasTable('media')).toBe(true);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('avatars', () => {
  const UPDATE = `mutation($url: String) { updateProfile(input: { avatarUrl: $url }) { avatarUrl } }`;

  it('a member makes an image they uploaded their avatar, not someone else’s', async () => {
    const [me, other] = [await member(), await member()];
    const mine = (await upload(me, await png(600, 400), 'me.png', 'image/png')).body;
    const theirs = (await upload(other, await png(), 'x.png', 'image/png')).body;
    expect(mine.variants.thumb).toBe(`/media/${mine.id}/thumb.webp`);

    expect((await me.ok(UPDATE, { url: mine.variants.thumb })).updateProfile.avatarUrl).toBe(
      mine.variants.thumb,
    );
    const avatar = await sharp((await fetchVariant(mine.variants.thumb)).bytes).metadata();
    expect([avatar.format, avatar.width, avatar.height]).toEqual(['webp', 320, 213]);

    expect(await me.code(UPDATE, { url: theirs.variants.thumb })).toBe('NOT_FOUND');
    expect(await me.code(UPDATE, { url: `/media/${NOBODY}/thumb.webp` })).toBe('NOT_FOUND');
    const bad = await me.gql(UPDATE, { url: `/media/${mine.id}/large.webp` });
    expect(bad.errors?.[0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'avatarUrl', issue: 'INVALID_FORMAT' }),
    ]);
    expect((await me.ok(`{ me { avatarUrl } }`)).me.avatarUrl).toBe(mine.variants.thumb);
    expect((await me.ok(UPDATE, { url: null })).updateProfile.avatarUrl).toBeNull();
  });
});

describe('with the web app served from the same origin', () => {
  let spa: TestApp;
  beforeAll(async () => {
    const dist = await mkdtemp(join(tmpdir(), 'kizuna-spa-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    spa = await startTestApp({ DATA_DIR: dataDir, WEB_DIST: dist });
  });
  afterAll(() => spa.close());

  it('leaves /media to the api', async () => {
    const res = await fetch(`${spa.url}/media/${NOBODY}/medium.webp`);
    expect(res.status).toBe(404);
    expect(firstError(await res.json()).extensions.code).toBe('NOT_FOUND');
  });
});
