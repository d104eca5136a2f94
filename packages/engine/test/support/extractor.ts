import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { createExtractor } from '../../src/domain/extraction/create-extractor.ts'
import type { Extractor, MentionFinding } from '../../src/domain/extraction/extractor.ts'

let shipped: Extractor | undefined
let rules: Extractor | undefined

/** The extractor as shipped (catalogue, lexicons and, when enabled, the learned role scorer), built once per test process. */
export function testExtractor(): Extractor {
  const catalogue = loadCatalogue()
  shipped ??= createExtractor(catalogue, loadLexicons(catalogue))
  return shipped
}

/**
 * The hand-written rules alone: the learned role scorer re-decides roles from the rules' output, so the unit tests of
 * the rules (roles, negation, mentions) test them without it; role-model.test.ts tests the scorer.
 */
export function rulesExtractor(): Extractor {
  const catalogue = loadCatalogue()
  rules ??= createExtractor(catalogue, { ...loadLexicons(catalogue), roleModel: undefined })
  return rules
}

/** the rules' mentions of one text */
export function mentionsOf(text: string, date?: string): MentionFinding[] {
  return rulesExtractor().extract({ id: 't', text, ...(date ? { date } : {}) }).mentions
}
