import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigError, loadConfig } from '../../../config/env.js';
import { LocalMediaStorage } from './local-media-storage.js';
import { S3MediaStorage } from './s3-media-storage.js';
import { createMediaStorage } from './media-storage.provider.js';

const KEY = '0b7e2c1a-3f4d-4e5f-8a9b-0c1d2e3f4a5b/medium.webp';

async function read(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe('LocalMediaStorage', () => {
  it('writes atomically, reads back, and deletes the file and its emptied folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kizuna-media-local-'));
    const s = new LocalMediaStorage(root);
    await s.put(KEY, Buffer.from('first'), 'image/webp');
    await s.put(KEY, Buffer.from('second'), 'image/webp');
    const [dir] = KEY.split('/');
    expect(await readdir(join(root, dir))).toEqual(['medium.webp']);
    const got = await s.get(KEY);
    expect(got?.length).toBe(6);
    expect((await read(got!.body)).toString()).toBe('second');

    await s.delete(KEY);
    expect(await s.get(KEY)).toBeNull();
    expect(await readdir(root)).toEqual([]);
    await expect(s.delete(KEY)).resolves.toBeUndefined();
  });

  it.each(['../secret.webp', '/etc/passwd.webp', 'a/../../b.webp', 'a\\b.webp', 'A/B.webp', ''])(
    'refuses the key %p',
    async (key) => {
      const s = new LocalMediaStorage(await mkdtemp(join(tmpdir(), 'kizuna-media-local-')));
      await expect(s.put(key, Buffer.from('x'), 'image/webp')).rejects.toThrow(/Invalid media/);
      await expect(s.get(key)).rejects.toThrow(/Invalid media/);
    },
  );
});

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('S3MediaStorage', () => {
  let server: Server;
  let endpoint: string;
  const requests: Recorded[] = [];
  const objects = new Map<string, Buffer>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = new URL(req.url!, 'http://x').pathname;
        const body = Buffer.concat(chunks);
        requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        if (req.method === 'PUT') {
          objects.set(path, body);
          res.writeHead(200, { etag: '"abc"' }).end();
        } else if (req.method === 'GET' && objects.has(path)) {
          const data = objects.get(path)!;
          res
            .writeHead(200, { 'content-type': 'image/webp', 'content-length': data.length })
            .end(data);
        } else if (req.method === 'GET') {
          res
            .writeHead(404, { 'content-type': 'application/xml' })
            .end(
              '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
            );
        } else if (req.method === 'DELETE') {
          objects.delete(path);
          res.writeHead(204).end();
        } else {
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('puts, gets and deletes objects under media/ in the bucket, signed with the keys', async () => {
    const s = new S3MediaStorage({
      bucket: 'kizuna-test',
      region: 'auto',
      endpoint,
      accessKeyId: 'AKIDTEST',
      secretAccessKey: 'secret-test-key',
      forcePathStyle: true,
    });
    const data = Buffer.from('RIFF....WEBPVP8 fake');
    await s.put(KEY, data, 'image/webp');
    const put = requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.url.split('?')[0]).toBe(`/kizuna-test/media/${KEY}`);
    expect(put.headers['content-type']).toBe('image/webp');
    expect(put.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(put.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d+\/auto\/s3\//,
    );
    expect(put.body.equals(data)).toBe(true);

    const got = await s.get(KEY);
    expect(requests.at(-1)!.method).toBe('GET');
    expect(got?.length).toBe(data.length);
    expect((await read(got!.body)).equals(data)).toBe(true);

    await s.delete(KEY);
    expect(requests.at(-1)).toMatchObject({ method: 'DELETE' });
    expect(requests.at(-1)!.url.split('?')[0]).toBe(`/kizuna-test/media/${KEY}`);
    expect(await s.get(KEY)).toBeNull();
    s.close();
  });
});

describe('choosing the storage from the configuration', () => {
  const base = { DATA_DIR: '/tmp/kizuna-media-config', SESSION_SECRET: 'x'.repeat(32) };

  it('keeps files under DATA_DIR/media without S3_BUCKET', () => {
    const s = createMediaStorage(loadConfig(base));
    expect(s).toBeInstanceOf(LocalMediaStorage);
    expect((s as LocalMediaStorage).root).toBe('/tmp/kizuna-media-config/media');
  });

  it('uses the bucket when S3_BUCKET is set', async () => {
    const config = loadConfig({
      ...base,
      S3_BUCKET: 'kizuna',
      S3_ENDPOINT: 'https://s3.example.com',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config).toMatchObject({ S3_REGION: 'auto', S3_FORCE_PATH_STYLE: true });
    const s = createMediaStorage(config);
    expect(s).toBeInstanceOf(S3MediaStorage);
    expect(await (s as S3MediaStorage).client.config.region()).toBe('auto');
    (s as S3MediaStorage).close();
  });

  it('names the missing keys when S3_BUCKET is set without them', () => {
    try {
      loadConfig({ ...base, S3_BUCKET: 'kizuna' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([
        'S3_ACCESS_KEY_ID: is required when S3_BUCKET is set (a key with access to it)',
        'S3_SECRET_ACCESS_KEY: is required when S3_BUCKET is set (a key with access to it)',
      ]);
    }
  });

  it('explains a wrong endpoint or flag', () => {
    try {
      loadConfig({ ...base, S3_ENDPOINT: 'not a url', S3_FORCE_PATH_STYLE: 'maybe' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/S3_ENDPOINT: must be the URL of the S3-compatible service/);
      expect(problems).toMatch(/S3_FORCE_PATH_STYLE: must be true or false/);
    }
  });
});
