/**
 * Rank names and perks in the UI language: a module of their own, since the rank chip in the first
 * download needs them and none of the other rank helpers.
 */

export interface RankNames {
  nameJa: string;
  nameEn: string;
}

/** The rank's name in the UI language (Japanese for anything but English). */
export function rankName(rank: RankNames, lang: string): string {
  return lang.startsWith('en') ? rank.nameEn || rank.nameJa : rank.nameJa || rank.nameEn;
}

export function rankPerks(rank: { perksJa: string; perksEn: string }, lang: string): string {
  return lang.startsWith('en') ? rank.perksEn || rank.perksJa : rank.perksJa || rank.perksEn;
}
