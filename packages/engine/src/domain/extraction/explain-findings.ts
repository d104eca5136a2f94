import type { Evidence, Findings } from './extractor.ts'

const KIND_NL = { named: 'benoemd', generic: 'algemeen', unclear: 'onduidelijk' } as const

const ev = (e: Evidence): string => `${e.rule} "${e.surface}" [${e.start}–${e.end}]`

/** Human-readable account of one record's findings: every finding with the rule and evidence that made it. */
export function explainFindings(id: string, f: Findings): string {
  const lines = [`${id}: ${f.mentions.length} vermelding(en), ${f.persons.length} persoon/personen, ${f.vulnerabilities.length} kwetsbaarheid/-heden`]
  f.mentions.forEach((m, i) => {
    const where = m.platform === null ? 'geen platformnaam' : `${m.platform}${m.inCatalogue ? '' : ' (buiten de catalogus)'}`
    const status = m.negated ? ', ontkend/hypothetisch: telt niet' : ''
    lines.push(`  ${i + 1}. "${m.surface}" [${m.start}–${m.end}] → ${where}; ${KIND_NL[m.kind]}, zekerheid ${m.confidence.toFixed(2)}${status}`)
    for (const e of m.evidence) {
      if (e.rule === 'role-cue') lines.push(`       rol ${String(e.gives)} ← ${ev(e)}`)
      // the learned scorer: its model, and the feature of the cue span that carried the role most
      else if (e.rule.startsWith('role-model:')) lines.push(`       rol ${String(e.gives)} ← ${ev(e)}, kenmerk ${e.feature ?? '?'}`)
      else if (e.gives === 'negation' || e.gives === 'hypothetical') lines.push(`       ${e.gives === 'negation' ? 'ontkenning' : 'hypothese'} ← ${ev(e)}`)
      else lines.push(`       gevonden door ${ev(e)}`)
    }
    if (!m.negated && m.roles.length === 0) lines.push('       geen rol: de tekst noemt er geen')
  })
  f.persons.forEach((p, i) => {
    lines.push(`  persoon ${i + 1}: leeftijd ${p.age ?? 'onbekend'}, geslacht ${p.gender ?? 'onbekend'}, rollen ${p.roles.join(', ') || 'geen'}`)
    for (const e of p.evidence) lines.push(`       ${ev(e)}${e.gives ? ` → ${String(e.gives)}` : ''}`)
  })
  for (const v of f.vulnerabilities) {
    lines.push(`  kwetsbaarheid ${v.factor} [${v.start}–${v.end}]`)
    for (const e of v.evidence) lines.push(`       ${ev(e)}`)
  }
  return lines.join('\n') + '\n'
}
