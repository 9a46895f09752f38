import { startTransition, useEffect, useState } from 'react';

/**
 * A long list rendered in slices: the first `first` items at once, then `step` more per
 * transition, so no single main-thread task renders the whole list and input stays answered
 * in between.
 */
export function useSlices<T>(items: readonly T[], first = 4, step = 4): readonly T[] {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= items.length) return;
    const id = requestAnimationFrame(() =>
      startTransition(() => setCount((c) => Math.max(c, first) + step)),
    );
    return () => cancelAnimationFrame(id);
  }, [count, items.length, first, step]);
  return count >= items.length ? items : items.slice(0, count);
}
