import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { parseCatalogue } from '../../domain/catalogue/parse-catalogue.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import { AppError } from '../../domain/errors.ts'
import { dataPath } from './data-paths.ts'

export const DEFAULT_CATALOGUE_PATH = dataPath('catalogue.json')

/** Reads and validates the catalogue; its version is the first 12 hex digits of the SHA-256 of the file. */
export function loadCatalogue(file = process.env.PLATFORMSCOPE_CATALOGUE ?? DEFAULT_CATALOGUE_PATH): Catalogue {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (cause) {
    throw new AppError('catalogue_unreadable', { file, reason: (cause as NodeJS.ErrnoException).code }, { cause })
  }
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12)
  return parseCatalogue(text, file, version)
}
