/** The space's name or description in the language being read (Japanese unless English). */
export function spaceName(space: { nameJa: string; nameEn: string }, lang: string): string {
  return lang.startsWith('en') ? space.nameEn || space.nameJa : space.nameJa || space.nameEn;
}

export function spaceDescription(
  space: { descriptionJa: string; descriptionEn: string },
  lang: string,
): string {
  return lang.startsWith('en')
    ? space.descriptionEn || space.descriptionJa
    : space.descriptionJa || space.descriptionEn;
}
