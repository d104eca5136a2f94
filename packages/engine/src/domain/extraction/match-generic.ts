import type { MentionLexicons } from './lexicon-schemas.ts'
import { PRIORITY, type Candidate } from './candidate.ts'
import { foldString } from './normalize-text.ts'
import { compilePhrases, type PhraseHit } from './phrase-matcher.ts'
import { sentenceEnd, type Tokens } from './tokenize.ts'
import type { WordClassRegistry } from './word-classes.ts'

/**
 * determiners that point back to a platform already named ('via beide sites', 'op diezelfde websites', 'op
 * laatstgenoemde site', and the neuter 'op hetzelfde platform', 'via datzelfde kanaal'): no new mention
 */
const ANAPHORIC = new Set([
  'die', 'deze', 'dezelfde', 'diezelfde', 'hetzelfde', 'datzelfde', 'ditzelfde', 'beide', 'bovengenoemde', 'voornoemde',
  'overige', 'laatstgenoemde', 'eerstgenoemde',
])

/** type words that name no kind of their own */
const BARE_HEADS = new Set(['site', 'website', 'app', 'platform', 'sites', 'websites', 'apps'])

/** whether "zo'n" (one token or 'zo' ' 'n') stands right before token `first` */
function afterSuch(toks: Tokens, first: number): boolean {
  const prev = toks.text[first - 1] ?? ''
  if (prev === "zo'n" || prev === 'zo’n') return true
  return prev === 'n' && (toks.text[first - 3] ?? '') === 'zo'
}

/** how many sentences back a type word counts as the one an interrogative ('welke site') asks about */
const ASKED_REACH = 2

/** whether a type word was found in this sentence or the ASKED_REACH before it, before token `first` */
function typeWordBefore(toks: Tokens, found: readonly Candidate[], first: number): boolean {
  const s = toks.sentence[first] ?? 0
  return found.some((m) => m.lastToken < first && (toks.sentence[m.firstToken] ?? -9) >= s - ASKED_REACH)
}

/** platform words a 'not known which' marker can be about ('de naam van de site', 'welk platform') */
const TYPE_WORDS = new Set([
  'site', 'sites', 'website', 'websites', 'app', 'apps', 'platform', 'platformen', 'platforms', 'medium', 'media',
  'programma', 'kanaal', 'dienst', 'netwerk', 'account', 'accounts', 'pagina', 'groep', 'chat', 'forum', 'internet',
  'webadres', 'url',
])
/** words after 'welke' that show it stands alone for the platform ('welke het was', 'welke, weet zij niet') */
const NOT_A_NOUN = new Set([
  'het', 'dat', 'die', 'ze', 'zij', 'hij', 'kon', 'konden', 'wist', 'weet', 'is', 'was', 'precies', 'onbekend',
  'onduidelijk', ')', ',', '.', 'niet', 'wil', 'wilde',
])

const MESSAGE_VERBS = new Set([
  'stuurde', 'stuurt', 'stuurden', 'sturen', 'gestuurd', 'kreeg', 'krijgt', 'kregen', 'krijgen', 'gekregen', 'ontving',
  'ontvangt', 'ontvingen', 'ontvangen', 'stuur', 'verstuurde', 'verstuurd', 'zond', 'gezonden',
])
const OBJECT_PRONOUNS = new Set(['haar', 'hem', 'me', 'mij', 'je', 'jou', 'ons', 'hen', 'ze', 'zij', 'hij', 'ik'])

/** owners whose app or website is no contact platform ('de app van de school', 'een website van de gemeente') */
const INSTITUTIONS = new Set([
  'bank', 'gemeente', 'school', 'politie', 'ggd', 'overheid', 'rijksoverheid', 'belastingdienst', 'zorgverzekeraar',
  'verzekeraar', 'jeugdzorg', 'huisarts', 'ziekenhuis', 'werkgever', 'universiteit', 'hogeschool', 'bibliotheek', 'kerk',
  'moskee', 'sportclub', 'vereniging', 'provincie', 'energieleverancier', 'provider', 'telefoonprovider', 'ns',
])

