import type { RoleId } from '@platformscope/contract'
import type { TruthMention } from './corpus-record.ts'
import { fitsSlot, handle, pickSurface, type PlatformForms } from './platform-forms.ts'
import type { Rng } from './prng.ts'
import type { Template } from './phrases.ts'

/** Who a sentence talks about; filled into {V}, {zij}, {Verd}, … (see phrases.ts). */
export interface Cast {
  /** role noun of the minor, lower case: "aangeefster", "het slachtoffer", "betrokkene" */
  minorNoun: string
  minorGender: 'F' | 'M'
  suspect: string
  date: string
  laterDate: string
  earlierDate: string
}

/** What fills the {P} slot of a template. */
export type MentionFill =
  | { kind: 'named'; forms: PlatformForms; negated: boolean; roles: readonly RoleId[] }
  | { kind: 'generic'; surface: string; roles: readonly RoleId[] }
  | { kind: 'unclear'; roles: readonly RoleId[] }

const TOKEN = /\{([A-Za-z0-9]+)(\|(~?)([a-z]+))?\}|\[\[([^\]]+)\]\]/g

function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1)
}

/** Whether a template can carry this fill: compounds need a compounding name, bare names need no context. */
export function templateFits(template: Template, fill: MentionFill | null): boolean {
  const hasSlot = /\{P(\|[^}]*)?\}|\[\[/.test(template.t)
  if (fill === null) return !hasSlot
  if (!hasSlot) return false
  const literal = template.t.includes('[[')
  if (fill.kind === 'unclear') return literal
  if (template.whatsapp === true)
    return fill.kind === 'named' && fill.forms.name === 'WhatsApp' && !fill.negated
  if (literal) return false
  const compound = /\{P\|/.test(template.t)
  if (fill.kind === 'generic') return !compound && /\b(via|op) \{P\}/i.test(template.t)
  const before = template.t.slice(0, template.t.indexOf('{P'))
  return fitsSlot(fill.forms, { compound, hasContext: /\b(via|op|per|app) $/i.test(before) })
}

/** Whether a named platform can fill slot {P} or {Q} of a template (context-only names need "via"/"op"). */
export function slotFits(template: string, slot: 'P' | 'Q', forms: PlatformForms): boolean {
  const at = template.indexOf(`{${slot}`)
  if (at < 0) return false
  const compound = template.startsWith(`{${slot}|`, at)
  return fitsSlot(forms, { compound, hasContext: /\b(via|op|per|app) $/i.test(template.slice(0, at)) })
}

/** Accumulates sentences and the ground-truth spans of the mentions in them. */
export class NarrativeBuilder {
  private text = ''
  readonly mentions: TruthMention[] = []

  constructor(
    private readonly rng: Rng,
    private readonly cast: Cast,
  ) {}

  get length(): number {
    return this.text.length
  }

  paragraph(): void {
    if (this.text.length > 0) this.text += '\n'
  }

  /** Renders a template; `fill` is what its P slot (or [[…]] literal) names, `second` what its Q slot names. */
  sentence(template: string, fill: MentionFill | null = null, second: MentionFill | null = null): void {
    const sep = this.text.length === 0 || this.text.endsWith('\n') ? '' : ' '
    const base = this.text.length + sep.length
    let out = ''
    let last = 0
    const spans: Array<{ start: number; end: number; fill: MentionFill }> = []
    for (const m of template.matchAll(TOKEN)) {
      out += template.slice(last, m.index)
      last = m.index + m[0].length
      const [, name, suffixPart, hyphen, suffix, literal] = m
      if (literal !== undefined) {
        if (fill === null) throw new Error('template has a mention literal but no fill')
        const surface = this.persons(literal)
        spans.push({ start: out.length, end: out.length + surface.length, fill })
        out += surface
      } else if (name === 'P' || name === 'Q') {
        const f = name === 'P' ? fill : second
        if (f === null) throw new Error(`template has a {${name}} slot but no fill`)
        const before = template.slice(0, m.index)
        const compound = suffixPart !== undefined
        const surface =
          f.kind === 'named'
            ? pickSurface(this.rng, f.forms, { compound, hasContext: /\b(via|op|per|app) $/i.test(before) })
            : f.kind === 'generic'
              ? f.surface
              : 'een onbekende app'
        spans.push({ start: out.length, end: out.length + surface.length, fill: f })
        out += surface
        if (compound) out += (hyphen === '~' && this.rng.chance(0.5) ? '-' : '') + (suffix ?? '')
      } else {
        out += this.slot(name ?? '')
      }
    }
    out += template.slice(last)
    // "… met verdachte B.." reads as one full stop
    if (out.endsWith('..') && spans.every((x) => x.end < out.length - 1)) out = out.slice(0, -1)
    if (spans[0]?.start !== 0) out = capitalize(out)
    for (const { start, end, fill: f } of spans) {
      this.mentions.push({
        start: base + start,
        end: base + end,
        surface: out.slice(start, end),
        platform: f.kind === 'named' ? f.forms.name : null,
        in_catalogue: f.kind === 'named' ? f.forms.inCatalogue : false,
        kind: f.kind,
        negated: f.kind === 'named' ? f.negated : false,
        roles: f.kind === 'named' && f.negated ? [] : [...f.roles],
      })
    }
    this.text += sep + out
  }

  /** Fills person slots inside a literal ([[een app waarvan {zij} …]]). */
  private persons(s: string): string {
    return s.replace(/\{([A-Za-z0-9]+)\}/g, (_, name: string) => this.slot(name))
  }

  private slot(name: string): string {
    const c = this.cast
    const female = c.minorGender === 'F'
    switch (name) {
      case 'V':
        return capitalize(c.minorNoun)
      case 'v':
        return c.minorNoun
      case 'Zij':
        return female ? 'Zij' : 'Hij'
      case 'zij':
        return female ? 'zij' : 'hij'
      case 'haar':
        return female ? 'haar' : 'hem'
      case 'zhaar':
        return female ? 'haar' : 'zijn'
      case 'Verd':
        return capitalize(c.suspect)
      case 'verd':
        return c.suspect
      case 'datum':
        return c.date
      case 'datum2':
        return c.laterDate
      case 'datum0':
        return c.earlierDate
      case 'tel':
        return `06-00000${String(this.rng.int(0, 999)).padStart(3, '0')}`
      case 'handle':
        return `${this.rng.chance(0.6) ? '@' : ''}${handle(this.rng, true)}`
      default:
        throw new Error(`unknown template slot {${name}}`)
    }
  }

  build(): { text: string; mentions: TruthMention[] } {
    return { text: this.text, mentions: this.mentions }
  }
}
