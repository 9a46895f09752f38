import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { shortLabel } from './logic';

/** Pixels of the axis that one label column takes at the axis' 12px font, with a margin. */
const COLUMN_PX = 7;

/** A category name on one line, cut to the axis width; the full name is its title. */
function CategoryTick({
  x,
  y,
  payload,
  columns,
}: {
  x: number | string;
  y: number | string;
  payload: { value: unknown };
  columns: number;
}) {
  const name = String(payload.value);
  return (
    <text x={x} y={y} dx={-10} dy="0.355em" textAnchor="end" fontSize={12} fill="currentColor">
      <title>{name}</title>
      {shortLabel(name, columns)}
    </text>
  );
}

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
  const columns = Math.floor((axisWidth - 16) / COLUMN_PX);
  return (
    <BarChart
      h={Math.max(140, data.length * 32)}
      data={data}
      dataKey={dataKey}
      orientation="vertical"
      yAxisProps={{
        width: axisWidth,
        interval: 0,
        tick: (props) => <CategoryTick {...props} columns={columns} />,
      }}
      gridAxis="none"
      series={[{ name: 'points', label, color: 'kizuna.6' }]}
      role="img"
      aria-labelledby={labelledBy}
    />
  );
}
