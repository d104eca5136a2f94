import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { createExtractor } from '../../src/domain/extraction/create-extractor.ts'
import type { Extractor, MentionFinding } from '../../src/domain/extraction/extractor.ts'

let shared: Extractor | undefined

/** The extractor on the shipped catalogue and lexicons, built once per test process. */
export function testExtractor(): Extractor {
  const catalogue = loadCatalogue()
  shared ??= createExtractor(catalogue, loadLexicons(catalogue))
  return shared
}

export function mentionsOf(text: string, date?: string): MentionFinding[] {
  return testExtractor().extract({ id: 't', text, ...(date ? { date } : {}) }).mentions
}
