import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

/** A horizontal bar chart of points (recharts, loaded only where a chart is shown). */
export function PointsBarChart({
  data,
  dataKey,
  label,
  labelledBy,
  axisWidth = 140,
}: {
  data: Record<string, string | number>[];
  dataKey: string;
  label: string;
  labelledBy: string;
  axisWidth?: number;
}) {
  return (
    <BarChart
      h={Math.max(140, data.length * 32)}
      data={data}
      dataKey={dataKey}
      orientation="vertical"
      yAxisProps={{ width: axisWidth }}
      gridAxis="none"
      series={[{ name: 'points', label, color: 'kizuna.6' }]}
      role="img"
      aria-labelledby={labelledBy}
    />
  );
}
