/**
 * The parameters of one statement that several modules write parts of: each part adds its
 * values and gets their placeholders, so the parts never have to agree on numbering.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(first: readonly unknown[] = []) {
    this.values.push(...first);
  }

  /** The placeholder of `value`, cast to `type` when given. */
  add(value: unknown, type?: string): string {
    this.values.push(value);
    return `$${this.values.length}${type ? `::${type}` : ''}`;
  }
}

/**
 * Common table expressions a module adds to a statement another module runs (its SQL stays in
 * its own repository). They take effect only when `gate`, a CTE of that statement, has rows, and
 * so run after it; `gate` in the result is the CTE a later part should wait on in turn. Names
 * are prefixed by the module; null adds nothing.
 */
export type CteFragment = (params: SqlParams, gate: string) => { sql: string; gate: string } | null;

/**
 * The text of `parts` for a WITH list (each with a leading comma), each gated on the one before
 * it and the first on `first`; `gate` is the last one's (or `first`).
 */
export function chainCtes(
  params: SqlParams,
  first: string,
  parts: CteFragment[],
): { sql: string; gate: string } {
  let gate = first;
  let sql = '';
  for (const part of parts) {
    const cte = part(params, gate);
    if (!cte) continue;
    sql += `,\n${cte.sql}`;
    gate = cte.gate;
  }
  return { sql, gate };
}

/** Up to this many rows, `rowsSql` writes a VALUES list. */
const FEW_ROWS = 4;

/**
 * Rows for a FROM clause, one per index of `columns` (each its values and SQL type), named
 * `alias` (`i(a, b)`): a few rows as a VALUES list, more as an unnest of arrays. A prepared
 * statement's generic plan cannot know an unnest's length, and costs it so far above the custom
 * plans that PostgreSQL plans every execution anew; a VALUES list has its length in its text.
 */
export function rowsSql(
  p: SqlParams,
  columns: ReadonlyArray<readonly [readonly unknown[], string]>,
  alias: string,
): string {
  const n = columns[0][0].length;
  if (n > FEW_ROWS)
    return `unnest(${columns.map(([values, type]) => p.add(values, `${type}[]`)).join(', ')}) AS ${alias}`;
  const rows = Array.from(
    { length: n },
    (_, i) => `(${columns.map(([values, type]) => p.add(values[i], type)).join(', ')})`,
  );
  return `(VALUES ${rows.join(', ')}) AS ${alias}`;
}