/** 'wat het was', 'wat dat is': 'wat' standing for the platform */
const DEMONSTRATIVES = new Set(['het', 'dat', 'dit', 'die'])
const BE = new Set(['was', 'is', 'waren', 'zijn', 'heette', 'heet'])
/** 'de naam daarvan', 'de naam ervan': the name of what the sentence before named */
const REFER_BACK = new Set(['daarvan', 'ervan', 'hiervan'])
/** forms of 'heten' in 'hoe die heette': the name of the type word before */
const NAMING_VERBS = new Set(['heet', 'heette', 'heten', 'heetten'])
/** 'haar naam', 'zijn naam': a person's name */
const POSSESSIVES = new Set(['haar', 'zijn', 'hun', 'mijn', 'jouw', 'uw', 'diens'])

const RELATIVES = new Set(['waarop', 'waarin', 'waarmee', 'waarvia', 'waarover', 'dat', 'die'])
const NOT_KNOWN = new Set(['niet', 'geen', 'nooit', 'onbekend', 'onduidelijk'])

/** a statement (not a question) that says something is not known: 'zij weet niet via welke site …' */
function saysUnknown(toks: Tokens, k: number): boolean {
  const s = toks.sentence[k] ?? 0
  const from = toks.sentenceStart[s] ?? 0
  const to = sentenceEnd(toks, s)
  if (toks.questionEnd[to - 1] === 1) return false
  for (let j = from; j < to; j++) if (NOT_KNOWN.has(toks.text[j] ?? '')) return true
  return false
}

/** words an unclear phrase may hold between its first word and its type word ('een niet nader genoemde website') */
const MAX_UNCLEAR_SPAN = 4

/** whether a hit stays in one sentence with at most MAX_UNCLEAR_SPAN words from its first word to its last */
function tight(toks: Tokens, h: PhraseHit): boolean {
  if (toks.sentence[h.first] !== toks.sentence[h.last]) return false
  let words = 0
  for (let k = h.first; k <= h.last; k++) if (!toks.punct[k]) words++
  return words <= MAX_UNCLEAR_SPAN
}

export interface GenericMatcher {
  find(toks: Tokens): Candidate[]
  /** sentences (index) that say the platform is not known */
  unknownMarkers(toks: Tokens): PhraseHit[]
}

/** whether the type word at first…last is quantified by 'geen' and said not to be known or named ('geen platform bekend', 'geen platform genoemd') */
function noneKnown(toks: Tokens, first: number, last: number): boolean {
  if (toks.punct[first - 1] || toks.text[first - 1] !== 'geen') return false
  const next = toks.punct[last + 1] ? '' : (toks.text[last + 1] ?? '')
  return NONE_KNOWN.has(next) || (next === 'in' && toks.text[last + 2] === 'beeld')
}
/** words after 'geen <type word>' that say no platform is known or named ('geen platform bekend', 'geen platform genoemd') */
const NONE_KNOWN = new Set(['bekend', 'genoemd', 'vermeld'])

/** words after a type word that make it part of an organisation's name ('Internet Watch Foundation') */
const ORGANISATION_NAME_WORDS = new Set(['watch'])

/** apps that are no contact platform, named in an apposition after a type word ('een app, een spelletje') */
const OTHER_KINDS = new Set(['spel', 'spelletje', 'game', 'puzzel', 'wekker', 'agenda', 'kalender', 'rekenmachine', 'bankapp', 'betaalapp', 'navigatieapp'])

/** whether ', een <kind>' after the type word (and a short place: 'een app op haar telefoon, een spelletje') names software that is no platform */
function otherKind(toks: Tokens, last: number): boolean {
  let comma = last + 1
  if (toks.text[comma] === 'op' || toks.text[comma] === 'in') {
    while (comma <= last + 4 && comma < toks.count && !toks.punct[comma]) comma++
  }
  return toks.text[comma] === ',' && toks.text[comma + 1] === 'een' && OTHER_KINDS.has(toks.text[comma + 2] ?? '')
}

/** labels that open an answer ('A: Nee.', 'Antwoord: Weet ik niet.') */
const ANSWER_LABELS = new Set(['a', 'antwoord', ':'])
/** answers that leave the name unknown or withheld: 'Nee.', 'Weet ik niet (meer).', 'Dat zeg ik niet.', 'Geen idee.' */
const NO_ANSWERS = new Set(['nee', 'neen', 'nooit'])
const UNKNOWN_ANSWER_VERBS = new Set(['weet', 'wist', 'zeg'])
/** at most this many words in such an answer's clause ('Nee, ik heb het nooit zelf gezien' opens with 'Nee') */
const MAX_UNKNOWN_WORDS = 5

