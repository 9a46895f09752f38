import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChartCard, type DataTable } from '../../../ui/ChartCard';

/** A results chart (see ui/ChartCard), with its data as CSV beside the table. */
export function ChartFigure({
  csvHref,
  actions,
  ...props
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
  return (
    <ChartCard
      {...props}
      showTableLabel={t('chart.showTable')}
      hideTableLabel={t('chart.hideTable')}
      actions={
        <>
          {actions}
          {csvHref ? (
            <Button
              size="xs"
              variant="default"
              component="a"
              href={csvHref}
              download
              leftSection={<IconDownload size={14} aria-hidden />}
              aria-label={t('chart.csvOf', { title: props.title })}
            >
              {t('chart.csv')}
            </Button>
          ) : null}
        </>
      }
    />
  );
}
