import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';

/** Stands in for the page so the area builds on its own; the real page replaces this file. */
export default function CriteriaPage() {
  const { t } = useTranslation('analyticsNav');
  return <Page title={t('criteria')}>{null}</Page>;
}
