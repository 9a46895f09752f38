import type { Readable } from 'node:stream';

/** A stored object, ready to be streamed to a client. */
export interface StoredObject {
  body: Readable;
  /** Bytes, when the driver knows them. */
  length?: number;
}

/**
 * Where image bytes live. Keys are made by the media service (`<uuid>/<variant>.webp`); a driver
 * may put them under a prefix of its own. Also the Nest injection token for the chosen driver.
 */
export abstract class MediaStorage {
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none under `key`. */
  abstract get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing one that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*\.[a-z0-9]+$/;

/** Keys never come from clients, but a driver refuses anything that could leave its root. */
export function assertSafeKey(key: string): void {
  if (!KEY.test(key) || key.length > 200) throw new Error(`Invalid media storage key: ${key}`);
}
