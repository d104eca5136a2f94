/**
 * A PostgreSQL array literal for one text[] value, so a batch of arrays can travel as one text[] parameter
 * (unnest cannot take text[][] of ragged rows) and be cast back per row with `::text[]`.
 */
export function pgTextArrayLiteral(values: readonly string[]): string {
  // the usual case (no roles, or one or two plain words) without a callback and two replaces per element
  if (values.length === 0) return '{}'
  let out = '{'
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string
    if (i > 0) out += ','
    out += NEEDS_ESCAPE.test(v) ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${v}"`
  }
  return out + '}'
}

const NEEDS_ESCAPE = /[\\"]/
