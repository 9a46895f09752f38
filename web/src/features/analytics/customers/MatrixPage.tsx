import {
  Anchor,
  Button,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowRight, IconFileImport, IconGridDots } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canAccess, STAFF } from '../../../app/access';
import { useViewer } from '../../../app/session';
import type { MatrixCell, MatrixPageQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../ui/format';
import { Page } from '../../../ui/Page';
import { EmptyPanel, ErrorPanel, LoadingState } from '../../../ui/states';
import { MatrixPageDocument } from './graphql';
import {
  asOfParam,
  CELL_COLORS,
  cellText,
  customersHref,
  formatShare,
  formatYen,
  GRID_COLUMNS,
  GRID_ROWS,
  OUTSIDE_GRID,
} from './logic';
import { AsOfField, Stat } from './parts';
import classes from './analytics.module.css';

type Matrix = MatrixPageQuery['loyaltyMatrix'];
type Summary = Matrix['cells'][number];

/** LTV (high/low) × NPS class: who is loyal, who could be, and who is drifting away. */
export function MatrixPage() {
  const { t } = useTranslation('analyticsCustomers');
  const [params] = useSearchParams();
  const asOf = asOfParam(params);
  const { viewer } = useViewer();
  const { data, previousData, error, loading, refetch } = useQuery(MatrixPageDocument, {
    variables: { asOf },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const matrix = shown?.loyaltyMatrix;
  return (
    <Page
      title={t('matrix.title')}
      description={t('matrix.lead')}
      size="xl"
      actions={
        canAccess(STAFF, viewer) ? (
          <Button
            component={Link}
            to="/manage/analytics/import"
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
          >
            {t('import.title')}
          </Button>
        ) : null
      }
    >
      <AsOfField shownAsOf={matrix?.asOf} />
      {error && !shown ? (
        <ErrorPanel error={error} onRetry={() => refetch()} />
      ) : !matrix ? (
        <LoadingState minHeight={320} />
      ) : matrix.customers === 0 ? (
        <EmptyPanel
          icon={<IconGridDots size={28} aria-hidden />}
          title={t('matrix.empty')}
          description={t('matrix.emptyBody')}
          action={
            canAccess(STAFF, viewer) ? (
              <Button component={Link} to="/manage/analytics/import" variant="light">
                {t('import.title')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Stack gap="lg" aria-busy={loading} style={{ opacity: loading && !data ? 0.6 : 1 }}>
          <MatrixBody
            matrix={matrix}
            highLtvFixed={shown?.customerValueSettings.highLtvThreshold != null}
            asOf={asOf}
          />
        </Stack>
      )}
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="matrix-rules">
        <Stack gap={6}>
          <Title order={2} size="h5" id="matrix-rules">
            {t('matrix.rules.title')}
          </Title>
          <Text size="sm">{t('matrix.rules.ltv')}</Text>
          <Text size="sm">{t('matrix.rules.high')}</Text>
          <Text size="sm">{t('matrix.rules.nps')}</Text>
          <Text size="sm">{t('matrix.rules.apart')}</Text>
          <Text size="sm">{t('matrix.rules.asOf')}</Text>
          <Anchor component={Link} to="/manage/analytics/settings" size="sm">
            {t('matrix.rules.settings')}
          </Anchor>
        </Stack>
      </Paper>
    </Page>
  );
}

function MatrixBody({
  matrix,
  highLtvFixed,
  asOf,
}: {
  matrix: Matrix;
  highLtvFixed: boolean;
  asOf: string | null;
}) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const byCell = new Map(matrix.cells.map((c) => [c.cell, c]));
  const summary = (cell: MatrixCell): Summary =>
    byCell.get(cell) ?? { cell, count: 0, share: 0, revenueInYear: 0 };
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Stat
          label={t('matrix.atRisk.detractors')}
          value={formatYen(matrix.revenueAtRiskDetractors, lang)}
          hint={t('matrix.atRisk.detractorsHint')}
          tone="danger"
          testId="revenue-at-risk-detractors"
        />
        <Stat
          label={t('matrix.atRisk.passives')}
          value={formatYen(matrix.revenueAtRiskPassives, lang)}
          hint={t('matrix.atRisk.passivesHint')}
          tone="warning"
          testId="revenue-at-risk-passives"
        />
        <Stat
          label={t('matrix.customers')}
          value={formatNumber(matrix.customers, lang)}
          hint={
            matrix.highLtvCutoff == null
              ? t('matrix.noCutoff')
              : t(highLtvFixed ? 'matrix.cutoffFixed' : 'matrix.cutoffTop', {
                  amount: formatYen(matrix.highLtvCutoff, lang),
                })
          }
          testId="matrix-customers"
        />
      </SimpleGrid>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="matrix-grid">
        <Stack gap="sm">
          <Title order={2} size="h4" id="matrix-grid">
            {t('matrix.grid')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('matrix.gridHint')}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table
              className={classes.matrix}
              aria-labelledby="matrix-grid"
              withRowBorders={false}
              data-testid="matrix"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Td w={110} />
                  {GRID_COLUMNS.map((cls) => (
                    <Table.Th key={cls} scope="col" ta="center">
                      {t(`nps.class.${cls}`)}
                      <Text span size="xs" c="dimmed" display="block" fw={400}>
                        {t(`nps.range.${cls}`)}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {GRID_ROWS.map((row) => (
                  <Table.Tr key={String(row.highLtv)}>
                    <Table.Th scope="row">
                      {t(row.highLtv ? 'matrix.highLtv' : 'matrix.lowLtv')}
                    </Table.Th>
                    {row.cells.map((cell) => (
                      // A height for the cell cards to fill, so a row's cards line up.
                      <Table.Td key={cell} p={4} h={1}>
                        <CellCard summary={summary(cell)} asOf={asOf} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {OUTSIDE_GRID.map((cell) => (
              <CellCard key={cell} summary={summary(cell)} asOf={asOf} />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('matrix.shareOf', {
              count: matrix.customers,
              formatted: formatNumber(matrix.customers, lang),
            })}
          </Text>
        </Stack>
      </Paper>
    </>
  );
}

/** One cell: name, count and share, its trailing-year revenue and what to do; opens its people. */
function CellCard({ summary, asOf }: { summary: Summary; asOf: string | null }) {
  const { t, i18n } = useTranslation('analyticsCustomers');
  const lang = i18n.language;
  const { name, hint } = cellText(summary.cell, lang);
  const color = CELL_COLORS[summary.cell];
  return (
    <UnstyledButton
      component={Link}
      to={customersHref({ cell: summary.cell }, asOf)}
      className={classes.cell}
      style={{ borderColor: `var(--mantine-color-${color}-6)` }}
      data-testid="matrix-cell"
      data-cell={summary.cell}
      aria-label={t('matrix.cellLabel', {
        name,
        count: summary.count,
        formatted: formatNumber(summary.count, lang),
        share: formatShare(summary.share, lang),
      })}
    >
      <Stack gap={4}>
        <Text fw={700} c={`${color}.9`}>
          {name}
        </Text>
        <Text fz={28} fw={800} lh={1.1} data-testid="matrix-cell-count">
          {formatNumber(summary.count, lang)}
        </Text>
        <Text size="sm" c="dimmed" data-testid="matrix-cell-share">
          {t('matrix.cellShare', {
            share: formatShare(summary.share, lang),
            revenue: formatYen(summary.revenueInYear, lang),
          })}
        </Text>
        <Text size="xs">{hint}</Text>
        <Text size="xs" c={`${color}.9`} fw={600}>
          {t('matrix.openCell')} <IconArrowRight size={12} aria-hidden />
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
