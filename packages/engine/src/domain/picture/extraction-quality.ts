import type { ExtractionQuality } from './picture.ts'

/**
 * Precision, recall and F1 of found (registration, platform) pairs against known ones — the unit the picture
 * counts. Keys are any stable "registration|platform" strings. Fractions in [0, 1].
 */
export function pairQuality(
  expected: ReadonlySet<string>,
  found: ReadonlySet<string>,
  measuredOn: string,
): ExtractionQuality {
  let hits = 0
  for (const k of found) if (expected.has(k)) hits++
  const precision = found.size === 0 ? 1 : hits / found.size
  const recall = expected.size === 0 ? 1 : hits / expected.size
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, measured_on: measuredOn }
}
