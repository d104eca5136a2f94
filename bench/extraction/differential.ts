// Differential check: the working tree's extractor must give exactly the same findings (mentions, persons,
// vulnerabilities, every evidence span) as another revision's (reference-extractor.ts; default HEAD, so uncommitted
// work is checked against the last commit). Used to keep speed work and refactors honest: they are only accepted
// when nothing changes.
//
// Usage: node --import tsx bench/extraction/differential.ts [--ref REV] [--role-model on] [--registrations N] [--seed S] [--variants N] [--cache DIR]
//   --ref            the revision to compare with (default HEAD)
//   --role-model on  both sides with the learned role scorer switched on (data/lexicons/role-model.json of each
//                    side, `enabled` forced true), so that work on the scorer is checked too; default: as shipped
//   --registrations  generated registrations to compare (default 20000; 0 to skip)
//   --variants       perturbed copies of generated texts (case, diacritics, ligatures, typographic punctuation,
//                    newlines, emoji, glued words) that drive the non-ASCII and hostile-input paths (default 3000)
// Corpora: the calibrated corpus, every dev set (record ids only, no values printed),
// the generated registrations and their variants. Exit code 1 when any record differs.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadCatalogue } from '../../packages/engine/src/adapters/files/load-catalogue.ts'
import { loadLexicons, loadRoleModel } from '../../packages/engine/src/adapters/files/load-lexicons.ts'
import { createExtractor } from '../../packages/engine/src/domain/extraction/create-extractor.ts'
import { referenceExtractor } from './reference-extractor.ts'

const args = process.argv.slice(2)
const opt = (n: string): string | undefined => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined)
const root = fileURLToPath(new URL('../../', import.meta.url))
const cache = opt('--cache') ?? path.join(tmpdir(), 'ps-differential')
mkdirSync(cache, { recursive: true })
const bin = path.join(root, 'packages/engine/bin/platformscope.js')

interface Input {
  id: string
  text: string
  date?: string | null
}

function readJsonl(file: string): Input[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as Input
      return { id: r.id, text: r.text, date: r.date ?? null }
    })
}

function generated(args: string[], name: string): string {
  const file = path.join(cache, name)
  if (!existsSync(file)) execFileSync(process.execPath, [bin, 'generate', ...args, '--output', file], { stdio: 'ignore' })
  return file
}

/** deterministic PRNG (mulberry32) */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ODD = ['é', 'ë', 'ï', 'Ö', 'ß', 'ﬁ', 'İ', '’', '‘', '–', '‑', '—', '“', '”', '😀', '\u0301', '\u00a0', '…', 'Ⅻ', 'ǅ', '\n', '?', '!', '. ', ', ', '(16)', ' 06-00000123 ', '@naam', 'www.', '.nl', '-', ' ']

/** A perturbed copy of `text`: edits that change case, width and folding, and glue or split words. */
function perturb(text: string, r: () => number): string {
  const chars = [...text]
  const edits = 1 + Math.floor(r() * 12)
  for (let e = 0; e < edits && chars.length > 0; e++) {
    const k = Math.floor(r() * chars.length)
    const kind = Math.floor(r() * 6)
    if (kind === 0) chars[k] = (chars[k] ?? '').toUpperCase()
    else if (kind === 1) {
      // upper-case a whole word
      let a = k
      while (a > 0 && /\p{L}/u.test(chars[a - 1] ?? '')) a--
      for (let b = a; b < chars.length && /\p{L}/u.test(chars[b] ?? ''); b++) chars[b] = (chars[b] ?? '').toUpperCase()
    } else if (kind === 2) chars.splice(k, 0, ODD[Math.floor(r() * ODD.length)] ?? '')
    else if (kind === 3) chars.splice(k, 1)
    else if (kind === 4 && chars[k] === ' ') chars[k] = r() < 0.5 ? '' : '\n'
    else chars[k] = ODD[Math.floor(r() * ODD.length)] ?? ''
  }
  return chars.join('')
}

