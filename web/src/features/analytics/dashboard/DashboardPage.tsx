import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';

/** Stands in for the page so the area builds on its own; the real page replaces this file. */
export default function DashboardPage() {
  const { t } = useTranslation('analyticsNav');
  return <Page title={t('dashboard')}>{null}</Page>;
}
