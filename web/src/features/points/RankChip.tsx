import type { CSSProperties } from 'react';
import { Tooltip } from '../../ui/Tooltip';
import { useTranslation } from 'react-i18next';
import { readableOnWhite } from '../../ui/contrast';
import { rankName } from './rankNames';
import classes from './RankChip.module.css';

export interface ChipRank {
  position: number;
  nameJa: string;
  nameEn: string;
  color: string;
  icon: string;
}

/**
 * The member's rank next to their name: icon and name in the UI language, in the rank colour
 * (darkened where it would not read on white). Plain markup in the look of an outline Badge: a
 * post page shows one per comment.
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
      <div
        className={classes.chip}
        data-size={size}
        style={{ '--chip-color': readableOnWhite(rank.color) } as CSSProperties}
        aria-label={t('chip.label', { name })}
        data-testid="rank-chip"
        data-rank={rank.position}
      >
        <span className={classes.icon} aria-hidden>
          {rank.icon}
        </span>
        <span className={classes.name}>{name}</span>
      </div>
    </Tooltip>
  );
}
