// How far a dev-set score could move with other texts of the same kind: a percentile bootstrap over records. A set of
// 150 records gives an F1 to within a few points at best, which matters when a score sits near its target.
import { mulberry32 } from './devset/seeded-random.mjs'
import { FIELDS, addScores, emptyScores, prf, type Field, type Scores } from './score.ts'

export const BOOTSTRAP_REPS = 2000
/** fixed, so the same scores always give the same interval */
export const BOOTSTRAP_SEED = 20261205

/**
 * The 95 % interval of each field's micro-F1 (tp, fp, fn pooled over the records, as the scorer pools them), from
 * `reps` resamples of the records with replacement; null for a field no record has anything of. Records, not
 * mentions, are resampled: mentions of one text are not independent of each other.
 */
export function bootstrapF1Intervals(
  perRecord: readonly Scores[],
  reps = BOOTSTRAP_REPS,
  seed = BOOTSTRAP_SEED,
): Record<Field, [number, number] | null> {
  const rand = mulberry32(seed)
  const samples = Object.fromEntries(FIELDS.map((f) => [f, [] as number[]])) as Record<Field, number[]>
  const n = perRecord.length
  for (let k = 0; k < reps && n > 0; k++) {
    const sum = emptyScores()
    for (let i = 0; i < n; i++) addScores(sum, perRecord[Math.floor(rand() * n)] as Scores)
    // a resample without any of a field's items says nothing about its F1
    for (const f of FIELDS) if (sum[f].tp + sum[f].fp + sum[f].fn > 0) samples[f].push(prf(sum[f]).f1)
  }
  const out = {} as Record<Field, [number, number] | null>
  for (const f of FIELDS) {
    const s = samples[f].sort((a, b) => a - b)
    out[f] = s.length === 0 ? null : [quantile(s, 0.025), quantile(s, 0.975)]
  }
  return out
}

/** linear interpolation between order statistics (the usual definition, R's type 7) */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo)
}
