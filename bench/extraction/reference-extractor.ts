// The extractor of another revision, loaded next to the working tree's in one process: the differential check
// (same findings?) and the same-run speed comparison (how much faster or slower?) both need one.
// The revision's engine sources and its data (catalogue, lexicons) are taken with `git archive` into a temporary
// folder that borrows this checkout's node_modules; the folder is removed once the modules are loaded.
// (Until session 9 the reference was "the working tree with the speed commits reversed", rebuilt by reversing
// patches; later rule edits in the same lines made that impossible, so a revision is now named instead.)
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Extractor } from '../../packages/engine/src/domain/extraction/extractor.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

export interface Reference {
  extractor: Extractor
  /** the revision as `git rev-parse --short` names it */
  revision: string
}

/**
 * the extractor of `rev` (any git revision: HEAD, a hash, a branch) with that revision's catalogue and lexicons;
 * `roleModelOn`: with that revision's learned role scorer switched on, whatever its `enabled` says
 */
export async function referenceExtractor(rev: string, roleModelOn = false): Promise<Reference> {
  const git = (...a: string[]): Buffer => execFileSync('git', a, { cwd: root, maxBuffer: 1 << 28 })
  const revision = git('rev-parse', '--short', rev).toString().trim()
  const cache = path.join(tmpdir(), 'ps-reference')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(path.join(cache, `${revision}-`))
  try {
    execFileSync('tar', ['-x', '-C', dir], { input: git('archive', revision, '--', 'packages/engine/src', 'data') })
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
    const imp = (p: string): Promise<Record<string, unknown>> => import(pathToFileURL(path.join(dir, 'packages/engine/src', p)).href)
    const { loadCatalogue } = (await imp('adapters/files/load-catalogue.ts')) as { loadCatalogue: (f: string) => unknown }
    const { loadLexicons, loadRoleModel } = (await imp('adapters/files/load-lexicons.ts')) as {
      loadLexicons: (c: unknown, d: string) => Record<string, unknown>
      loadRoleModel: (d: string) => Record<string, unknown> | undefined
    }
    const { createExtractor } = (await imp('domain/extraction/create-extractor.ts')) as {
      createExtractor: (c: unknown, l: unknown) => Extractor
    }
    const catalogue = loadCatalogue(path.join(dir, 'data/catalogue.json'))
    const lexiconDir = path.join(dir, 'data/lexicons')
    const lexicons = loadLexicons(catalogue, lexiconDir)
    const roleModel = roleModelOn ? loadRoleModel(lexiconDir) : undefined
    if (roleModelOn && !roleModel) throw new Error(`revision ${revision} has no role model to switch on`)
    const withModel = roleModel ? { ...lexicons, roleModel: { ...roleModel, enabled: true } } : lexicons
    return { extractor: createExtractor(catalogue, withModel), revision }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
