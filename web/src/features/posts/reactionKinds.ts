export interface EditableKind {
  key: string;
  emoji: string;
  labelJa: string;
  labelEn: string;
  enabled: boolean;
  /** Not saved yet: its key can still be chosen. */
  isNew?: boolean;
}

export const KIND_KEY = /^[a-z][a-z_]{1,19}$/;
export const MAX_KINDS = 20;

/** What is wrong with a kind, as locale keys under `reactionKinds.errors`, or null. */
export function kindProblem(kind: EditableKind, all: EditableKind[]): string | null {
  if (!KIND_KEY.test(kind.key)) return 'key';
  if (all.filter((k) => k.key === kind.key).length > 1) return 'duplicate';
  if (!kind.emoji.trim() || [...kind.emoji].length > 8) return 'emoji';
  if (
    !kind.labelJa.trim() ||
    !kind.labelEn.trim() ||
    kind.labelJa.length > 20 ||
    kind.labelEn.length > 20
  ) {
    return 'label';
  }
  return null;
}

/** The list as the api takes it: positions follow the order shown. */
export const toInput = (kinds: EditableKind[]) =>
  kinds.map(({ key, emoji, labelJa, labelEn, enabled }, position) => ({
    key,
    emoji: emoji.trim(),
    labelJa: labelJa.trim(),
    labelEn: labelEn.trim(),
    enabled,
    position,
  }));
