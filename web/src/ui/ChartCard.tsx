import { useId, useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';

export interface DataTable {
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * A chart with what it shows in words (named by its title, described by its summary) and its
 * numbers as a table to open, for keyboards, screen readers and anyone who wants the figures.
 */
export function ChartCard({
  title,
  summary,
  table,
  actions,
  children,
  testId,
  graphic = true,
  showTableLabel,
  hideTableLabel,
}: {
  title: string;
  summary: string;
  table?: DataTable;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** False for content people act on (links, a grid of cells): it is not one image then. */
  graphic?: boolean;
  /** The table button's words, from the feature's texts. */
  showTableLabel: string;
  hideTableLabel: string;
}) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid={testId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          <Group gap="xs">
            {actions}
            {table ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconTable size={14} aria-hidden />}
                aria-expanded={showTable}
                aria-controls={`${id}-table`}
                onClick={() => setShowTable((v) => !v)}
              >
                {showTable ? hideTableLabel : showTableLabel}
              </Button>
            ) : null}
          </Group>
        </Group>
        {graphic ? (
          <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
            {children}
          </div>
        ) : (
          children
        )}
        <Text size="xs" c="dimmed" id={`${id}-summary`} data-testid="chart-summary">
          {summary}
        </Text>
        {table ? (
          <div id={`${id}-table`} hidden={!showTable}>
            {showTable ? <DataTableView table={table} caption={title} /> : null}
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}

function DataTableView({ table, caption }: { table: DataTable; caption: string }) {
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
