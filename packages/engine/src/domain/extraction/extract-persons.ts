import type { Evidence, PersonFinding } from './extractor.ts'
import { tokenize, type ClauseToken } from './clause-tokens.ts'
import { ageOn, monthNumber, parseDutchNumber, parseJarig, parseNumericDate, validDate, type BirthDate } from './dutch-ages.ts'
import { AGE_WORD, PERSON_FORM, type PersonLexicon, type PersonNoun, type PersonRoleId } from './person-lexicon.ts'
import { wordClassesOf, type WordClasses } from './word-classes.ts'

type Gender = 'F' | 'M'
type PersonPlural = { role: PersonRoleId | null; gender: Gender | null }

/** One expression that refers to a person: a noun ("aangeefster"), a subject pronoun, or a bare age ("de 16-jarige"). */
interface Mention {
  head: number
  kind: 'noun' | 'pronoun' | 'nominal' | 'plural'
  role: PersonRoleId | null
  gender: Gender | null
  /** noun mentions: which person the word usually points at, plus the initial ("verdachte B.") */
  referent: string | null
  ages: number[]
  /** plural mentions: how many persons when the text gives a count ("twee 15-jarige meisjes") */
  count: number
  /** a relative of the victim ("moeder"): a role noun joined to it is not the victim */
  relative?: boolean
  /** "ook een meisje", "een tweede verdachte": explicitly someone not yet mentioned */
  another?: boolean
  /** the age was stated for an earlier moment ("toen zij 14 was"): a later plain age replaces it */
  weakAge?: boolean
  /** the age is stated as the current one ("slo (nu 15)"): it replaces an earlier age of that person */
  currentAge?: boolean
  evidence: Evidence[]
}

interface AgeCue {
  ages: number[]
  /** token range of the cue */
  from: number
  to: number
  rule: string
  /** where the person is: the noun after it, the noun just before it, or the sentence's subject */
  attach: 'next' | 'previous' | 'predicate' | 'own'
  /** for 'next': the mention found after the cue */
  target?: Mention
  weak?: boolean
  /** "(nu 15)": the age now, in a chronology that gave an earlier one */
  current?: boolean
}

const VICTIM = 'victim'
const ESTIMATED = new Set(['geschat', 'ingeschat'])
/** "zij lijkt (ongeveer) 15 jaar", "oogt 16 jaar" */
const LOOKS = new Set(['lijkt', 'leek', 'oogt', 'oogde'])
/** verb-final "dat er ongeveer 16 jaar uitzag" */
const LOOKS_FINAL = new Set(['uitzag', 'uitziet', 'uitzagen', 'uitzien'])
/** "bleek 15 jaar te zijn": an age found out */
const TURNED = new Set(['bleek', 'blijkt', 'bleken'])
const QUOTE_MARKS = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019'])
/** "(nu 15)", "(toen 14)": a time word before a bracketed age */
const WHEN = new Set(['nu', 'toen'])
/** verbs of saying before an age someone gives of himself ("die zei dat hij 17 was") */
const SAID = new Set(['zei', 'zegt', 'zeggen', 'zeiden'])
/** how many words a bracketed description before an age may hold ("(vriendin van het slachtoffer, 17)") */
const MAX_DESCRIPTION = 6
/** how far back (tokens) a predicate age looks for its subject; sentences in registrations are far shorter */
const MAX_REACH = 40
const SUSPECT_REFERENTS = new Set(['verdachte', 'medeverdachte'])
/** verbs before "N (jaar) te zijn" by which someone gives his own age */
const STATES_OWN = new Set(['zegt', 'zei', 'verklaart', 'verklaarde'])
/** what may stand before "volgens <source>" between a verb and an age ("is volgens de wijkagent ongeveer 15") */
const SOURCE_AFTER = new Set(['is', 'was', 'ben', 'bent', 'lijkt', 'leek', 'bleek', 'blijkt', 'dat', 'die', ','])
/** "volgens mij nog geen 15" is no age; "volgens zijn profiel 21", "volgens de advertentie 19" are claimed ages */
const SOURCE_STOPS = new Set(['geen', 'nog', 'niet', 'van', 'profiel', 'tekst', 'advertentie', 'bio', 'account', 'zeggen'])
/**
 * subjects of quoted speech that are no person mention ('ze' is also plural or an object, 'ik' the speaker): before
 * "is/ben N" ("Ik ben zestien.", "Ze is pas vijftien.") the age is a bare one, which joins the person with that age,
 * else the victim (a minor) or the suspect (an adult)
 */
const SELF_SUBJECTS = new Set(['ik', 'ze'])
const COPULAS = new Set(['is', 'was', 'werd', 'wordt', 'ben', 'bent'])
const DETERMINERS = new Set(['de', 'het', 'een', 'haar', 'zijn', 'diens', 'hun'])
const LINKERS = new Set([',', '(', '/', 'tevens', 'ook', 'zijnde', 'namelijk', 'te', 'weten', ':'])
/** links that equate two role nouns ("melder, tevens aangeefster", "aangever/slachtoffer"); a comma alone may be a list */
const STRONG_LINKERS = new Set(['(', '/', 'tevens', 'zijnde', 'namelijk'])
const COUNTS: Record<string, number> = { twee: 2, drie: 3, vier: 4, vijf: 5, beide: 2 }
/** after these, an adjective-looking "verdachte" is the noun: "dat verdachte profielen beheerde" */
const CLAUSE_OPENERS = new Set(['dat', 'omdat', 'toen', 'nadat', 'waarna', 'terwijl', 'zodat', 'doordat', 'en', 'maar', 'want', 'dus', 'door', 'waarbij', 'waarin', 'of', 'ook'])
const BOTH = new Set(['beiden', 'allebei', 'beide'])
const ANOTHER_BEFORE_EEN = new Set(['ook', 'nog'])
const POSING = new Set(['voordeed', 'voordoet', 'uitgaf', 'uitgeeft', 'alsof', 'zogenaamd', 'zogenaamde'])
const ANOTHER_AFTER_EEN = new Set(['tweede', 'derde', 'vierde', 'ander', 'andere'])
/** words that make a stated age approximate; the guidelines keep the number ("naar schatting 16", "ca. 25") */
const APPROXIMATELY = new Set(['ongeveer', 'circa', 'ca', 'rond', 'zo\'n', 'ruim', 'bijna', 'vermoedelijk', 'plusminus', 'schatting', 'geschat', 'hooguit'])
const ESTIMATORS = new Set(['zijn', 'haar', 'hun', 'mijn'])
/** "een relatie van 2 jaar geleden" is no age even after a person noun */
const DURATION_AFTER = new Set(['geleden', 'lang', 'later', 'eerder', 'ouder', 'jonger', 'cel', 'celstraf', 'gevangenisstraf', 'jeugddetentie'])
/** /jarige?$/ without a regular expression */
function endsWithJarig(n: string): boolean {
  return n.endsWith('jarig') || n.endsWith('jarige')
}

/** Can this word begin an age phrase? (a digit, a number word, "-jarig", or "geboren"/"leeftijd") */
function startsAge(n: string, wordClass: number): boolean {
  const c = n.charCodeAt(0)
  if (c >= 48 && c <= 57) return true
  return (wordClass & AGE_WORD) !== 0 || n.includes('jarig') || (n.includes('-') && parseDutchNumber(n) !== null)
}
const POSSESSIVES = new Set(['haar', 'zijn', 'diens', 'hun', 'een'])

/** `tokens`: the text's clause tokens when the caller already has them (the vulnerabilities read the same ones) */
export function extractPersons(text: string, date: string | undefined, lexicon: PersonLexicon, tokens: readonly ClauseToken[] = tokenize(text)): PersonFinding[] {
  const scan = new Scanner(text, tokens, lexicon)
  const mentions = scan.findMentions()
  const cues = scan.findAgeCues(date)
  const all = scan.attachAges(mentions, cues)
  const groups = linkLocally(all, tokens, scan)
  return clusterPersons(groups, tokens, text, scan)
}

/**
 * Bits of a word besides the lexicon's PERSON_FORM and AGE_WORD: the code's own word lists that the rules test around
 * every person noun. For speed the trie walk that classes a token gives them all at once, so that these tests are bit
 * reads instead of hashing each token's string for a set look-up.
 */
const POSING_WORD = 1 << 2
const APPROXIMATE_WORD = 1 << 3
const LINKER_WORD = 1 << 4
const STRONG_LINKER_WORD = 1 << 5
const COPULA_WORD = 1 << 6
const DETERMINER_WORD = 1 << 7
/** the words of the gender priors (applyDomainPriors) */
const PRIOR_WORD = 1 << 8
/** a word some noun must not stand before (PersonNoun.notBefore) */
const NOT_BEFORE_WORD = 1 << 9
const LEXICON_BITS = PERSON_FORM | AGE_WORD
/** a token's entry holds its bits in the low ten bits and its word's class above them */
const CLASS_SHIFT = 10
const PRIOR_WORDS = ['haar', 'hem', 'hij', 'zij']

