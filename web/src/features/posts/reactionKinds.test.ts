import { kindProblem, toInput, type EditableKind } from './reactionKinds';

const kind = (o: Partial<EditableKind> = {}): EditableKind => ({
  key: 'like',
  emoji: '👍',
  labelJa: 'いいね',
  labelEn: 'Like',
  enabled: true,
  ...o,
});

describe('reaction kinds form', () => {
  it('accepts a complete kind and names what is wrong otherwise', () => {
    expect(kindProblem(kind(), [kind()])).toBeNull();
    expect(kindProblem(kind({ key: 'Cheers!' }), [])).toBe('key');
    expect(kindProblem(kind({ key: 'x' }), [])).toBe('key');
    const a = kind();
    expect(kindProblem(a, [a, kind()])).toBe('duplicate');
    expect(kindProblem(kind({ emoji: ' ' }), [])).toBe('emoji');
    expect(kindProblem(kind({ labelEn: '' }), [])).toBe('label');
    expect(kindProblem(kind({ labelJa: 'あ'.repeat(21) }), [])).toBe('label');
  });

  it('numbers positions in the order shown and trims the texts', () => {
    const input = toInput([kind({ key: 'wow', labelJa: ' すごい ' }), kind({ isNew: true })]);
    expect(input).toEqual([
      { key: 'wow', emoji: '👍', labelJa: 'すごい', labelEn: 'Like', enabled: true, position: 0 },
      { key: 'like', emoji: '👍', labelJa: 'いいね', labelEn: 'Like', enabled: true, position: 1 },
    ]);
  });
});
