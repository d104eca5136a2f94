// The extractor without the speed work, for the differential check and the benchmark's same-run comparison: the
// working tree's engine with every speed commit (subject "Extraction speed…", since SINCE) and the uncommitted
// changes under domain/extraction reversed. Rule changes made meanwhile by others (role logic, negation, lexicon
// schemas, data) are thereby on both sides, and each side differs only by the speed work. When a reversal does not
// apply (a later rule change touched the same lines), the reference cannot be built: the error names the commit.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Extractor } from '../../packages/engine/src/domain/extraction/extractor.ts'

/** the last revision before the speed work on the extractor */
export const SINCE = 'bbe4cdc'
const SPEED_COMMIT = /^Extraction speed/
const EXTRACTION = 'packages/engine/src/domain/extraction'

const root = fileURLToPath(new URL('../../', import.meta.url))
const git = (...a: string[]): string => execFileSync('git', a, { cwd: root, maxBuffer: 1 << 28 }).toString()

/**
 * Files whose speed changes are structural only (a parameter passed through, a loop-invariant hoisted): when a
 * later rule change makes their reversal fail, they stay as they are on both sides.
 */
const STRUCTURAL = new Set([`${EXTRACTION}/assign-roles.ts`, `${EXTRACTION}/detect-negation.ts`])

/** reverses one file's `diff` inside `dir`; false when it does not apply (nothing is changed then) */
function reverse(dir: string, diff: string): boolean {
  if (diff.trim() === '') return true
  const run = (dry: boolean): boolean =>
    spawnSync('patch', ['-R', '-p1', '-d', dir, '-s', '-f', '--no-backup-if-mismatch', '-r', '-', ...(dry ? ['--dry-run'] : [])], {
      input: diff,
      encoding: 'utf8',
    }).status === 0
  return run(true) && run(false)
}

/**
 * Takes `commit`'s change to file `f` back out of the copy in `dir` by a three-way merge (git merge-file), for when a
 * later change elsewhere in the same lines' context (an inserted line) keeps patch from applying; false on conflict.
 */
function mergeBack(dir: string, commit: string, f: string): boolean {
  const target = path.join(dir, f)
  if (!existsSync(target)) return false
  let after: string
  let before: string
  try {
    after = git('show', `${commit}:${f}`)
    before = git('show', `${commit}^:${f}`)
  } catch {
    return false // created or deleted by the commit: only patch handles that
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'ps-merge-'))
  try {
    writeFileSync(path.join(tmp, 'after'), after)
    writeFileSync(path.join(tmp, 'before'), before)
    const r = spawnSync('git', ['merge-file', '-p', target, path.join(tmp, 'after'), path.join(tmp, 'before')], { encoding: 'utf8' })
    if (r.status !== 0) return false
    writeFileSync(target, r.stdout)
    return true
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** reverses `commit` (or the uncommitted changes) file by file */
function reverseChange(dir: string, commit: string | null): string[] {
  const files = (commit ? git('show', '--format=', '--name-only', commit, '--', EXTRACTION) : git('diff', 'HEAD', '--name-only', '--', EXTRACTION))
    .split('\n')
    .filter(Boolean)
  const kept: string[] = []
  for (const f of files) {
    const diff = commit ? git('show', '--format=', commit, '--', f) : git('diff', 'HEAD', '--', f)
    if (reverse(dir, diff)) continue
    if (commit && mergeBack(dir, commit, f)) continue
    if (!STRUCTURAL.has(f)) throw new Error(`reference extractor: cannot reverse ${commit ?? 'the uncommitted changes'} in ${f}`)
    kept.push(`${commit ?? 'uncommitted'}:${path.basename(f)}`)
  }
  return kept
}

export async function referenceExtractor(): Promise<{ extractor: Extractor; reversed: string[]; note: string }> {
  const cache = path.join(tmpdir(), 'ps-reference')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(path.join(cache, 'ref-'))
  try {
    cpSync(path.join(root, 'packages/engine/src'), path.join(dir, 'packages/engine/src'), { recursive: true })
    const dirty = git('diff', 'HEAD', '--name-only', '--', EXTRACTION).trim()
    const kept = reverseChange(dir, null)
    const commits = git('log', '--format=%h %s', `${SINCE}..HEAD`)
      .split('\n')
      .filter((l) => SPEED_COMMIT.test(l.slice(l.indexOf(' ') + 1)))
      .map((l) => l.slice(0, l.indexOf(' ')))
    for (const c of commits) kept.push(...reverseChange(dir, c))
    const note =
      (dirty ? `note: uncommitted changes reversed in the reference (speed work in progress?): ${dirty.split('\n').join(', ')}\n` : '') +
      (kept.length ? `note: structural speed changes kept on both sides (later rule changes overlap them): ${kept.join(', ')}\n` : '')
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
    const src = path.join(dir, 'packages/engine/src')
    const imp = (p: string): Promise<Record<string, unknown>> => import(pathToFileURL(path.join(src, p)).href)
    const { loadCatalogue } = (await imp('adapters/files/load-catalogue.ts')) as { loadCatalogue: (f: string) => unknown }
    const { loadLexicons } = (await imp('adapters/files/load-lexicons.ts')) as { loadLexicons: (c: unknown, d: string) => unknown }
    const { createExtractor } = (await imp('domain/extraction/create-extractor.ts')) as {
      createExtractor: (c: unknown, l: unknown) => Extractor
    }
    const catalogue = loadCatalogue(path.join(root, 'data/catalogue.json'))
    const extractor = createExtractor(catalogue, loadLexicons(catalogue, path.join(root, 'data/lexicons')))
    return { extractor, reversed: commits, note }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