/** The person lexicon's words and the code's word lists as one character trie, with what each class of word is. */
interface WordTable {
  classes: WordClasses
  bits: number[]
  nouns: Array<PersonNoun | undefined>
  plurals: Array<PersonPlural | undefined>
  pronouns: Array<Gender | undefined>
  /** the evidence rule of each noun, plural and pronoun class ('person.noun:aangeefster'), made once */
  rules: Array<string | undefined>
}

const wordTables = new WeakMap<PersonLexicon, WordTable>()

function wordTable(lex: PersonLexicon): WordTable {
  let t = wordTables.get(lex)
  if (t) return t
  const bitsOf = new Map<string, number>(lex.wordClass)
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) bitsOf.set(w, (bitsOf.get(w) ?? 0) | bit)
  }
  add(POSING, POSING_WORD)
  add(APPROXIMATELY, APPROXIMATE_WORD)
  add(LINKERS, LINKER_WORD)
  add(STRONG_LINKERS, STRONG_LINKER_WORD)
  add(COPULAS, COPULA_WORD)
  add(DETERMINERS, DETERMINER_WORD)
  add(PRIOR_WORDS, PRIOR_WORD)
  for (const noun of lex.nouns.values()) add(noun.notBefore, NOT_BEFORE_WORD)
  const classes = wordClassesOf(bitsOf.keys())
  const at = <T>(map: ReadonlyMap<string, T>): Array<T | undefined> => classes.words.map((w) => (w === null ? undefined : map.get(w)))
  t = {
    classes,
    bits: classes.words.map((w) => (w === null ? 0 : (bitsOf.get(w) ?? 0))),
    nouns: at(lex.nouns),
    plurals: at(lex.plurals),
    pronouns: at(lex.pronouns),
    rules: classes.words.map((w) => {
      if (w === null) return undefined
      const noun = lex.nouns.get(w)
      if (noun) return `person.noun:${noun.form}`
      if (lex.plurals.has(w)) return `person.plural:${w}`
      return lex.pronouns.has(w) ? `person.pronoun:${w}` : undefined
    }),
  }
  wordTables.set(lex, t)
  return t
}

class Scanner {
  /** mention by head token index (a sparse array is faster than a Map here) */
  readonly byHead: Array<Mention | undefined> = []

  /**
   * per token, looked up once (sized once, not grown by push): its bits (the lexicon's PERSON_FORM and AGE_WORD for
   * words, and the code's word lists) and, above CLASS_SHIFT, its class in the word table
   */
  readonly wordClass: number[]
  readonly table: WordTable
  /**
   * the tokens that may be a person (PERSON_FORM words) and those that may start an age (see findAgeCues), in text
   * order: for speed they are found in the one pass that classes the tokens, and the rules visit only them
   */
  readonly personAt: number[] = []
  readonly ageAt: number[] = []
  private ageCursor = 0
  /** whether the text holds "hoe oud" and "volgens" (found once, when an age rule first needs it) */
  private asksAge: boolean | undefined
  private namesSource: boolean | undefined
  /** the first 'haar', the first 'hem', the first 'hij' or 'hem', and whether 'zij' occurs: for the gender priors */
  haar: ClauseToken | undefined
  hem: ClauseToken | undefined
  hij: ClauseToken | undefined
  zij = false

