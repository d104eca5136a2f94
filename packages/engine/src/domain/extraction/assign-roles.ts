import type { RoleId } from '@platformscope/contract'
import type { MentionLexicons } from './lexicon-schemas.ts'
import type { Candidate } from './candidate.ts'
import { groupMentions } from './mention-groups.ts'
import { compilePhrases, type PhraseHit } from './phrase-matcher.ts'
import { applyRoleConventions } from './role-conventions.ts'
import { bothIn, CLAUSE_PUNCT, CLAUSE_WORDS, isQuestion, POST_ROLES, roleEvidence, semicolonBetween, someWithout, wordBetween } from './role-words.ts'
import { sentenceEnd, type Tokens } from './tokenize.ts'
import type { WordClassRegistry } from './word-classes.ts'

/** how many sentences back a reference ('via die site') may reach */
const REFERENCE_REACH = 2
const BOTH = new Set(['beide', 'allebei', 'beiden'])
/** 'via dat profiel', 'via hetzelfde account': a channel named before */
const VIA_BACK = new Set(['die', 'deze', 'dat', 'dit', 'datzelfde', 'hetzelfde', 'dezelfde', 'diezelfde', 'beide'])
/** relative adverbs that open a clause about the noun before them */
const RELATIVE_ADVERBS = new Set(['waarop', 'waarmee', 'waarin', 'waarnaar', 'waarvia', 'waarover'])
/** a telephone is no platform ('de telefoon waarop klanten belden') */
const PHONE_NOUNS = new Set(['telefoon', 'telefoons', 'telefoonnummer', 'nummer', 'mobiel', 'mobieltje', 'gsm', 'werktelefoon'])
const PLATFORM_NOUNS = new Set([
  'profiel', 'account', 'site', 'website', 'app', 'kanaal', 'groep', 'chat', 'pagina', 'advertentie', 'platform', 'internet',
])

export interface RoleAssigner {
  /** gives the mentions their roles; returns what it matched per sentence, for the learned scorer's features */
  apply(toks: Tokens, mentions: Candidate[]): RuleMatches
  /**
   * The cues of one sentence [from, to) as the lexicon finds them, each with whether it holds where it stands (no
   * mention word in it, not denied, its with/without conditions met): the learned role scorer's raw material.
   * `matched`: what the rules already matched in that sentence (apply), read instead of matching it again.
   */
  cueHits(toks: Tokens, from: number, to: number, mentionWord: (k: number) => boolean, matched?: SentenceMatch): CueHit[]
  /** the role a cue of `role` gives a platform of `category` (the lexicon's category overrides) */
  roleFor(role: RoleId, category: string | undefined): RoleId
  /** whether the sentence [from, to) refers back to a platform named before ('via die site') */
  refersBack(toks: Tokens, from: number, to: number): boolean
}

/**
 * What the rules matched in one sentence, kept for the learned scorer's features so that they need not match the
 * sentence again (never changed once made).
 */
export interface SentenceMatch {
  /** the sentence's cue hits, deduplicated, in the matcher's order */
  readonly hits: readonly PhraseHit[]
  /** the with/without condition hits of the sentence, when the rules needed them */
  aux: readonly PhraseHit[] | undefined
  /** the clause number per token of the sentence, when the rules needed it */
  clause: readonly number[] | undefined
}

/** per sentence number: what the rules matched there; undefined where they did not look */
export type RuleMatches = readonly (SentenceMatch | undefined)[]

/** One role cue found in the text (token range inclusive). */
export interface CueHit {
  role: RoleId
  weak: boolean
  literal: boolean
  categories: readonly string[] | undefined
  first: number
  last: number
  holds: boolean
}

/**
 * Roles per mention from cue lexicons: a cue goes to the nearest platform (group) in its clause, else in its
 * sentence; a sentence without a platform but with a reference ('via die site', 'deze profielen') passes its cues to
 * the last platform named in the sentences before. Negated mentions get no role, and a cue closest to a negated
 * mention is not handed to another one.
 */
