import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps } from 'react';
import { Skeleton } from '@mantine/core';

const Chart = lazy(async () => ({ default: (await import('./PointsBarChart')).PointsBarChart }));

/**
 * The bar chart, fetched when it comes near the screen: the charting library stays out of the
 * first download, and out of the page's load when the chart is further down.
 */
export function LazyPointsBarChart(props: ComponentProps<typeof Chart>) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = placeholder.current;
    if (near || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [near]);
  const skeleton = <Skeleton h={140} radius="md" />;
  return near ? (
    <Suspense fallback={skeleton}>
      <Chart {...props} />
    </Suspense>
  ) : (
    <div ref={placeholder}>{skeleton}</div>
  );
}
