import { existsSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { AppError } from '../../domain/errors.ts'
import type { Catalogue } from '../../domain/catalogue/catalogue.ts'
import type { Lexicons } from '../../domain/extraction/create-extractor.ts'
import { LexiconSchemas, type MentionLexiconFile } from '../../domain/extraction/lexicon-schemas.ts'
import { parseMentionLexicons, type LexiconSources } from '../../domain/extraction/parse-lexicons.ts'
import { parsePersonLexicon } from '../../domain/extraction/person-lexicon.ts'
import { parseVulnerabilityLexicon } from '../../domain/extraction/vulnerability-lexicon.ts'
import { dataPath } from './data-paths.ts'
import { parseRoleModel, type RoleModelData } from '../../domain/extraction/role-model.ts'

/** optional: a lexicon folder without it extracts with the rules alone */
export const ROLE_MODEL_FILE = 'role-model.json'

export const DEFAULT_LEXICON_DIR = dataPath('lexicons')

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (cause) {
    throw new AppError('lexicon_invalid', { file, path: '$', reason: `cannot read (${(cause as NodeJS.ErrnoException).code})` }, { cause })
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw new AppError('lexicon_invalid', { file, path: '$', reason: (cause as Error).message }, { cause })
  }
}

/**
 * Reads and validates every lexicon in `dir`; the hash of their bytes becomes part of the extractor version.
 * `roleModel: false` leaves the role model file unread: training a new model must not need the old one to be valid
 * (after a change of feature set it is not).
 */
export function loadLexicons(
  catalogue: Catalogue,
  dir = process.env.PLATFORMSCOPE_LEXICONS ?? DEFAULT_LEXICON_DIR,
  { roleModel: withRoleModel = true }: { roleModel?: boolean } = {},
): Lexicons {
  const hash = createHash('sha256')
  const sources = {} as LexiconSources
  for (const name of Object.keys(LexiconSchemas) as MentionLexiconFile[]) {
    const file = path.join(dir, name)
    const text = read(file)
    hash.update(name).update(text)
    sources[name] = { file, text }
  }
  const personsFile = path.join(dir, 'persons.json')
  const vulnerabilitiesFile = path.join(dir, 'vulnerabilities.json')
  const personsText = read(personsFile)
  const vulnerabilitiesText = read(vulnerabilitiesFile)
  hash.update(personsText).update(vulnerabilitiesText)
  // the learned role scorer's weights are data too: new weights, new extractor version
  const roleModelFile = path.join(dir, ROLE_MODEL_FILE)
  const roleModelText = withRoleModel && existsSync(roleModelFile) ? read(roleModelFile) : undefined
  if (roleModelText !== undefined) hash.update(ROLE_MODEL_FILE).update(roleModelText)
  // validated even when switched off; carried (to every extraction thread) only when on
  const roleModel = roleModelText === undefined ? undefined : parseRoleModel(roleModelText, roleModelFile)
  return {
    mentions: parseMentionLexicons(sources),
    persons: parsePersonLexicon(parseJson(personsText, personsFile), personsFile),
    vulnerabilities: parseVulnerabilityLexicon(
      parseJson(vulnerabilitiesText, vulnerabilitiesFile),
      vulnerabilitiesFile,
      catalogue.data.vulnerability_factors.map((f) => f.id),
    ),
    ...(roleModel?.enabled && { roleModel }),
    hash: hash.digest('hex').slice(0, 12),
  }
}

/** The role model file of `dir` as it is, switched on or off (for the tools that train, evaluate or time it). */
export function loadRoleModel(dir = process.env.PLATFORMSCOPE_LEXICONS ?? DEFAULT_LEXICON_DIR): RoleModelData | undefined {
  const file = path.join(dir, ROLE_MODEL_FILE)
  return existsSync(file) ? parseRoleModel(read(file), file) : undefined
}