  constructor(
    readonly text: string,
    readonly tokens: readonly ClauseToken[],
    readonly lex: PersonLexicon,
  ) {
    const table = wordTable(lex)
    this.table = table
    this.wordClass = new Array<number>(tokens.length)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as ClauseToken
      const c = table.classes.classOf(t.norm, 0, t.norm.length)
      // the lexicon's bits are for words only
      const bits = t.kind === 'word' ? (table.bits[c] ?? 0) : (table.bits[c] ?? 0) & ~LEXICON_BITS
      this.wordClass[i] = bits | (c << CLASS_SHIFT)
      if ((bits & PRIOR_WORD) !== 0) this.notePrior(t)
      if (t.kind === 'word' && (bits & PERSON_FORM) !== 0) this.personAt.push(i)
      // most words cannot start an age: they are left out before any rule runs
      if (t.kind === 'punct' ? t.norm === '(' : t.kind !== 'word' || startsAge(t.norm, bits)) this.ageAt.push(i)
    }
  }

  /** the first token from `from` on that may start an age, else the token count */
  private nextAgeAt(from: number): number {
    const at = this.ageAt
    while (this.ageCursor < at.length && (at[this.ageCursor] ?? 0) < from) this.ageCursor++
    return at[this.ageCursor] ?? this.tokens.length
  }

  private notePrior(t: ClauseToken): void {
    if (t.kind !== 'word' || t.end - t.start > 4) return
    if (t.norm === 'haar') this.haar ??= t
    else if (t.norm === 'hem') {
      this.hem ??= t
      this.hij ??= t
    } else if (t.norm === 'hij') this.hij ??= t
    else if (t.norm === 'zij') this.zij = true
  }

  /** whether token `i` has any of `bits` */
  is(i: number, bits: number): boolean {
    return ((this.wordClass[i] ?? 0) & bits) !== 0
  }

  /** the class of token `i`'s word in the word table */
  classAt(i: number): number {
    return (this.wordClass[i] ?? 0) >>> CLASS_SHIFT
  }

  norm(i: number): string | undefined {
    return this.tokens[i]?.norm
  }

  ev(rule: string, from: number, to: number, gives?: string): Evidence {
    const a = this.tokens[from]
    const b = this.tokens[to]
    const start = a?.start ?? 0
    const end = b?.end ?? start
    const surface = this.text.slice(start, end)
    return gives === undefined ? { rule, start, end, surface } : { rule, start, end, surface, gives }
  }

  /** An initial ("B", "B.") or number ("1") right after a role noun names which of several it is. */
  private qualifierAt(i: number): { label: string; last: number } | null {
    const t = this.tokens[i]
    if (!t) return null
    if (t.kind === 'word' && t.upper && t.end - t.start === 1) {
      const dot = this.tokens[i + 1]
      return { label: t.norm, last: dot && dot.norm === '.' && dot.start === t.end ? i + 1 : i }
    }
    if (t.kind === 'number' && t.end - t.start === 1) {
      const after = this.norm(i + 1)
      if (after !== 'jaar' && after !== 'jr') return { label: t.norm, last: i }
    }
    return null
  }

  findMentions(): Mention[] {
    const out: Mention[] = []
    const { tokens, lex } = this
    for (const i of this.personAt) {
      const t = tokens[i]
      if (!t) continue
      const c = this.classAt(i)
      const noun = this.table.nouns[c]
      if (noun) {
        const next = tokens[i + 1]
        if (next && next.kind === 'word' && this.is(i + 1, NOT_BEFORE_WORD) && noun.notBefore.has(next.norm) && !CLAUSE_OPENERS.has(this.norm(i - 1) ?? '')) continue
        if (this.posesAs(i)) continue // "iemand die zich voordeed als een meisje"
        const q = noun.role !== null ? this.qualifierAt(i + 1) : null
        const m: Mention = {
          head: i,
          kind: 'noun',
          role: noun.role,
          gender: noun.gender,
          referent: q ? `${noun.referent}:${q.label}` : noun.referent,
          ages: [],
          count: 1,
          relative: noun.relative,
          another: this.introducesAnother(i),
          evidence: [this.ev(this.table.rules[c] ?? '', i, q ? q.last : i, noun.role ?? noun.gender ?? undefined)],
        }
        out.push(m)
        this.byHead[i] = m
        continue
      }
      const plural = this.table.plurals[c]
      if (plural) {
        const m: Mention = {
          head: i,
          kind: 'plural',
          role: plural.role,
          gender: plural.gender,
          referent: null,
          ages: [],
          count: this.countBefore(i),
          evidence: [this.ev(this.table.rules[c] ?? '', i, i, plural.role ?? plural.gender ?? undefined)],
        }
        out.push(m)
        this.byHead[i] = m
        continue
      }
      const pronoun = this.table.pronouns[c]
      if (pronoun) {
        const next = tokens[i + 1]
        if (t.norm === 'zij' && next && next.kind === 'word' && lex.pluralVerbsAfterZij.has(next.norm)) continue
        if (t.norm === 'zij' && next?.norm === 'en') continue // "zij en haar vriendin"
        const m: Mention = {
          head: i,
          kind: 'pronoun',
          role: null,
          gender: pronoun,
          referent: null,
          ages: [],
          count: 1,
          evidence: [this.ev(this.table.rules[c] ?? '', i, i, pronoun)],
        }
        out.push(m)
        this.byHead[i] = m
      }
    }
    return out
  }

  /** "<plural>, beiden (ongeveer) N (jaar)": the age of each of the two, as the bracketed "(beiden 18)". */
  private bothAfterPlural(i: number): { cue: AgeCue; last: number } | null {
    const lead = this.approxStart(i)
    if (!BOTH.has(this.norm(lead - 1) ?? '') || this.norm(lead - 2) !== ',') return null
    const plural = this.pluralBefore(lead - 2)
    if (!plural) return null
    const y = this.yearsAt(i)
    const age = y ? y.age : this.bareAgeAt(i)
    const last = y ? y.last : i
    const after = this.tokens[last + 1]
    if (age === null || (after && after.kind !== 'punct' && !this.lex.ageFollowers.has(after.norm))) return null
    return { cue: { ages: [age, age], from: lead - 1, to: last, rule: 'person.age:beiden', attach: 'next', target: plural }, last }
  }

  /** Bracket "(words, N [jaar])" at `paren`: the age cue for the first person noun inside, else for the person before. */
  private describedAge(paren: number): { cue: AgeCue; last: number } | null {
    let comma = -1
    for (let k = paren + 1; k <= paren + MAX_DESCRIPTION + 1; k++) {
      const t = this.tokens[k]
      if (!t || t.norm === ')' || t.norm === '(' || t.kind === 'number') return null
      if (t.norm === ',') {
        comma = k
        break
      }
    }
    if (comma < 0 || comma === paren + 1) return null
    // "verdachte (man, ca. 25)": an approximation before the number keeps it (GUIDELINES: "ca. 25" gives 25)
    const list = this.ageListAt(this.approxEnd(comma + 1))
    if (!list) return null
    let last = list.last
    if (this.norm(last + 1) === 'jaar' || this.norm(last + 1) === 'jr') last = this.skipDot(last + 1)
    if (this.norm(last + 1) !== ')') return null
    let inside: Mention | undefined
    for (let k = paren + 1; k < comma && !inside; k++) {
      const m = this.byHead[k]
      if (m && m.kind !== 'pronoun') inside = m
    }
    const target = inside ?? this.personJustBefore(paren)
    if (!target) return null
    return { cue: { ages: list.ages, from: comma + 1, to: last, rule: 'person.age:parenthesised', attach: 'next', target }, last }
  }

  /**
   * "twee meisjes", "twee oudere jongens": the count a plural noun gives, so that one age after it ("van 16", "(beiden
   * 16)") is the age of each; 1 when no count word precedes (at most one adjective between).
   */
  private countBefore(i: number): number {
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const w = this.norm(k) ?? ''
      const n = COUNTS[w] ?? (this.tokens[k]?.kind === 'number' && /^[2-9]$/.test(w) ? Number(w) : undefined)
      if (n !== undefined) return n
      if (k === i - 1 && this.tokens[k]?.kind === 'word' && /e$/.test(w) && w !== 'de' && w !== 'die') continue
      break
    }
    return 1
  }

  /** "N jaar", "N jr", "Njr", "zestien jaar": returns the age and the index of the last token of the phrase. */
  private yearsAt(i: number): { age: number; last: number } | null {
    const t = this.tokens[i]
    if (!t || t.kind === 'punct') return null
    const glued = /^([0-9]{1,2})(jr|jaar)$/.exec(t.norm)
    if (glued?.[1]) return { age: Number(glued[1]), last: this.skipDot(i) }
    const n = t.norm === 'een' ? null : parseDutchNumber(t.norm)
    if (n === null) return null
    const unit = this.tokens[i + 1]
    if (!unit || (unit.norm !== 'jaar' && unit.norm !== 'jr')) return null
    return { age: n, last: unit.norm === 'jr' ? this.skipDot(i + 1) : i + 1 }
  }

  private skipDot(i: number): number {
    const t = this.tokens[i]
    const d = this.tokens[i + 1]
    return t && d && d.norm === '.' && d.start === t.end && this.tokens[i + 2]?.sentence === t.sentence ? i + 1 : i
  }

  /** A bare number usable as an age: 1–99 as digits or a Dutch word, not glued to a date, time or decimal. */
  private bareAgeAt(i: number): number | null {
    const t = this.tokens[i]
    if (!t || t.kind === 'punct') return null
    // "een" is the article far more often than the number: "slachtoffer van een aanranding", "de moeder van een meisje"
    if (t.norm === 'een') return null
    const n = parseDutchNumber(t.norm)
    if (n === null) return null
    const next = this.tokens[i + 1]
    if (next && next.start === t.end && next.kind === 'punct' && /^[-:/.,]$/.test(next.norm)) {
      const after = this.tokens[i + 2]
      if (after && after.start === next.end && after.kind !== 'punct') return null // 16:00, 16.5, 16-03
    }
    return n
  }

  private isPastAge(from: number): boolean {
    const first = this.tokens[from]
    for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
      const t = this.tokens[k]
      if (!t || t.clause !== first?.clause) break
      if (this.lex.pastAgeMarkers.has(t.norm)) return true
    }
    return false
  }

  /** "(14 en 15)", "14, 15 en 16": numbers joined by commas and "en"; returns the ages and the last number's index. */
  private ageListAt(i: number): { ages: number[]; last: number } | null {
    const first = this.bareAgeAt(i)
    if (first === null) return null
    const ages = [first]
    let last = i
    for (;;) {
      const sep = this.norm(last + 1)
      if (sep !== ',' && sep !== 'en') break
      const n = this.bareAgeAt(last + 2)
      if (n === null) break
      ages.push(n)
      last += 2
    }
    return { ages, last }
  }

  findAgeCues(date: string | undefined): AgeCue[] {
    const cues: AgeCue[] = []
    const { tokens, lex } = this
    // only the tokens that may start an age (the rules below move i past the tokens of a cue they read)
    for (let i = this.nextAgeAt(0); i < tokens.length; i = this.nextAgeAt(i + 1)) {
      const t = tokens[i]
      if (!t) continue
      const n = t.norm

      // "de 16-jarige", "zestienjarige", "16 jarige"
      let jarig = t.kind === 'word' ? parseJarig(n) : null
      let jarigLast = i
      if (jarig === null && (this.norm(i + 1) === 'jarige' || this.norm(i + 1) === 'jarig')) {
        jarig = parseDutchNumber(n)
        jarigLast = i + 1
      }
      if (jarig !== null) {
        const after = this.norm(jarigLast + 1)
        if (after === 'leeftijd' || this.isPastAge(i)) continue // "op 13-jarige leeftijd": an age in the past
        const cue = this.prenominal(jarig, i, jarigLast)
        if (cue) cues.push(cue)
        i = jarigLast
        continue
      }

      // "(16)", "(16 jaar)", "(14 en 15)", "(beiden 18)"
      if (n === '(') {
        const both = BOTH.has(this.norm(i + 1) ?? '')
        // "(v, 15)", "(m/24)": a sex letter before the age
        const sexLetter = /^[mv]$/.test(this.norm(i + 1) ?? '') && /^[,/]$/.test(this.norm(i + 2) ?? '')
        // "(nu 15)", "(toen 14)" in a chronology: the age now, or an earlier one (weak, see isWeak)
        const when = WHEN.has(this.norm(i + 1) ?? '')
        const list = this.ageListAt(both || when ? i + 2 : sexLetter ? i + 3 : this.approxEnd(i + 1))
        if (list) {
          let last = list.last
          if (this.norm(last + 1) === 'jaar' || this.norm(last + 1) === 'jr') last = this.skipDot(last + 1)
          const close = this.norm(last + 1)
          const ages = both && list.ages.length === 1 ? [list.ages[0] ?? 0, list.ages[0] ?? 0] : list.ages
          if ((close === ')' || close === ',') && this.hasPersonBefore(i)) {
            const current = this.norm(i + 1) === 'nu'
            // "betr. (nu 16)": the person is the one before the bracket, not before the number
            const before = when ? this.personJustBefore(i) : null
            cues.push({ ages, from: when ? i + 2 : i + 1, to: last, rule: 'person.age:parenthesised', attach: 'previous', ...(current ? { current } : {}), ...(before ? { target: before } : {}) })
            i = last
            continue
          }
          if ((close === ')' || close === ',') && this.describedPersonBefore(i)) {
            cues.push({ ages, from: i + 1, to: last, rule: 'person.age:parenthesised', attach: 'own' })
            i = last
            continue
          }
        }
        // "getuige (vriendin van het slachtoffer, 17)", '"ze" (vermoedelijk het slachtoffer, 16)', "verdachte (bekend, 24
        // jaar)": a description, a comma and the age close the bracket; the age is the described person's
        const described = this.describedAge(i)
        if (described) {
          cues.push(described.cue)
          i = described.last
          continue
        }
      }

      // "geboren op 12-03-2003", "geb. 2003", "geboortedatum: 12 maart 2003"
      if (n === 'geboren' || n === 'geb' || n === 'geboortedatum' || n === 'geboortejaar') {
        const birth = this.birthDateAfter(i)
        if (birth) {
          const age = date === undefined ? null : ageOn(birth.date, date)
          if (age !== null) cues.push({ ages: [age], from: i, to: birth.last, rule: 'person.age:birth-date', attach: 'previous' })
          i = birth.last
        }
        continue
      }

      // "leeftijd van 16 (jaar)", "leeftijd: 16"
      if (n === 'leeftijd') {
        // "een profiel op Tagged met als leeftijd 19", "de leeftijd op het profiel is 18": the age a profile states, no
        // person's age (the guidelines leave claimed ages out)
        if (this.aboutProfile(i)) continue
        let j = i + 1
        if (this.norm(j) === 'van' || this.norm(j) === ':') j++
        // "haar leeftijd wordt geschat op 15 jaar": an estimate keeps its number (GUIDELINES tune-5, heldout-7)
        const estimate = COPULAS.has(this.norm(j) ?? '') && ESTIMATED.has(this.norm(j + 1) ?? '') && this.norm(j + 2) === 'op'
        if (estimate) j += 3
        const age = this.bareAgeAt(j)
        if (age !== null && !this.isPastAge(i)) {
          const y = this.yearsAt(j)
          const last = y ? y.last : j
          cues.push({ ages: [age], from: i, to: last, rule: estimate ? 'person.age:estimate' : 'person.age:leeftijd', attach: 'previous' })
          i = last
        }
        continue
      }

      // "V: Hoe oud ben je? A: Zestien.", 'NN-man vraagt hoe oud ze is. Verdachte: "Vijftien, maar …"': the answer
      const answer = t.kind === 'punct' ? null : this.answerToHowOld(i)
      if (answer) {
        cues.push(answer)
        i = answer.to
        continue
      }

      // "16 jaar oud", "is 16 jaar", "aangeefster, 16 jaar,", "een meisje van 16 (jaar)", "van 14 en 15 jaar"
      // the first token of an approximation before the number ('ongeveer', 'naar schatting'), else i
      const lead = this.approxStart(i)
      const beforeList = this.norm(lead - 1)
      const startList = beforeList === 'van' || beforeList === ',' ? this.ageListAt(i) : null
      if (startList && startList.ages.length > 1) {
        const y = this.yearsAt(startList.last)
        const last = y ? y.last : startList.last
        const plural = this.pluralBefore(i)
        if (plural || (y && this.norm(last + 1) === 'oud')) {
          // "twee meisjes (aan) van 15 en 17 jaar oud": each age is a person of the plural, else a bare age
          const to = y && this.norm(last + 1) === 'oud' ? last + 1 : last
          cues.push({ ages: startList.ages, from: i, to, rule: 'person.age:list', attach: plural ? 'next' : 'own', ...(plural ? { target: plural } : {}) })
          i = to
          continue
        }
      }
      // "twee verdachten, beiden 16 jaar,", "twee meisjes, beiden naar schatting 16,": one age for both of a plural
      const both = this.bothAfterPlural(i)
      if (both) {
        cues.push(both.cue)
        i = both.last
        continue
      }
      // "een meisje dat zegt 17 te zijn", "Betrokkene verklaarde 16 jaar te zijn"
      const stated = STATES_OWN.has(this.norm(lead - 1) ?? '') ? this.statedOwnAge(i) : null
      if (stated) {
        cues.push(stated)
        i = stated.to + 2
        continue
      }
      const years = this.yearsAt(i)
      if (years) {
        if (this.isPastAge(i)) continue
        const prev = this.copulaBefore(lead) ?? this.norm(i - 1)
        const follow = this.tokens[years.last + 1]
        const followsOk = !follow || follow.kind === 'punct' || lex.ageFollowers.has(follow.norm)
        const inverted = this.invertedSubject(i)
        const antecedent = COPULAS.has(follow?.norm ?? '') ? this.relativeAntecedent(lead) : null
        if (inverted && (followsOk || follow?.norm === 'oud')) {
          cues.push({ ages: [years.age], from: i, to: follow?.norm === 'oud' ? years.last + 1 : years.last, rule: 'person.age:is-zij-n', attach: 'next', target: inverted })
        } else if (follow?.norm === 'oud' || follow?.norm === 'geworden') {
          cues.push({ ages: [years.age], from: i, to: years.last + 1, rule: 'person.age:jaar-oud', attach: 'predicate' })
        } else if ((prev !== undefined && (COPULAS.has(prev) || TURNED.has(prev)) && followsOk) || (COPULAS.has(follow?.norm ?? '') && this.subjectJustBefore(i))) {
          cues.push({ ages: [years.age], from: i, to: years.last, rule: 'person.age:is-jaar', attach: 'predicate' })
        } else if (this.looksAge(i, years.last)) {
          cues.push({ ages: [years.age], from: i, to: years.last, rule: 'person.age:estimate', attach: 'predicate' })
        } else if (this.turnedOut(i, years.last)) {
          cues.push({ ages: [years.age], from: i, to: years.last, rule: 'person.age:bleek-jaar', attach: 'predicate' })
        } else if (antecedent) {
          cues.push({ ages: [years.age], from: i, to: years.last, rule: 'person.age:die-n-is', attach: 'next', target: antecedent })
        } else if (this.afterVan(i) && !DURATION_AFTER.has(follow?.norm ?? '')) {
          cues.push({ ages: [years.age], from: i, to: years.last, rule: 'person.age:van-jaar', attach: 'previous' })
        } else if (this.norm(lead - 1) === ',' && followsOk && this.personJustBefore(lead - 1)) {
          cues.push({ ages: [years.age], from: i, to: years.last, rule: 'person.age:van-jaar', attach: 'previous' })
        } else if (this.personJustBefore(i) && followsOk) {
          cues.push({ ages: [years.age], from: i, to: years.last, rule: 'person.age:noun-jaar', attach: 'previous' })
        }
        i = years.last
        continue
      }
      // "inmiddels is zij 17", "verdachte, 24, werd aangehouden"
      const bare = t.kind === 'punct' ? null : this.bareAgeAt(i)
      if (bare !== null && !this.isPastAge(i)) {
        const follow = this.tokens[i + 1]
        const ends = this.endsAge(i + 1)
        const inverted = this.invertedSubject(i)
        if (inverted && ends) {
          cues.push({ ages: [bare], from: i, to: i, rule: 'person.age:is-zij-n', attach: 'next', target: inverted })
          continue
        }
        if (this.norm(lead - 1) === ',' && follow?.norm === ',' && this.personJustBefore(lead)) {
          cues.push({ ages: [bare], from: i, to: i, rule: 'person.age:comma-n', attach: 'previous' })
          continue
        }
      }
      // "een jongen, die later 24 bleek te zijn"
      if (t.kind !== 'punct' && this.turnedOut(i, i) && !this.isQualifier(i) && !this.isPastAge(i)) {
        const age = this.bareAgeAt(i)
        if (age !== null) {
          cues.push({ ages: [age], from: i, to: i, rule: 'person.age:bleek-n', attach: 'predicate' })
          continue
        }
      }
      // subordinate clause order: "dat zij 15 is", "dat verdachte 24 was", "verdachte, die toen 25 was", "een meisje dat
      // hooguit 16 lijkt", "een meisje dat 15 blijkt"
      const verbAfter = this.norm(i + 1) ?? ''
      if ((COPULAS.has(verbAfter) || LOOKS.has(verbAfter) || TURNED.has(verbAfter)) && !this.isQualifier(i) && !this.isPastAge(i)) {
        const age = this.bareAgeAt(i)
        const relative = this.relativeAntecedent(lead)
        if (age !== null && relative) {
          cues.push({ ages: [age], from: i, to: i, rule: 'person.age:die-n-is', attach: 'next', target: relative })
          continue
        }
        if (age !== null && COPULAS.has(verbAfter) && this.subjectJustBefore(i)) {
          cues.push({ ages: [age], from: i, to: i, rule: 'person.age:n-is', attach: 'predicate' })
          continue
        }
      }
      // "het meisje leek een jaar of 15", "lijkt niet ouder dan 15": the writer's or a witness's estimate (kept)
      if (LOOKS.has(this.norm(lead - 1) ?? '') && !this.isPastAge(i)) {
        const age = this.bareAgeAt(i)
        if (age !== null && this.endsAge(i + 1)) {
          cues.push({ ages: [age], from: i, to: i, rule: 'person.age:estimate', attach: 'predicate' })
          continue
        }
      }
      // "verdachte is 31.", "zij was toen 17."
      const copula = this.copulaIndexBefore(lead)
      // "Ik ben zestien.", "Ze is pas vijftien." (quoted speech): a bare age of its own, see selfAge
      // present tense only: "Ik was toen dertien" is an earlier age
      const self = copula !== null && SELF_SUBJECTS.has(this.norm(copula - 1) ?? '') && (this.norm(copula) === 'ben' || this.norm(copula) === 'is')
      if (self && !this.isPastAge(i)) {
        const age = this.bareAgeAt(i)
        if (age !== null && this.endsAge(i + 1)) {
          cues.push({ ages: [age], from: i, to: i, rule: 'person.age:ik-ben-n', attach: 'own' })
          continue
        }
      }
      if (copula !== null && this.subjectJustBefore(copula) && !this.isPastAge(i)) {
        const age = this.bareAgeAt(i)
        if (age !== null && this.endsAge(i + 1)) {
          cues.push({ ages: [age], from: i, to: i, rule: 'person.age:is-n', attach: 'predicate' })
          continue
        }
      }
      if (this.afterVan(i)) {
        const age = this.bareAgeAt(i)
        const follow = this.tokens[i + 1]
        const followsOk = !follow || follow.norm !== '%'
        if (age !== null && followsOk && !(follow && lex.nonAgeUnits.has(follow.norm))) {
          cues.push({ ages: [age], from: i, to: i, rule: 'person.age:van-n', attach: 'previous' })
        }
      }
    }
    return cues
  }

  /**
   * An age that answers a question "hoe oud …" in the sentence before: "V: Hoe oud ben je? A: Zestien.", "Hoe oud is
   * hij? – 22, zei ze.", 'vraagt hoe oud ze is. Verdachte: "Vijftien, maar …"'. The answer opens its turn: at most a
   * speaker label and a colon, a dash or quotation marks stand between the question's end and the number. A bare age
   * of its own: it joins the person with that age, else the victim (a minor) or the suspect (an adult).
   */
  private answerToHowOld(i: number): AgeCue | null {
    // most texts ask no age: one search of the text per registration spares the token walks
    this.asksAge ??= /hoe oud/i.test(this.text)
    if (!this.asksAge) return null
    const { tokens } = this
    // what ends the question: '?' or, for a reported question, '.'
    let q = i - 1
    let label = 0
    while (q >= 0 && i - q <= 5) {
      const t = tokens[q]
      if (!t) return null
      if (t.norm === '?' || t.norm === '.') break
      if (t.kind === 'punct' ? !(QUOTE_MARKS.has(t.norm) || t.norm === ':' || t.norm === '-' || t.norm === '\u2013') : ++label > 2) return null
      q--
    }
    if (q < 1 || i - q > 5) return null
    // "hoe oud" shortly before the question's end, in that sentence
    const sentence = tokens[q - 1]?.sentence
    let asked = -1
    for (let k = q - 1; k >= Math.max(1, q - 8) && asked < 0; k--) {
      if (tokens[k]?.sentence !== sentence) break
      if (tokens[k]?.norm === 'oud' && tokens[k - 1]?.norm === 'hoe') asked = k
    }
    if (asked < 0) return null
    // a guess is no age: "Hoe oud schatte u haar? A: Achttien, dacht ik."
    for (let k = asked + 1; k < q; k++) if (this.lex.claimMarkers.has(this.norm(k) ?? '')) return null
    const y = this.yearsAt(i)
    const age = y ? y.age : this.bareAgeAt(i)
    const last = y ? y.last : i
    if (age === null || !this.endsAge(last + 1)) return null
    for (let k = last + 1; k <= last + 4 && tokens[k]?.sentence === tokens[i]?.sentence; k++) if (this.lex.claimMarkers.has(this.norm(k) ?? '')) return null
    return { ages: [age], from: i, to: last, rule: 'person.age:answer', attach: 'own' }
  }

  /**
   * "zegt/verklaart N (jaar) te zijn": the age someone gives of himself. A minor's own age is kept (annotators count it);
   * "zegt 18 te zijn", "zei 19 te zijn" is nearly always a minor posing as an adult, left out.
   */
  private statedOwnAge(i: number): AgeCue | null {
    const y = this.yearsAt(i)
    const age = y ? y.age : this.bareAgeAt(i)
    const last = y ? y.last : i
    if (age === null || age >= 18 || this.norm(last + 1) !== 'te' || this.norm(last + 2) !== 'zijn') return null
    return { ages: [age], from: i, to: last, rule: 'person.age:zegt-te-zijn', attach: 'predicate' }
  }

  /** whether token `k`, right after a bare number, lets it stand as an age: the text's end, punctuation but '%', or an age follower ('jaar', 'oud', …) */
  private endsAge(k: number): boolean {
    const follow = this.tokens[k]
    return !follow || (follow.kind === 'punct' && follow.norm !== '%') || this.lex.ageFollowers.has(follow.norm)
  }

  /** "ook een (15-jarig) meisje", "nog een verdachte", "een tweede/andere getuige" before the noun at `i`. */
  private introducesAnother(i: number): boolean {
    const clause = this.tokens[i]?.clause
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (this.tokens[k]?.clause !== clause) return false
      const n = this.norm(k)
      if (n === 'een') return ANOTHER_BEFORE_EEN.has(this.norm(k - 1) ?? '') || ANOTHER_AFTER_EEN.has(this.norm(k + 1) ?? '')
    }
    return false
  }

  /** "inmiddels is zij 17": a subject (pronoun or noun) between "is/was" and the number. */
  private invertedSubject(i: number): Mention | null {
    const m = this.byHead[i - 1]
    const verb = this.norm(i - 2) ?? ''
    if (!m || m.kind === 'plural' || !(COPULAS.has(verb) || TURNED.has(verb))) return null
    return m
  }

  /** "een jongen van (ongeveer) 17": "van" right after a person noun, with at most one approximation word. */
  private afterVan(i: number): boolean {
    const k = this.approxStart(i) - 1
    return this.norm(k) === 'van' && this.personJustBefore(k) !== null
  }

  /**
   * First token of an approximation right before the number at `i` ("ongeveer", "ca.", "rond de", "vermoedelijk",
   * "naar (zijn) schatting", "een jaar of"), or `i` when there is none.
   */
  approxStart(i: number): number {
    return this.sourceBefore(this.approxCore(i))
  }

  private approxCore(i: number): number {
    let k = i - 1
    if (this.norm(k) === 'of' && this.norm(k - 1) === 'jaar' && this.norm(k - 2) === 'een') return k - 2
    // "niet ouder dan 15": an upper estimate, kept as that number like "hooguit 15"
    if (this.norm(k) === 'dan' && this.norm(k - 1) === 'ouder' && this.norm(k - 2) === 'niet') return k - 2
    if (this.norm(k) === '.' && this.norm(k - 1) === 'ca') k--
    if (this.norm(k) === 'de' && this.norm(k - 1) === 'rond') k--
    if (!this.is(k, APPROXIMATE_WORD)) return i
    if (this.norm(k) !== 'schatting') return k
    const j = ESTIMATORS.has(this.norm(k - 1) ?? '') ? k - 2 : k - 1
    return this.norm(j) === 'naar' ? j : i
  }

  /**
   * "is volgens de wijkagent ongeveer 15", "dat volgens haar 24 jaar is": the source of a stated age between the verb
   * and the number (at most five words, no punctuation); returns where "volgens" stands, else `a`.
   */
  private sourceBefore(a: number): number {
    this.namesSource ??= /volgens/i.test(this.text)
    // "een jongen van 15" keeps its "van" ("heeft volgens de recherche een jongen van 15 benaderd")
    if (!this.namesSource || this.norm(a - 1) === 'van') return a
    const s = this.tokens[a]?.sentence
    for (let k = a - 2; k >= Math.max(0, a - 6); k--) {
      const t = this.tokens[k + 1]
      if (!t || t.kind !== 'word' || t.sentence !== s || SOURCE_STOPS.has(t.norm)) return a
      // the source follows the verb or the relative pronoun: "is volgens …", "dat volgens …", ", volgens …"
      if (this.norm(k) === 'volgens') return SOURCE_AFTER.has(this.norm(k - 1) ?? '') ? k : a
    }
    return a
  }

  /** a profile word (profiel, Tagged-profiel, profielen) in the ten tokens before or the four after `i`, in its sentence */
  private aboutProfile(i: number): boolean {
    const s = this.tokens[i]?.sentence
    for (let k = Math.max(0, i - 10); k <= i + 4; k++) {
      const t = this.tokens[k]
      if (!t || t.sentence !== s) continue
      if (t.kind === 'word' && t.norm.includes('profiel')) return true
    }
    return false
  }

  /** an approximate age ("van hooguit 15", "ongeveer 16"), not one found out ("hij bleek rond de 30") */
  private approximated(from: number): boolean {
    const lead = this.approxStart(from)
    return lead < from && !TURNED.has(this.norm(lead - 1) ?? '')
  }

  /** Index after an approximation that starts at `j` ("(ca. 25)", "(vermoedelijk 15 jaar)"), or `j`. */
  private approxEnd(j: number): number {
    for (let k = j + 1; k < j + 5; k++) if (this.tokens[k]?.kind !== 'punct' && this.approxStart(k) === j) return k
    return j
  }

  /**
   * "toen zij 14 was": an age stated for an earlier moment; "die zei dat hij 17 was", "zegt 17 te zijn": an age someone
   * said of himself. Both are kept unless a firmer age of that person follows ("later bleek hij 24").
   */
  isWeak(from: number): boolean {
    const s = this.tokens[from]?.clause
    for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
      if (this.tokens[k]?.clause !== s) break
      if (this.norm(k) === 'toen') return true
    }
    const sentence = this.tokens[from]?.sentence
    for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
      if (this.tokens[k]?.sentence !== sentence) return false
      if (SAID.has(this.norm(k) ?? '')) return true
    }
    return false
  }

  /** "verdachte, die (toen) 25 was": the person a relative "die" right before the number refers to. */
  private relativeAntecedent(i: number): Mention | null {
    let k = i - 1
    if (this.lex.adverbsBeforeAge.has(this.norm(k) ?? '') || this.norm(k) === 'later') k--
    // 'die' after a de-word, 'dat' after a het-word ('een meisje dat vermoedelijk 16 jaar is')
    if (this.norm(k) !== 'die' && this.norm(k) !== 'dat') return null
    return this.personJustBefore(k)
  }

  /**
   * "zij lijkt ongeveer 15 jaar", "een meisje dat er ongeveer 16 jaar uitzag": the writer's or a witness's estimate of
   * how old someone looks, which the guidelines keep as that number; not "jonger dan 18 jaar" (a comparison).
   */
  private looksAge(i: number, last: number): boolean {
    const lead = this.approxStart(i)
    if (LOOKS.has(this.norm(lead - 1) ?? '')) return true
    if (!LOOKS_FINAL.has(this.norm(last + 1) ?? '')) return false
    for (let k = lead - 1; k >= Math.max(0, lead - 5); k--) if (this.norm(k) === 'er') return true
    return false
  }

  /**
   * "het meisje bleek 15 jaar te zijn", "een meisje dat later 15 jaar bleek te zijn", "een jongen, die later 24 bleek te
   * zijn": an age found out, the writer's statement (not a claimed one).
   */
  private turnedOut(i: number, last: number): boolean {
    const lead = this.approxStart(i)
    if (TURNED.has(this.norm(lead - 1) ?? '') && this.norm(last + 1) === 'te' && this.norm(last + 2) === 'zijn') return true
    return TURNED.has(this.norm(last + 1) ?? '') && this.norm(last + 2) === 'te' && this.norm(last + 3) === 'zijn'
  }

  /** The nearest plural person noun at most five tokens before `i` in the same sentence ("meisjes aan van 15 en 17"). */
  private pluralBefore(i: number): Mention | null {
    const s = this.tokens[i]?.sentence
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      if (this.tokens[k]?.sentence !== s) return null
      const m = this.byHead[k]
      if (m) return m.kind === 'plural' ? m : null
    }
    return null
  }

  /** Index of "is/was" right before token `i`, allowing one adverb between ("was toen 17"). */
  private copulaIndexBefore(i: number): number | null {
    if (COPULAS.has(this.norm(i - 1) ?? '')) return i - 1
    // "hij bleek 24": the age found out (GUIDELINES: a real age revealed after a false one is the age)
    if (TURNED.has(this.norm(i - 1) ?? '')) return i - 1
    if (this.lex.adverbsBeforeAge.has(this.norm(i - 1) ?? '') && COPULAS.has(this.norm(i - 2) ?? '')) return i - 2
    return null
  }

  private copulaBefore(i: number): string | undefined {
    const k = this.copulaIndexBefore(i)
    return k === null ? undefined : this.norm(k)
  }

  /** "haar nichtje (16)": a noun after a possessive, not in the lexicon, that the bracketed age describes. */
  private describedPersonBefore(paren: number): boolean {
    const noun = this.tokens[paren - 1]
    if (!noun || noun.kind !== 'word' || noun.upper) return false
    if (this.lex.nonAgeUnits.has(noun.norm) || this.lex.ageNounExclusions.has(noun.norm)) return false
    return POSSESSIVES.has(this.norm(paren - 2) ?? '')
  }

  /** An age someone pretended to have: "verdachte beweerde dat hij 18 was". */
  /** "die zich voordeed als (een) meisje": the noun names a pretended identity, not a person of the case. */
  private posesAs(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (this.is(k, POSING_WORD)) return true
    return false
  }

  /**
   * Bracketed ages and birth dates are the writer's own statement; "een 15-jarig meisje" is one unless someone
   * posed as her; an age in a clause ("dat hij 18 was") is claimed when a verb of pretending or guessing precedes.
   */
  private claimed(cue: AgeCue): boolean {
    if (cue.rule === 'person.age:parenthesised' || cue.rule === 'person.age:birth-date' || cue.rule === 'person.age:estimate') return false
    if (cue.rule === 'person.age:jarige') return this.posesAs(cue.from)
    return this.isClaimed(cue.from)
  }

  private isClaimed(from: number): boolean {
    const s = this.tokens[from]?.sentence
    // the approximation itself ("een meisje, geschat 15 jaar") is the writer's estimate, which keeps its number
    for (let k = this.approxStart(from) - 1; k >= Math.max(0, from - 10); k--) {
      const t = this.tokens[k]
      if (!t || t.sentence !== s) break
      if (this.lex.claimMarkers.has(t.norm)) return true
    }
    return false
  }

  /** "verdachte 2": a one-digit number right after a role noun numbers the person, it is not an age. */
  private isQualifier(i: number): boolean {
    // "verd. 1": the abbreviation's dot may stand between the noun and its number
    const m = this.byHead[i - 1] ?? (this.norm(i - 1) === '.' ? this.byHead[i - 2] : undefined)
    return m !== undefined && m.role !== null && this.tokens[i]?.kind === 'number' && (this.tokens[i]?.norm.length ?? 0) === 1
  }

  /** A person noun or subject pronoun right before token `i` ("dat zij 15 is"). */
  private subjectJustBefore(i: number): boolean {
    const m = this.byHead[i - 1]
    return (m !== undefined && m.kind !== 'plural') || this.personJustBefore(i) !== null
  }

  /** The mention whose head (or qualifier) ends at token `i - 1`, skipping a comma: "aangeefster, 16 jaar". */
  private personJustBefore(i: number): Mention | null {
    let k = i - 1
    if (this.norm(k) === ',') k--
    // a noun the writer puts in quotes: 'haar "vriend" van 22', "een 'vriendje' (18)"
    if (QUOTE_MARKS.has(this.norm(k) ?? '') && this.byHead[k - 1]?.kind === 'noun') k--
    const t = this.tokens[k]
    if (!t) return null
    if (t.norm === '.' || (t.kind === 'word' && t.upper && t.end - t.start === 1)) {
      // "verdachte B." / "verdachte B"
      for (let j = k; j >= k - 2; j--) {
        const m = this.byHead[j]
        if (m && m.kind !== 'pronoun') return m
      }
      return null
    }
    // "verdachte 1 (23)", "verdachte 2, 20 jaar": the number names which suspect, the person is the noun before it
    if (t.kind === 'number' && this.isQualifier(k)) return this.byHead[k - 1] ?? this.byHead[k - 2] ?? null
    const m = this.byHead[k]
    return m && m.kind !== 'pronoun' ? m : null
  }

  private hasPersonBefore(paren: number): boolean {
    const t = this.tokens[paren - 1]
    if (!t) return false
    if (this.personJustBefore(paren)) return true
    // an initial on its own: "A. (16)"
    return (t.norm === '.' && this.tokens[paren - 2]?.upper === true) || (t.kind === 'word' && t.upper && t.end - t.start === 1)
  }

  private prenominal(age: number, from: number, last: number): AgeCue | null {
    const { tokens, lex } = this
    const count = COUNTS[this.norm(from - 1) ?? ''] ?? (tokens[from - 1]?.kind === 'number' ? Number(this.norm(from - 1)) : 1)
    // the noun follows within three words ("een 16-jarige Nederlandse aangeefster")
    for (let j = last + 1; j <= last + 3; j++) {
      const t = tokens[j]
      if (!t || t.kind !== 'word') break
      if (lex.ageNounExclusions.has(t.norm)) return null
      const m = this.byHead[j]
      if (m && m.kind !== 'pronoun') {
        if (m.kind === 'plural' && count > 1 && count < 10) m.count = count
        return { ages: [age], from, to: last, rule: 'person.age:jarige', attach: 'next', target: m }
      }
      // stop at words that cannot be adjectives: verbs and function words end the noun phrase
      if (!/e$/.test(t.norm) || t.norm === 'de' || t.norm === 'die') break
    }
    return { ages: [age], from, to: last, rule: 'person.age:jarige', attach: 'next' }
  }

  /** Date after "geboren (op|in|:)": 12-03-2003, 12/03/2003, 12 maart 2003, maart 2003, 2003. */
  private birthDateAfter(i: number): { date: BirthDate; last: number } | null {
    let j = i + 1
    if (this.norm(j) === '.') j++
    while (['op', 'in', ':', 'de', 'het', 'jaar', 'datum'].includes(this.norm(j) ?? '')) j++
    const t = this.tokens[j]
    if (!t || t.kind === 'punct') return null
    // glue "12", "/", "03", "/", "2003" (no spaces) back together
    let k = j
    let glued = t.norm
    while (k + 1 < this.tokens.length) {
      const a = this.tokens[k]
      const b = this.tokens[k + 1]
      if (!a || !b || b.start !== a.end || !/^([-/.]|[0-9]+)$/.test(b.norm)) break
      glued += b.norm
      k++
    }
    if (glued.endsWith('.')) {
      glued = glued.slice(0, -1)
      k--
    }
    const numeric = parseNumericDate(glued)
    if (numeric) return { date: numeric, last: k }
    if (/^[0-9]{4}$/.test(t.norm)) {
      const d = validDate(Number(t.norm), null, null)
      return d ? { date: d, last: j } : null
    }
    const day = /^[0-9]{1,2}$/.test(t.norm) ? Number(t.norm) : null
    const mIdx = day === null ? j : j + 1
    const month = monthNumber(this.norm(mIdx) ?? '')
    const year = this.norm(mIdx + 1)
    if (month !== null && year && /^[0-9]{4}$/.test(year)) {
      const d = validDate(Number(year), month, day)
      return d ? { date: d, last: mIdx + 1 } : null
    }
    return null
  }

  /** Puts every age on a mention; ages without one become bare-age mentions ("de 16-jarige verklaarde"). */
  attachAges(mentions: Mention[], cues: AgeCue[]): Mention[] {
    const out = [...mentions]
    const found = out.length
    for (const cue of cues) {
      if (this.claimed(cue)) continue
      // an estimate ("leek hooguit 15", "van naar schatting 16") gives way to an age found out later ("blijkt zij 16 jaar")
      const weak = cue.rule === 'person.age:estimate' || this.approximated(cue.from) || this.isWeak(cue.from)
      let target: Mention | null = cue.target ?? null
      if (!target && cue.attach === 'previous') target = this.personJustBefore(cue.from) ?? this.nearestBefore(cue.from)
      if (!target && cue.attach === 'predicate') target = this.personJustBefore(cue.from) ?? this.nearestBefore(cue.from)
      const evidence = this.ev(cue.rule, cue.from, cue.to, `age:${cue.ages.join(',')}`)
      if (target && target.kind === 'plural') {
        target.ages.push(...cue.ages)
        target.evidence.push(evidence)
        continue
      }
      if (target && cue.ages.length === 1 && (target.ages.length === 0 || (target.weakAge && !weak) || (cue.current && !target.currentAge))) {
        target.ages = [...cue.ages]
        target.weakAge = weak
        if (cue.current) target.currentAge = true
        target.evidence.push(evidence)
        continue
      }
      if (target && target.ages.includes(cue.ages[0] ?? -1)) {
        target.evidence.push(evidence)
        continue
      }
      for (const age of cue.ages) {
        const m: Mention = { head: cue.from, kind: 'nominal', role: null, gender: null, referent: null, ages: [age], count: 1, evidence: [evidence], weakAge: weak, ...(cue.current ? { currentAge: true } : {}) }
        out.push(m)
      }
    }
    // the mentions come sorted by head: only the bare-age mentions added here need a sort
    return out.length === found ? out : out.sort((a, b) => a.head - b.head)
  }

  /** The closest person mention earlier in the same sentence (the subject of "is 16 jaar oud"). */
  private nearestBefore(i: number): Mention | null {
    const s = this.tokens[i]?.sentence
    for (let k = i - 1; k >= Math.max(0, i - MAX_REACH); k--) {
      const t = this.tokens[k]
      if (!t || t.sentence !== s) return null
      const m = this.byHead[k]
      if (m) return m
    }
    return null
  }
}