/** whether sentence `s` is an answer that says the name is unknown or withheld (its first word after the label) */
function unknownAnswer(toks: Tokens, s: number): boolean {
  const from = toks.sentenceStart[s]
  if (from === undefined) return false
  const to = sentenceEnd(toks, s)
  let k = from
  while (k < to && ANSWER_LABELS.has(toks.text[k] ?? '')) k++
  const w = toks.punct[k] ? '' : (toks.text[k] ?? '')
  if (NO_ANSWERS.has(w)) return true
  if (w === 'geen' && toks.text[k + 1] === 'idee') return true
  // 'Weet ik niet (meer).', 'Dat weet ik niet.', 'Dat zeg ik niet.'
  const v = w === 'dat' || w === 'het' ? k + 1 : k
  if (!UNKNOWN_ANSWER_VERBS.has(toks.text[v] ?? '') || toks.text[v + 1] !== 'ik') return false
  let words = 0
  for (let j = k; j < to && !toks.punct[j]; j++) {
    if (++words > MAX_UNKNOWN_WORDS) return false
    if (toks.text[j] === 'niet') return true
  }
  return false
}

/**
 * 'A: Via een webcamsite. V: Weet je welke site? A: Nee.', 'V: Welke app? A: Dat zeg ik niet.': a question that asks
 * which platform, answered that the name is unknown or withheld, marks the type word before it as unclear, like 'welke
 * site weet zij niet' (GUIDELINES: unclear when the text says the name is unknown or withheld). The marker spans 'welke'
 * and the type word after it, so that 'via internet … Weet je welke site? – Nee' keeps the net generic.
 */
function answeredUnknown(toks: Tokens, asksPlatform: (h: PhraseHit) => boolean): PhraseHit[] {
  const out: PhraseHit[] = []
  const n = toks.sentenceStart.length
  for (let s = 1; s + 1 < n; s++) {
    const from = toks.sentenceStart[s] ?? toks.count
    const to = sentenceEnd(toks, s)
    if (to <= from || toks.questionEnd[to - 1] !== 1) continue
    for (let k = from; k < to; k++) {
      const w = toks.text[k]
      if (w !== 'welke' && w !== 'welk') continue
      const last = toks.punct[k + 1] || k + 1 >= to ? k : k + 1
      const hit: PhraseHit = { entry: -1, first: k, last, at: -1, words: [k] }
      if (asksPlatform(hit) && unknownAnswer(toks, s + 1)) out.push(hit)
      break
    }
  }
  return out
}

/** Generic ('via een website') and unclear ('een niet nader genoemde website') mentions (report footnote 7). */
/** a type word asked about ('welke website'); 'welke websites of apps': the coordinated one is asked about too */
function block(toks: Tokens, blocked: Set<number>, i: number): void {
  blocked.add(i)
  const next = toks.punct[i + 1] ? '' : (toks.text[i + 1] ?? '')
  if (next === 'of' || next === 'en' || toks.text[i + 1] === ',') blocked.add(i + 2)
}

