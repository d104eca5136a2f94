import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { CataloguePlatform } from '../../domain/catalogue/catalogue-schema.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import { parseCatalogue } from '../../domain/catalogue/parse-catalogue.ts'
import { AppError } from '../../domain/errors.ts'
import { loadCatalogue } from './load-catalogue.ts'

/**
 * Adds one platform to the catalogue file and returns the reloaded catalogue. The new content is validated with
 * the catalogue schema before anything is written, and written to a temporary file renamed over the old one, so
 * a crash never leaves half a catalogue. Other keys and their order are kept; the file stays 2-space JSON.
 */
export function appendCataloguePlatform(file: string, platform: CataloguePlatform): Catalogue {
  let raw: { platforms?: unknown[] } & Record<string, unknown>
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as typeof raw
  } catch (cause) {
    throw new AppError('catalogue_unreadable', { file, reason: (cause as Error).message }, { cause })
  }
  const next = { ...raw, platforms: [...(raw.platforms ?? []), platform] }
  const text = JSON.stringify(next, null, 2) + '\n'
  parseCatalogue(text, file, 'pending') // throws catalogue_invalid, naming the JSON path, before any write
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, file)
  return loadCatalogue(file)
}
