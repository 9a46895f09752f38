const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of a `#rrggbb` colour against white. */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance([0, 1, 2].map((i) => channel(hex, i))) + 0.05);
}

const HEX = /^#[0-9a-f]{6}$/i;
const readable = new Map<string, string>();

/**
 * A colour given by the community (a rank's, as `#rrggbb`) as text on white: the colour itself
 * when it reads at 4.5:1 or more, else the same hue darkened until it does.
 */
export function readableOnWhite(hex: string): string {
  if (!HEX.test(hex)) return hex;
  let found = readable.get(hex);
  if (found) return found;
  const rgb = [0, 1, 2].map((i) => channel(hex, i));
  let scale = 1;
  const at = (s: number) => rgb.map((c) => Math.round(c * s));
  while (1.05 / (luminance(at(scale)) + 0.05) < 4.6) scale -= 0.02;
  found =
    scale === 1
      ? hex.toLowerCase()
      : `#${at(scale)
          .map((c) => c.toString(16).padStart(2, '0'))
          .join('')}`;
  readable.set(hex, found);
  return found;
}
