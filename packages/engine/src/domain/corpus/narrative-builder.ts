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

  /** Renders a template; `fill` is what its P slot (or [[…]] literal) names. */
  sentence(template: string, fill: MentionFill | null = null): void {
    const sep = this.text.length === 0 || this.text.endsWith('\n') ? '' : ' '
    const base = this.text.length + sep.length
    let out = ''
    let last = 0
    let mentionAt: { start: number; end: number } | null = null
    for (const m of template.matchAll(TOKEN)) {
      out += template.slice(last, m.index)
      last = m.index + m[0].length
      const [, name, suffixPart, hyphen, suffix, literal] = m
      if (literal !== undefined) {
        const surface = this.persons(literal)
        mentionAt = { start: out.length, end: out.length + surface.length }
        out += surface
      } else if (name === 'P') {
        if (fill === null) throw new Error('template has a platform slot but no fill')
        const before = template.slice(0, m.index)
        const compound = suffixPart !== undefined
        const surface =
          fill.kind === 'named'
            ? pickSurface(this.rng, fill.forms, {
                compound,
                hasContext: /\b(via|op|per|app) $/i.test(before),
              })
            : fill.kind === 'generic'
              ? fill.surface
              : 'een onbekende app'
        mentionAt = { start: out.length, end: out.length + surface.length }
        out += surface
        if (compound) out += (hyphen === '~' && this.rng.chance(0.5) ? '-' : '') + (suffix ?? '')
      } else {
        out += this.slot(name ?? '')
      }
    }
    out += template.slice(last)
    // "… met verdachte B.." reads as one full stop
    if (out.endsWith('..') && (mentionAt === null || mentionAt.end < out.length - 1)) out = out.slice(0, -1)
    if (mentionAt?.start !== 0) out = capitalize(out)
    if (fill !== null && mentionAt !== null) {
      const surface = out.slice(mentionAt.start, mentionAt.end)
      this.mentions.push({
        start: base + mentionAt.start,
        end: base + mentionAt.end,
        surface,
        platform: fill.kind === 'named' ? fill.forms.name : null,
        in_catalogue: fill.kind === 'named' ? fill.forms.inCatalogue : false,
        kind: fill.kind,
        negated: fill.kind === 'named' ? fill.negated : false,
        roles: fill.kind === 'named' && fill.negated ? [] : [...fill.roles],
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
