// The extractor before the speed work, for the differential check and the benchmark's same-run comparison: the
// working tree's engine with the files of the speed work (SPEED_FILES) as they were at the reference revision, so
// that rule changes made meanwhile elsewhere (role logic, lexicon schemas, data) are part of both sides. When a
// SPEED_FILE gets a rule change from someone else, `note` says so: move the reference on (--against).
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Extractor } from '../../packages/engine/src/domain/extraction/extractor.ts'

/** the last revision before the speed work on the extractor */
export const REFERENCE = 'bbe4cdc'
/** engine files (under packages/engine/src/domain/extraction) restructured for speed */
const SPEED_FILES = [
  'create-extractor.ts',
  'tokenize.ts',
  'phrase-matcher.ts',
  'match-named.ts',
  'match-generic.ts',
  'detect-negation.ts',
  'extract-vulnerabilities.ts',
  'extract-persons.ts',
  'clause-tokens.ts',
  'normalize-text.ts',
  'edit-distance.ts',
  'trie-regex.ts',
  'mention-groups.ts',
]
/** commit subjects of the speed work itself */
const SPEED_COMMIT = /^(Extraction speed|bench\/extraction)/

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The reference extractor: the working tree's engine with REV's SPEED_FILES, next to this checkout's node_modules. */
export async function referenceExtractor(against = REFERENCE): Promise<{ extractor: Extractor; rev: string; note: string }> {
  const rev = execFileSync('git', ['rev-parse', '--short', against], { cwd: root }).toString().trim()
  const cache = path.join(tmpdir(), 'ps-reference')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(path.join(cache, `ref-${rev}-`))
  cpSync(path.join(root, 'packages/engine/src'), path.join(dir, 'packages/engine/src'), { recursive: true })
  const base = 'packages/engine/src/domain/extraction'
  for (const f of SPEED_FILES) {
    const text = execFileSync('git', ['show', `${rev}:${base}/${f}`], { cwd: root, maxBuffer: 1 << 26 })
    writeFileSync(path.join(dir, base, f), text)
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  const others = execFileSync('git', ['log', '--format=%h %s', `${rev}..HEAD`, '--', ...SPEED_FILES.map((f) => `${base}/${f}`)], { cwd: root })
    .toString()
    .split('\n')
    .filter((l) => l && !SPEED_COMMIT.test(l.slice(l.indexOf(' ') + 1)))
  const note = others.length > 0 ? `note: rule changes in speed files since ${rev} (move --against on):\n  ${others.join('\n  ')}\n` : ''
  const src = path.join(dir, 'packages/engine/src')
  const imp = (p: string): Promise<Record<string, unknown>> => import(pathToFileURL(path.join(src, p)).href)
  const { loadCatalogue: refCatalogue } = (await imp('adapters/files/load-catalogue.ts')) as { loadCatalogue: (f: string) => unknown }
  const { loadLexicons: refLexicons } = (await imp('adapters/files/load-lexicons.ts')) as { loadLexicons: (c: unknown, d: string) => unknown }
  const { createExtractor: refCreate } = (await imp('domain/extraction/create-extractor.ts')) as {
    createExtractor: (c: unknown, l: unknown) => Extractor
  }
  const catalogue = refCatalogue(path.join(root, 'data/catalogue.json'))
  const extractor = refCreate(catalogue, refLexicons(catalogue, path.join(root, 'data/lexicons')))
  rmSync(dir, { recursive: true, force: true })
  return { extractor, rev, note }
}