export function buildRoleAssigner(
  lex: MentionLexicons,
  categoryOf: (platformId: string) => string | undefined,
  classes?: WordClassRegistry,
): RoleAssigner {
  const overrideOf = categoryOverrides(lex.roleCues.category_overrides)
  const paidDating = new Set(lex.roleCues.paid_dating?.platforms ?? [])
  const paidImages = new Set(lex.roleCues.paid_images?.platforms ?? [])
  const entries = lex.roleCues.entries
  const cues = cueMatcher(entries.map((e) => e.pattern), classes)
  // the same condition ('klant*', a list of family words) recurs in many entries: compile and match it once
  const auxPatterns: string[] = []
  const auxIds = new Map<string, number>()
  const auxId = (p: string): number => {
    let id = auxIds.get(p)
    if (id === undefined) {
      id = auxPatterns.push(p) - 1
      auxIds.set(p, id)
    }
    return id
  }
  const withIds = entries.map((e) => (e.with ?? []).map(auxId))
  const withoutIds = entries.map((e) => (e.without ?? []).map(auxId))
  // 'geen adressen delen' keeps an image cue from addresses, not from an IP address ('vanaf een IP-adres geüpload')
  const ipBlind = new Uint8Array(auxPatterns.length)
  entries.forEach((e, i) => {
    if (e.role === 'image_distribution') for (const id of withoutIds[i] ?? []) ipBlind[id] = 1
  })
  const aux = notIpAddress(compilePhrases(auxPatterns, classes), ipBlind)
  const references = compilePhrases(lex.roleCues.references.map((r) => r.pattern), classes)
  const continuations = compilePhrases((lex.roleCues.continuations ?? []).map((r) => r.pattern), classes)
  const noExploitation = compilePhrases(NO_EXPLOITATION, classes)

  return {
    refersBack: (toks, from, to) => references.findAll(toks, from, to).length > 0,
    roleFor: (role, category) => overrideOf(category, role) ?? role,
    cueHits(toks, from, to, mentionWord, matched) {
      // the rules' matches of the sentence when they made them: matching it again cost ~6 % of the extractor
      const hits = matched?.hits ?? dedupe(cues.findAll(toks, from, to))
      if (hits.length === 0) return []
      const needsAux = hits.some((h) => (withIds[h.entry]?.length ?? 0) + (withoutIds[h.entry]?.length ?? 0) > 0)
      const auxHits = needsAux ? (matched?.aux ?? aux.findAll(toks, from, to)) : []
      const clause = needsAux ? (matched?.clause ?? clauseIds(toks, from, to)) : []
      return hits.map((h): CueHit => {
        const e = entries[h.entry]
        let holds = !h.words.some(mentionWord) && !deniedCue(toks, h)
        if (holds && needsAux) {
          const lo = clause[h.first - from] ?? 0
          const hi = clause[h.last - from] ?? 0
          const w = withIds[h.entry] ?? []
          if (w.length > 0 && !auxHits.some((a) => w.includes(a.entry))) holds = false
          const inClause = (a: PhraseHit): boolean => (clause[a.last - from] ?? -1) >= lo && (clause[a.first - from] ?? Infinity) <= hi
          if ((withoutIds[h.entry] ?? []).some((id) => auxHits.some((a) => a.entry === id && inClause(a)))) holds = false
        }
        return {
          role: e?.role ?? 'recruiting',
          weak: e?.weak ?? false,
          literal: (e?.literal ?? false) || namesAd(toks, h),
          categories: e?.categories,
          first: h.first,
          last: h.last,
          holds,
        }
      })
    },
    apply(toks, mentions) {
      const groups = groupMentions(toks, mentions)
      const groupsBySentence = new Map<number, Candidate[][]>()
      for (const g of groups) {
        const first = g[0]
        if (!first) continue
        const s = toks.sentence[first.firstToken] ?? 0
        const list = groupsBySentence.get(s)
        if (list) list.push(g)
        else groupsBySentence.set(s, [g])
      }
      const mentionTokens = new Set<number>()
      for (const m of mentions) for (let k = m.firstToken; k <= m.lastToken; k++) mentionTokens.add(k)
      const typeWordTokens = new Set<number>()
      for (const m of mentions) if (m.kind !== 'named') for (let k = m.firstToken; k <= m.lastToken; k++) typeWordTokens.add(k)
      // 'http://www.eromarkt.nl/advertenties': a word inside an address is no cue either
      for (const m of mentions) if (m.kind === 'named' && m.lastToken > m.firstToken) for (let k = m.firstToken; k <= m.lastToken; k++) typeWordTokens.add(k)
      const sentences = toks.sentenceStart.length - 1
      const matched: (SentenceMatch | undefined)[] = []
      for (let s = 0; s < sentences; s++) {
        const from = toks.sentenceStart[s] ?? 0
        const to = sentenceEnd(toks, s)
        const own = groupsBySentence.get(s) ?? []
        let targets: 'own' | Candidate[][] = 'own'
        let onlyRole: RoleId | undefined
        let onlyStrong = false
        if (own.length === 0) {
          // only a question before an answer, or a sentence after one with a platform, can pass cues on
          const nearby = groupsBySentence.has(s + 1) || groupsBySentence.has(s - 1) || groupsBySentence.has(s - 2)
          // (or a question whose answer goes on after a short first sentence: 'A: Hij. Op Kinky.')
          if (!nearby && !(groupsBySentence.has(s + 2) && isQuestion(toks, to) && shortAnswer(toks, s + 1))) continue
          // 'V: Hoe hield hij contact? A: Via Snapchat en soms via Insta.': every platform of the answer
          const asked = isQuestion(toks, to)
          // 'V: Hoe kreeg je de adressen? A: Van hem. Via WhatsApp of via Snapchat.': a short first sentence of the answer
          // without a platform leaves the question to the answer's next sentence
          const answerAt = asked && !groupsBySentence.has(s + 1) && shortAnswer(toks, s + 1) ? s + 2 : s + 1
          const answer = asked ? groupsBySentence.get(answerAt) : undefined
          if (answer && answer.length > 0) {
            // an answer with a cue of its own ('A: Hij zette een advertentie op een site') says what the platform did
            const answerEnd = toks.sentenceStart[answerAt + 1] ?? toks.count
            if (cues.findAll(toks, to, answerEnd).some((h) => !entries[h.entry]?.weak)) continue
            targets = answer
          } else {
            const refs = references.findAll(toks, from, to)
            if (refs.length === 0) {
              // 'Plaatste advertenties op Kinky.nl. Klanten reageerden massaal.': customers who respond, right after an
              // advertisement (or her photos posted in a group or story), answer that post; 'had een profiel op Grindr. Mannen stuurden hem berichten met
              // geldbedragen.': customers who come up right after a platform named for nothing else came through it
              // (then strong cues only)
              const prev = groupsBySentence.get(s - 1)
              const ad = prev?.length === 1 ? prev[0] : undefined
              if (!ad || ad.some((m) => m.negated)) continue
              const unused = !ad.some((m) => m.roles.size > 0)
              if (!unused && !ad.some((m) => POST_ROLES.some((r) => m.roles.has(r)))) continue
              // 'zette haar foto in een Snapchatgroep. Er reageerden mannen met bedragen': photos without an advertisement
              // count only when the customers answer them ('… zei dat zij klanten moest pakken' is no answer)
              if (!unused && !ad.some((m) => m.roles.has('advertising')) && !answers(toks, from, to)) continue
              // 'Klanten belden hem': they answered by phone, no platform; but calls the sentence ties to the advertisement on a
              // sex-advertising site ('Ze belden het nummer dat erop stond', 'Mannen belden daarop') answer that advertisement
              const calls = byPhone(toks, from, to)
              const tied = calls && ad.some((m) => m.platformId !== null && categoryOf(m.platformId) === 'sex_advertising') && callsTiedToAd(toks, from, to)
              if (!unused && !tied && (calls || !namesCustomers(toks, from, to))) continue
              // 'Het account is verwijderd. Zij had het geld dat zij verdiende nooit zelf in handen.': customers or a paid
              // meeting must be named
              if (unused && !namesCustomers(toks, from, to) && !namesPaidMeeting(toks, from, to)) continue
              targets = [ad]
              onlyRole = 'customer_acquisition'
              onlyStrong = unused
            }
            if (onlyRole) {
              // targets set above
            } else {
            const earlier = findEarlierGroup(groupsBySentence, s)
            if (!earlier) continue
            // 'nodigde haar uit voor een feest. Daar …': a bare 'daar' after a place points to the place
            if (refs.every((r) => r.first === r.last && toks.text[r.first] === 'daar') && placeAfter(toks, earlier)) continue
            // 'gaf haar een toestel waarop alleen Telegram stond. Via dat toestel …': a device points to the platform only
            // when the sentence of that platform names the device
            if (refs.every((r) => DEVICE_NOUNS.has(toks.text[r.last] ?? '')) && !deviceWith(toks, earlier)) continue
            targets = [earlier]
            // 'Via beide sites konden klanten afspreken': the two platforms named last
            const both = refs.some((r) => BOTH.has(toks.text[r.first] ?? ''))
            const before = both ? lastGroupsBefore(groups, earlier) : undefined
            if (before) targets = [before, earlier]
            // 'maakte accounts aan op Jaumo en op Lovoo. … Mannen stuurden mij via die apps berichten': a plural reference
            // points to the platforms named together in the nearest sentence before that names several
            else if (refs.some((r) => PLURAL_PLATFORM_NOUNS.has(toks.text[r.last] ?? ''))) {
              const several = severalNamedBefore(groupsBySentence, s)
              if (several) targets = several
            }
            }
          }
        }
        // strong cues first: a weak one ('stuurde haar berichten', 'appte') only fills a mention that has no role yet, from
        // this sentence or one before ('V: Hoe stuurde hij je de afspraken door? A: Meestal mailde hij ze': the question
        // said what the answer's platform was for; 'leerde hem kennen via Yubo. Zij hadden daar gechat': the first contact)
        const found = dedupe(cues.findAll(toks, from, to))
        const match: SentenceMatch = { hits: found, aux: undefined, clause: undefined }
        matched[s] = match
        // sorted on a copy: the scorer reads the hits in the matcher's order
        const hits = found.length < 2 ? found : found.slice().sort(
          (x, y) => Number(entries[x.entry]?.weak ?? false) - Number(entries[y.entry]?.weak ?? false),
        )
        // 'Verdachte beheerde advertenties op sekswebsites. Hij gebruikte daarbij ook Sexjobs.': a platform used for
        // what the sentence before describes gets that sentence's cues
        if (targets === 'own' && s > 0 && !hits.some((h) => !entries[h.entry]?.weak) && usedForThat(toks, from, to)) {
          const pFrom = toks.sentenceStart[s - 1] ?? 0
          const pClause = clauseIds(toks, pFrom, from)
          const pAux = aux.findAll(toks, pFrom, from)
          for (const h of dedupe(cues.findAll(toks, pFrom, from))) {
            const e = entries[h.entry]
            if (!e || e.weak || h.words.some((k) => typeWordTokens.has(k)) || deniedCue(toks, h)) continue
            // 'with' holds in the sentence the cue stands in
            const w = withIds[h.entry] ?? []
            if (w.length > 0 && !w.some((id) => pAux.some((a) => a.entry === id))) continue
            const lo = pClause[h.first - pFrom] ?? 0
            const hi = pClause[h.last - pFrom] ?? 0
            const inClause = (a: PhraseHit): boolean => (pClause[a.last - pFrom] ?? -1) >= lo && (pClause[a.first - pFrom] ?? Infinity) <= hi
            if ((withoutIds[h.entry] ?? []).some((id) => pAux.some((a) => a.entry === id && inClause(a)))) continue
            for (const m of own.flat()) {
              const category = m.platformId === null ? typeCategory(toks, m) : categoryOf(m.platformId)
              if (e.categories && !e.categories.includes((category ?? 'other') as (typeof e.categories)[number])) continue
              give(m, (!e.literal && overrideOf(category, e.role)) || e.role, toks, h)
            }
          }
          continue
        }
        if (hits.length === 0) continue
        const needsAux = hits.some((h) => (withIds[h.entry]?.length ?? 0) + (withoutIds[h.entry]?.length ?? 0) > 0)
        const auxHits = needsAux ? aux.findAll(toks, from, to) : []
        if (needsAux) match.aux = auxHits
        const anyHit = new Set(auxHits.map((a) => a.entry))
        // 'maakte profielen aan op Sudy en Luxy waarin zij haar aanbood': a sentence that offers the minor outright
        // makes its profile an advertisement on a dating site too (no category override in that sentence)
        const offers = hits.some((h) => entries[h.entry]?.literal && entries[h.entry]?.role === 'advertising')
        const clause = clauseIds(toks, from, to)
        match.clause = clause
        const refHits = targets === 'own' ? references.findAll(toks, from, to) : []
        const referred = targets === 'own' ? referringClauses(refHits, own, clause, from) : undefined
        const refClauses = new Set(refHits.map((r) => clause[r.first - from] ?? -1))
        const earlier = referred ? findEarlierGroup(groupsBySentence, s) : undefined
        /** whether a cue holds where it stands: no mention word, not denied, its with/without conditions met */
        const holds = (h: PhraseHit): boolean => {
          // a type word that is itself a mention ('advertentiesite') is no cue ('advertentie*')
          if (h.words.some((k) => typeWordTokens.has(k))) return false
          // 'advertenties op Kinky en maakte (de afspraken)': the verb after 'en' opens a new clause, not the cue's
          if (verbOfNextClause(toks, h, mentionTokens)) return false
          // 'Zij kreeg geen berichten via die site': a denied cue says the platform was not used for it
          if (deniedCue(toks, h)) return false
          // 'Er zijn geen aanwijzingen dat zij daar wordt aangeboden': a denial in a sentence that only refers back
          if (targets !== 'own' && deniedBefore(toks, from, h.first)) return false
          // 'without' looks at the cue's own clause(s); 'with' at the sentence ('foto's … die hij opsloeg en doorstuurde'),
          // not past a semicolon ('Zij leerde hem kennen op Badoo; de klanten kwamen via Grindr')
          const lo = clause[h.first - from] ?? 0
          const hi = clause[h.last - from] ?? 0
          const auxHit = new Set(
            auxHits.filter((a) => (clause[a.last - from] ?? -1) >= lo && (clause[a.first - from] ?? Infinity) <= hi).map((a) => a.entry),
          )
          const w = withIds[h.entry] ?? []
          const sameStatement = (a: PhraseHit): boolean => !semicolonBetween(toks, Math.min(a.last, h.last), Math.max(a.first, h.first))
          if (w.length > 0 && !w.some((id) => anyHit.has(id) && auxHits.some((a) => a.entry === id && sameStatement(a)))) return false
          if ((withoutIds[h.entry] ?? []).some((id) => auxHit.has(id))) return false
          // 'Zij stuurde hem foto's via Snapchat', 'vroeg haar om foto's te sturen': her own images sent to one person, or
          // asked for, are not distributed (GUIDELINES tune-5)
          if (entries[h.entry]?.role === 'image_distribution' && ownImagesSent(toks, h, clause, from)) return false
          // 'Op Suikerarrangement.nl maakte zij een profiel aan': the minor's own profile gets no role by itself (GUIDELINES
          // tune-3); men who answer it make it customer_acquisition through cues of their own
          if (entries[h.entry]?.role === 'advertising' && !entries[h.entry]?.literal && ownProfile(toks, h, clause, from)) return false
          return !aboutPhone(toks, h, clause, from, mentionTokens)
        }
        const held = hits.filter(holds)
        // clauses with a strong cue of their own, by role ('Klanten die reageerden, kregen via WhatsApp een adres')
        const strongIn = new Map<number, Set<RoleId>>()
        for (const h of held) {
          const e = entries[h.entry]
          if (!e || e.weak) continue
          const c = clause[h.last - from] ?? -1
          const set = strongIn.get(c) ?? new Set<RoleId>()
          set.add(e.role)
          strongIn.set(c, set)
        }
        for (const h of held) {
          const e = entries[h.entry]
          if (!e || (onlyRole && e.role !== onlyRole) || (onlyStrong && e.weak)) continue
          const referring = earlier && referred?.has(clause[h.last - from] ?? -1)
          const nearest = targets === 'own' && !referring ? nearestGroup(own, h, clause, from, toks, refClauses) : undefined
          // 'zette advertenties op Redlights en liet mannen die daarop reageerden via WhatsApp een afspraak maken': the men
          // answered the advertisement; the channel after them is where the answer went on
          const answered = nearest && e.role === 'customer_acquisition' ? postAnswered(toks, h, nearest, own, clause, from, strongIn) : undefined
          const chosen =
            targets !== 'own' ? targets : referring ? [earlier] : [answered ?? nearest]
          // 'leerde haar kennen via haar broer en hield contact via sms'jes': the cue's clause names its own, other channel
          const g0 = chosen[0]
          if (targets === 'own' && g0 !== earlier && g0 !== answered && otherChannel(toks, h, clause, from, to, g0, mentionTokens)) continue
          // '…op Sexjobs. Daarop reageerden mannen, met wie verdachte telefonisch afspraken maakte.': by telephone
          if (g0 && (targets !== 'own' || g0 === earlier) && telephonicClause(toks, h, clause, from, to)) continue
          // 'Klanten die op het nummer reageerden, kregen via WhatsApp een adres': a cue in another clause without a
          // platform does not reach into a clause whose own cue says what that platform did
          if (targets === 'own' && g0 && g0 !== earlier && g0 !== answered && otherCuedClause(toks, h, g0, e.role, clause, from, strongIn, refClauses)) continue
          // 'bracht haar naar mannen die hij via Luxy had leren kennen': the platform belongs to the clause about the men,
          // when that clause has a cue of its own
          if (targets === 'own' && g0 && g0 !== earlier) {
            const rel = customerRelative(toks, h, g0, from)
            if (rel >= 0 && held.some((x) => x !== h && x.first >= rel - 1 && x.last > rel && !entries[x.entry]?.weak)) continue
          }
          // 'Klanten die reageerden, kregen een Kik-naam waarop …': the customers answered something else
          if (targets === 'own' && g0 && g0 !== earlier && g0 !== answered && e.role === 'customer_acquisition' && relativeAbout(toks, h, g0)) continue
          for (const picked of chosen) {
            // 'niet op Marktplaats, zoals eerder genoteerd, maar op Speurders': the correction names the platform used
            const group = picked?.some((m) => m.negated) && targets === 'own' ? correctedTo(toks, picked, own) : picked
            if (!group || group.some((m) => m.negated)) continue
            if (e.weak && group.some((m) => m.roles.size > 0)) continue
            for (const m of group) {
              const category = m.platformId === null ? typeCategory(toks, m) : categoryOf(m.platformId)
              if (e.categories && !e.categories.includes((category ?? 'other') as (typeof e.categories)[number])) continue
              const literal = e.literal || namesAd(toks, h)
              const to2 = (!literal && !(offers && e.role === 'advertising') && overrideOf(category, e.role)) || e.role
              give(m, to2, toks, h)
              // 'maakte voor haar een profiel aan op Seeking.com', 'een profiel met haar foto's op Tinder': a profile the pimp
              // made for her presents her, so it is the advertisement as well as where customers came from (kept after the
              // convention passes only when the sentence offers her: 'profileForHer' below)
              if (to2 !== e.role && e.role === 'advertising' && madeForHer(toks, from, to)) give(m, e.role, toks, h)
            }
          }
        }
      }
      applyRoleConventions(toks, mentions, groups, continuations, (from, to) => references.findAll(toks, from, to).length > 0)
      applyAnswerConventions(toks, mentions, groupsBySentence, sentences)
      // 'had een profiel op Suikerarrangement.nl; mannen boden haar daar geld': on a sugar-dating site the men who answer
      // her profile are customers, not her recruiter
      for (const m of mentions) {
        if (m.platformId && paidDating.has(m.platformId) && m.roles.has('customer_acquisition')) m.roles.delete('recruiting')
      }
      // 'maakte een profiel voor haar op OnlyFans': on a platform that sells the minor's own images, the profile made
      // for her offers images, not meetings (GUIDELINES tune-5, tune-7)
      for (const m of mentions) {
        const ev = m.roles.get('advertising')
        // with images named as well, an advertising cue of its own says she is offered ('boekbaar'): both roles
        if (!ev || m.roles.has('image_distribution') || !m.platform || !paidImages.has(m.platform.toLowerCase())) continue
        m.roles.delete('advertising')
        m.roles.set('image_distribution', ev)
      }
      // 'Wie heeft het OnlyFans-account aangemaakt? A: Mijn vriend.', 'een OnlyFans-account dat wordt beheerd door haar
      // "manager"': an account on a platform that only sells the minor's own images, made, run or paid for, is where her
      // images are distributed when nothing else gave the mention a role (GUIDELINES tune-5, tune-7, heldout-19,
      // heldout-28 on OnlyFans and MyModel); not a link or reference to it
      for (const m of mentions) {
        if (m.negated || m.roles.size > 0 || m.kind !== 'named' || !m.platform || !paidImages.has(m.platform.toLowerCase())) continue
        if (paidAccountRun(toks, m)) m.roles.set('image_distribution', roleEvidence(toks, 'image_distribution', m.firstToken, m.lastToken))
      }
      // '"Nieuw meisje in Breda. App mij voor info."', '"wie wil, app me"', '"beschikbaar in Alkmaar, info via Snap"': the
      // contact line of an offer is where customers get in touch, customer_acquisition (GUIDELINES heldout-15 review)
      for (const m of mentions) {
        if (m.kind !== 'named' || m.negated || m.roles.has('customer_acquisition')) continue
        // 'ik zit de hele dag te tinderen voor geld': using the platform for money is finding customers there (GUIDELINES)
        const forMoney = toks.text[m.lastToken + 1] === 'voor' && toks.text[m.lastToken + 2] === 'geld'
        if (!forMoney && !contactLine(toks, m)) continue
        m.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', m.firstToken, m.lastToken))
        m.roles.delete('advertising')
      }
      // profileForHer: 'Hij maakte een profiel voor haar op Badoo; mannen reageerden': a dating or social profile the pimp made for her,
      // with no offering text (price, availability) and no advertisement named, is where customers came from, not an
      // advertisement (GUIDELINES heldout-6, heldout-7, heldout-19, heldout-21)
      for (const m of mentions) {
        const ev = m.roles.get('advertising')
        if (!ev || m.negated || m.kind === 'unclear') continue
        const category = m.platformId === null ? (m.kind === 'named' ? 'other' : typeCategory(toks, m)) : categoryOf(m.platformId)
        if (category !== 'dating' && category !== 'social_network' && category !== 'other') continue
        if (m.platform && paidImages.has(m.platform.toLowerCase())) continue
        const s = toks.sentence[m.firstToken] ?? 0
        const from = toks.sentenceStart[s] ?? 0
        const to = sentenceEnd(toks, s)
        if (!madeForHer(toks, from, to) || offeredIn(toks, from, to)) continue
        m.roles.delete('advertising')
        if (!m.roles.has('customer_acquisition')) m.roles.set('customer_acquisition', ev)
      }
      // 'In de advertentie staat: "App mij voor een afspraak"', 'het nummer met de toevoeging "alleen WhatsApp"': a
      // messaging app named in a sentence about an advertisement placed elsewhere is how customers get in touch, not the
      // advertisement (GUIDELINES heldout-8, heldout-11: the channel the advertisement names); a status, group, story or
      // channel of the app is a place of its own and keeps advertising
      for (const m of mentions) {
        const ev = m.roles.get('advertising')
        if (!ev || m.negated || m.kind !== 'named' || m.platformId === null || categoryOf(m.platformId) !== 'instant_messaging') continue
        if (POST_PLACE_WORD.test(toks.text[m.lastToken] ?? '') || POST_PLACE_WORD.test(toks.text[m.lastToken + 1] ?? '')) continue
        if (!adElsewhere(toks, m)) continue
        m.roles.delete('advertising')
        if (!m.roles.has('customer_acquisition') && !m.roles.has('customer_meeting')) m.roles.set('customer_acquisition', ev)
      }
      // 'Voor privé-aankopen verwijst de uploader naar een Wickr-account', 'een aanbod van privé-shows en een
      // Snapchat-naam': a messaging handle an offer points to is where customers get in touch (GUIDELINES heldout-14,
      // heldout-22), when nothing else gave the mention a role
      for (const m of mentions) {
        if (m.negated || m.roles.size > 0 || m.kind !== 'named') continue
        // the head glued on by a hyphen is a token of its own ('Kik-gebruikersnaam', 'Telegram-groep')
        const glued = (toks.start[m.lastToken + 1] ?? 0) - (toks.end[m.lastToken] ?? 0) === 1
        const last = glued ? (toks.text[m.lastToken + 1] ?? '') : (toks.text[m.lastToken] ?? '')
        // a group, channel or status of the app is a place of its own ('verwijst hen door naar een Telegram-groep')
        if (POST_PLACE_WORD.test(last)) continue
        // outside the catalogue only a handle ('een Wickr-naam'), not a site or account pointed to ('een Tumblr-account')
        if (m.platformId === null ? !HANDLE.test(last) : categoryOf(m.platformId) !== 'instant_messaging') continue
        if (!handleInOffer(toks, m, last)) continue
        m.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', m.firstToken, m.lastToken))
      }
      // 'Verbalisant bekeek sexjobs.nl/advertentie/987654', 'wees verbalisanten op de advertentie sexjobs.nl/…': an
      // advertisement's address the police only viewed or were pointed to has no role (GUIDELINES heldout-7); the sentence
      // that places the advertisement gives its own mention advertising
      for (const m of mentions) {
        if (m.kind === 'named' && m.roles.has('advertising') && m.platformId !== null && viewedAddress(toks, m, categoryOf(m.platformId))) m.roles.delete('advertising')
      }
      // 'het nummer uit de advertenties werd door ruim 200 verschillende nummers gebeld of ge-sms't': phone records that
      // tie the calls to the adverts make each advert on a sex-advertising site advertising + customer_acquisition, and the
      // sms of that sentence customer_acquisition (GUIDELINES heldout-10 conventions)
      const ads = mentions.filter((m) => !m.negated && m.platformId !== null && categoryOf(m.platformId) === 'sex_advertising')
      const records = ads.length > 0 ? phoneRecordsOfAds(toks) : -1
      if (records >= 0) {
        const ev = (m: Candidate, role: RoleId): void => {
          if (!m.roles.has(role)) m.roles.set(role, roleEvidence(toks, role, m.firstToken, m.lastToken))
        }
        for (const m of ads) {
          ev(m, 'advertising')
          ev(m, 'customer_acquisition')
        }
        for (const m of mentions) if (!m.negated && m.kind === 'named' && toks.sentence[m.firstToken] === records && CALL_VERBS.has(toks.text[m.lastToken] ?? '')) ev(m, 'customer_acquisition')
      }
      // 'Verdachte verklaart dat hij het meisje via Luxy leerde kennen … haar telkens 200 euro betaald', 'een "sugar daddy"
      // die zij kent van Rich Meet Beautiful': on a sugar-dating site a man who pays her, with no third party in the text
      // (no friends, business partners or other men she is passed on to), found her there as a customer
      // a mention without a role only where its own sentence names the payment or finding her ('dat hij via Sudy had
      // gevonden'), not 'Zij heeft ook een profiel op Sugardaters'
      const sugar = mentions.filter(
        (m) =>
          m.platformId && paidDating.has(m.platformId) && !m.negated &&
          (m.roles.size === 0 ? paidOrFoundIn(toks, m) : m.roles.size === 1 && m.roles.has('recruiting')),
      )
      if (sugar.length > 0 && paidCustomer(toks)) {
        for (const m of sugar) recruiterToCustomer(toks, m)
      }
      payingDatingCustomers(toks, mentions, paidDating, categoryOf)
      // 'Vordering aan Snapchat betreffende het Snapchat-account waarmee zij werd benaderd': the recipient of a data request
      // has no role; the account named after it in the request has (GUIDELINES heldout-7). mention-groups.ts keeps the two
      // from sharing roles across 'betreffende'/'inzake'; this also covers requests worded without those words
      for (const m of mentions) if (m.roles.size > 0 && requestRecipient(toks, m, mentions)) m.roles.clear()
      // 'Aangifte afpersing. Via Omegle chatte hij met iemand die zich voordeed als meisje; die eiste geld en dreigde de
      // beelden te verspreiden': sextortion by one blackmailer, without customers or other exploitation, leaves the first
      // contact and the blackmailer's messages without pimp roles (GUIDELINES heldout-10, heldout-13, heldout-20)
      if (mentions.some((m) => m.roles.has('relationship')) && sextortionOnly(toks)) {
        for (const m of mentions) m.roles.delete('relationship')
      }
      // 'Er zijn geen aanwijzingen voor uitbuiting.': the contact the text describes is no pimp's
      // (the whole text is matched only when some mention has a pimp role to lose)
      if (mentions.some(hasPimpRole) && noExploitation.findAll(toks, 0, toks.count).length > 0) {
        for (const m of mentions) for (const r of PIMP_ROLES) m.roles.delete(r)
      }
      return matched
    },
  }
}

