import { useId, useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface DataTable {
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * A chart with what it shows in words (named by its title, described by its summary), its data
 * as a table to open, and the same data as CSV.
 */
export function ChartFigure({
  title,
  summary,
  csvHref,
  table,
  actions,
  children,
  testId,
}: {
  title: string;
  summary: string;
  csvHref?: string;
  table: DataTable;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('surveyResults');
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="sm" data-testid={testId}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          <Group gap="xs">
            {actions}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconTable size={14} aria-hidden />}
              aria-expanded={showTable}
              aria-controls={`${id}-table`}
              onClick={() => setShowTable((v) => !v)}
            >
              {showTable ? t('chart.hideTable') : t('chart.showTable')}
            </Button>
            {csvHref ? (
              <Button
                size="xs"
                variant="default"
                component="a"
                href={csvHref}
                download
                leftSection={<IconDownload size={14} aria-hidden />}
                aria-label={t('chart.csvOf', { title })}
              >
                {t('chart.csv')}
              </Button>
            ) : null}
          </Group>
        </Group>
        <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
          {children}
        </div>
        <Text size="xs" c="dimmed" id={`${id}-summary`}>
          {summary}
        </Text>
        <div id={`${id}-table`} hidden={!showTable}>
          {showTable ? <DataTableView table={table} caption={title} /> : null}
        </div>
      </Stack>
    </Paper>
  );
}

export function DataTableView({ table, caption }: { table: DataTable; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table fz="sm" verticalSpacing={4} striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((c) => (
              <Table.Th key={c.label} scope="col" ta={c.numeric ? 'right' : undefined}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, i) => (
                <Table.Td key={i} ta={table.columns[i]?.numeric ? 'right' : undefined}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
