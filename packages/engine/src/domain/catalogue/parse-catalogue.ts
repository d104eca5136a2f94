import { CatalogueSchema } from './catalogue-schema.ts'
import { createCatalogue, type Catalogue } from './catalogue.ts'
import { AppError } from '../errors.ts'

/**
 * Validates catalogue JSON text. The version is the caller's content hash (domain code does no hashing IO,
 * but hashing is pure: the adapter passes it in so that the same bytes always give the same version).
 */
export function parseCatalogue(text: string, source: string, version: string): Catalogue {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (cause) {
    throw new AppError('catalogue_unreadable', { file: source, reason: (cause as Error).message }, { cause })
  }
  const result = CatalogueSchema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue ? formatJsonPath(issue.path) : '$'
    throw new AppError('catalogue_invalid', {
      file: source,
      path,
      reason: issue?.message ?? 'invalid',
      issues: result.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`),
    })
  }
  return createCatalogue(result.data, version)
}

/** `['platforms', 3, 'category']` → `$.platforms[3].category` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  )
}