/**
 * The lexicon's category overrides as a look-up: the role a cue of `role` gives a platform of `category` instead, if
 * any. By category, then role, so that no 'category:role' string is built for every cue (later entries win, as in
 * the lexicon's list read into a map).
 */
function categoryOverrides(
  list: ReadonlyArray<{ category: string; from: RoleId; to: RoleId }>,
): (category: string | undefined, role: RoleId) => RoleId | undefined {
  const byCategory = new Map<string, Map<RoleId, RoleId>>()
  for (const o of list) {
    let roles = byCategory.get(o.category)
    if (!roles) {
      roles = new Map()
      byCategory.set(o.category, roles)
    }
    roles.set(o.from, o.to)
  }
  return (category, role) => (category ? byCategory.get(category)?.get(role) : undefined)
}

/**
 * The `blind` conditions do not read an IP address as an address: 'vanaf een IP-adres is een video geüpload' names no
 * postal address, so the image cues' 'adres*' condition ('niet adressen delen') does not block the upload cue.
 */
function notIpAddress(
  m: { findAll(t: Tokens, from: number, to: number): PhraseHit[] },
  blind: Uint8Array,
): { findAll(t: Tokens, from: number, to: number): PhraseHit[] } {
  const ip = (t: Tokens, h: PhraseHit): boolean =>
    blind[h.entry] === 1 &&
    h.words.some((k) => t.hyphenBefore[k] === 1 && t.text[k - 1] === 'ip' && (t.text[k] ?? '').startsWith('adres'))
  return {
    findAll(t, from, to) {
      const hits = m.findAll(t, from, to)
      return hits.some((h) => ip(t, h)) ? hits.filter((h) => !ip(t, h)) : hits
    },
  }
}

const REQUEST_NOUN = /^(?:vordering|verzoek|request|dataverzoek|gegevensvordering|informatieverzoek)/
const REQUEST_REACH = 4

/**
 * 'Vordering aan Snapchat betreffende het Snapchat-account …': a mention right after 'aan'/'bij' that follows a request
 * noun, with a second mention of the same platform later in its sentence (the account the request is about).
 */
function requestRecipient(toks: Tokens, m: Candidate, mentions: readonly Candidate[]): boolean {
  const before = m.firstToken - 1
  const prep = toks.text[before]
  if (prep !== 'aan' && prep !== 'bij') return false
  const s = toks.sentence[m.firstToken]
  let noun = false
  for (let k = before - 1; k >= Math.max(0, before - REQUEST_REACH) && toks.sentence[k] === s; k--) {
    if (REQUEST_NOUN.test(toks.text[k] ?? '')) noun = true
  }
  if (!noun) return false
  return mentions.some((o) => o !== m && o.firstToken > m.lastToken && o.platformId !== null && o.platformId === m.platformId && toks.sentence[o.firstToken] === s)
}

/** object pronouns a cue verb takes ('stuurde haar naar klanten') */
const OBJECTS = new Set(['haar', 'hem', 'mij', 'me'])
/** subjects that stand between the verb and its object after a fronted phrase ('Daarna stuurde hij haar naar klanten') */
const INVERTED_SUBJECT = 'hij|zij|ze|verdachte|die|deze'

/**
 * The cue patterns, each also with the subject between a verb and its object pronoun: Dutch puts the verb second, so
 * after 'Volgens de melder', 'Daarna' or 'Via Snapchat' the sentence reads 'stuurt hij haar naar mannen'. Hits name
 * the entry of the pattern they came from.
 */
function cueMatcher(patterns: readonly string[], classes?: WordClassRegistry): { findAll(t: Tokens, from: number, to: number): PhraseHit[] } {
  const all = [...patterns]
  const entryOf = patterns.map((_, i) => i)
  patterns.forEach((p, i) => {
    const atoms = p.trim().split(/\s+/)
    for (let k = 0; k + 1 < atoms.length; k++) {
      const verb = atoms[k] ?? ''
      if (verb === '...' || verb === '@' || !(atoms[k + 1] ?? '').split('|').some((w) => OBJECTS.has(w))) continue
      if (verb.split('|').some((w) => PREPOSITIONS.has(w))) continue
      all.push([...atoms.slice(0, k + 1), INVERTED_SUBJECT, ...atoms.slice(k + 1)].join(' '))
      entryOf.push(i)
    }
  })
  const m = compilePhrases(all, classes)
  return {
    findAll(t, from, to) {
      const hits = m.findAll(t, from, to)
      for (const h of hits) h.entry = entryOf[h.entry] ?? h.entry
      return hits
    },
  }
}

const PREPOSITIONS = new Set(['van', 'met', 'aan', 'voor', 'om', 'naar', 'op', 'over', 'namens', 'bij', 'tegen', 'door', 'via'])

/** a registration that says there is no sign of exploitation ('geen concrete aanwijzingen voor uitbuiting') */
const NO_EXPLOITATION = [
  'geen|niets concrete|duidelijke|verdere|harde aanwijzing|aanwijzingen|signalen|indicaties van|voor uitbuiting|mensenhandel|prostitutie|loverboy*|pooier*',
  'geen aanwijzing|aanwijzingen|signaal|signalen|indicatie|indicaties|sprake van|voor uitbuiting|mensenhandel|prostitutie|loverboy*|pooier*',
  'uitbuiting|mensenhandel|prostitutie is|was|werd|lijkt geen sprake',
  // 'Geen aanwijzingen voor afspraken met derden', 'Er is geen sprake van geld of afspraken met anderen': no customers
  'geen aanwijzing|aanwijzingen|signalen|indicaties|sprake voor|van afspraken|geld ... met derden|anderen',
]
const PIMP_ROLES: readonly RoleId[] = ['recruiting', 'relationship']
/** whether `m` has a role that 'no sign of exploitation' takes away */
function hasPimpRole(m: Candidate): boolean {
  return PIMP_ROLES.some((r) => m.roles.has(r))
}

