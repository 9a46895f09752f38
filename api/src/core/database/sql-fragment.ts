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
