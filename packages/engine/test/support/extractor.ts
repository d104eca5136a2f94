import type { Catalogue } from '../../src/domain/catalogue/catalogue.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { loadLexicons } from '../../src/adapters/files/load-lexicons.ts'
import { createExtractor, type Lexicons } from '../../src/domain/extraction/create-extractor.ts'
import type { Extractor, MentionFinding } from '../../src/domain/extraction/extractor.ts'

let shipped: Extractor | undefined
let rules: Extractor | undefined

/** The extractor as shipped (catalogue, lexicons and, when enabled, the learned role scorer), built once per test process. */
export function testExtractor(): Extractor {
  shipped ??= build((catalogue) => loadLexicons(catalogue))
  return shipped
}

/**
 * The hand-written rules alone: the learned role scorer re-decides roles from the rules' output, so the unit tests of
 * the rules (roles, negation, mentions) test them without it; role-model.test.ts tests the scorer.
 */
export function rulesExtractor(): Extractor {
  rules ??= build((catalogue) => ({ ...loadLexicons(catalogue), roleModel: undefined }))
  return rules
}

/** an extractor on the shipped catalogue, read only when one is built (not at every call of mentionsOf) */
function build(lexicons: (catalogue: Catalogue) => Lexicons): Extractor {
  const catalogue = loadCatalogue()
  return createExtractor(catalogue, lexicons(catalogue))
}

/** the rules' mentions of one text */
export function mentionsOf(text: string, date?: string): MentionFinding[] {
  return rulesExtractor().extract({ id: 't', text, ...(date ? { date } : {}) }).mentions
}