/** verbs that point an offer to a contact ('verwijst naar een Telegram-account') */
const POINTING = new Set(['verwijst', 'verwees', 'verwijzen', 'verwezen', 'verwijzing', 'verwijzingen', 'doorverwezen'])
/** a handle of a messaging app ('Snapchat-naam', 'Kik-gebruikersnaam', 'Signal-nummers') */
const HANDLE = /(naam|gebruikersnaam|nummer|nummers|id)$/
/** words of an offer a handle stands in ('een aanbod van privé-shows en een Snapchat-naam') */
const OFFER_NOUNS = new Set(['aanbod', 'aanbiedt', 'aangeboden', 'privé-shows', 'privéshows', 'shows', 'aankoop', 'aankopen', 'privé-aankopen', 'koop', 'prijzen', 'prijs', 'meer'])
/** a person referred somewhere ('verwees haar naar …'): no offer pointing to its contact */
const REFERRED_PERSON = new Set(['haar', 'hem', 'mij', 'me', 'hen', 'ze', 'zij', 'jou', 'je'])
/** how far before the mention the pointing verb may stand ('verwijst de uploader in de beschrijving naar een …') */
const POINTING_REACH = 8

/** whether `m` is a contact an offer points to: after 'verwijst … naar', or a handle in a sentence with an offer */
function handleInOffer(toks: Tokens, m: Candidate, last: string): boolean {
  const s = toks.sentence[m.firstToken] ?? 0
  const from = toks.sentenceStart[s] ?? 0
  // 'verwees haar naar Instagram' refers a person (a mentor's advice), not an offer to its contact
  let naar = false
  for (let k = m.firstToken - 1; k >= Math.max(from, m.firstToken - POINTING_REACH); k--) {
    const w = toks.text[k] ?? ''
    if (w === 'naar') naar = true
    else if (naar && REFERRED_PERSON.has(w)) break
    else if (naar && POINTING.has(w)) return true
  }
  if (!HANDLE.test(last)) return false
  const to = sentenceEnd(toks, s)
  if (wordBetween(toks, from - 1, to, OFFER_NOUNS)) return true
  // '… een kanaal waarin foto's met prijzen worden aangeboden. Voor contact worden Signal-nummers vermeld.': handles for
  // contact right after the offer
  return s > 0 && wordBetween(toks, from - 1, to, CONTACT_WORDS) && wordBetween(toks, (toks.sentenceStart[s - 1] ?? 0) - 1, from, OFFER_NOUNS)
}
const CONTACT_WORDS = new Set(['contact', 'contactopname'])

/** a place of posts inside a messaging app: its status, group, story or channel is where an offer can stand */
const POST_PLACE_WORD = /(status|groep|groepen|group|story|stories|verhaal|kanaal|kanalen|verzendlijst|lijst|broadcast|pagina)$/
/** the advertisement words of a sentence */
const AD_WORDS = new Set(['advertentie', 'advertenties', 'advertentietekst', 'advert'])
/** words between an advertisement and the place it stands ('de advertentie op …', 'advertenties in een …') */
const AD_PLACE_PREPOSITIONS = new Set(['op', 'in', 'via'])
/** words of a list of places after that preposition ('op Chatgirl, Girls 4 U en Bullchat') */
const AD_LIST_WORDS = new Set(['de', 'een', 'zijn', 'haar', 'en', 'of', ','])
/** how far back the preposition of such a list may stand */
const AD_LIST_REACH = 10
/** how far before that preposition the advertisement may be named ('advertenties van het slachtoffer (17) op') */
const AD_BEFORE_REACH = 7

/**
 * whether the sentence of `m` names, before it, an advertisement that does not stand on `m` itself ('In de
 * advertentie staat "alleen WhatsApp"', not 'een advertentie op WhatsApp')
 */
function adElsewhere(toks: Tokens, m: Candidate): boolean {
  const s = toks.sentence[m.firstToken] ?? 0
  const from = toks.sentenceStart[s] ?? 0
  // the advertisement named first, the app after it ('In de advertentie staat …  WhatsApp'), not 'Via Instagram werd een
  // advertentie verspreid'
  let ad = false
  for (let k = from; k < m.firstToken; k++) if (AD_WORDS.has(toks.text[k] ?? '')) ad = true
  if (!ad) return false
  // 'advertentie(s) op (de|een|zijn) WhatsApp', 'advertenties op Chatgirl, Girls 4 U en Bullchat', 'advertenties die via
  // Telegram werden verspreid': the advertisement stands on the mention
  let k = m.firstToken - 1
  while (k > from && k > m.firstToken - AD_LIST_REACH && !AD_PLACE_PREPOSITIONS.has(toks.text[k] ?? '')) {
    if (!AD_LIST_WORDS.has(toks.text[k] ?? '') && !toks.punct[k] && !/^[a-z0-9.-]+$/.test(toks.text[k] ?? '')) return true
    k--
  }
  if (!AD_PLACE_PREPOSITIONS.has(toks.text[k] ?? '')) return true
  // 'advertenties van het slachtoffer (17) op …', 'advertenties die via …': the advertisement a few words before, not
  // across 'dat' ('In de advertentie staat dat je haar via WhatsApp kunt bereiken')
  for (let j = k - 1; j >= Math.max(from, k - AD_BEFORE_REACH); j--) {
    const w = toks.text[j] ?? ''
    if (w === 'dat' || w === 'staat' || w === 'stond') return true
    if (AD_WORDS.has(w)) return false
  }
  return true
}

/** the account words of a paid-images platform ('OnlyFans-account', 'een profiel op MyModel') */
const ACCOUNT_WORD = /^(account|accounts|pagina|profiel|profielen)$|(account|pagina|profiel)$/
/** running the account or its income: made, managed, paid for */
const ACCOUNT_RUN = new Set([
  'aangemaakt', 'aanmaakte', 'gemaakt', 'maakte', 'beheerd', 'beheerde', 'beheert', 'beheren', 'manager', 'betaling', 'betaald', 'betaalde', 'betalen',
  'abonnees', 'opbrengst', 'inkomsten', 'int', 'geld',
])
/** words before the mention that only point to it ('een link naar OnlyFans', 'verwijzing naar een account op …') */
const REFERRAL = new Set(['link', 'linkje', 'verwijzing', 'verwees', 'verwijst', 'doorverwijzing'])
/** how far before the mention a referral word may stand */
const REFERRAL_REACH = 4

/** whether the sentence of `m` (on a paid-images platform) speaks of its account being made, run or paid for */
function paidAccountRun(toks: Tokens, m: Candidate): boolean {
  for (let k = Math.max(0, m.firstToken - REFERRAL_REACH); k < m.firstToken; k++) if (REFERRAL.has(toks.text[k] ?? '')) return false
  const s = toks.sentence[m.firstToken] ?? 0
  const from = toks.sentenceStart[s] ?? 0
  const to = sentenceEnd(toks, s)
  let account = false
  let run = false
  for (let k = from; k < to; k++) {
    const w = toks.text[k] ?? ''
    if (ACCOUNT_WORD.test(w)) account = true
    else if (ACCOUNT_RUN.has(w)) run = true
  }
  return account && run
}

/** words of extortion with images ('afpersing', 'gechanteerd') */
const EXTORTION = new Set(['afpersing', 'afgeperst', 'afperste', 'afpersen', 'afperst', 'sextortion', 'chantage', 'gechanteerd', 'chanteerde', 'chanteert', 'chanteren'])
/** a demand or threat that, with images named near it, is extortion ('eiste … meer beelden', 'dreigde de foto's …') */
const DEMANDING = new Set(['eiste', 'eist', 'eisten', 'dreigde', 'dreigt', 'dreigden', 'dreigen'])
const IMAGE_NOUNS = new Set(['beelden', "foto's", 'fotos', 'filmpje', 'filmpjes', "video's", 'videos', 'schermafbeeldingen', "naaktfoto's", 'opnames'])
/** how far an image word may stand from the demand ('dreigde de beelden in de klassenapp te zetten') */
const DEMAND_REACH = 8
/**
 * words of exploitation or control beyond the extortion: customers, adverts, work for him, gifts (GUIDELINES
 * heldout-13), keeping her in check ('hield haar dagelijks in de gaten')
 */
const EXPLOITATION = new Set([
  'klant', 'klanten', 'mannen', 'prostitutie', 'advertentie', 'advertenties', 'uitbuiting', 'uitgebuit', 'mensenhandel', 'pooier', 'loverboy', 'werken',
  'werk', 'verdienen', 'robux', 'v-bucks', 'skins', 'subs', 'credits', 'cadeaukaarten', 'afspraken', 'afspraak', 'vrienden', 'feest', 'feestje', 'gaten',
  'controleerde', 'controleert', 'gecontroleerd', 'locatie',
])

/** whether the text reports extortion with images and nothing of sexual exploitation for customers */
function sextortionOnly(toks: Tokens): boolean {
  let extortion = false
  let lastDemand = -Infinity
  let lastImage = -Infinity
  for (let k = 0; k < toks.count; k++) {
    const w = toks.text[k] ?? ''
    if (EXPLOITATION.has(w)) return false
    if (EXTORTION.has(w)) extortion = true
    else if (DEMANDING.has(w)) {
      lastDemand = k
      if (k - lastImage <= DEMAND_REACH) extortion = true
    } else if (IMAGE_NOUNS.has(w)) {
      lastImage = k
      if (k - lastDemand <= DEMAND_REACH) extortion = true
    }
  }
  return extortion
}

// 'foto's van haar op een sekssite gezet': a generic sex-advertising site is that category, as a named one would be
const SEX_SITE = /^(seks|sex|escort|erotiek|erotische|hoeren)\S*(site|sites|website|websites|pagina|paginas|pagina's)$/

/** the platform category a generic type word names ('sekssite', 'escortwebsite'; an 'advertentiesite' may sell anything), else none */
export function typeCategory(toks: Tokens, m: Candidate): string | undefined {
  if (m.kind === 'named') return undefined
  const w = toks.text[m.lastToken] ?? ''
  if (SEX_SITE.test(w)) return 'sex_advertising'
  return DATING_SITE.test(w) ? 'dating' : undefined
}

// 'aangemeld bij een datingsite': a generic dating or sugar-dating site or app is that category too
const DATING_SITE = /^(dating|sugardating|sugardaddy|sugar)\S*(site|sites|website|websites|app|apps)$/

/** 'plaatste een advertentie op een datingsite': the cue says advertisement in so many words */
function namesAd(toks: Tokens, h: PhraseHit): boolean {
  return h.words.some((k) => (toks.text[k] ?? '').startsWith('advertentie'))
}

const TELEPHONIC = new Set(['telefonisch', 'telefonische'])
const USE_VERBS = new Set(['gebruikte', 'gebruikten', 'gebruikt', 'gebruiken', 'benutte', 'benutten', 'inzette', 'inzetten'])
const FOR_THAT = new Set(['daarbij', 'daarvoor', 'hiervoor', 'hierbij', 'daartoe'])

/**
 * 'Hij gebruikte daarvoor (ook) Snapchat': a use verb with a pronominal adverb pointing to the sentence before; 'Dat
 * regelde hij via e-mail': a doing verb whose object, first in the sentence, is what the sentence before said
 */
function usedForThat(toks: Tokens, from: number, to: number): boolean {
  if (bothIn(toks, from, to, USE_VERBS, FOR_THAT)) return true
  // 'Dat regelde hij via e-mail.', 'Dat deed hij via Snap.': the sentence opens with 'dat/dit' as the object of a doing verb
  const first = toks.text[from] ?? ''
  const second = toks.text[from + 1] ?? ''
  return (first === 'dat' || first === 'dit' || first === 'alles') && DOING.has(second)
}

const DOING = new Set(['regelde', 'regelden', 'regelt', 'deed', 'deden', 'doet', 'liep', 'liepen', 'loopt', 'ging', 'gingen', 'gaat', 'verliep', 'verliepen', 'gebeurde', 'gebeurt', 'geregeld'])

const CALLING = new Set(['telefonisch', 'belden', 'belde', 'bellen', 'gebeld', 'sms', 'sms-je', "sms'je", "sms'jes"])

/** whether the sentence says the contact went by telephone */
function byPhone(toks: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = toks.text[k] ?? ''
    if (PHONE_NOUNS.has(w) || CALLING.has(w)) return true
  }
  return false
}

/** words of a man paying the minor himself ('200 euro betaald', 'een bod', 'sugar daddy') */
const PAYS_HER = new Set(['euro', 'betaald', 'betaalde', 'betaalt', 'bod', 'sugardaddy', 'daddy', 'geldbedrag', 'geldbedragen'])
/** words of a third party: friends, partners or other men she is passed on to, customers of a pimp */
const THIRD_PARTY = new Set([
  'vrienden', 'zakenrelaties', 'zakenpartners', 'kennissen', 'anderen', 'andere', 'klanten', 'klant', 'aanbood', 'aanbieden',
  'aangeboden', 'aanbiedt', 'uitlenen', 'doorgaf', 'deal', 'verdienen', 'werken', 'advertentie', 'advertenties',
])

/** whether the text has a man pay the minor himself and names no third party */
function paidCustomer(toks: Tokens): boolean {
  return someWithout(toks, 0, toks.count, PAYS_HER, THIRD_PARTY)
}

