/** A CSV cell: empty for an unknown value. */
export const cell = (v: string | number | boolean | null | undefined): string | number =>
  v === null || v === undefined ? '' : typeof v === 'boolean' ? String(v) : v;

/** An amount rounded to the nearest yen (halves away from zero); empty when unknown. */
export const yen = (v: number | null | undefined): number | '' =>
  v === null || v === undefined ? '' : Math.sign(v) * Math.round(Math.abs(v)) || 0;
