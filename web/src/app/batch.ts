export interface Batcher<K> {
  add(key: K): void;
  cancel(): void;
}

/**
 * Collects keys for `waitMs`, then hands them to `flush` once: a burst of pushes about the same
 * things costs one request, not one each.
 */
export function createBatcher<K>(flush: (keys: K[]) => void, waitMs: number): Batcher<K> {
  let keys = new Set<K>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    add(key) {
      keys.add(key);
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        const batch = [...keys];
        keys = new Set();
        flush(batch);
      }, waitMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      keys = new Set();
    },
  };
}
