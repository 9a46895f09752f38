import { Badge } from '@mantine/core';
import { Tooltip } from '../../ui/Tooltip';
import { useTranslation } from 'react-i18next';
import { readableOnWhite } from '../../ui/contrast';
import { rankName } from './rankNames';

export interface ChipRank {
  position: number;
  nameJa: string;
  nameEn: string;
  color: string;
  icon: string;
}

/**
 * The member's rank next to their name: icon and name in the UI language, in the rank colour
 * (darkened where it would not read on white).
 */
export function RankChip({
  rank,
  size = 'sm',
}: {
  rank: ChipRank | null | undefined;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}) {
  const { t, i18n } = useTranslation('points');
  if (!rank) return null;
  const name = rankName(rank, i18n.language);
  return (
    <Tooltip label={t('chip.label', { name })} withArrow openDelay={300}>
      <Badge
        size={size}
        radius="sm"
        variant="outline"
        color={readableOnWhite(rank.color)}
        leftSection={<span aria-hidden>{rank.icon}</span>}
        aria-label={t('chip.label', { name })}
        data-testid="rank-chip"
        data-rank={rank.position}
        tt="none"
        style={{ textTransform: 'none' }}
      >
        {name}
      </Badge>
    </Tooltip>
  );
}
