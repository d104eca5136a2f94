#!/usr/bin/env node
// Node 20's test runner takes no globs and no .ts on its own: list the files and load tsx.
// Usage: node scripts/run-tests.mjs [path-fragment …]   (e.g. `test/db` or `extraction`)
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const roots = ['packages/contract/src', 'packages/engine/src', 'packages/engine/test', 'packages/web/src']
const filters = process.argv.slice(2)

function walk(dir) {
  let out = []
  let entries
  try {
    entries = readdirSync(dir)
  } catch {
    return out
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'fixtures') continue
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out = out.concat(walk(full))
    else if (/\.test\.tsx?$/.test(name)) out.push(path.relative(root, full))
  }
  return out
}

const files = roots
  .flatMap((r) => walk(path.join(root, r)))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
if (files.length === 0) {
  console.error('no test files matched', filters)
  process.exit(1)
}
console.log(`running ${files.length} test files (DB_VARIANTS=${process.env.DB_VARIANTS ?? 'pglite'})`)
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`, ...files],
  { stdio: 'inherit', cwd: root, env: { ...process.env, TZ: 'UTC' } },
)
process.exit(result.status ?? 1)
