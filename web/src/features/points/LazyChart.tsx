import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from '@mantine/core';

const Chart = lazy(async () => ({ default: (await import('./PointsBarChart')).PointsBarChart }));

/** The bar chart, fetched on first use so the charting library stays out of the first download. */
export function LazyPointsBarChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<Skeleton h={140} radius="md" />}>
      <Chart {...props} />
    </Suspense>
  );
}