async function main(): Promise<void> {
  const catalogue = loadCatalogue()
  const roleModelOn = opt('--role-model') === 'on'
  if (args.includes('--role-model') && !roleModelOn) throw new Error('--role-model takes only "on"')
  const lexicons = loadLexicons(catalogue)
  const roleModel = roleModelOn ? loadRoleModel() : undefined
  if (roleModelOn && !roleModel) throw new Error('no data/lexicons/role-model.json to switch on')
  const current = createExtractor(catalogue, roleModel ? { ...lexicons, roleModel: { ...roleModel, enabled: true } } : lexicons)
  const { extractor: reference, revision } = await referenceExtractor(opt('--ref') ?? 'HEAD', roleModelOn)
  const rev = `revision ${revision}${roleModelOn ? ', role model on' : ''}`
  const devset = (n: string): string => path.join(root, 'packages/engine/test/eval/devset', `${n}.jsonl`)
  const registrations = Number(opt('--registrations') ?? 20000)
  const seed = opt('--seed') ?? 'differential'
  const corpora: Array<{ name: string; inputs: Input[]; quiet?: boolean }> = [
    { name: 'calibrated', inputs: readJsonl(generated(['--calibrated'], 'calibrated.jsonl')) },
    // every annotated dev set; a sealed set may be among them, so only their record ids are printed, never a value
    ...readdirSync(path.join(root, 'packages/engine/test/eval/devset'))
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => ({ name: f.replace(/\.jsonl$/, ''), inputs: readJsonl(devset(f.replace(/\.jsonl$/, ''))), quiet: true })),
  ]
  if (registrations > 0) {
    const gen = readJsonl(generated(['--registrations', String(registrations), '--seed', seed], `gen-${registrations}-${seed}.jsonl`))
    corpora.push({ name: `generated ${registrations}`, inputs: gen })
    const r = rng(20261205)
    const count = Number(opt('--variants') ?? 3000)
    const variants: Input[] = []
    for (let i = 0; i < count; i++) {
      const src = gen[Math.floor(r() * gen.length)]
      if (src) variants.push({ id: `${src.id}~${i}`, text: perturb(src.text, r), date: src.date ?? null })
    }
    // two texts glued into one, and one text without any sentence punctuation
    for (let i = 0; i + 1 < Math.min(gen.length, 400); i += 2) {
      variants.push({ id: `glued-${i}`, text: `${gen[i]?.text ?? ''} ${gen[i + 1]?.text ?? ''}`, date: gen[i]?.date ?? null })
      variants.push({ id: `flat-${i}`, text: (gen[i]?.text ?? '').replace(/[.!?\n]/g, ' '), date: null })
    }
    corpora.push({ name: `variants ${variants.length}`, inputs: variants })
  }
  let failed = 0
  for (const c of corpora) {
    let differing = 0
    const shown: string[] = []
    for (const input of c.inputs) {
      const a = JSON.stringify(reference.extract(input))
      const b = JSON.stringify(current.extract(input))
      if (a === b) continue
      differing++
      if (shown.length < 5) shown.push(`  ${input.id}${c.quiet ? '' : `: ${firstDifference(JSON.parse(a) as unknown, JSON.parse(b) as unknown)}`}`)
    }
    failed += differing
    process.stdout.write(`${c.name}: ${c.inputs.length} records, ${differing} differ\n${shown.join('\n')}${shown.length ? '\n' : ''}`)
  }
  process.stdout.write(failed === 0 ? `identical to ${rev}\n` : `${failed} records differ from ${rev}\n`)
  process.exitCode = failed === 0 ? 0 : 1
}

/** JSON path and both values of the first difference (reference → current) */
function firstDifference(a: unknown, b: unknown, at = '$'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${at}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k]
    const y = (b as Record<string, unknown>)[k]
    if (JSON.stringify(x) !== JSON.stringify(y)) return firstDifference(x, y, Array.isArray(a) ? `${at}[${k}]` : `${at}.${k}`)
  }
  return `${at}: (same)`
}

await main()
