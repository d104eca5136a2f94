/**
 * A PostgreSQL array literal for one text[] value, so a batch of arrays can travel as one text[] parameter
 * (unnest cannot take text[][] of ragged rows) and be cast back per row with `::text[]`.
 */
export function pgTextArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`
}
