import type { Catalogue } from '../../../src/domain/catalogue/catalogue.ts'
import type { Extractor, Findings, MentionFinding } from '../../../src/domain/extraction/extractor.ts'

/**
 * A small, honest Extractor for storage tests: catalogue aliases on word boundaries, "TikTok" as a platform
 * outside the catalogue, "geen contact via X" as negated, "benaderd" as a recruiting cue, "weggelopen" as a
 * vulnerability. It lets the importer's storage be tested independently of the real engine's tuning.
 */
export function createAliasExtractor(catalogue: Catalogue, version = 'alias-test-1'): Extractor {
  const aliases: Array<{ alias: string; id: string; name: string }> = []
  for (const p of catalogue.platforms) {
    for (const a of new Set([p.name.toLowerCase(), ...p.aliases])) aliases.push({ alias: a, id: p.id, name: p.name })
  }
  aliases.sort((a, b) => b.alias.length - a.alias.length)
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...aliases.map((a) => escape(a.alias)), 'tiktok'].join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  )
  const byAlias = new Map(aliases.map((a) => [a.alias, a]))
  return {
    version,
    catalogueVersion: catalogue.version,
    extract(input): Findings {
      const mentions: MentionFinding[] = []
      for (const m of input.text.matchAll(pattern)) {
        const surface = m[0]
        const start = m.index
        const hit = byAlias.get(surface.toLowerCase())
        const before = input.text.slice(Math.max(0, start - 20), start).toLowerCase()
        const negated = before.includes('geen contact via')
        const recruiting = !negated && /benaderd/i.test(input.text)
        mentions.push({
          start,
          end: start + surface.length,
          surface,
          platform: hit ? hit.name : 'TikTok',
          platformId: hit ? hit.id : null,
          inCatalogue: hit !== undefined,
          kind: 'named',
          negated,
          roles: recruiting ? ['recruiting'] : [],
          confidence: 0.9,
          evidence: [{ rule: 'alias', start, end: start + surface.length, surface }],
        })
      }
      const v = /weggelopen/i.exec(input.text)
      return {
        mentions,
        persons: [],
        vulnerabilities: v ? [{ factor: 'running_away', start: v.index, end: v.index + v[0].length, evidence: [] }] : [],
      }
    },
  }
}
