import { contrastOnWhite, readableOnWhite } from './contrast';

describe('readableOnWhite', () => {
  it('keeps a colour that already reads at 4.5:1 on white', () => {
    expect(readableOnWhite('#6B3FA0')).toBe('#6b3fa0');
    expect(contrastOnWhite('#6b3fa0')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['#8a8f98', '#5b8c5a', '#b5651d', '#d4a017', '#ffffff', '#ffff00'])(
    'darkens %s to 4.5:1 or more',
    (hex) => {
      const text = readableOnWhite(hex);
      expect(text).toMatch(/^#[0-9a-f]{6}$/);
      expect(text).not.toBe(hex);
      expect(contrastOnWhite(text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('measures black and white at the ends of the scale', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
  });
});