/** union-find root */
function rootOf(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] ?? i
  return i
}

/** Explicit same-person links: apposition, predicate nominal, slash, adjacency ("minderjarige aangeefster"). */
function linkLocally(mentions: Mention[], tokens: readonly ClauseToken[], scan: Scanner): Mention[][] {
  const parent = mentions.map((_, i) => i)
  // the index of each noun mention by its head (one noun per head): a sparse array, cheaper than a Map keyed by objects
  const nounIndex: number[] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    if (m.kind === 'noun') nounIndex[m.head] = i
  }
  for (let ia = 0; ia < mentions.length; ia++) {
    const a = mentions[ia] as Mention
    if (a.kind !== 'noun') continue
    let sawLink = false
    let strong = false
    let k = a.head + 1
    const q = tokens[k]
    if (q && q.kind === 'word' && q.upper && q.end - q.start === 1) k += tokens[k + 1]?.norm === '.' ? 2 : 1
    for (let steps = 0; steps < 6 && k < tokens.length; steps++, k++) {
      const t = tokens[k]
      if (!t) break
      const b = scan.byHead[k]
      if (b && b.kind === 'noun') {
        const listLike = a.role !== null && b.role !== null && a.referent !== b.referent && !strong
        if ((sawLink || k === a.head + 1) && !listLike && compatible(a, b)) {
          const ib = nounIndex[b.head]
          if (ib !== undefined) parent[rootOf(parent, ib)] = rootOf(parent, ia)
        }
        break
      }
      if (scan.is(k, LINKER_WORD | COPULA_WORD)) {
        sawLink = true
        if (scan.is(k, STRONG_LINKER_WORD | COPULA_WORD)) strong = true
        continue
      }
      if (scan.is(k, DETERMINER_WORD) || t.kind === 'number' || endsWithJarig(t.norm) || t.norm === 'jaar' || t.norm === 'oud') continue
      if (t.kind === 'word' && t.norm.endsWith('e') && sawLink) continue // adjective inside the apposition
      break
    }
  }
  // groups in the order of their first mention; the mentions are sorted by head, so the groups are too
  const groups: Mention[][] = []
  const groupOf: Array<Mention[] | undefined> = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    const root = rootOf(parent, i)
    const g = groupOf[root]
    if (g) g.push(m)
    else groups.push((groupOf[root] = [m]))
  }
  return groups
}

