import type { Catalogue } from '../domain/catalogue/catalogue.ts'
import type { Extractor } from '../domain/extraction/extractor.ts'
import { AppError } from '../domain/errors.ts'

/** The extractor for import and `extract --db`, built from the catalogue and the lexicon folder. */
export async function extractorFromOptions(_opts: { lexicons?: string }, _catalogue: Catalogue): Promise<Extractor> {
  throw new AppError('usage', { reason: 'extractie is nog niet beschikbaar; gebruik --no-extract' })
}
