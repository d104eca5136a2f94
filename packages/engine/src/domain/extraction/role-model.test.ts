import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { RoleId } from '@platformscope/contract'
import { ROLE_IDS } from '@platformscope/contract'
import { createExtractor, createRoleExampleReader, type Lexicons } from './create-extractor.ts'
import { explainFindings } from './explain-findings.ts'
import { ROLE_FEATURE_SET, RULE_FEATURE, canGive, featuresFor, type MentionFeatures } from './role-features.ts'
import { parseRoleModel, scoreMention, type RoleDecision, type RoleModelData } from './role-model.ts'
import { trainRoleModel, type RoleTrainingExample } from './train-role-model.ts'
import { loadCatalogue } from '../../adapters/files/load-catalogue.ts'
import { loadLexicons, loadRoleModel, DEFAULT_LEXICON_DIR, ROLE_MODEL_FILE } from '../../adapters/files/load-lexicons.ts'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const catalogue = loadCatalogue()
const shipped = loadLexicons(catalogue)
const rulesOnly: Lexicons = { ...shipped, roleModel: undefined }

/** a hand-set model: every role gets `bias`, and the given weights */
function model(bias: number, weights: Record<string, number>, over: Partial<RoleModelData> = {}): RoleModelData {
  const roles = {} as RoleModelData['roles']
  for (const r of ROLE_IDS) roles[r] = { bias, weights }
  return {
    note: 'test model',
    model: 'test-1',
    feature_set: ROLE_FEATURE_SET,
    variant: 'base',
    combine: 'joint',
    enabled: true,
    training_sets: ['fixture'],
    training: { examples: 0, l2: 1, iterations: 1 },
    threshold: 0.5,
    roles,
    ...over,
  }
}

const extract = (m: RoleModelData | undefined, text: string) =>
  createExtractor(catalogue, { ...shipped, roleModel: m }).extract({ id: 't', text }).mentions

const AD = 'Verdachte plaatste een advertentie van het slachtoffer (16) op Kinky.nl. Klanten reageerden via WhatsApp.'