/** 'verdachte:b' → 'verdachte' */
function baseOf(referent: string): string {
  const colon = referent.indexOf(':')
  return colon < 0 ? referent : referent.slice(0, colon)
}

function hasSuspectReferent(p: { referents: ReadonlySet<string> }): boolean {
  for (const r of p.referents) if (SUSPECT_REFERENTS.has(baseOf(r))) return true
  return false
}

/** a referent `base:…` (a qualified 'verdachte B.') */
function hasQualified(referents: ReadonlySet<string>, base: string): boolean {
  for (const r of referents) if (r.length > base.length && r.charCodeAt(base.length) === 58 && r.startsWith(base)) return true
  return false
}

function isSuspect(m: { referent: string | null }): boolean {
  return m.referent !== null && SUSPECT_REFERENTS.has(baseOf(m.referent))
}

function compatible(a: Mention, b: Mention): boolean {
  if (isSuspect(a) !== isSuspect(b) && (a.role !== null && b.role !== null)) return false
  if (a.gender && b.gender && a.gender !== b.gender) return false
  if (a.ages[0] !== undefined && b.ages[0] !== undefined && a.ages[0] !== b.ages[0]) return false
  if (a.role && b.role && a.referent !== b.referent && (isSuspect(a) || isSuspect(b))) return false
  return true
}

