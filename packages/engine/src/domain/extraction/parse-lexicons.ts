import type { z } from 'zod'
import { AppError } from '../errors.ts'
import { formatJsonPath } from '../catalogue/parse-catalogue.ts'
import { LexiconSchemas, type MentionLexiconFile, type MentionLexicons } from './lexicon-schemas.ts'

export type LexiconSources = Record<MentionLexiconFile, { file: string; text: string }>

/** Parses and validates one lexicon file; errors name the file and the JSON path. */
export function parseLexiconFile<S extends z.ZodType>(schema: S, text: string, file: string): z.infer<S> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (cause) {
    throw new AppError('lexicon_invalid', { file, path: '$', reason: (cause as Error).message }, { cause })
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new AppError('lexicon_invalid', {
      file,
      path: issue ? formatJsonPath(issue.path) : '$',
      reason: issue?.message ?? 'invalid',
      issues: result.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`),
    })
  }
  return result.data
}

export function parseMentionLexicons(src: LexiconSources): MentionLexicons {
  const p = <S extends z.ZodType>(schema: S, f: MentionLexiconFile): z.infer<S> =>
    parseLexiconFile(schema, src[f].text, src[f].file)
  return {
    platformVerbs: p(LexiconSchemas['platform-verbs.json'], 'platform-verbs.json'),
    platformContext: p(LexiconSchemas['platform-context.json'], 'platform-context.json'),
    roleCues: p(LexiconSchemas['role-cues.json'], 'role-cues.json'),
    negation: p(LexiconSchemas['negation.json'], 'negation.json'),
    genericMentions: p(LexiconSchemas['generic-mentions.json'], 'generic-mentions.json'),
    outsideCatalogue: p(LexiconSchemas['outside-catalogue.json'], 'outside-catalogue.json'),
    fuzzyMatching: p(LexiconSchemas['fuzzy-matching.json'], 'fuzzy-matching.json'),
  }
}
