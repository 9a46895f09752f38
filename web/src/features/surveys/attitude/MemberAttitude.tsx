import { Badge, Group, Text } from '@mantine/core';
import { IconMoodHeart } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { NPS_CLASS_COLORS } from '../results/logic';
import { MemberAttitudeDocument } from './graphql';

/**
 * How the member feels about the brand, from their latest NPS answer (for moderators): a class
 * and when it was measured, or that it never was.
 */
export function MemberAttitude({ handle }: { handle: string }) {
  const { t, i18n } = useTranslation('profile');
  const { data } = useQuery(MemberAttitudeDocument, {
    variables: { handle: handle.toLowerCase() },
    fetchPolicy: 'cache-and-network',
  });
  const attitude = data?.member.attitude;
  if (!data) return null;
  const cls = attitude?.npsClass ?? null;
  return (
    <Group gap={6} data-testid="member-attitude" data-nps-class={cls ?? 'UNKNOWN'}>
      <IconMoodHeart size={18} aria-hidden />
      <Text size="sm">{t('attitude.label')}</Text>
      <Badge variant="light" color={cls ? NPS_CLASS_COLORS[cls] : 'gray'}>
        {t(`attitude.class.${cls ?? 'UNKNOWN'}`)}
        {attitude?.npsScore != null ? ` (${attitude.npsScore})` : ''}
      </Badge>
      {cls && attitude?.measuredAt ? (
        <Text size="sm" c="dimmed">
          {t('attitude.measuredAt', { date: formatDate(attitude.measuredAt, i18n.language) })}
        </Text>
      ) : null}
    </Group>
  );
}
