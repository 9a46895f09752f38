import type { PostKind } from '../../gql/graphql';

/** What the composer keeps between visits, per composer (new post in a space, or an edit). */
export interface Draft {
  spaceId: string | null;
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  savedAt: number;
}

const PREFIX = 'kizuna:draft:';
/** Drafts older than this are dropped instead of restored. */
export const DRAFT_MAX_AGE_MS = 30 * 86_400_000;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage can be blocked (privacy settings).
  }
}

/** The key of a composer: `new:<spaceSlug or "any">` or `edit:<postId>`, per member. */
export function draftKey(memberId: string, composer: string): string {
  return `${PREFIX}${memberId}:${composer}`;
}

/** True when the draft has something worth keeping. */
export function isMeaningful(d: Pick<Draft, 'title' | 'body' | 'tags'>): boolean {
  return d.title.trim() !== '' || d.body.trim() !== '' || d.tags.length > 0;
}

const KINDS = new Set(['TALK', 'QUESTION', 'ANNOUNCEMENT']);

export function loadDraft(key: string, now = Date.now(), store = storage()): Draft | null {
  if (!store) return null;
  try {
    const raw = store.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    const valid =
      typeof d.title === 'string' &&
      typeof d.body === 'string' &&
      Array.isArray(d.tags) &&
      d.tags.every((tag) => typeof tag === 'string') &&
      typeof d.savedAt === 'number' &&
      typeof d.kind === 'string' &&
      KINDS.has(d.kind) &&
      (d.spaceId === null || typeof d.spaceId === 'string');
    if (!valid || now - d.savedAt! > DRAFT_MAX_AGE_MS) {
      store.removeItem(key);
      return null;
    }
    return d as Draft;
  } catch {
    store.removeItem(key);
    return null;
  }
}

export function saveDraft(key: string, draft: Draft, store = storage()): void {
  if (!store) return;
  try {
    if (isMeaningful(draft)) store.setItem(key, JSON.stringify(draft));
    else store.removeItem(key);
  } catch {
    // Full or blocked: the draft is a convenience only.
  }
}

export function clearDraft(key: string, store = storage()): void {
  try {
    store?.removeItem(key);
  } catch {
    // Ignore.
  }
}
