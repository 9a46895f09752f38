import { Tooltip } from './Tooltip';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from './format';

/** A relative time ("3 時間前") with the full date and time on hover and for machines. */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const full = formatDateTime(iso, i18n.language);
  return (
    <Tooltip label={full} withArrow openDelay={400}>
      <time dateTime={iso} title={full}>
        {formatRelative(iso, i18n.language)}
      </time>
    </Tooltip>
  );
}
