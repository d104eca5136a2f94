import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const vendored = fileURLToPath(new URL('../fixtures/source-report/figures.json', import.meta.url))

/**
 * Where figures.json is: $SHARED_DIR, else ../shared next to the checkout (what developers and CI have),
 * else the copy vendored under test/fixtures (a clone elsewhere still runs; a parity test keeps it in step).
 */
export function figuresJsonPath(): string {
  const candidates = [
    process.env.SHARED_DIR && path.join(process.env.SHARED_DIR, 'source-report/figures.json'),
    path.join(repoRoot, '../shared/source-report/figures.json'),
  ].filter((p): p is string => Boolean(p))
  return candidates.find((p) => existsSync(p)) ?? vendored
}

export const VENDORED_FIGURES_PATH = vendored

export function readFiguresJson(): unknown {
  return JSON.parse(readFileSync(figuresJsonPath(), 'utf8'))
}
