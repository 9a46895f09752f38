import { ENGAGEMENT_TIERS, NPS_CLASSES } from '@kizuna/shared';
import { useTranslation } from 'react-i18next';
import type { CriterionOp, LoyaltyMetric, NpsClass } from '../../../gql/graphql';
import { formatCount, formatYen } from '../dashboard/logic';
import { tierName } from '../engagement/logic';
import { findRank, kindOf, OP_SYMBOLS, type RankChoice } from './logic';

/**
 * Criteria and the values they compare with in words: "投稿数 ≥ 3", "NPS 区分 = 推奨者",
 * "ランク ≥ ⭐ ゴールド".
 */
export function useCriterionText(ranks: readonly RankChoice[]) {
  const { t, i18n } = useTranslation('analytics');
  const lang = i18n.language;
  const metric = (m: LoyaltyMetric) => t(`metrics.${m}`);
  const op = (o: CriterionOp) => t(`ops.${o}`);
  const value = (m: LoyaltyMetric, v: string): string => {
    switch (kindOf(m)) {
      case 'number': {
        const n = Number(v);
        if (v.trim() === '' || Number.isNaN(n)) return v;
        return m === 'LTV' ? formatYen(n, lang) : formatCount(n, lang);
      }
      case 'tier':
        return (ENGAGEMENT_TIERS as readonly string[]).includes(v.toLowerCase())
          ? tierName(v.toUpperCase() as Parameters<typeof tierName>[0], lang)
          : v;
      case 'nps':
        return (NPS_CLASSES as readonly string[]).includes(v.toLowerCase())
          ? t(`npsClass.${v.toUpperCase() as NpsClass}`)
          : v;
      case 'rank': {
        const rank = findRank(ranks, v);
        return rank ? `${rank.icon} ${lang === 'en' ? rank.nameEn : rank.nameJa}` : v;
      }
    }
  };
  const criterion = (c: { metric: LoyaltyMetric; op: CriterionOp; value: string }) =>
    `${metric(c.metric)} ${OP_SYMBOLS[c.op]} ${value(c.metric, c.value)}`;
  return { metric, op, value, criterion };
}