/** a payment or a promise of money to her ('dat hij haar zou betalen', 'haar 100 euro had beloofd') */
const PAYS_OR_PROMISES = new Set([...PAYS_HER, 'betalen', 'beloofd', 'beloofde'])
const MONEY = new Set(['geld', 'euro', 'geldbedrag', 'betalen', 'betaald', 'betaalde', 'betaalt'])

/** whether the sentence of `m` has a man pay her or promise her money ('hij had haar geld beloofd', 'zou haar betalen') */
function promisedHerMoney(toks: Tokens, m: Candidate): boolean {
  const s = toks.sentence[m.firstToken] ?? 0
  const a = (toks.sentenceStart[s] ?? 0) - 1
  const b = sentenceEnd(toks, s)
  return wordBetween(toks, a, b, MONEY) && wordBetween(toks, a, b, PAYS_OR_PROMISES)
}

/** words of a man finding the minor ('dat hij via Sudy had gevonden') */
const FOUND_HER = new Set(['gevonden', 'vond', 'vonden'])

/** whether the sentence of `m` names a payment or finding her */
function paidOrFoundIn(toks: Tokens, m: Candidate): boolean {
  const s = toks.sentence[m.firstToken] ?? 0
  return wordBetween(toks, (toks.sentenceStart[s] ?? 0) - 1, sentenceEnd(toks, s), PAYS_HER, FOUND_HER)
}

/** contact verbs in an offer's imperative ('app mij', 'bel maar') */
const CONTACT_IMPERATIVE = new Set(['app', 'bel', 'sms', 'dm', 'snap', 'mail', 'whatsapp'])
const IMPERATIVE_OBJECT = new Set(['mij', 'me', 'maar', 'voor', 'nu', 'gerust'])
/** words of an offer around a contact line ('vanavond vrij', 'wie wil', 'nieuw', 'beschikbaar', 'info') */
const OFFER_AROUND = new Set(['info', 'beschikbaar', 'vrij', 'wil', 'nieuw', 'nieuwe', 'prijs', 'prijzen', 'boeken', 'boek'])
/** words of an appointment: a contact line that sends the address is customer_meeting ('App mij, dan stuur ik het adres') */
const APPOINTMENT_WORDS = new Set(['adres', 'adressen', 'tijd', 'tijden', 'locatie', 'kamer', 'kamernummer', 'afspraak'])

/** whether mention `m` is the contact line of an offer: 'app mij (voor info)', 'info via Snap' */
function contactLine(toks: Tokens, m: Candidate): boolean {
  const k = m.firstToken
  const w = (toks.text[k] ?? '').toLowerCase()
  const imperative = m.lastToken === k && CONTACT_IMPERATIVE.has(w) && IMPERATIVE_OBJECT.has(toks.text[k + 1] ?? '')
  const info = toks.text[k - 1] === 'via' && toks.text[k - 2] === 'info'
  if (!imperative && !info) return false
  const s = toks.sentence[k] ?? 0
  return someWithout(toks, toks.sentenceStart[s] ?? 0, sentenceEnd(toks, s), OFFER_AROUND, APPOINTMENT_WORDS, info)
}

/** words of the police viewing an address or someone pointing to it ('bekeek', 'opende de link', 'wees … op') */
const VIEWING = new Set(['bekeek', 'bekeken', 'bekijkt', 'opende', 'geopend', 'opent', 'wees', 'gewezen', 'link', 'url'])
/** words of placing an advertisement: the sentence says what was done there */
const PLACING = new Set(['geplaatst', 'plaatste', 'plaatsten', 'plaatst', 'zette', 'zetten', 'gezet', 'aangemaakt', 'aanmaakte', 'aangeboden'])

/** whether `m` is the address of a page on a sex-advertising site in a sentence that only views or points to it */
function viewedAddress(toks: Tokens, m: Candidate, category: string | undefined): boolean {
  // an address with a path ('sexjobs.nl/advertentie/889213') is more than one token
  if (category !== 'sex_advertising' || m.lastToken === m.firstToken) return false
  const s = toks.sentence[m.firstToken] ?? 0
  return someWithout(toks, toks.sentenceStart[s] ?? 0, sentenceEnd(toks, s), VIEWING, PLACING)
}

/** words that tie a call to the advertisement named before ('het nummer dat erin stond', 'belden daarop') */
const TIED_TO_AD = new Set(['erin', 'erop', 'daarop', 'daarin', 'hierop', 'hierin', 'advertentie', 'advertenties'])

/** verbs of calling or texting a number */
const CALL_VERBS = new Set(['belden', 'belde', 'bellen', 'gebeld', 'belt', "sms'ten", 'smsten', "ge-sms't", "gesms't", "sms't", 'smste', "sms'te"])

/**
 * The sentence of phone records tied to the adverts ('het nummer uit de advertenties werd door 200 nummers gebeld of
 * ge-sms't'): calls, many numbers and the adverts in one sentence; -1 if none
 */
function phoneRecordsOfAds(toks: Tokens): number {
  let s = -1
  let call = false
  let numbers = false
  let ad = false
  for (let k = 0; k < toks.count; k++) {
    if (toks.sentence[k] !== s) {
      s = toks.sentence[k] ?? -1
      call = numbers = ad = false
    }
    const w = toks.text[k] ?? ''
    if (CALL_VERBS.has(w)) call = true
    else if (w === 'nummers') numbers = true
    else if (w === 'advertenties' || w === 'advertentie') ad = true
    if (call && numbers && ad) return s
  }
  return -1
}

/** whether the sentence says someone called the number and ties it to the advertisement ('het nummer dat erop stond') */
function callsTiedToAd(toks: Tokens, from: number, to: number): boolean {
  return bothIn(toks, from, to, CALL_VERBS, TIED_TO_AD)
}

/** the most words (after 'A:') of a first answer sentence that leaves the question to the next ('Van hem.', 'Hij.') */
const SHORT_ANSWER = 3
/** a short answer that denies: what follows it is something else, not the answer ('A: Nee. Hij heeft me … op Snap') */
const DENYING_ANSWERS = new Set(['nee', 'niet', 'nooit', 'geen'])
/** the prepositions that open a fragment going on with the answer ('A: Hij. Op Sexjobs.', 'A: Van hem. Via WhatsApp.') */
const FRAGMENT_OPENERS = new Set(['op', 'via', 'in', 'met', 'per', 'bij', 'naar'])

/**
 * whether sentence `s` is a short answer that names no platform, followed by a fragment that goes on answering: 'A: Hij.
 * Op Sexjobs.', 'A: Van hem. Via WhatsApp of via Snapchat.' (not 'A: Zij. Ik heb alleen geappt met haar.', a sentence
 * of its own, nor 'A: Nee. …')
 */
function shortAnswer(toks: Tokens, s: number): boolean {
  let from = toks.sentenceStart[s] ?? 0
  const to = sentenceEnd(toks, s)
  const next = toks.sentenceStart[s + 1] ?? toks.count
  if (!FRAGMENT_OPENERS.has(toks.text[next] ?? '')) return false
  if (toks.text[from] === 'a' && toks.text[from + 1] === ':') from += 2
  let words = 0
  for (let k = from; k < to; k++) {
    if (DENYING_ANSWERS.has(toks.text[k] ?? '')) return false
    if (!toks.punct[k]) words++
  }
  return words > 0 && words <= SHORT_ANSWER && !isQuestion(toks, to)
}

const YES = new Set(['ja', 'jawel', 'klopt'])
/** the words a short answer may hold besides its platform: 'A: Ja, via Snap.', 'A: Van Tellonym.' */
const PLAIN_ANSWER = new Set(['a', 'ja', 'jawel', 'klopt', 'via', 'van', 'op', 'met', 'in', 'uit', 'de', 'het', 'een', 'dat', 'was'])

/** whether sentence `s` is only 'A: Ja.' */
function bareYes(toks: Tokens, s: number): boolean {
  let words = 0
  for (let k = toks.sentenceStart[s] ?? 0; k < sentenceEnd(toks, s); k++) {
    if (toks.punct[k]) continue
    const w = toks.text[k] ?? ''
    if (w === 'a' && toks.text[k + 1] === ':') continue
    if (!YES.has(w)) return false
    words++
  }
  return words === 1
}

/** whether sentence `s` holds only its platforms (`answer`) and a few plain words: 'A: Ja, via Snap.', 'A: Van Tellonym.' */
function plainAnswer(toks: Tokens, s: number, answer: readonly Candidate[][]): boolean {
  const from = toks.sentenceStart[s] ?? 0
  const to = sentenceEnd(toks, s)
  if (to - from > 12 || isQuestion(toks, to)) return false
  for (let k = from; k < to; k++) {
    if (toks.punct[k] || PLAIN_ANSWER.has(toks.text[k] ?? '')) continue
    if (!answer.some((g) => g.some((m) => k >= m.firstToken && k <= m.lastToken))) return false
  }
  return true
}

/** answering customers' messages ('Ik beantwoordde alleen de berichten van de klanten') */
const ANSWERED = new Set(['beantwoordde', 'beantwoord', 'beantwoorden', 'beantwoordden', 'antwoordde', 'geantwoord'])

/** a question asking which channel ('Via welk programma?', 'Welke app?') */
const WHICH = new Set(['welk', 'welke', 'waarmee', 'waarop'])

/** whether the sentence has customers answer something ('reageerden', 'de reacties') */
function answers(toks: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ANSWER_WORD.test(toks.text[k] ?? '')) return true
  return false
}

const CUSTOMER_WORDS = /^(klant|hoerenloper|sekskoper|mannen$|heren$|geinteresseerden$|belangstellenden$|reacties?$|reageer|gereageerd)/

/** whether the sentence speaks of customers or their reactions */
function namesCustomers(toks: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CUSTOMER_WORDS.test(toks.text[k] ?? '')) return true
  return false
}

const PAID_MEETING = new Set(['ontmoeting', 'ontmoetingen', 'seks', 'sex', 'date', 'dates', 'gezelschap'])

/** whether the sentence names a meeting or sex someone pays for ('Hij bood haar geld voor een ontmoeting') */
function namesPaidMeeting(toks: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PAID_MEETING.has(toks.text[k] ?? '')) return true
  return false
}

/** how far after a denied platform its correction's 'maar' may stand, and the platform after 'maar' */
const CORRECTION_REACH = 8
const CORRECTED_REACH = 4

/**
 * 'niet op Marktplaats, zoals eerder genoteerd, maar op Speurders', 'dat hij haar op Tinder had leren kennen, maar het
 * was op Snapchat': the platform after 'maar' that corrects a denied one
 */
function correctedTo(toks: Tokens, g: readonly Candidate[], own: readonly Candidate[][]): Candidate[] | undefined {
  const last = g[g.length - 1]
  if (!last) return undefined
  const s = toks.sentence[last.lastToken]
  for (let k = last.lastToken + 1; k <= last.lastToken + CORRECTION_REACH && k < toks.count && toks.sentence[k] === s; k++) {
    if (toks.text[k] !== 'maar') continue
    return own.find((x) => {
      const x0 = x[0]
      return x0 !== undefined && x0.firstToken > k && x0.firstToken - k <= CORRECTED_REACH && !x.some((m) => m.negated)
    })
  }
  return undefined
}

const SEND_VERB = /^(stuurde|stuurden|stuurt|stuur|sturen|gestuurd|verstuurde|verstuurd|versturen|opgestuurd|opsturen|toegestuurd)$/
/** posting in the singular: 'slachtoffer plaatste op insta foto's van zichzelf', 'haar dochter plaatst filmpjes op TikTok' */
const POST_VERB = /^(plaatste|plaatst|postte|post|uploadde|uploadt)$/
/** payment for the images ('tegen betaling', 'abonnees', 'verkocht', a paid-content site) or the pimp's orders ('in opdracht van') */
const PAID = /^(betaling|betalen|betaalde|betaalden|betaald|geld|verkoopt|verkocht|verkopen|abonnees|abonnement|opbrengst|onlyfans|opdracht|opdrachten|moest|moesten|gedwongen|dwong|eiste)$/
/** the minor as the one who sends or posts ('zij stuurde', 'aangeefster had … gestuurd', 'ik stuurde', 'haar dochter plaatst') */
const MINOR_SUBJECT = new Set(['zij', 'ze', 'ik', 'aangeefster', 'aangever', 'slachtoffer', 'betrokkene', 'melder', 'melster', 'cliënte', 'cliënt', 'dochter', 'zoon'])
/** someone else as the one who sends */
const OTHER_SUBJECT = new Set(['hij', 'verdachte', 'verdachten', 'jongen', 'jongens', 'man', 'mannen', 'vriend', 'ex-vriend', 'pooier', 'onbekende', 'wij', 'we'])
const ASK_VERB = /^(vroeg|vroegen|vraagt|gevraagd|verzocht|verzoek|vragen)$/
/** how far back from the sending verb the subject is looked for */
const SUBJECT_REACH = 12