describe('learned role scorer', () => {
  it('loads the weights and applies them: a role with its cue span, model and feature as evidence', () => {
    const ms = extract(model(-2, { 'c:cl': 3, 'c:n1': 3 }), AD)
    const kinky = ms.find((m) => m.platform === 'Kinky.nl')
    assert.ok(kinky?.roles.includes('advertising'))
    const ev = kinky?.evidence.find((e) => e.gives === 'advertising')
    assert.equal(ev?.rule, 'role-model:test-1')
    assert.ok(ev?.feature?.startsWith('c:'))
    assert.match(ev?.surface ?? '', /advertentie/)
    // --explain names the model and the feature
    const text = explainFindings('t', { mentions: ms, persons: [], vulnerabilities: [] })
    assert.match(text, /rol advertising ← role-model:test-1 "[^"]*advertentie[^"]*" \[\d+–\d+\], kenmerk c:/)
  })

  it('ships switched on: every role of the shipped extractor is the model’s, with a span of the text as evidence', () => {
    const shippedModel = loadRoleModel()
    assert.equal(shippedModel?.enabled, true)
    const text = 'Zij werd via Instagram benaderd door de verdachte. Hij plaatste daarna een advertentie van haar op Kinky.nl. Klanten namen via WhatsApp contact op.'
    const ms = extract(shipped.roleModel, text)
    assert.ok(ms.some((m) => m.roles.length > 0))
    for (const m of ms) {
      for (const r of m.roles) {
        const ev = m.evidence.find((e) => e.gives === r)
        assert.equal(ev?.rule, `role-model:${shippedModel?.model}`, `${m.surface} ${r}`)
        assert.equal(text.slice(ev?.start, ev?.end), ev?.surface)
      }
    }
  })

  it('changes nothing when switched off, and the weights decide when on', () => {
    const rules = extract(undefined, AD).map((m) => m.roles)
    assert.deepEqual(extract(model(-2, { 'c:cl': 3 }, { enabled: false }), AD).map((m) => m.roles), rules)
    assert.deepEqual(extract(model(-9, {}), AD).map((m) => m.roles), rules.map(() => []))
  })

  it('never gives a role without span-bearing evidence, however sure the model is', () => {
    // a huge bias and no weights: no span pushes any role up, so none is given
    assert.deepEqual(extract(model(9, {}), AD).map((m) => m.roles), extract(undefined, AD).map(() => []))
    // the words around a mention are no evidence unless the variant makes them span-bearing
    assert.deepEqual(extract(model(9, { 'wl:op': 5, 'k:named': 5 }), AD).map((m) => m.roles), extract(undefined, AD).map(() => []))
    for (const text of [AD, 'Zij werd via Instagram benaderd. Daarna hielden zij contact via Snapchat, waar hij foto\'s van haar verspreidde.']) {
      for (const m of extract(model(1, { rule: 2, 'c:cl': 1, 'c:se': 1, 'c:n1': 1 }), text)) {
        for (const r of m.roles) {
          const ev = m.evidence.filter((e) => e.gives === r && e.rule === 'role-model:test-1')
          assert.equal(ev.length, 1, `${m.surface} ${r}`)
          for (const e of ev) assert.equal(text.slice(e.start, e.end), e.surface)
        }
      }
    }
  })

  it('per-role thresholds: each role is given at its own threshold, the others at the model’s', () => {
    const sure = model(-2, { 'c:cl': 3, 'c:n1': 3 })
    const kinky = (m: RoleModelData) => extract(m, AD).find((x) => x.platform === 'Kinky.nl')
    assert.ok(kinky(sure)?.roles.includes('advertising'))
    const thresholds = Object.fromEntries(ROLE_IDS.map((r) => [r, r === 'advertising' ? 0.999 : 0.5])) as Record<RoleId, number>
    const strict = kinky({ ...sure, thresholds })
    assert.ok(!strict?.roles.includes('advertising'))
    assert.deepEqual(strict?.roles, kinky(sure)?.roles.filter((r) => r !== 'advertising'))
    // the file carries them; a threshold outside (0, 1) is refused
    assert.deepEqual(parseRoleModel(JSON.stringify({ ...sure, thresholds }), 'role-model.json').thresholds, thresholds)
    assert.throws(() => parseRoleModel(JSON.stringify({ ...sure, thresholds: { ...thresholds, relationship: 1 } }), 'role-model.json'), /lexicon_invalid/)
  })

  it('gives a negated mention no roles', () => {
    const text = 'Zij heeft nooit via Snapchat klanten geworven of advertenties geplaatst.'
    const ms = extract(model(9, { rule: 5, 'c:cl': 5, 'c:se': 5 }), text)
    const snap = ms.find((m) => m.platform === 'Snapchat')
    assert.equal(snap?.negated, true)
    assert.deepEqual(snap?.roles, [])
  })

  it('word evidence (variant words) slices back to its surface', () => {
    const text = 'Hij regelde bezoekers via Grindr en verdiende daaraan.'
    const ms = extract(model(-1, { 'wl:bezoekers': 4 }, { variant: 'words' }), text)
    const g = ms.find((m) => m.surface === 'Grindr')
    assert.deepEqual(g?.roles, [...ROLE_IDS])
    for (const e of g?.evidence ?? []) assert.equal(text.slice(e.start, e.end), e.surface)
    assert.equal(g?.evidence.find((e) => e.gives === 'recruiting')?.surface, 'bezoekers')
  })

  it('rf-2: the words around a mention count by their stems too, each with the word as its span', () => {
    const read = createRoleExampleReader(catalogue, rulesOnly, 'words')
    const text = 'Verdachte adverteerde haar via Kinky.nl.'
    const kinky = read(text).find((m) => text.slice(m.start, m.end) === 'Kinky.nl')
    assert.ok(kinky?.features)
    const f = kinky.features
    const names = featuresFor(f, 'advertising', true)
    // 'adverteerde' (longer than five letters) as a word and by its stem; 'haar' only as a word
    assert.ok(names.has('wl:adverteerde') && names.has('sl:adver') && names.has('wl:haar') && !names.has('sl:haar'))
    // the stem is span-bearing: its span is the word
    const stem = f.words.find((w) => w.feats[0]?.name === 'sl:adver')
    assert.equal(text.slice(stem?.a, stem?.b), 'adverteerde')
    // a stem weight alone gives the role, with the word as evidence
    const ms = extract(model(-1, { 'sl:adver': 4 }, { variant: 'words' }), 'Hij adverteert haar via Kinky.nl.')
    const ev = ms.find((m) => m.platform === 'Kinky.nl')?.evidence.find((e) => e.gives === 'advertising')
    assert.equal(ev?.surface, 'adverteert')
    assert.equal(ev?.feature, 'sl:adver')
  })

  it('rf-3: a past participle is stemmed without its ge-, and the sentence’s words count by their stems too', () => {
    const read = createRoleExampleReader(catalogue, rulesOnly, 'bag-words')
    const text = 'Verdachte heeft het slachtoffer op Kinky.nl geadverteerd, klanten hebben gereageerd.'
    const kinky = read(text).find((m) => text.slice(m.start, m.end) === 'Kinky.nl')
    assert.ok(kinky?.features)
    const f = kinky.features
    // 'geadverteerd' stems as 'adverteerde' does: 'sr:adver', span-bearing, its span the word
    const stem = f.words.find((w) => w.feats[0]?.name === 'sr:adver')
    assert.equal(text.slice(stem?.a, stem?.b), 'geadverteerd')
    // 'heeft' is too short for a stem
    assert.ok(!f.words.some((w) => w.feats[0]?.name === 'sl:heeft'))
    // the bag: each word of the sentence and, when longer than five letters, its stem (plain features)
    const bag = new Set(f.bag.map((x) => x.name))
    assert.ok(bag.has('s:gereageerd') && bag.has('ss:reage') && bag.has('s:slachtoffer') && bag.has('ss:slach'))
    assert.ok(bag.has('s:heeft') && !bag.has('ss:heeft'))
    // a bag stem weighs the roles but carries no span: with no span-bearing weight no role is given
    const ms = extract(model(2, { 'ss:reage': 4 }, { variant: 'bag-words' }), text)
    assert.deepEqual(ms.find((m) => m.platform === 'Kinky.nl')?.roles, [])
  })

  it('variant bag-words: the words of the sentence as plain features, the words around the mention span-bearing', () => {
    const read = createRoleExampleReader(catalogue, rulesOnly, 'bag-words')
    const text = 'Melder verklaart dat klanten haar via Snapchat benaderden voor een afspraak in Almere.'
    const snap = read(text).find((m) => text.slice(m.start, m.end) === 'Snapchat')
    assert.ok(snap?.features)
    const f = snap.features
    // a word of the sentence outside the window is a plain (bag) feature only
    assert.ok(f.bag.some((x) => x.name === 's:almere'))
    assert.ok(!f.words.some((w) => w.feats[0]?.name === 'wr:almere'))
    // a word in the window carries a span, so that a role it weighs can be given with that word as evidence
    const klanten = f.words.find((w) => w.feats[0]?.name === 'wl:klanten')
    assert.equal(text.slice(klanten?.a, klanten?.b), 'klanten')
    assert.ok(canGive(f, 'customer_acquisition'))
    const ms = extract(model(-1, { 'wl:klanten': 4 }, { variant: 'bag-words' }), text)
    const ev = ms.find((m) => m.platform === 'Snapchat')?.evidence.find((e) => e.gives === 'customer_acquisition')
    assert.equal(ev?.surface, 'klanten')
    assert.equal(ev?.feature, 'wl:klanten')
  })

  it('the fast scorer sums exactly what the definition says (featuresFor), and picks the same evidence', () => {
    const texts = [
      AD,
      'Zij werd via Instagram benaderd. Daarna hielden zij contact via Snapchat, waar hij foto\'s van haar verspreidde.',
      'Hij plaatste haar op Sexjobs en Kinky. Via die sites kwamen klanten, met wie hij via WhatsApp afspraken maakte.',
    ]
    const shippedModel = loadRoleModel()
    const models = [model(0.3, { rule: 2, 'c:cl': 1, 'c:se:a': -0.5, 'x:advertising:cl': 0.7, 'rr:recruiting': -1, 'wl:via': 0.2 })]
    if (shippedModel) models.push(shippedModel)
    for (const variant of ['base', 'bag', 'words', 'bag-words'] as const) {
      const read = createRoleExampleReader(catalogue, rulesOnly, variant)
      for (const text of texts) {
        for (const ex of read(text)) {
          if (!ex.features) continue
          for (const m of models) {
            for (const combine of ['joint', 'stacked'] as const) {
              const roles = Object.fromEntries(Object.entries(m.roles).map(([r, w]) => [r, { ...w, stack: { bias: -0.2, cue: 0.9, rule: 1.1 } }])) as RoleModelData['roles']
              const mm: RoleModelData = { ...m, variant, combine, roles }
              const fast = scoreMention(mm, ex.features)
              const slow = scoreMentionReference(mm, ex.features)
              assert.deepEqual(fast.map((d) => [d.role, d.evidence?.a, d.evidence?.feature]), slow.map((d) => [d.role, d.evidence?.a, d.evidence?.feature]))
              fast.forEach((d, i) => assert.ok(Math.abs(d.probability - (slow[i]?.probability ?? NaN)) < 1e-9))
              // with a cut: the roles that reach it, as without one
              const cut = ROLE_IDS.map((_, i) => 0.2 + 0.1 * i)
              assert.deepEqual(scoreMention(mm, ex.features, cut), fast.filter((d) => d.probability >= (cut[ROLE_IDS.indexOf(d.role)] ?? 0)))
            }
          }
        }
      }
    }
  })

  it('new weights make a new extractor version', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ps-role-model-'))
    try {
      cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true })
      const file = path.join(dir, ROLE_MODEL_FILE)
      const before = createExtractor(catalogue, loadLexicons(catalogue, dir)).version
      const m = JSON.parse(readFileSync(file, 'utf8')) as RoleModelData
      m.roles.advertising = { ...m.roles.advertising, bias: (m.roles.advertising?.bias ?? 0) + 0.5, weights: m.roles.advertising?.weights ?? {} }
      writeFileSync(file, JSON.stringify(m))
      const after = createExtractor(catalogue, loadLexicons(catalogue, dir)).version
      // carried to the extractor (and its threads) only when switched on
      assert.equal(loadLexicons(catalogue, dir).roleModel !== undefined, m.enabled)
      assert.match(after, /^ps-extract-\d+\+[0-9a-f]{12}$/)
      assert.notEqual(after, before)
      rmSync(file)
      assert.notEqual(createExtractor(catalogue, loadLexicons(catalogue, dir)).version, before)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses weights trained on another feature set', () => {
    const text = JSON.stringify(model(0, {}, { feature_set: 'rf-0' }))
    assert.throws(() => parseRoleModel(text, 'role-model.json'), /lexicon_invalid/)
    assert.equal(parseRoleModel(JSON.stringify(model(0, {})), 'role-model.json').model, 'test-1')
  })

  it('a model file of an older feature set stops the extractor, but not the training that replaces it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ps-role-model-'))
    try {
      cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true })
      writeFileSync(path.join(dir, ROLE_MODEL_FILE), JSON.stringify(model(0, {}, { feature_set: 'rf-0' })))
      assert.throws(() => loadLexicons(catalogue, dir), /lexicon_invalid/)
      const rules = loadLexicons(catalogue, dir, { roleModel: false })
      assert.equal(rules.roleModel, undefined)
      assert.deepEqual(rules.mentions, shipped.mentions)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('trains deterministically on a small fixture', () => {
    const read = createRoleExampleReader(catalogue, rulesOnly, 'base')
    const fixture: Array<[string, RoleId[][]]> = [
      [AD, [['advertising'], ['customer_acquisition']]],
      ['Zij werd via Instagram benaderd door een onbekende man.', [['recruiting']]],
      ['Hij hield via Snapchat contact met haar en maakte via WhatsApp afspraken met klanten.', [['relationship'], ['customer_meeting']]],
      ['Op Facebook stond een foto van haar.', [[]]],
    ]
    const examples: RoleTrainingExample[] = fixture.flatMap(([text, gold]) =>
      read(text).flatMap((m, i) => (m.features ? [{ features: m.features, gold: new Set(gold[i] ?? []) }] : [])),
    )
    assert.ok(examples.length >= 5)
    const opts = { model: 'fixture', note: 'fixture', variant: 'base' as const, combine: 'joint' as const, trainingSets: ['fixture'], l2: 1, iterations: 50, threshold: 0.5, enabled: true }
    const a = JSON.stringify(trainRoleModel(examples, opts))
    const b = JSON.stringify(trainRoleModel(examples, opts))
    assert.equal(a, b)
    // and it learns: the fixture's roles come back on its own text
    const m = parseRoleModel(a, 'fixture.json')
    const kinky = extract(m, AD).find((x) => x.platform === 'Kinky.nl')
    assert.ok(kinky?.roles.includes('advertising'))
  })
})