interface Person {
  roles: PersonRoleId[]
  gender: Gender | null
  age: number | null
  ageWeak: boolean
  /** the age came from a "nu N" statement: no earlier age replaces it */
  ageCurrent?: boolean
  referents: Set<string>
  first: number
  evidence: Evidence[]
}

/** For each sentence, the persons mentioned in it with the token index of their last mention there. */
type SentenceIndex = Array<Map<Person, number> | undefined>

/**
 * The persons found so far and the indexes that keep hostile inputs (thousands of persons or pronouns) linear.
 * A class rather than closures in clusterPersons: closures made per registration cost an allocation each.
 */
class Persons {
  readonly list: Person[] = []
  /** persons with a referent: the only ones a noun can join; bounded by the lexicon */
  readonly named: Person[] = []
  readonly byAge = new Map<number, Person>()
  // by sentence number: arrays, cheaper than Maps keyed by number
  readonly bySentence: SentenceIndex = []
  readonly firstInSentence: Array<Person | undefined> = []

  constructor(readonly tokens: readonly ClauseToken[]) {}

  absorb(p: Person, g: Mention[], gender: Gender | null, age: number | null, keys?: readonly string[]): void {
    const { firstInSentence, bySentence, named, byAge } = this
    for (const k of keys ?? []) p.referents.add(k)
    for (const m of g) {
      if (m.role && !p.roles.includes(m.role)) p.roles.push(m.role)
      if (m.referent && !keys) p.referents.add(m.referent)
      for (const e of m.evidence) p.evidence.push(e)
      const s = this.tokens[m.head]?.sentence ?? 0
      firstInSentence[s] ??= p
      let inSentence = bySentence[s]
      if (!inSentence) bySentence[s] = inSentence = new Map()
      inSentence.set(p, Math.max(inSentence.get(p) ?? -1, m.head))
    }
    if (p.referents.size > 0 && !named.includes(p)) named.push(p)
    if (p.gender === null && gender) p.gender = gender
    const weak = g.some((m) => m.weakAge === true && m.ages[0] === age)
    const current = g.some((m) => m.currentAge === true && m.ages[0] === age)
    if (age !== null && (p.age === null || (p.ageWeak && !weak) || (current && !p.ageCurrent))) {
      p.age = age
      p.ageWeak = weak
      if (current) p.ageCurrent = true
      if (!byAge.has(age)) byAge.set(age, p)
    }
  }

