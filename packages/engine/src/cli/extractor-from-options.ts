import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import { createExtractor } from '../domain/extraction/create-extractor.ts'
import { loadLexicons } from '../adapters/files/load-lexicons.ts'

/** The extractor for import and `extract --db`, built from the catalogue and the lexicon folder. */
export function extractorFromOptions(opts: { lexicons?: string }, catalogue: Catalogue): Extractor {
  return createExtractor(catalogue, loadLexicons(catalogue, opts.lexicons))
}