/**
 * 'Zij had de foto's eerder naar haar manager gestuurd', 'Aangeefster stuurde haar vriend foto's', 'vroeg haar om foto's
 * van zichzelf te sturen': the sending verb of an image cue has the minor as its subject, or is what someone asked for
 */
function ownImagesSent(toks: Tokens, h: PhraseHit, clause: readonly number[], from: number): boolean {
  const send = h.words.find((k) => SEND_VERB.test(toks.text[k] ?? '') || POST_VERB.test(toks.text[k] ?? ''))
  if (send === undefined) return false
  // 'Zij plaatste tegen betaling foto's op OnlyFans', 'plaatste in opdracht van haar vriend foto's': her own images for
  // payment, or posted on the pimp's orders, are distributed (GUIDELINES tune-5)
  if (POST_VERB.test(toks.text[send] ?? '')) {
    const ps = toks.sentence[send] ?? 0
    const pEnd = sentenceEnd(toks, ps)
    for (let k = toks.sentenceStart[ps] ?? 0; k < pEnd; k++) if (PAID.test(toks.text[k] ?? '')) return false
  }
  // 'moest zij beelden van zichzelf sturen, die werden gebruikt om haar onder druk te zetten': coerced images
  const s = toks.sentence[send] ?? 0
  const end = toks.sentenceStart[s + 2] ?? toks.count
  for (let k = from; k < end; k++) if (COERCION.test(toks.text[k] ?? '')) return false
  const c = clause[send - from] ?? -1
  for (let k = send - 1; k >= from && k >= send - SUBJECT_REACH && (clause[k - from] ?? -2) === c; k--) {
    const w = toks.text[k] ?? ''
    // 'kreeg via e-mail foto's van zichzelf toegestuurd': she received them
    if (RECEIVE_VERB.test(w)) return false
    if (ASK_VERB.test(w)) return true
    // 'foto's van het slachtoffer': whose images, not who sent them
    const before = toks.text[k - 1] ?? ''
    if (before === 'van' || ((before === 'het' || before === 'de') && toks.text[k - 2] === 'van')) continue
    if (MINOR_SUBJECT.has(w)) return true
    if (OTHER_SUBJECT.has(w)) return false
  }
  return false
}

const PROFILE_WORD = /^(profiel|profielen|account|accounts|datingprofiel)$/
const MAKING_VERB = /^(maakte|aanmaakte|aangemaakt|gemaakt|maakt|aanmaakt|plaatste|geplaatst|plaatst|zette|gezet|zet|aanmaken|maken)$/
/** the minor named by a noun after an article ('maakte het slachtoffer een profiel aan') */
const MINOR_NOUNS = new Set(['slachtoffer', 'meisje', 'minderjarige', 'jongen'])

/**
 * 'zij maakte een profiel aan op Badoo', 'Op Suikerarrangement.nl maakte zij een profiel aan', 'dat zij vorig jaar een
 * profiel aanmaakte op RichMeetBeautiful', 'Het slachtoffer (15) plaatste … een profiel': the minor is the one who made
 * the profile of an advertising cue (the subject before the verb in its clause, or right after it when inverted)
 */
function ownProfile(toks: Tokens, h: PhraseHit, clause: readonly number[], from: number): boolean {
  const profile = h.words.find((k) => PROFILE_WORD.test(toks.text[k] ?? ''))
  const verb = h.words.find((k) => MAKING_VERB.test(toks.text[k] ?? ''))
  if (profile === undefined || verb === undefined) return false
  // 'maakte zij', 'maakte het slachtoffer (16)'
  const after = toks.text[verb + 1] ?? ''
  if (verb < profile && (MINOR_SUBJECT.has(after) || ((after === 'het' || after === 'de') && MINOR_NOUNS.has(toks.text[verb + 2] ?? '')))) return true
  const first = Math.min(verb, profile)
  const c = clause[first - from] ?? -1
  for (let k = first - 1; k >= from && k >= first - SUBJECT_REACH && (clause[k - from] ?? -2) === c; k--) {
    const w = toks.text[k] ?? ''
    // 'een profiel van het slachtoffer': whose profile, not who made it
    const before = toks.text[k - 1] ?? ''
    if (before === 'van' || before === 'voor' || ((before === 'het' || before === 'de') && (toks.text[k - 2] === 'van' || toks.text[k - 2] === 'voor'))) continue
    if (MINOR_SUBJECT.has(w) || (MINOR_NOUNS.has(w) && (before === 'het' || before === 'de'))) return true
    if (OTHER_SUBJECT.has(w)) return false
  }
  return false
}

const COERCION = /^(druk|chanteer|chanteerde|chanteerden|gechanteerd|chantage|afpers|afperste|afgeperst|afpersing)/
const RECEIVE_VERB = /^(kreeg|kregen|krijgt|ontving|ontvingen|ontvangt|ontvangen|gekregen)$/

/** places a bare 'daar' can point to instead of a platform */
const PLACES = new Set([
  'feest', 'feestje', 'party', 'woning', 'hotel', 'hotelkamer', 'huis', 'school', 'station', 'winkelcentrum', 'park',
  'adres', 'kamer', 'stad', 'plek', 'bar', 'café', 'cafe', 'appartement', 'vakantiepark', 'camping', 'instelling',
])

/** heads of compound place nouns ('huisfeest', 'hotelkamer', 'vakantiehuis', 'basisschool') */
const PLACE_HEADS = ['feest', 'feestje', 'kamer', 'hotel', 'huis', 'huisje', 'woning', 'park', 'school', 'appartement', 'station', 'party']

function isPlace(w: string): boolean {
  return PLACES.has(w) || PLACE_HEADS.some((p) => w.length > p.length + 2 && w.endsWith(p))
}

/** whether the sentence of `g` names a place after `g` ('via Facebook … uit voor een feest') */
function placeAfter(toks: Tokens, g: Candidate[]): boolean {
  const last = g[g.length - 1]
  if (!last) return false
  const s = toks.sentence[last.lastToken] ?? 0
  const to = sentenceEnd(toks, s)
  for (let k = last.lastToken + 1; k < to; k++) if (isPlace(toks.text[k] ?? '')) return true
  return false
}

const DENIAL = new Set(['geen', 'nooit', 'nimmer', 'niet'])
const DENYING = new Set(['ontkent', 'ontkende', 'ontkenden', 'ontkennen', 'ontkend'])

/** words before 'of' that make its clause an open question ('nog niet vastgesteld of …') */
const UNSETTLED = new Set([
  'vastgesteld', 'bekend', 'onbekend', 'onduidelijk', 'duidelijk', 'zeker', 'onzeker', 'onderzocht', 'nagegaan',
  'uitgezocht', 'achterhaald', 'bevestigd',
])

/**
 * A cue with a denial inside it or right before it ('kreeg geen berichten', 'nooit contact gehad'), or in a clause that
 * asks whether it happened ('Er is nog niet vastgesteld of verdachte daar advertenties plaatste', 'Of hij daar
 * advertenties plaatste, wordt onderzocht').
 */
function deniedCue(toks: Tokens, h: PhraseHit): boolean {
  for (let k = Math.max(0, h.first - 1); k <= h.last; k++) {
    // 'stuurde haar niet alleen berichten' affirms
    if (DENIAL.has(toks.text[k] ?? '') && !toks.punct[k] && toks.text[k + 1] !== 'alleen') return true
    // 'Ontkent contact met onbekende mannen.': the cue is what is denied
    if (DENYING.has(toks.text[k] ?? '')) return true
  }
  const from = toks.sentenceStart[toks.sentence[h.first] ?? 0] ?? 0
  // 'Of daarmee advertenties zijn geplaatst, wordt nog onderzocht.': a sentence that opens with 'of' asks whether
  if (toks.text[from] === 'of') {
    let comma = false
    for (let k = from + 1; k < h.first; k++) if (toks.text[k] === ',') comma = true
    if (!comma) return true
  }
  for (let k = h.first - 1; k > from; k--) {
    if (toks.text[k] !== 'of') continue
    for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (UNSETTLED.has(toks.text[j] ?? '')) return true
  }
  return inDeniedEvidenceClause(toks, from, h.first)
}

/** evidence nouns a 'dat' clause can hang from ('geen aanwijzingen dat …') */
const EVIDENCE = new Set(['aanwijzing', 'aanwijzingen', 'bewijs', 'indicaties', 'indicatie', 'signalen', 'aanknopingspunten'])
/** how far apart 'geen … aanwijzingen' and its 'dat' may stand ('geen aanwijzingen naar voren dat') */
const EVIDENCE_REACH = 4

/**
 * 'kwamen geen aanwijzingen naar voren dat daar minderjarigen werden aangeboden': a cue in a 'dat' clause that hangs
 * from denied evidence says what was not found
 */
function inDeniedEvidenceClause(toks: Tokens, from: number, first: number): boolean {
  for (let k = first - 1; k > from; k--) {
    if (toks.text[k] !== 'dat') continue
    for (let j = k - 1; j >= Math.max(from, k - 1 - EVIDENCE_REACH); j--) {
      if (!EVIDENCE.has(toks.text[j] ?? '')) continue
      for (let i = j - 1; i >= Math.max(from, j - 2); i--) if (toks.text[i] === 'geen') return true
    }
    return false
  }
  return false
}

/** a denial word before token `k` in its sentence ('Er zijn geen aanwijzingen dat zij daar …'), not 'niet alleen' */
function deniedBefore(toks: Tokens, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (DENIAL.has(toks.text[j] ?? '') && !toks.punct[j] && toks.text[j + 1] !== 'alleen') return true
  return false
}

function give(m: Candidate, role: RoleId, toks: Tokens, h: PhraseHit): void {
  if (m.negated || m.roles.has(role)) return
  m.roles.set(role, roleEvidence(toks, role, h.first, h.last))
}