  create(g: Mention[], gender: Gender | null, age: number | null, extraReferent?: string, keys?: readonly string[]): Person {
    const first = g[0]?.head ?? 0
    const p: Person = { roles: [], gender: null, age: null, ageWeak: false, referents: new Set(), first, evidence: [] }
    if (extraReferent) p.referents.add(extraReferent)
    this.list.push(p)
    this.absorb(p, g, gender, age, keys)
    return p
  }
}

function fits(p: Person, gender: Gender | null, age: number | null, current = false): boolean {
  return (p.gender === null || gender === null || p.gender === gender) && (p.age === null || age === null || p.age === age || p.ageWeak || current)
}

function clusterPersons(groups: Mention[][], tokens: readonly ClauseToken[], text: string, scan: Scanner): PersonFinding[] {
  const ps = new Persons(tokens)
  const { list: persons, named, byAge, bySentence, firstInSentence } = ps

  for (const g of groups) {
    // what the rules below read of the group, in one pass (for speed: one loop instead of five searches with closures)
    const nouns: Mention[] = []
    let plural: Mention | undefined
    let pronoun: Mention | undefined
    let gender: Gender | null = null
    let age: number | null = null
    for (const m of g) {
      if (m.kind === 'noun') nouns.push(m)
      else if (m.kind === 'plural') plural ??= m
      else if (m.kind === 'pronoun') pronoun ??= m
      if (gender === null && m.kind !== 'pronoun' && m.gender) gender = m.gender
      if (age === null && m.ages.length > 0 && m.kind !== 'plural') age = m.ages[0] ?? null
    }

    if (plural && nouns.length === 0) {
      // each listed age is its own person; a count without ages says nothing about ages
      for (const a of plural.ages) ps.create([{ ...plural, evidence: [...plural.evidence] }], plural.gender, a)
      if (plural.ages.length === 1 && plural.count > 1) {
        for (let c = 1; c < plural.count; c++) ps.create([{ ...plural, evidence: [...plural.evidence] }], plural.gender, plural.ages[0] ?? null)
      }
      continue
    }

    if (nouns.length > 0) {
      // "aangever, de vader van het slachtoffer": the aangever is the father, not the victim
      const relative = nouns.some((m) => m.relative)
      const keys = nouns.map((m) => m.referent ?? '').filter((k) => !(relative && k === VICTIM))
      const another = nouns.every((m) => m.another === true)
      const current = age !== null && nouns.some((m) => m.currentAge === true)
      const match = another ? undefined : named.find((p) => keys.some((k) => sameReferent(p.referents, k)) && fits(p, gender, age, current))
      if (match) ps.absorb(match, g, gender, age, keys)
      else ps.create(g, gender, age, undefined, keys)
      continue
    }

    if (pronoun) {
      const pg = pronoun.gender
      const antecedent = resolvePronoun(pronoun, bySentence, tokens, firstInSentence, pg)
      if (antecedent.person) {
        ps.absorb(antecedent.person, g, antecedent.unique ? pg : null, age)
        if (antecedent.unique && antecedent.person.gender === null) antecedent.person.gender = pg
      } else if (age !== null) ps.create(g, pg, age, age < 18 && !named.some((p) => p.referents.has(VICTIM)) ? VICTIM : undefined)
      continue
    }

    // a bare age: the person with that age, else the (minor) victim or the suspect still without an age
    if (age === null) continue
    const same = byAge.get(age)
    const wanted = age < 18 ? (p: Person) => p.referents.has(VICTIM) : hasSuspectReferent
    const open = named.filter((p) => p.age === null && wanted(p))
    const target = same ?? (open.length === 1 ? open[0] : undefined)
    if (target) ps.absorb(target, g, null, age)
    else ps.create(g, null, age, age < 18 && !named.some((p) => p.referents.has(VICTIM)) ? VICTIM : undefined)
  }

  applyDomainPriors(persons, scan, text)
  // persons are mostly made in text order, and their evidence too
  const found = sortedBy(
    persons.filter((p) => p.roles.length > 0 || p.age !== null),
    (p) => p.first,
  )
  return found.map((p) => ({ age: p.age, gender: p.gender, roles: p.roles, evidence: sortedBy(p.evidence, (e) => e.start) }))
}