export function buildGenericMatcher(lex: MentionLexicons, classes?: WordClassRegistry): GenericMatcher {
  /** 'stuurde haar een app', 'kreeg een app van hem': an 'app' sent or received is a message, no platform type */
  const aMessage = (toks: Tokens, first: number, last: number): boolean => {
    if (first !== last || word(toks, first) !== 'app' || word(toks, first - 1) !== 'een') return false
    const verb = (k: number): boolean => MESSAGE_VERBS.has(word(toks, k))
    return verb(first - 2) || (OBJECT_PRONOUNS.has(word(toks, first - 2)) && verb(first - 3))
  }
  /** 'een app van de bank', 'een website van de gemeente': an institution's own app or site is no contact platform */
  const ofInstitution = (toks: Tokens, last: number): boolean => {
    if (word(toks, last + 1) !== 'van') return false
    const det = word(toks, last + 2)
    const noun = det === 'de' || det === 'het' || det === 'een' || det === 'haar' || det === 'zijn' ? word(toks, last + 3) : det
    return INSTITUTIONS.has(noun) || stopNames.has(noun)
  }
  const g = lex.genericMentions
  const entries = compilePhrases(g.entries.map((e) => e.pattern), classes)
  const markers = compilePhrases(g.unknown_markers.map((e) => e.pattern), classes)
  const definite = new Set(g.definite_determiners.map((d) => foldString(d.word)))
  const interrogatives = new Set(g.interrogatives.map((d) => foldString(d.word)))
  const heads = g.compound_heads.map((h) => foldString(h.word)).sort((x, y) => y.length - x.length)
  // the heads by their last two characters (in the order above), so that a word is compared with few of them
  const endKey = (w: string): number => w.charCodeAt(w.length - 2) * 0x10000 + w.charCodeAt(w.length - 1)
  const headsByEnd = new Map<number, string[]>()
  for (const h of heads) headsByEnd.set(endKey(h), [...(headsByEnd.get(endKey(h)) ?? []), h])
  /** the longest head the word ends with, with at least three letters before it ('datingsite') */
  const shortHead = heads.some((h) => h.length < 2)
  const headOf = (w: string): string | undefined => {
    const list = shortHead ? heads : headsByEnd.get(endKey(w))
    return list?.find((x) => w.length >= x.length + 3 && w.endsWith(x))
  }
  const headExclusions = new Set(g.compound_exclusions.map((h) => foldString(h.word)))
  // 'de NS app', 'de ING app': a type word after a name that is no platform (bank, travel, school) is that app
  const stopNames = new Set(lex.outsideCatalogue.name_stoplist.map((w) => foldString(w.word)))
  const word = (toks: Tokens, i: number): string => (toks.punct[i] ? '' : (toks.text[i] ?? ''))
  /** the determiner before a type word, over one inflected adjective ('de Duitse site', 'het nieuwe platform') */
  const determiner = (toks: Tokens, first: number): string => {
    const prev = word(toks, first - 1)
    if (prev.length > 3 && prev.endsWith('e') && !definite.has(prev) && !interrogatives.has(prev) && !ANAPHORIC.has(prev)) {
      return word(toks, first - 2)
    }
    return prev
  }
  /** whether a 'not known which' marker occurs in the sentence of token k */
  const markedSentence = (toks: Tokens, k: number): boolean => {
    const sn = toks.sentence[k] ?? 0
    return markers.findAll(toks, toks.sentenceStart[sn] ?? 0, sentenceEnd(toks, sn)).length > 0
  }
  /** whether the word at i occurred earlier in the text */
  const usedBefore = (toks: Tokens, i: number): boolean => {
    const w = word(toks, i)
    for (let k = 0; k < i; k++) if (toks.text[k] === w) return true
    return false
  }
  /** the compound written whole ('navigatie-app' → 'navigatieapp') to look up in the exclusions */
  const joined = (toks: Tokens, first: number, last: number): string => {
    let w = ''
    for (let k = first; k <= last; k++) w += word(toks, k)
    return w
  }

  function make(toks: Tokens, first: number, last: number, kind: 'generic' | 'unclear', ruleFirst: number, ruleLast: number): Candidate {
    const a = toks.start[first] ?? 0
    const b = toks.end[last] ?? a
    return {
      a,
      b,
      firstToken: first,
      lastToken: last,
      platformId: null,
      platform: null,
      inCatalogue: false,
      kind,
      confidence: kind === 'generic' ? 0.8 : 0.7,
      priority: kind === 'generic' ? PRIORITY.generic : PRIORITY.unclear,
      negated: false,
      roles: new Map(),
      evidence: [{ rule: `${kind}-phrase`, a: toks.start[ruleFirst] ?? a, b: toks.end[ruleLast] ?? b, gives: kind }],
    }
  }

  return {
    find(toks) {
      const out: Candidate[] = []
      const blocked = new Set<number>()
      const covered = new Set<number>()
      const hits = entries.findAll(toks, 0, toks.count)
      for (const h of hits) {
        const e = g.entries[h.entry]
        if (!e) continue
        // 'een onbekende man stuurde haar via een app berichten', '… onbekend nummer. De moeder had via de app …': the
        // qualifier is about another noun; an unclear phrase keeps its words together in one sentence
        if (e.kind === 'unclear' && !tight(toks, h)) continue
        const all = e.span === 'all'
        const headIdx = e.head ?? h.words.length - 1
        let first = all ? h.first : (h.words[headIdx] ?? h.last)
        const last = all ? h.last : first
        // 'sugardating-site': the hyphenated compound is one type word
        while (first > 0 && toks.hyphenBefore[first] === 1) first--
        for (let k = first; k <= last; k++) covered.add(k)
        const prev = word(toks, first - 1)
        if (interrogatives.has(prev) || blocked.has(first)) {
          block(toks, blocked, last)
          // 'zij weet niet via welke site haar advertentie was geplaatst': with no type word before it, the asked-about
          // type word is the only mention of the platform, an unclear one
          if (interrogatives.has(prev) && !e.after_definite && saysUnknown(toks, first) && !typeWordBefore(toks, out, first)) {
            out.push(make(toks, first, last, 'unclear', first - 1, last))
          }
          continue
        }
        if (e.kind === 'generic' && headExclusions.has(joined(toks, first, last))) continue
        // 'Er is geen platform bekend', 'geen site in beeld': no platform is known, so none is mentioned ('geen enkele
        // app voor contact' and 'geen sociale media gebruikt' deny one)
        if (e.kind === 'generic' && noneKnown(toks, first, last)) continue
        // 'een nieuwe app, een spelletje': an apposition says it is software of another kind (hard negative)
        if (e.kind === 'generic' && otherKind(toks, last)) continue
        // 'Melding van de Internet Watch Foundation': the type word opens the name of an organisation (no mention)
        if (e.kind === 'generic' && ORGANISATION_NAME_WORDS.has(word(toks, last + 1))) continue
        if (e.kind === 'generic' && (stopNames.has(word(toks, first - 1)) || ofInstitution(toks, last) || aMessage(toks, first, last))) continue
        const det = determiner(toks, first)
        if (e.kind === 'generic' && ANAPHORIC.has(det)) continue
        // 'Ik heb nooit iets op zo'n site gezet': a bare type word after "zo'n" means the kind named before ("zo'n
        // sekssite" names a kind of its own)
        if (e.kind === 'generic' && first === last && BARE_HEADS.has(word(toks, first)) && afterSuch(toks, first)) continue
        // 'Het platform waarop de reacties binnenkwamen, kon niet worden achterhaald': a definite type word the text did
        // not use before, with a relative clause, in a sentence that says it is not known, is that platform (unclear)
        if (e.kind === 'generic' && (det === 'het' || det === 'de') && RELATIVES.has(word(toks, last + 1)) && !usedBefore(toks, first) && markedSentence(toks, first)) {
          out.push(make(toks, first, last, 'generic', Math.min(h.first, first), Math.max(h.last, last)))
          continue
        }
        if (!e.after_definite && e.kind === 'generic' && definite.has(det)) continue
        // 'Waarvoor de apps zijn gebruikt': a definite type word the text used before refers back to it
        if (e.kind === 'generic' && definite.has(det) && usedBefore(toks, first)) continue
        out.push(make(toks, first, last, e.kind, Math.min(h.first, first), Math.max(h.last, last)))
      }
      for (let i = 0; i < toks.count; i++) {
        const w = word(toks, i)
        if (w.length < 6 || covered.has(i)) continue
        const head = headOf(w)
        if (!head || headExclusions.has(w)) continue
        let first = i
        while (first > 0 && toks.hyphenBefore[first] === 1) first--
        const prev = word(toks, first - 1)
        if (interrogatives.has(prev) || blocked.has(first)) {
          block(toks, blocked, i)
          continue
        }
        const plural = head.endsWith('s') || head.endsWith('en')
        const det = determiner(toks, first)
        if (ANAPHORIC.has(det) || (!plural && definite.has(det))) continue
        out.push(make(toks, first, i, 'generic', first, i))
      }
      return out
    },
    unknownMarkers(toks) {
      /** a platform word ('site', 'jongerensite', 'platform') in the marker's sentence */
      const typeWordIn = (from: number, to: number): boolean => {
        for (let k = from; k < to; k++) {
          const w = word(toks, k)
          if (TYPE_WORDS.has(w) || (w.length >= 6 && headOf(w) !== undefined && !headExclusions.has(w))) return true
        }
        // 'via een chatdienst waarvan de naam nog niet bekend is': any type word of the generic lexicon
        return entries.findAll(toks, from, to).length > 0
      }
      // 'welke het was', 'welke site' ask about the platform; 'op welke data' asks about something else
      const asksPlatform = (h: PhraseHit): boolean => {
        for (let k = h.first; k <= h.last; k++) {
          const w = word(toks, k)
          if (w !== 'welke' && w !== 'welk') continue
          // 'Zij wilde niet zeggen welke.': a bare 'welke' that ends its sentence asks about the platform before
          if (k + 1 >= toks.count || toks.sentence[k + 1] !== toks.sentence[k]) return true
          const next = toks.punct[k + 1] ? (toks.text[k + 1] ?? '') : word(toks, k + 1)
          if (TYPE_WORDS.has(next) || NOT_A_NOUN.has(next) || (next.length >= 6 && headOf(next) !== undefined)) return true
        }
        return false
      }
      // a marker says something within one sentence ('rond het adres. Zij zegt niet …' is none), and about a platform:
      // its sentence names a platform word or asks which one ('Haar identiteit kon niet worden vastgesteld' is none)
      const isType = (k: number): boolean => {
        const w = word(toks, k)
        return TYPE_WORDS.has(w) || (w.length >= 6 && headOf(w) !== undefined && !headExclusions.has(w))
      }
      const typeWithin = (from: number, to: number): boolean => {
        for (let k = Math.max(0, from); k <= to && k < toks.count; k++) if (isType(k)) return true
        return false
      }
      /**
       * a marker word that can be about anything must be about the platform: 'wat voor app' (not 'wist niet wat zij
       * moest doen'), 'de naam van de site', 'waarvan de naam' or a type word before it in its sentence ('heeft de site
       * nooit gezien en weet de naam niet'; not 'haar naam', 'de naam van het meisje'), 'een
       * chatapp die zij niet herkende' (not 'een man die zij niet herkende')
       */
      const aboutPlatform = (h: PhraseHit): boolean => {
        for (const k of h.words) {
          const w = word(toks, k)
          if (w === 'wat') {
            const next = word(toks, k + 1)
            if (next !== 'voor' && !(DEMONSTRATIVES.has(next) && BE.has(word(toks, k + 2)))) return false
          } else if (w === 'naam') {
            const prev = word(toks, k - 1)
            if (POSSESSIVES.has(prev)) return false
            // 'een platform dat in de aangifte niet bij naam wordt genoemd'
            if (prev === 'bij') continue
            const whose = word(toks, k + 1) === 'van'
            if (whose ? !typeWithin(k + 2, k + 4) : !(typeWithin(Math.min(k - 6, toks.sentenceStart[toks.sentence[k] ?? 0] ?? 0), k - 1) || word(toks, k - 2) === 'waarvan' || word(toks, k - 3) === 'waarvan')) return false
          } else if (w.startsWith('herken')) {
            // the relative pronoun before the marker follows the type word it is about
            let rel = k - 1
            while (rel > h.first - 6 && rel > 0 && word(toks, rel) !== 'die' && word(toks, rel) !== 'dat') rel--
            if ((word(toks, rel) === 'die' || word(toks, rel) === 'dat') && !isType(rel - 1)) return false
          }
        }
        return true
      }
      /**
       * 'Zij werd via een website aangeboden. De naam daarvan wil zij niet noemen.', '… via een app. Hoe die heette, weet
       * zij niet meer.': the name of the type word before
       */
      const nameBefore = (h: PhraseHit, s: number): boolean => {
        const from = toks.sentenceStart[s] ?? 0
        if (s === 0) return false
        const naam = h.words.find((k) => word(toks, k) === 'naam')
        const heet = h.words.find((k) => NAMING_VERBS.has(word(toks, k)))
        const refers =
          naam !== undefined
            ? REFER_BACK.has(word(toks, naam + 1)) || (naam - from <= 1 && word(toks, naam - 1) === 'de')
            : heet !== undefined && DEMONSTRATIVES.has(word(toks, heet - 1))
        return refers && typeWordIn(toks.sentenceStart[s - 1] ?? 0, from)
      }
      /**
       * 'maar zij weet niet waar.': an elliptic 'waar' ends its sentence ('weet niet waar zij woont' is about a place, 'dat
       * is niet waar' about truth)
       */
      const ellipticWhere = (h: PhraseHit): boolean => {
        if (word(toks, h.last) !== 'waar') return true
        // 'maar dat is niet waar' is about truth
        if (BE.has(word(toks, h.first - 1))) return false
        const next = h.last + 1
        return next >= toks.count || toks.punct[next] === 1 || toks.sentence[next] !== toks.sentence[h.last]
      }
      const found = markers.findAll(toks, 0, toks.count).filter((h) => {
        const s = toks.sentence[h.first] ?? 0
        if (toks.sentence[h.last] !== s) return false
        if (!aboutPlatform(h) || !ellipticWhere(h)) return false
        return typeWordIn(toks.sentenceStart[s] ?? 0, sentenceEnd(toks, s)) || asksPlatform(h) || nameBefore(h, s)
      })
      return found.concat(answeredUnknown(toks, asksPlatform))
    },
  }
}