/** the hits without repeats of one entry at one token (the inverted-subject variants of a cue find it twice) */
function dedupe(hits: PhraseHit[]): PhraseHit[] {
  if (hits.length < 2) return hits.slice()
  const seen = new Set<number>()
  return hits.filter((h) => {
    // one number per (entry, first), not a string per hit: exact while entries stay below 2^20
    const k = h.entry + h.first * 0x100000
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** clause number per token of [from, to), counted from 0 at `from` */
export function clauseIds(toks: Tokens, from: number, to: number): number[] {
  const ids: number[] = []
  let c = 0
  for (let k = from; k < to; k++) {
    const w = toks.text[k] ?? ''
    // 'het slachtoffer (17) via Snapchat': an age aside does not end the clause
    if (w === '(' && k + 2 < to && toks.text[k + 2] === ')' && /^\d{1,3}$/.test(toks.text[k + 1] ?? '')) {
      ids[k - from] = ids[k + 1 - from] = ids[k + 2 - from] = c
      k += 2
      continue
    }
    if ((toks.punct[k] && CLAUSE_PUNCT.has(w)) || (!toks.punct[k] && CLAUSE_WORDS.has(w))) c++
    ids[k - from] = c
  }
  return ids
}

/** clause words that start a new statement, not a relative or purpose clause about the platform named before */
const ARTICLES = new Set(['de', 'het', 'een', "'n"])
const NEW_STATEMENT = new Set(['en', 'maar', 'waarna', 'nadat', 'terwijl', 'toen', 'zodat', 'doordat', 'want'])
/** the words of NEW_STATEMENT that can also join two phrases */
const COORDINATORS = new Set(['en', 'maar'])

/**
 * Whether cue `h` stands in another clause than group `g`, its own clause names no platform and refers to none,
 * and `g`'s clause has a strong cue of another role: then that cue says what `g` was used for. Before `g`: 'Klanten
 * die op het nummer reageerden, kregen via WhatsApp een adres'. After `g` only when the cue's clause is a new
 * statement ('stuurde de foto's via Instagram naar haar broer en dreigde hij haar te slaan'), not a clause about the
 * platform ('op een forum, waar mannen op zijn berichten reageerden', 'op Jaumo, om mannen te vinden').
 */
function otherCuedClause(
  toks: Tokens,
  h: PhraseHit,
  g: Candidate[],
  role: RoleId,
  clause: readonly number[],
  from: number,
  strongIn: ReadonlyMap<number, ReadonlySet<RoleId>>,
  refClauses: ReadonlySet<number>,
): boolean {
  const c = clause[h.last - from] ?? -1
  const first = g[0]
  if (!first || refClauses.has(c)) return false
  const gc = clause[first.firstToken - from] ?? -1
  if (gc === c || g.some((m) => (clause[m.firstToken - from] ?? -2) === c)) return false
  if (gc < c) {
    let open = h.last
    while (open > from && (clause[open - 1 - from] ?? -1) === c) open--
    if (!NEW_STATEMENT.has(toks.text[open] ?? '') || toks.punct[open]) return false
    // 'met foto's en de tekst dat zij "te boeken" is', 'om klanten te werven en afspraken te plannen': 'en' joins
    // a phrase of the platform's clause; a subordinator ('waarna de verdachte de afspraken inplande') opens a clause
    if (COORDINATORS.has(toks.text[open] ?? '') && ARTICLES.has(toks.text[open + 1] ?? '')) return false
    for (let k = open - 1; k >= from && (clause[k - from] ?? -1) >= gc; k--) if ((clause[k - from] ?? -1) === gc && toks.text[k] === 'om') return false
    // 'Via sms regelde hij de afspraken en hield hij haar in de gaten': a platform fronted in the sentence is the means
    // of every clause that follows
    if (frontedPlatform(toks, from, first)) return false
    // 'hield via Instagram contact met haar en stuurde foto's van haar door': the same subject sends the images, and
    // images need a channel, the one just named
    if (role === 'image_distribution' && h.first === open + 1) return false
  }
  const own = strongIn.get(gc)
  return own !== undefined && [...own].some((r) => r !== role)
}

/** words between tokens a < b, an age aside ('(17)') not counted */
function wordsApart(toks: Tokens, a: number, b: number): number {
  let n = 0
  for (let k = a + 1; k <= b; k++) if (!/^(\(|\)|\d{1,3})$/.test(toks.text[k] ?? '')) n++
  return n
}

/** who a profile is made for: 'voor haar', 'voor het slachtoffer' */
const FOR_WHOM = new Set(['haar', 'hem', 'het slachtoffer', 'de minderjarige', 'aangeefster', 'het meisje'])
/** showing her: 'met haar foto's', 'met foto's van haar' */
const SHOWING_HER = new Set(["met haar foto's", 'met haar foto’s', 'met haar foto', "met foto's van haar", 'met foto’s van haar'])

/**
 * 'voor het slachtoffer een profiel aanmaakte', 'een profiel dat hij voor haar had gemaakt', 'een profiel met haar foto's':
 * a profile made for the minor or showing her ('voor' within six words of the profile word)
 */
function madeForHer(toks: Tokens, from: number, to: number): boolean {
  const profile: number[] = []
  for (let k = from; k < to; k++) if (/^(profiel|account)/.test(toks.text[k] ?? '')) profile.push(k)
  if (profile.length === 0) return false
  for (let k = from; k < to; k++) {
    const w = toks.text[k] ?? ''
    if (w === 'met') {
      const three = `met ${toks.text[k + 1] ?? ''} ${toks.text[k + 2] ?? ''}`
      if (SHOWING_HER.has(three) || SHOWING_HER.has(`${three} ${toks.text[k + 3] ?? ''}`)) return true
    }
    if (w !== 'voor' || !profile.some((p) => wordsApart(toks, Math.min(p, k), Math.max(p, k)) <= 6)) continue
    const one = toks.text[k + 1] ?? ''
    if (FOR_WHOM.has(one) || FOR_WHOM.has(`${one} ${toks.text[k + 2] ?? ''}`)) return true
  }
  return false
}

/** words of an offer or an advertisement: a profile with them presents her for sale ('met een prijs', 'beschikbaar') */
const OFFERING = /^(advertentie|advertenties|advert|prijs|prijzen|euro|tarief|tarieven|beschikbaar|boekbaar|boek|boeken|bel|app|aangeboden|aanbood|aanboden|aanbieden|aanbiedt|koop|huur|escort|seks|sex|vanavond|wie|uurtarief|p\/u)$/

/** whether tokens `from` … `to - 1` name an offer or an advertisement */
function offeredIn(toks: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OFFERING.test(toks.text[k] ?? '')) return true
  return false
}

/** words of customers answering a post ('reageerden', 'de reacties') */
const ANSWER_WORD = /^(reageer|reageren|reageerde|reageerden|reageert|gereageerd|reactie|reacties)$/
/** a relative pronoun or a pointer back before the answer word ('die daarop reageerden') */
const ANSWER_OPENERS = new Set(['die', 'wie', 'daarop', 'erop', 'hierop'])

/** roles of a post that customers can answer: the advertisement, or her photos put online */

/**
 * 'Hij zette advertenties op kinky.nl; de mannen die daarop reageerden belden …', 'zette foto's van haar op Instagram en
 * stuurde mannen die reageerden door naar haar Snapchat': customers who answer, in a clause after the one that posts
 * the advertisement or her photos, answered that post, whatever channel the clause names after them. Returns the
 * platform of the post nearest before the cue.
 */
function postAnswered(
  toks: Tokens,
  h: PhraseHit,
  nearest: Candidate[],
  own: readonly Candidate[][],
  clause: readonly number[],
  from: number,
  strongIn: ReadonlyMap<number, ReadonlySet<RoleId>>,
): Candidate[] | undefined {
  // 'mannen die (daarop) reageerden': a relative clause about the men; 'mannen reageerden via sms' names the channel of
  // the answer itself
  const answer = h.words.find((k) => ANSWER_WORD.test(toks.text[k] ?? ''))
  if (answer === undefined) return undefined
  let relative = false
  for (let k = answer - 1; k >= Math.max(from, answer - 4) && !toks.punct[k]; k--) if (ANSWER_OPENERS.has(toks.text[k] ?? '')) relative = true
  if (!relative) return undefined
  if (nearest.length === 0) return undefined
  const c = clause[h.first - from] ?? -1
  let best: Candidate[] | undefined
  for (const g of own) {
    const last = g[g.length - 1]
    if (!last || last.lastToken >= h.first || g.some((m) => m.negated)) continue
    const gc = clause[last.lastToken - from] ?? -1
    if (gc >= c || !POST_ROLES.some((r) => strongIn.get(gc)?.has(r))) continue
    if (!best || last.lastToken > (best[best.length - 1]?.lastToken ?? -1)) best = g
  }
  return best
}

/**
 * 'Klanten die reageerden, kregen een Kik-naam', 'contact met de mannen die reageerden': a cue that is a relative clause
 * about the customers (who answered something named before) says nothing about the platform of the main clause after it.
 */
function relativeAbout(toks: Tokens, h: PhraseHit, g: Candidate[]): boolean {
  const first = g[0]
  const last = g[g.length - 1]
  if (!first || !last || toks.text[h.first + 1] !== 'die' || !REACTED.test(toks.text[h.last] ?? '')) return false
  for (let k = h.first; k <= h.last; k++) if (toks.punct[k]) return false
  // 'klanten die via die site reageerden', 'mannen die reageerden op Sexjobs': the platform is in the relative clause
  if (last.lastToken >= h.first && first.firstToken <= h.last) return false
  if (first.firstToken > h.last && first.firstToken <= h.last + 2 && !toks.punct[h.last + 1]) return false
  return true
}

/**
 * Where the relative clause about customers that holds group `g` begins ('mannen die hij via Luxy had leren kennen',
 * 'klanten in Maastricht die …': the token after the customer noun), when it begins after cue `h`; else -1. A cue of
 * its own in that clause says what the platform did.
 */
function customerRelative(toks: Tokens, h: PhraseHit, g: Candidate[], from: number): number {
  const first = g[0]
  if (!first || first.firstToken <= h.last) return -1
  for (let k = first.firstToken - 1; k > h.last && k >= from; k--) {
    const w = toks.text[k] ?? ''
    if (toks.punct[k]) return -1
    if (w !== 'die' && w !== 'dat') continue
    // 'naar klanten in Maastricht die hij via Facebook had gevonden': a place after the customers
    const noun = PLACE_PREPOSITIONS.has(toks.text[k - 2] ?? '') && !toks.punct[k - 1] ? k - 3 : k - 1
    if (CUSTOMER_WORDS.test(toks.text[noun] ?? '')) return noun >= h.first ? noun + 1 : -1
    // 'werd zij aan mannen aangeboden die hij via Badoo had benaderd': the relative clause put after the participle
    if (CUSTOMER_WORDS.test(toks.text[k - 2] ?? '') && PARTICIPLE.test(toks.text[k - 1] ?? '') && h.last <= k - 1) return k - 1
  }
  return -1
}

/** a past participle ('aangeboden', 'voorgesteld', 'gekoppeld') */
const PARTICIPLE = /^(aan|voor|door|toe|mee)?ge[a-zà-ÿ]{2,}(d|t|en)$/

const PLACE_PREPOSITIONS = new Set(['in', 'uit', 'rond', 'bij'])

const REACTED = /^(reageerde|reageerden|gereageerd|stuurden|stuurde|schreven|schreef|belden|belde)$/

/**
 * Whether the cue's last word follows right after 'en' (or 'en hij/zij') and a platform stands in its words before that:
 * 'advertenties op Kinky en maakte de afspraken' is two clauses, not 'advertenties … maakte'.
 */
function verbOfNextClause(toks: Tokens, h: PhraseHit, mentionTokens: ReadonlySet<number>): boolean {
  let k = h.last - 1
  if (SUBJECT_PRONOUNS.has(toks.text[k] ?? '')) k--
  if (k <= h.first || toks.text[k] !== 'en') return false
  for (let j = h.first; j < k; j++) if (mentionTokens.has(j)) return true
  return false
}

const SUBJECT_PRONOUNS = new Set(['hij', 'zij', 'ze'])

const FRONTING = new Set(['via', 'op', 'in', 'met', 'over'])

/** whether the sentence opens with 'Via/Op X' where X is the mention `m` ('Via sms regelde hij …') */
function frontedPlatform(toks: Tokens, from: number, m: Candidate): boolean {
  if (!FRONTING.has(toks.text[from] ?? '')) return false
  // 'Via een chatsite', 'Op zijn Snapchat': an article or possessive may stand between
  return m.firstToken === from + 1 || (m.firstToken === from + 2 && !toks.punct[from + 1])
}

/** how far after its opening bracket a gloss's cue may start ('(dagelijkse aansturing; adressen van klanten)') */
const GLOSS_REACH = 8

/** the group right before the opening bracket the cue `h` stands in, if any: 'WhatsApp (dagelijkse aansturing)' */
function glossOf(groups: Candidate[][], h: PhraseHit, from: number, toks: Tokens): Candidate[] | undefined {
  for (let k = h.first - 1; k >= Math.max(from, h.first - GLOSS_REACH); k--) {
    const t = toks.text[k]
    if (t === ')') return undefined
    if (t !== '(') continue
    return groups.find((g) => g[g.length - 1]?.lastToken === k - 1)
  }
  return undefined
}

function nearestGroup(
  groups: Candidate[][],
  h: PhraseHit,
  clause: readonly number[],
  from: number,
  toks: Tokens,
  refClauses?: ReadonlySet<number>,
): Candidate[] | undefined {
  // 'Overzicht platforms: - Snapchat (eerste contact) - WhatsApp (dagelijkse aansturing; adressen van klanten)': a cue in
  // brackets right after a platform glosses that platform
  const glossed = glossOf(groups, h, from, toks)
  if (glossed) return glossed
  // a cue across a clause boundary ('klanten via Snapchat binnenhaalde en de afspraken') belongs to the clause where it
  // ends: its head word ('afspraken') is there
  const end = clause[h.last - from] ?? -1
  let a = h.last
  while (a > h.first && (clause[a - 1 - from] ?? -1) === end) a--
  let best: Candidate[] | undefined
  let bestScore = Infinity
  for (const g of groups) {
    const first = g[0]
    const last = g[g.length - 1]
    if (!first || !last) continue
    const dist = first.firstToken > h.last ? first.firstToken - h.last : a > last.lastToken ? a - last.lastToken : 0
    // 'Zij moest voor hem werken; klanten werden geworven via Sexjobs.nl': a semicolon parts two statements
    // unless the cue's clause refers back ('…werd zij aangeboden; reacties kwamen op dat account binnen')
    if (dist > 0 && !refClauses?.has(end) && semicolonBetween(toks, Math.min(h.last, last.lastToken), Math.max(h.first, first.firstToken))) continue
    const sameClause = g.some((m) => (clause[m.firstToken - from] ?? -2) === end)
    // at equal distance the platform after the cue ('mannen die hij zocht op Chatgirl.nl'): the verb's 'op/via X'
    const score = dist + (sameClause ? 0 : 1000) - (first.firstToken > h.last ? 0.5 : 0)
    if (score < bestScore) {
      bestScore = score
      best = g
    }
  }
  return best
}

/**
 * Clauses that refer back to the previous sentences' platform although the sentence names one of its own: 'Klanten
 * konden via een formulier op die site een afspraak aanvragen, waarna hij haar per sms liet weten waar zij moest zijn.'
 * Only a reference before any platform of the sentence, in a clause without one.
 */
function referringClauses(
  refs: PhraseHit[],
  own: Candidate[][],
  clause: readonly number[],
  from: number,
): Set<number> | undefined {
  let out: Set<number> | undefined
  const firstOwn = Math.min(...own.map((g) => g[0]?.firstToken ?? Infinity))
  for (const r of refs) {
    if (r.last >= firstOwn) continue
    const c = clause[r.first - from] ?? -1
    if (own.some((g) => g.some((m) => (clause[m.firstToken - from] ?? -2) === c))) continue
    ;(out ??= new Set()).add(c)
  }
  return out
}

/**
 * Whether the cue's clause, which names no platform, says the contact went 'via' something else ('via haar broer',
 * 'via vrienden'): then the cue is not about the platform `g` in another clause. 'via dat profiel' refers back.
 */
function otherChannel(
  toks: Tokens,
  h: PhraseHit,
  clause: readonly number[],
  from: number,
  to: number,
  g: Candidate[] | undefined,
  mentionTokens: Set<number>,
): boolean {
  if (!g) return false
  const c = clause[h.last - from] ?? -1
  if (g.some((m) => (clause[m.firstToken - from] ?? -2) === c)) return false
  for (let k = from; k < to; k++) {
    if ((clause[k - from] ?? -1) !== c || toks.punct[k]) continue
    // 'met wie verdachte telefonisch afspraken maakte': by telephone, which is no platform
    if (TELEPHONIC.has(toks.text[k] ?? '')) return true
    if (toks.text[k] !== 'via') continue
    if (VIA_BACK.has(toks.text[k + 1] ?? '')) continue
    let platform = false
    for (let j = k + 1; j <= k + 3 && j < to; j++) {
      // 'via een telefoon die hij haar gaf, met WhatsApp': a device carries the platform the sentence names
      if (mentionTokens.has(j) || PLATFORM_NOUNS.has(toks.text[j] ?? '') || DEVICE_NOUNS.has(toks.text[j] ?? '')) platform = true
    }
    if (!platform) return true
  }
  return false
}

const DEVICE_NOUNS = new Set(['telefoon', 'toestel', 'werktelefoon', 'mobiel', 'mobieltje', 'laptop', 'tablet'])

/** whether the sentence of `g` names a device ('een ander toestel waarop alleen Telegram stond') */
function deviceWith(toks: Tokens, g: Candidate[]): boolean {
  const first = g[0]
  if (!first) return false
  const s = toks.sentence[first.firstToken] ?? 0
  const to = sentenceEnd(toks, s)
  for (let k = toks.sentenceStart[s] ?? 0; k < to; k++) if (DEVICE_NOUNS.has(toks.text[k] ?? '')) return true
  return false
}

/** whether the cue's clause says it went by telephone ('telefonisch afspraken maakte') */
function telephonicClause(toks: Tokens, h: PhraseHit, clause: readonly number[], from: number, to: number): boolean {
  const c = clause[h.last - from] ?? -1
  for (let k = from; k < to; k++) if ((clause[k - from] ?? -1) === c && TELEPHONIC.has(toks.text[k] ?? '')) return true
  return false
}

/**
 * Whether the cue stands in a relative clause about a telephone ('de telefoon beheerde waarop klanten belden'): the
 * calls went over the phone, which is no platform. The antecedent is the nearest noun before the relative adverb, past a
 * verb-final 'had aangemaakt'.
 */
function aboutPhone(toks: Tokens, h: PhraseHit, clause: readonly number[], from: number, mentionTokens: Set<number>): boolean {
  const c = clause[h.last - from] ?? -1
  let open = h.first
  while (open > from && (clause[open - 1 - from] ?? -1) === c) open--
  if (!RELATIVE_ADVERBS.has(toks.text[open] ?? '')) return false
  // 'de telefoon waarop klanten via WhatsApp afspraken maakten': the clause names its platform
  for (let k = open; k < toks.count && (clause[k - from] ?? -1) === c; k++) if (mentionTokens.has(k)) return false
  for (let k = open - 1; k >= Math.max(from, open - 6); k--) {
    if (mentionTokens.has(k) || PLATFORM_NOUNS.has(toks.text[k] ?? '')) return false
    // 'een Whatsapp-nummer, waarop …': the number of a platform, glued to its mention
    if (PHONE_NOUNS.has(toks.text[k] ?? '')) return !mentionTokens.has(k - 1)
  }
  return false
}

/** the live group named just before `g` (for 'beide'), if it is another platform */
function lastGroupsBefore(groups: Candidate[][], g: Candidate[]): Candidate[] | undefined {
  const i = groups.indexOf(g)
  for (let j = i - 1; j >= 0; j--) {
    const p = groups[j]
    if (!p || p.some((m) => m.negated)) continue
    const a = p[0]
    const b = g[0]
    if (a && b && (a.platformId ?? a.kind) !== (b.platformId ?? b.kind)) return p
  }
  return undefined
}

/** plural platform nouns of a reference ('via die apps', 'op die sites') */
const PLURAL_PLATFORM_NOUNS = new Set(['apps', 'sites', 'websites', 'accounts', 'profielen', 'platforms', 'platformen', 'kanalen'])

/** the live groups of the nearest sentence before `s` (within reach) that names two or more platforms */
function severalNamedBefore(groupsBySentence: Map<number, Candidate[][]>, s: number): Candidate[][] | undefined {
  for (let p = s - 1; p >= Math.max(0, s - REFERENCE_REACH); p--) {
    const gs = (groupsBySentence.get(p) ?? []).filter((g) => !g.some((m) => m.negated) && g.some((m) => m.kind === 'named'))
    if (new Set(gs.flat().map((m) => m.platformId ?? m.platform)).size >= 2) return gs
  }
  return undefined
}

function findEarlierGroup(groupsBySentence: Map<number, Candidate[][]>, s: number): Candidate[] | undefined {
  for (let p = s - 1; p >= Math.max(0, s - REFERENCE_REACH); p--) {
    const gs = groupsBySentence.get(p)
    if (!gs) continue
    for (let i = gs.length - 1; i >= 0; i--) {
      const g = gs[i]
      if (g && !g.some((m) => m.negated) && g.some((m) => m.kind === 'named')) return g
    }
    const any = gs[gs.length - 1]
    if (any && !any.some((m) => m.negated)) return any
  }
  return undefined
}

/**
 * conventions of short answers and of customers answering (kept out of the assigner's closure, whose size V8's optimiser
 * minds): the roles a question's type word gives the platform of the answer, customers' reactions put to a suspect, an
 * advertisement answered after a semicolon or in the answer to a question about it
 */
function applyAnswerConventions(toks: Tokens, mentions: readonly Candidate[], groupsBySentence: ReadonlyMap<number, Candidate[][]>, sentences: number): void {
  // the answer passes need an interview: a record without a question mark skips them
  let asked = false
  for (let k = 0; k < toks.count && !asked; k++) if (toks.questionEnd[k] === 1) asked = true
  if (asked) answerPasses(toks, mentions, groupsBySentence)
  semicolonAnswers(toks, mentions)
  const unanswered = (m: Candidate): boolean => !m.negated && m.roles.has('advertising') && !m.roles.has('customer_acquisition')
  if (asked && mentions.some(unanswered)) askedAdvertisements(toks, groupsBySentence, sentences, unanswered)
}

/** the roles a question's type word gives the platform of the answer; customers' reactions put to a suspect */
function answerPasses(toks: Tokens, mentions: readonly Candidate[], groupsBySentence: ReadonlyMap<number, Candidate[][]>): void {
  // 'V: Heb je hem leren kennen via sociale media? A: Ja, via Snap.', 'V: Kende je hem van internet? A: Ja. V: Waarvan
  // precies? A: Van Tellonym.': the platform a short answer names is the one the question's type word asked about, and
  // takes its roles (GUIDELINES heldout-26: both mentions recruiting)
  for (const [s, own] of groupsBySentence) {
    if (!own.every((g) => g.every((m) => m.kind !== 'named' && !m.negated && m.roles.size > 0))) continue
    if (!isQuestion(toks, sentenceEnd(toks, s))) continue
    let a = s + 1
    // 'A: Ja. V: Waarvan precies? A: Van Tellonym.': a bare 'ja' and a follow-up question without a platform
    if (!groupsBySentence.has(a) && bareYes(toks, a) && !groupsBySentence.has(a + 1) && isQuestion(toks, sentenceEnd(toks, a + 1))) a += 2
    const answer = groupsBySentence.get(a)
    if (!answer || !plainAnswer(toks, a, answer) || !answer.every((g) => g.every((m) => m.kind === 'named' && !m.negated && m.roles.size === 0))) continue
    for (const g of answer) for (const m of g) for (const q of own) for (const qm of q) for (const [r, ev] of qm.roles) m.roles.set(r, ev)
  }
  // 'V: De reacties van de mannen kwamen binnen op uw telefoon. A: Soms. V: Via welk programma? A: Wickr.': a short answer
  // naming only a platform, to an interview that just put the customers' reactions to the suspect, is the channel they
  // came through
  for (const [a, answer] of groupsBySentence) {
    if (!answer.every((g) => g.every((m) => m.kind === 'named' && !m.negated && m.roles.size === 0))) continue
    if (!plainAnswer(toks, a, answer)) continue
    // the question just before, if any, asks which channel ('Via welk programma?'), not how something else went
    const q = a - 1
    if (isQuestion(toks, sentenceEnd(toks, q)) && !wordBetween(toks, (toks.sentenceStart[q] ?? 0) - 1, sentenceEnd(toks, q), WHICH)) continue
    for (let b = a - 1; b >= Math.max(0, a - 4); b--) {
      if (groupsBySentence.has(b)) break
      const from = toks.sentenceStart[b] ?? 0
      const to = sentenceEnd(toks, b)
      if (!namesCustomers(toks, from, to) || !answers(toks, from, to)) continue
      for (const g of answer) for (const m of g) m.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', from, to - 1))
      break
    }
  }
}

/** an advertisement answered by customers after a semicolon */
function semicolonAnswers(toks: Tokens, mentions: readonly Candidate[]): void {
  // 'zette haar op Redlights; klanten reageerden via WhatsApp', 'aangeboden op Kinky.nl; klanten reageren op die
  // advertentie via sms': customers answering after the semicolon answered the advertisement before it, as well as
  // using the channel they answered through
  for (const m of mentions) {
    if (m.negated || !m.roles.has('advertising') || m.roles.has('customer_acquisition')) continue
    const s = toks.sentence[m.firstToken] ?? 0
    const end = sentenceEnd(toks, s)
    const semi = semicolonAt(toks, m.lastToken + 1, end)
    if (semi < 0) continue
    const after = semicolonAt(toks, semi + 1, end)
    const next = after < 0 ? end : after
    if (!namesCustomers(toks, semi + 1, next) || !answers(toks, semi + 1, next)) continue
    const through = mentions.find((o) => o !== m && o.firstToken > semi && o.lastToken < next && o.roles.has('customer_acquisition'))
    const ev = through?.roles.get('customer_acquisition')
    if (ev) m.roles.set('customer_acquisition', ev)
  }
}

/** the first ';' token in [from, to), or -1 */
function semicolonAt(toks: Tokens, from: number, to: number): number {
  for (let k = from; k < to; k++) if (toks.text[k] === ';') return k
  return -1
}

/** an advertisement asked about, answered by customers in the answer */
function askedAdvertisements(toks: Tokens, groupsBySentence: ReadonlyMap<number, Candidate[][]>, sentences: number, unanswered: (m: Candidate) => boolean): void {
  // 'V: Wie plaatste de advertenties op Redlights? A: Mijn neef. Ik beantwoordde alleen de berichten van de klanten.':
  // customers answering, in the answer to a question about an advertisement, answered that advertisement
  for (const [s, own] of groupsBySentence) {
    if (!own.every((g) => g.every(unanswered))) continue
    if (!isQuestion(toks, sentenceEnd(toks, s))) continue
    for (let a = s + 1; a <= s + 2 && a < sentences; a++) {
      const from = toks.sentenceStart[a] ?? 0
      const to = sentenceEnd(toks, a)
      if (groupsBySentence.has(a) || isQuestion(toks, to)) break
      if (!namesCustomers(toks, from, to) || !(answers(toks, from, to) || wordBetween(toks, from - 1, to, ANSWERED))) continue
      for (const g of own) for (const m of g) m.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', from, to - 1))
      break
    }
  }
}

/** a man she knows from a dating site who pays or promises her money himself: a customer, not her recruiter */
function payingDatingCustomers(toks: Tokens, mentions: readonly Candidate[], paidDating: ReadonlySet<string>, categoryOf: (platformId: string) => string | undefined): void {
  // 'Zij zei dat zij de man kende "van Binkdate" en dat hij haar geld had beloofd': on a dating site (not a sugar site,
  // above) a man she knows from there who pays or promises her money himself, with no third party in the text, is a
  // customer found there, not her recruiter (GUIDELINES heldout-27's paying man; heldout-37's man "van PlanetRomeo")
  for (const m of mentions) {
    if (m.negated || m.roles.size !== 1 || !m.roles.has('recruiting') || !m.platformId || paidDating.has(m.platformId)) continue
    if (categoryOf(m.platformId) !== 'dating' || !promisedHerMoney(toks, m) || !someWithout(toks, 0, toks.count, PAYS_OR_PROMISES, THIRD_PARTY)) continue
    recruiterToCustomer(toks, m)
  }
}

/**
 * a man who pays her himself found her as a customer: `m`'s recruiting becomes customer_acquisition on the same evidence
 * span (the mention's own span when it had none)
 */
function recruiterToCustomer(toks: Tokens, m: Candidate): void {
  const ev = m.roles.get('recruiting')
  m.roles.delete('recruiting')
  m.roles.set('customer_acquisition', { rule: 'role-cue', a: ev?.a ?? toks.start[m.firstToken] ?? 0, b: ev?.b ?? toks.end[m.lastToken] ?? 0, gives: 'customer_acquisition' })
}