/** `xs` sorted by `key` (in place, stable); for speed the sort's comparator calls are skipped when it already is */
function sortedBy<T>(xs: T[], key: (x: T) => number): T[] {
  for (let k = 1; k < xs.length; k++) if (key(xs[k - 1] as T) > key(xs[k] as T)) return xs.sort((a, b) => key(a) - key(b))
  return xs
}

/**
 * What these registrations make near certain, applied after the text-bound rules:
 * - an aangever who is the victim (not a relative reporting for her) is also slachtoffer;
 * - object pronouns point at the victim ("verdachte stuurde haar berichten"), so "haar" makes a victim of
 *   unknown gender female and, when no female pronoun occurs, "hem" makes the victim male;
 * - male pronouns with a victim who is not male point at the suspect, when there is exactly one.
 */
function applyDomainPriors(persons: Person[], scan: Scanner, text: string): void {
  // the victim, else the youngest minor (a melder or getuige of 15 is the child the text is about)
  const minors = persons.filter((p) => p.age !== null && p.age < 18).sort((a, b) => (a.age ?? 0) - (b.age ?? 0))
  const victim = persons.find((p) => p.referents.has(VICTIM)) ?? minors[0]
  for (const p of persons) {
    if (p.referents.has(VICTIM) && p.roles.includes('aangever') && !p.roles.includes('slachtoffer')) p.roles.push('slachtoffer')
  }
  // the pronouns were noted while the scanner classed the tokens (one pass over the text)
  const { haar, hem, hij, zij } = scan
  if (victim && victim.gender === null) {
    if (haar) genderPrior(victim, 'F', haar, text)
    else if (hem && !zij) genderPrior(victim, 'M', hem, text)
  }
  const suspects = persons.filter(hasSuspectReferent)
  const only = suspects.length === 1 ? suspects[0] : undefined
  if (only && only.gender === null && hij && victim?.gender !== 'M') genderPrior(only, 'M', hij, text)
}

function genderPrior(p: Person, gender: Gender, t: ClauseToken, text: string): void {
  p.gender = gender
  p.evidence.push({ rule: `person.gender-prior:${t.norm}`, start: t.start, end: t.end, surface: text.slice(t.start, t.end), gives: gender })
}

/** The mirror of the "zij" rule: "hij" with a suspect among the candidates means the suspect. */
function preferSuspects(candidates: Person[], gender: Gender | null): Person[] {
  if (gender !== 'M') return candidates
  const suspects = candidates.filter(hasSuspectReferent)
  return suspects.length > 0 ? suspects : candidates
}

/**
 * "verdachte" and "verdachte B." are the same person when only one suspect is qualified; "verdachte A." and
 * "verdachte B." are two.
 */
function sameReferent(referents: Set<string>, key: string): boolean {
  if (referents.has(key)) return true
  const colon = key.indexOf(':')
  if (colon < 0) return hasQualified(referents, key)
  const base = key.slice(0, colon)
  return referents.has(base) && !hasQualified(referents, base)
}

/** Suspects in these registrations are nearly always men: "zij" is not resolved to a suspect of unknown gender. */
function fitsGender(p: Person, gender: Gender | null): boolean {
  return p.gender === gender || (p.gender === null && !(gender === 'F' && hasSuspectReferent(p)))
}

/**
 * A subject pronoun refers to someone already mentioned: earlier in its sentence (the most recent one that fits
 * its gender) or, at the start of a sentence, the subject of the previous sentence. `unique` says whether only
 * one person fitted, which is when the pronoun may also give that person a gender.
 */
function resolvePronoun(
  pronoun: Mention,
  bySentence: SentenceIndex,
  tokens: readonly ClauseToken[],
  firstInSentence: ReadonlyArray<Person | undefined>,
  gender: Gender | null,
): { person: Person | null; unique: boolean } {
  const s = tokens[pronoun.head]?.sentence ?? 0
  // persons mentioned earlier in this sentence, most recent first
  // (their last mentions are read from the sentence index itself: no Map of its own per pronoun)
  const inSentence = bySentence[s]
  const earlier: Person[] = []
  if (inSentence) for (const [p, last] of inSentence) if (last < pronoun.head && fitsGender(p, gender)) earlier.push(p)
  const here = preferSuspects(earlier, gender)
  if (here.length > 1) here.sort((a, b) => (inSentence?.get(b) ?? 0) - (inSentence?.get(a) ?? 0))
  if (here.length > 0) {
    const exact = here.filter((p) => p.gender === gender)
    const pick = exact.length === 1 ? exact[0] : here[0]
    return { person: pick ?? null, unique: here.length === 1 }
  }
  // the closest earlier sentence (at most three back) that mentions someone who fits
  let back = 1
  let prev: Person[] = []
  for (; back <= 3 && prev.length === 0; back++) prev = preferSuspects([...((s - back >= 0 ? bySentence[s - back] : undefined)?.keys() ?? [])].filter((p) => fitsGender(p, gender)), gender)
  back--
  if (prev.length === 0) return { person: null, unique: false }
  const exact = prev.filter((p) => p.gender === gender)
  const subject = firstInSentence[s - back]
  const pick = exact.length === 1 ? exact[0] : subject && prev.includes(subject) ? subject : prev[0]
  return { person: pick ?? null, unique: prev.length === 1 }
}
