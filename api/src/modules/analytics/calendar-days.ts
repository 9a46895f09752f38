/** `day` moved by `n` calendar days (YYYY-MM-DD). */
export const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The first day (YYYY-MM-DD) of the month `day` falls in. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
