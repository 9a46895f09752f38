import { getThemeColor, useMantineTheme } from '@mantine/core';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatShare, formatYen, segmentText, type ParetoRow } from './logic';

/**
 * The Pareto view: each segment's revenue share (bars, largest first) and the running total
 * (line), so one sees how few segments bring most of the money. Fetched with the RFM page's
 * first chart, never with the first page of the app.
 */
export default function ParetoChart({ rows }: { rows: ParetoRow[] }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const theme = useMantineTheme();
  const lang = i18n.language;
  const bar = getThemeColor('kizuna.3', theme);
  const line = getThemeColor('kizuna.9', theme);
  const data = rows.map((r) => ({
    ...r,
    label: segmentText(r.segment, lang).name,
    share: r.revenueShare * 100,
    cumulative: r.cumulativeShare * 100,
  }));
  return (
    <div style={{ width: '100%', height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={data}
          margin={{ top: 10, right: 16, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid
            vertical={false}
            strokeDasharray="4 4"
            stroke="var(--mantine-color-default-border)"
          />
          <XAxis
            dataKey="label"
            tickLine={false}
            fontSize={11}
            interval={0}
            angle={-35}
            textAnchor="end"
            height={88}
          />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" fontSize={12} width={48} />
          <Tooltip
            formatter={(value, name, item) => {
              const row = item.payload as (typeof data)[number];
              return name === 'share'
                ? [
                    `${formatShare(row.revenueShare, lang)} (${formatYen(row.revenue, lang)})`,
                    t('rfm.pareto.share'),
                  ]
                : [formatShare(Number(value) / 100, lang), t('rfm.pareto.cumulative')];
            }}
          />
          <Bar dataKey="share" fill={bar} isAnimationActive={false} />
          <Line
            type="monotone"
            dataKey="cumulative"
            stroke={line}
            strokeWidth={2}
            dot={{ r: 3, fill: line }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
