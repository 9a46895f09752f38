import { rowsSql, SqlParams } from './sql-fragment.js';

describe('rowsSql', () => {
  const columns = (n: number) =>
    [
      [Array.from({ length: n }, (_, i) => `m${i}`), 'uuid'],
      [Array.from({ length: n }, (_, i) => i), 'int'],
    ] as const;

  it('writes a few rows as a VALUES list, each value its own typed parameter', () => {
    const p = new SqlParams(['first']);
    expect(rowsSql(p, columns(2), 'r(id, n)')).toBe(
      '(VALUES ($2::uuid, $3::int), ($4::uuid, $5::int)) AS r(id, n)',
    );
    expect(p.values).toEqual(['first', 'm0', 0, 'm1', 1]);
  });

  it('writes more rows as an unnest of one array per column', () => {
    const p = new SqlParams();
    expect(rowsSql(p, columns(5), 'r(id, n)')).toBe('unnest($1::uuid[], $2::int[]) AS r(id, n)');
    expect(p.values).toEqual([
      ['m0', 'm1', 'm2', 'm3', 'm4'],
      [0, 1, 2, 3, 4],
    ]);
  });
});