/** scoreMention written straight from the definition (featuresFor): the fast one must agree with it (tests). */
function scoreMentionReference(data: RoleModelData, f: MentionFeatures): RoleDecision[] {
  const out: RoleDecision[] = []
  const joint = data.combine === 'joint'
  for (const r of ROLE_IDS) {
    const w = data.roles[r]
    if (!w || !canGive(f, r)) continue
    const stack = joint ? undefined : w.stack
    // a stacked model's cue score is scaled by the stack; a joint model's features count as they are
    const scale = stack ? stack.cue : 1
    let z = w.bias
    for (const x of featuresFor(f, r, joint)) z += w.weights[x] ?? 0
    const rule = f.rule.get(r)
    if (stack) z = stack.bias + stack.cue * z + (rule ? stack.rule : 0)
    let best: RoleDecision['evidence']
    if (rule) best = { a: rule.a, b: rule.b, feature: RULE_FEATURE, contribution: stack ? stack.rule : (w.weights[RULE_FEATURE] ?? 0) }
    for (const sp of [...(f.spans.get(r) ?? []), ...f.words]) {
      let c = 0
      let top = ''
      let topW = -Infinity
      for (const x of new Set(sp.feats.map((y) => y.name))) {
        const v = w.weights[x] ?? 0
        c += v
        if (v > topW) {
          topW = v
          top = x
        }
      }
      c *= scale
      if (!best || c > best.contribution) best = { a: sp.a, b: sp.b, feature: top, contribution: c }
    }
    out.push({ role: r, probability: 1 / (1 + Math.exp(-z)), evidence: best && best.contribution > 0 ? best : undefined })
  }
  return out
}
