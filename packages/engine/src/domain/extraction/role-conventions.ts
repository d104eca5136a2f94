import type { Candidate } from './candidate.ts'
import type { PhraseMatcher } from './phrase-matcher.ts'
import { CLAUSE_PUNCT, CLAUSE_WORDS, isQuestion, POST_ROLES, roleEvidence, semicolonBetween, wordBetween } from './role-words.ts'
import { sentenceEnd, type Tokens } from './tokenize.ts'

/**
 * The annotation conventions that single cues cannot express, applied after the cue roles, in this order (a later pass
 * may undo an earlier one's role): contact moving on to another platform, advertisements named as such, a second place
 * of the same post, answers about the customers, job advertisements, answered advertisements, threats, a phone kept for
 * one app, the police's pseudo-customer contact, a platform named inside an advertisement, images referred back to,
 * persuasion to meet men, offers in quoted texts, accounts asked for, platforms named as examples, and messages sent to
 * the minor that are themselves the mention ('hij had haar ge-appt'), and e-mail addresses that only registered an
 * advertisement.
 */
export function applyRoleConventions(
  toks: Tokens,
  mentions: Candidate[],
  groups: Candidate[][],
  continuations: PhraseMatcher,
  pointsBack: (from: number, to: number) => boolean,
): void {
  contactMovesOn(toks, groups, continuations)
  adNamedAsSuch(toks, mentions)
  postedThereToo(toks, groups)
  answerAboutCustomers(toks, groups)
  jobAdIsRecruiting(toks, mentions)
  responseToAd(toks, mentions, groups)
  callsToAdNumber(toks, mentions, groups)
  countedResponses(toks, mentions, groups)
  customersAskPrice(toks, mentions)
  threatChannel(toks, mentions)
  phoneOnlyFor(toks, mentions)
  pseudoCustomer(toks, mentions)
  channelInAd(toks, mentions)
  imagesReferredTo(toks, mentions)
  imagesInOfferPost(toks, mentions)
  askedToMeetMen(toks, mentions)
  offerInText(toks, mentions, pointsBack)
  askedForAccount(toks, mentions)
  namedAsExamples(toks, mentions)
  messagedHer(toks, mentions)
  messagedCustomers(toks, mentions)
  mailAddressIsNoAd(toks, mentions)
}

/** the address or account word of an e-mail mention ('e-mailadres', 'Gmail-adres', 'Hotmail-account') */
const MAIL_ADDRESS = /(adres|adressen|account|accounts)$/

/**
 * 'Het e-mailadres waarmee de advertentie is aangemaakt', 'advertenties geplaatst vanaf hetzelfde e-mailadres': an
 * address that registered or placed an advertisement is not where the advertisement stands (GUIDELINES tune-7: an
 * e-mail address used only to register an account has no role); responses that come in on it still make it
 * customer_acquisition.
 */
function mailAddressIsNoAd(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.platform !== 'E-mail' || !m.roles.has('advertising') || !MAIL_ADDRESS.test(toks.text[m.lastToken] ?? '')) continue
    m.roles.delete('advertising')
  }
}

/** a mention that is itself the messages sent: a messaging verb or a plural of message nouns ('appte', 'ge-sms't', 'smsjes') */
const MESSAGE_MENTION = /^(appte|appten|geappt|whatsappte|gewhatsappt|sms'te|smste|gesms't|gesmst|mailde|gemaild|sms'jes|smsjes|sms-berichten|smsberichten|appjes|app-berichten|appberichten|mailtjes|whatsappjes)$/
/** the minor as the one messaged */
const MESSAGED = new Set(['haar', 'mij', 'me', 'slachtoffer', 'aangeefster', 'betrokkene', 'minderjarige'])
/** people other than the pimp who message her (family, friends, care, police, customers) */
const OTHER_SENDERS = /^(klant|klanten|mannen|kopers|moeder|vader|ouders|broer|zus|zusje|oma|opa|tante|oom|vriendin|vriendinnen|vriend|vrienden|klasgenot|klasgenoten|mentor|docent|leraar|lerares|school|politie|agent|wijkagent|hulpverlener|begeleider|groepsleiding|pleegmoeder|pleegvader|pleegouders|jeugdzorg|dochter|zoon)$/
/** how far the minor may stand from the message mention ('heeft het slachtoffer meerdere keren ge-sms't') */
const MESSAGED_REACH = 5

/**
 * 'Verdachte heeft het slachtoffer meerdere keren ge-sms't', 'Hij stuurde haar smsjes': a mention that is the
 * messages themselves, sent to the minor, is the pimp keeping contact (relationship) when nothing else gives it a role
 * and no other sender (family, care, customers) is named in the sentence.
 */
function messagedHer(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.kind !== 'named' || m.negated || m.roles.size > 0 || m.lastToken - m.firstToken > 1) continue
    // 'ge-sms't' is two tokens ('ge', 'sms't')
    if (!MESSAGE_MENTION.test(toks.text.slice(m.firstToken, m.lastToken + 1).join(''))) continue
    const s = toks.sentence[m.firstToken]
    const from = toks.sentenceStart[s ?? 0] ?? 0
    const to = sentenceEnd(toks, s ?? 0)
    // the statement the mention stands in: a semicolon parts the entries of a timeline or list
    let a = m.firstToken
    while (a > from && toks.text[a - 1] !== ';') a--
    let b = m.lastToken
    while (b < to - 1 && toks.text[b + 1] !== ';') b++
    let other = false
    for (let k = a; k <= b; k++) if (OTHER_SENDERS.test(toks.text[k] ?? '')) other = true
    if (other) continue
    let her = false
    // words before the mention (an age aside '(15)' not counted) and two after it ('appte haar')
    let words = 0
    for (let k = m.firstToken - 1; k >= from && words < MESSAGED_REACH; k--) {
      if (toks.punct[k] || /^\d{1,3}$/.test(toks.text[k] ?? '')) continue
      words++
      if (MESSAGED.has(toks.text[k] ?? '')) her = true
    }
    for (let k = m.lastToken + 1; k < Math.min(to, m.lastToken + 3); k++) if (MESSAGED.has(toks.text[k] ?? '')) her = true
    if (!her) continue
    m.roles.set('relationship', roleEvidence(toks, 'relationship', m.firstToken, m.lastToken))
  }
}

/** messaging verbs that are themselves the mention, infinitives included ('moest zelf met de klanten sms'en') */
const MESSAGING_VERB = /^(appte|appten|geappt|appen|whatsappte|whatsappten|gewhatsappt|whatsappen|sms'te|smste|sms'ten|smsten|gesms't|gesmst|sms'en|smsen|mailde|mailden|gemaild|mailen)$/
/** participles: the customer before them is their object ('Heb je die man al geappt?'), not their subject */
const MESSAGING_PARTICIPLE = /^(geappt|gewhatsappt|gesms't|gesmst|gemaild)$/
/** the customers messaged */
const CUSTOMER_NOUNS = new Set(['klant', 'klanten', 'man', 'mannen'])
/** the determiner or preposition before the customers ('met klanten', 'die man'), not a numeral ('drie man') */
const CUSTOMER_DETERMINERS = new Set(['met', 'die', 'de', 'deze', 'dezelfde'])
/** adverbs between the customers and the participle ('die man al geappt') */
const CUSTOMER_ADVERBS = new Set(['al', 'nog', 'zelf', 'weleens', 'ooit', 'ook', 'net', 'even', 'steeds', 'dan'])

/**
 * 'Heb je die man al geappt over vanavond?', 'Ze appte zelf met die mannen', 'Ik whatsappte met klanten over de tijd':
 * a messaging verb that is itself the mention, with the customers as the ones messaged, is the appointment being
 * arranged (customer_meeting; heldout-15, -17, -19, -23, -28, -29), when nothing else gave the mention a role. Not the
 * customers messaging ('De mannen appten haar', 'Er hebben drie man geappt': they answer an advertisement).
 */
function messagedCustomers(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.kind !== 'named' || m.negated || m.roles.size > 0 || m.lastToken - m.firstToken > 1) continue
    const verb = toks.text.slice(m.firstToken, m.lastToken + 1).join('')
    if (!MESSAGING_VERB.test(verb)) continue
    const s = toks.sentence[m.firstToken]
    let messaged = false
    // after the verb: 'appte (zelf) met (de|die) klanten'
    let k = m.lastToken + 1
    while (CUSTOMER_ADVERBS.has(toks.text[k] ?? '')) k++
    if (toks.text[k] === 'met') {
      k++
      if (CUSTOMER_DETERMINERS.has(toks.text[k] ?? '')) k++
      if (CUSTOMER_NOUNS.has(toks.text[k] ?? '') && toks.sentence[k] === s) messaged = true
    }
    // before a participle: '(met) (die) klanten (al) geappt'
    if (!messaged && MESSAGING_PARTICIPLE.test(verb)) {
      let j = m.firstToken - 1
      while (j > 0 && CUSTOMER_ADVERBS.has(toks.text[j] ?? '')) j--
      if (CUSTOMER_NOUNS.has(toks.text[j] ?? '') && CUSTOMER_DETERMINERS.has(toks.text[j - 1] ?? '') && toks.sentence[j] === s) messaged = true
    }
    if (!messaged) continue
    m.roles.set('customer_meeting', roleEvidence(toks, 'customer_meeting', m.firstToken, m.lastToken))
  }
}

/**
 * 'Zij had via Chatgum contact met een onbekende. Daarna appten zij dagelijks.': when contact moves on to another
 * platform ('later', 'daarna'), the first contact platform is where the minor was recruited, and a recruiting cue on
 * the later platform ('vriendschapsverzoek', 'vroeg haar') is the continuing relationship. Within one sentence the
 * continuation must stand right before the later platform ('Eerst via Snapchat, later via Signal').
 */
function contactMovesOn(toks: Tokens, groups: Candidate[][], continuations: PhraseMatcher): void {
  const live = groups.filter((g) => !g.some((m) => m.negated))
  const first = live.find((g) => g.some((m) => m.roles.has('recruiting') || m.roles.has('relationship')))
  const head = first?.[0]
  if (!first || !head) return
  const firstPlatform = head.platformId ?? head.kind
  let moved = false
  const checked = new Map<number, number[]>()
  for (const g of live) {
    const m0 = g[0]
    if (!m0 || m0.firstToken <= head.lastToken || (m0.platformId ?? m0.kind) === firstPlatform) continue
    const s = toks.sentence[m0.firstToken] ?? 0
    let marks = checked.get(s)
    if (!marks) {
      const from = toks.sentenceStart[s] ?? 0
      const to = sentenceEnd(toks, s)
      marks = continuations.findAll(toks, from, to).map((h) => h.first)
      checked.set(s, marks)
    }
    // 'Eerst via Snapchat, later via Signal', 'contact via TikTok en daarna via Insta': a continuation right before the
    // platform's preposition moves the contact on within the sentence as well
    const right = marks.some((k) => k < m0.firstToken && m0.firstToken - k <= CONTINUATION_REACH && onlyLeadIn(toks, k + 1, m0.firstToken))
    if (!marks.some((k) => k < m0.firstToken) || ((toks.sentence[head.firstToken] ?? 0) === s && !right)) continue
    if (!g.some((m) => m.roles.has('recruiting') || m.roles.has('relationship'))) {
      // 'V: En daarna? A: Daarna alleen via Snapchat.', 'contact via TikTok en daarna via Insta': the platform the contact
      // moved on to, named for nothing else, is where it went on; 'Afspraken werden gemaakt via Grindr en later via
      // WhatsApp': joined to a platform of its sentence, it shares that platform's other roles instead
      if (!right || g.some((m) => m.roles.size > 0)) continue
      const joined = live.filter((o) => o !== g && toks.sentence[o[0]?.firstToken ?? -1] === s && (o[0]?.firstToken ?? Infinity) < m0.firstToken)
      const before = joined[joined.length - 1]
      const ev = { rule: 'role-cue', a: toks.start[m0.firstToken - 1] ?? 0, b: toks.end[m0.lastToken] ?? 0 }
      if (before && !before.some((m) => m.roles.has('recruiting') || m.roles.has('relationship'))) {
        for (const m of g) for (const o of before) for (const [role, oev] of o.roles) if (!m.roles.has(role)) m.roles.set(role, oev)
        continue
      }
      for (const m of g) m.roles.set('relationship', { ...ev, gives: 'relationship' })
    }
    moved = true
    // 'benaderde hij haar opnieuw via Insta', 'werd via sms uitgenodigd': a renewed approach or an invitation recruits
    if (renewedApproach(toks, s, g)) continue
    for (const m of g) {
      const r = m.roles.get('recruiting')
      if (!r) continue
      m.roles.delete('recruiting')
      if (!m.roles.has('relationship')) m.roles.set('relationship', { ...r, gives: 'relationship' })
    }
  }
  if (!moved) return
  for (const m of first) {
    const r = m.roles.get('relationship')
    if (!r || m.roles.has('recruiting')) continue
    m.roles.delete('relationship')
    m.roles.set('recruiting', { ...r, gives: 'recruiting' })
  }
}

/** how far before the platform a continuation may stand to move the contact on within a sentence ('later alleen via X') */
const CONTINUATION_REACH = 4
/** what may stand between such a continuation and the platform */
const LEAD_IN = new Set(['via', 'op', 'naar', 'over', 'alleen', 'nog', 'ook', 'verder', 'vooral', 'enkel', 'uitsluitend', 'met', 'in'])

function onlyLeadIn(toks: Tokens, a: number, b: number): boolean {
  if (b <= a) return false
  for (let k = a; k < b; k++) if (!LEAD_IN.has(toks.text[k] ?? '')) return false
  return toks.text[b - 1] === 'via' || toks.text[b - 1] === 'op' || toks.text[b - 1] === 'naar' || toks.text[b - 1] === 'over'
}

const ASKING = new Set(['vroeg', 'vroegen', 'vraagt', 'vragen', 'gevraagd', 'om'])
const POSSESSIVES = new Set(['haar', 'hun', 'zijn', 'mijn', 'je', 'jouw'])

/**
 * 'vroeg haar om haar Snapchat(-naam)', 'die om haar Snap vroegen': an account asked for is no use of the platform
 * (annotation convention: no role for asking someone's Snapchat name)
 */
/** words that introduce examples of a type word ('advertentiesites, waaronder Kinky en Redlights') */
const EXAMPLE_WORDS = new Set(['waaronder', 'zoals', 'bijvoorbeeld'])
const EXAMPLE_PAIRS = new Set(['onder andere', 'onder meer', 'o a'])
/** what may stand between the names of a list of examples */
const LIST_JOINS = new Set([',', 'en', 'of'])

/**
 * 'plaatste advertenties op meerdere advertentiesites, waaronder Kinky en Redlights': the names given as examples of a
 * type word were used for what the type word was used for
 */
function namedAsExamples(toks: Tokens, mentions: Candidate[]): void {
  const sorted = [...mentions].sort((x, y) => x.firstToken - y.firstToken)
  sorted.forEach((g, i) => {
    if (g.kind !== 'generic' || g.negated) return
    let k = g.lastToken + 1
    // 'op "alle sugardatingsites", onder andere …': a closing quote after the type word
    if (toks.punct[k] && QUOTE_CHARS.has(toks.text[k] ?? '')) k++
    if (toks.text[k] === ',') k++
    if (EXAMPLE_WORDS.has(toks.text[k] ?? '')) k++
    else if (EXAMPLE_PAIRS.has(`${toks.text[k] ?? ''} ${toks.text[k + 1] ?? ''}`)) k += 2
    else return
    const names: Candidate[] = []
    for (let j = i + 1; j < sorted.length; j++) {
      const m = sorted[j] as Candidate
      if (m.firstToken < k) continue
      // only the names of the list: nothing but a comma, 'en' or 'of' between them
      let joined = true
      for (; k < m.firstToken; k++) if (!LIST_JOINS.has(toks.text[k] ?? '') && toks.text[k] !== ':') joined = false
      if (!joined || m.kind !== 'named' || m.negated) break
      names.push(m)
      k = m.lastToken + 1
    }
    const last = names[names.length - 1]
    if (!last) return
    if (g.roles.size > 0) {
      for (const m of names) for (const [role, ev] of g.roles) if (!m.roles.has(role)) m.roles.set(role, ev)
      return
    }
    // 'profielen op meerdere datingsites, waaronder Lovoo. Mannen bieden haar daar geld': what a later sentence says the
    // names were used for, the type word they exemplify was used for too
    const after = toks.end[last.lastToken] ?? 0
    for (const m of names) for (const [role, ev] of m.roles) if (ev.a >= after && !g.roles.has(role)) g.roles.set(role, ev)
  })
}

function askedForAccount(toks: Tokens, mentions: Candidate[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]
    if (!m || m.kind !== 'named') continue
    const p = m.firstToken - 1
    if (!POSSESSIVES.has(toks.text[p] ?? '') || toks.sentence[p - 1] !== toks.sentence[m.firstToken]) continue
    const before = toks.text[p - 1] ?? ''
    // 'om haar Snapchat en Instagram te verwijderen': the account and those coordinated with it
    const chain = [m]
    let end = m.lastToken
    for (let j = i + 1; j < mentions.length; j++) {
      const n = mentions[j]
      if (!n || n.firstToken !== end + 2 || toks.text[end + 1] !== 'en') break
      chain.push(n)
      end = n.lastToken
    }
    const after = toks.text[end + 1] ?? ''
    const verb = after === 'te' ? (toks.text[end + 2] ?? '') : after
    const asked = ASKING.has(before) || (before !== '' && ASKING.has(after) && after !== 'om')
    if (!asked && !REMOVING.has(verb)) continue
    // 'Hij vroeg mijn snap. Daar praatten we elke dag.': a later sentence that refers back says what the account was used
    // for; only the roles of the asking sentence itself go
    const s = toks.sentence[m.firstToken] ?? 0
    const from = toks.start[toks.sentenceStart[s] ?? 0] ?? 0
    const to = toks.start[sentenceEnd(toks, s)] ?? Infinity
    for (const c of chain) for (const [role, ev] of c.roles) if (ev.a >= from && ev.a < to) c.roles.delete(role)
  }
}

// 'heeft haar Snapchat verwijderd': deleting or blocking an account is no use of it (annotation convention)
const REMOVING = new Set(['verwijderen', 'verwijderd', 'verwijderde', 'blokkeren', 'geblokkeerd', 'blokkeerde', 'deinstalleren', 'gedeinstalleerd', 'opzeggen', 'opgezegd'])

const AD_HEAD = /(advertentie|advertenties|advertentiepagina|advert)$/

/** 'In de Sexjobs-advertentie werd het slachtoffer omschreven …': the mention is an advertisement */
function adNamedAsSuch(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    // a web address ('…/advertenties') is a listing, not one advertisement
    if (m.kind !== 'named' || m.negated || m.roles.has('advertising') || m.lastToken > m.firstToken) continue
    // the head may be a token of its own, glued on by a hyphen or slash ('Sexjobs-advertentie')
    const next = m.lastToken + 1
    const glued = next < toks.count && (toks.start[next] ?? 0) - (toks.end[m.lastToken] ?? 0) === 1 && AD_HEAD.test(toks.text[next] ?? '')
    if (!AD_HEAD.test(toks.text[m.lastToken] ?? '') && !glued) continue
    m.roles.set('advertising', roleEvidence(toks, 'advertising', m.firstToken, m.lastToken))
  }
}

/** pronominal adverbs that point back to an advertisement or profile just named ('de mannen die daarop reageerden') */
const ON_IT = new Set(['daarop', 'hierop', 'erop'])
const RESPONDING = /^(reageer|reageren|reageert|reageerde|reageerden|gereageerd|reacties|reactie$|reageerders)/
/** customers as the subject of a response verb ('de mannen die reageerden'): the response is to the ad just named */
const RESPONDERS = new Set(['mannen', 'klanten', 'kopers', 'heren', 'leden'])
/** customers messaging on a post ('daarop stuurden mannen hem een bericht') */
const MESSAGING = new Set(['stuurden', 'stuurde', 'sturen', 'stuurt', 'gestuurd', 'appten', 'appte', 'mailden', 'smsten'])
/** how many tokens the response verb may stand from 'daarop' ('daarop reageerden', 'die daarop hadden gereageerd') */
const RESPONSE_REACH = 3
/** customers calling the number of an advertisement is answering it (heldout-9: 'belden het nummer in de advertenties') */
const CALLING = new Set(['belden', 'bellen', 'belt', 'belde', 'gebeld'])
/** the advertisement itself named as what is answered ('op de advertenties reageren', 'het nummer uit de advertentie') */
const AD_REF = new Set(['advertentie', 'advertenties', 'profiel', 'kanaal'])
/** how far the advertisement word may stand from the response verb ('klanten bellen naar het nummer uit de advertentie') */
const AD_REF_REACH = 6
/** how far after the response verb, within its clause, the advertisement may be named as what is answered */
const AD_REF_AFTER = 10
/** how many sentences back an advertisement named again as such may have been placed */
const AD_REF_SENTENCES = 3

/**
 * 'Hij plaatste een advertentie op Sexjobs; de mannen die daarop reageerden kreeg zij via WhatsApp door': customers who
 * answer the advertisement the sentence (or the one before) placed make it customer_acquisition as well (tune-7 and
 * heldout-8 conventions), also when the clause that answers names another platform as its channel. Customers calling
 * the number of the advertisement answer it too (heldout-9, heldout-12); where the sentence names the advertisement
 * again ('Klanten bellen het nummer uit de advertentie'), the advertisement may stand a few sentences back, and every
 * advertisement placed in that one sentence ('advertenties op Sexmarkt en Eromarkt') is answered.
 */
function responseToAd(toks: Tokens, mentions: Candidate[], groups: readonly Candidate[][]): void {
  let from = toks.count
  let to = 0
  for (const m of mentions) {
    if (!m.roles.has('advertising')) continue
    const s = toks.sentence[m.firstToken] ?? 0
    from = Math.min(from, m.lastToken + 1)
    to = Math.max(to, sentenceEnd(toks, s + AD_REF_SENTENCES))
  }
  for (let k = from; k < to; k++) {
    const s = toks.sentence[k] ?? 0
    const w = toks.text[k] ?? ''
    const onIt = ON_IT.has(w)
    if (!onIt && !RESPONDING.test(w) && !CALLING.has(w)) continue
    let responds = false
    let named = false
    const near = (reach: number, test: (t: string) => boolean): boolean => {
      for (let j = Math.max(0, k - reach); j <= Math.min(toks.count - 1, k + reach); j++) {
        if (j !== k && toks.sentence[j] === s && test(toks.text[j] ?? '')) return true
      }
      return false
    }
    if (onIt) {
      // 'Daarop stuurden meerdere mannen hem een bericht': customers who message back on it answer it as well
      responds =
        near(RESPONSE_REACH, (t) => RESPONDING.test(t) || CALLING.has(t)) ||
        (near(RESPONSE_REACH, (t) => MESSAGING.has(t)) && near(RESPONSE_REACH, (t) => RESPONDERS.has(t)))
    } else if (RESPONDING.test(w) || CALLING.has(w)) {
      // 'De mannen die reageerden, …', 'reageren klanten op de advertentie': customers as the ones who respond; a
      // sentence that names its own channel ('mannen reageerden via sms') gives the customers to that one, unless it
      // names the advertisement as what is answered
      const customers = near(RESPONSE_REACH, (t) => RESPONDERS.has(t))
      // the advertisement named after the response verb, in its clause ('reageren via sms op het nummer uit de advertentie')
      let after = false
      for (let j = k + 1; j < Math.min(toks.count, k + AD_REF_AFTER) && toks.sentence[j] === s; j++) {
        const t = toks.text[j] ?? ''
        if (CLAUSE_PUNCT.has(t) || CLAUSE_WORDS.has(t)) break
        if (AD_REF.has(t)) after = true
      }
      named = after || near(AD_REF_REACH, (t) => AD_REF.has(t))
      // a call answers the advertisement when customers make it or it goes to the advertisement's number (not the
      // suspect phoning someone about the advertisement)
      const caller = CALLING.has(w) && near(AD_REF_REACH, (t) => RESPONDERS.has(t) || t === 'nummer')
      responds = CALLING.has(w) ? named && caller : named || customers
      // … unless it names the advertisement as what is answered and the channel stands in a clause of its own
      // ('Klanten die op de advertenties reageren, krijgen via WhatsApp een adres')
      const later = mentions.find((m) => m.firstToken > k && toks.sentence[m.firstToken] === s)
      // … but the answered advertisement named after the response verb ('klanten reageren op die advertenties via WA',
      // 'reageren via sms op het nummer uit de advertentie', heldout-19/20) stays answered beside that channel, unless the
      // later mention is the advertisement itself ('op de advertentie op Kinky.nl') or stands in a clause of its own
      if (responds && later && (!named || !wordBetween(toks, k, later.firstToken, CLAUSE_PUNCT))) {
        const adItself = toks.text[later.firstToken - 1] === 'op' && AD_REF.has(toks.text[later.firstToken - 2] ?? '')
        // (an advertisement placed in this same sentence keeps the tune-4 reading: 'advertenties op Speurders; mannen
        // reageerden op de advertenties via sms' gives the customers to sms only)
        const placedHere = mentions.some((m) => m.lastToken < k && toks.sentence[m.firstToken] === s)
        if (!(named && after && !adItself && !placedHere && !wordBetween(toks, k, later.firstToken, CLAUSE_WORDS))) responds = false
      }
    }
    if (!responds) continue
    // the advertisement: the nearest mention before 'daarop', in its sentence or the one before; where the sentence
    // names the advertisement, the nearest advertisement a few sentences back and those placed beside it
    let ad: Candidate | undefined
    // a sentence that names a platform before the response verb ('Via de advertentie op Sexjobs reageerden mannen') keeps
    // the response to that one
    if (named && mentions.some((m) => m.lastToken < k && toks.sentence[m.firstToken] === s)) named = false
    for (const m of mentions) {
      if (m.lastToken >= k) break
      const ms = toks.sentence[m.firstToken] ?? -1
      if (named ? ms >= s - AD_REF_SENTENCES && m.roles.has('advertising') && !m.negated : ms >= s - 2) ad = m
    }
    if (!ad || ad.negated || !ad.roles.has('advertising')) continue
    const adSentence = toks.sentence[ad.firstToken]
    // 'advertenties op Kinky.nl en Eromarkt.nl; de mannen die daarop reageerden': every advertisement of the coordination
    // that 'daarop' points back to is answered, not only the nearest
    const answered = named
      ? mentions.filter((m) => toks.sentence[m.firstToken] === adSentence && m.lastToken < k && !m.negated && m.roles.has('advertising'))
      : coordinatedAds(groups, ad)
    for (const a of answered) {
      if (a.roles.has('customer_acquisition')) continue
      a.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', k, k))
    }
  }
}

/** what a call goes to when it answers an advertisement: its number, or the advertisement pointed back to ('erin', 'daarop') */
const CALLED_NUMBER = new Set(['nummer', 'telefoonnummer', '06-nummer', 'erin', 'erop', 'daarop', 'daarin', 'hierop', 'hierin'])
/** how far that word may stand from the call verb ('het nummer dat erin stond werd … gebeld', 'belden daarop') */
const CALLED_REACH = 6
/** callers who do not answer the advertisement: the police checking it, or relatives of the minor */
const NOT_CUSTOMERS = new Set([
  'verbalisant', 'verbalisanten', 'politie', 'agent', 'agenten', 'wijkagent', 'recherche', 'rechercheur', 'opsporing', 'moeder', 'vader', 'ouders',
  'broer', 'zus', 'oma', 'opa', 'tante', 'oom', 'mentor', 'begeleider', 'pleegmoeder', 'pleegvader', 'melder', 'melster', 'school', 'docent',
])
/** the article of the advertisement's own number ('het nummer', 'dat nummer'), not some number ('een nummer') */
const NUMBER_ARTICLES = new Set(['het', 'dat', 'dit', 'hetzelfde', 'datzelfde'])

/**
 * whether the word at `j` names the advertisement's number: 'erin', 'daarop', or 'het nummer' / 'dat nummer' that calls
 * go to directly ('belden het nummer', 'het nummer gebeld'), not 'belden naar een/het nummer dat hij beheerde' (a number
 * of his that customers phoned, not the advertisement answered)
 */
function adNumber(toks: Tokens, j: number): boolean {
  const t = toks.text[j] ?? ''
  if (t !== 'nummer' && t !== 'telefoonnummer' && t !== '06-nummer') return true
  const article = toks.text[j - 1] ?? ''
  return NUMBER_ARTICLES.has(article) && toks.text[j - 2] !== 'naar'
}

/** how many sentences back the advertisement whose number is called may stand */
const CALLED_SENTENCES = 2
/**
 * messages to the advertisement's number answer it as a call does ('Ik heb het nummer uit de advertentie geappt',
 * 'Klanten hebben dat nummer ge-sms't'; 'ge-sms't' is split into 'ge' and "sms't")
 */
const MESSAGING_NUMBER = new Set(['geappt', 'gewhatsappt', "gesms't", 'gesmst', "sms't", 'gemaild', 'appten', 'whatsappten', "sms'ten", 'smsten', 'mailden'])
/** participles a passive or perfect puts after the number however far ('het nummer uit de advertentie … werd gebeld') */
const CALLED_PARTICIPLE = new Set(['gebeld', 'geappt', 'gewhatsappt', "gesms't", 'gesmst', "sms't", 'gemaild'])

/** the call verbs and the messages to a number, in one set: the scan below asks one look-up per token */
const CALL_OR_MESSAGE = new Set([...CALLING, ...MESSAGING_NUMBER])

/** whether the word at `k` is a call or a message that can answer an advertisement's number */
function callAt(toks: Tokens, k: number): boolean {
  return CALL_OR_MESSAGE.has(toks.text[k] ?? '') && notBareSmst(toks, k)
}

/** "sms't" alone is the participle only after 'ge' ('ge-sms't'), not 'hij sms't haar': false for the bare verb form */
function notBareSmst(toks: Tokens, k: number): boolean {
  return toks.text[k] !== "sms't" || toks.text[k - 1] === 'ge'
}

/** the advertisements coordinated with `ad` (its mention group: 'op Kinky en Sexjobs'), not negated */
function coordinatedAds(groups: readonly Candidate[][], ad: Candidate): Candidate[] {
  return (groups.find((g) => g.includes(ad)) ?? [ad]).filter((m) => !m.negated && m.roles.has('advertising'))
}

/**
 * whether the advertisement's own number stands before the participle at `k` in its clause however far ('het nummer uit
 * de advertenties op X en Y werd ruim 150 keer gebeld', 'dit nummer werd in die periode door ruim 150 nummers gebeld'):
 * the subject of the passive or the object of the perfect, with no comma or semicolon between
 */
function numberBeforeParticiple(toks: Tokens, k: number, from: number): boolean {
  if (!CALLED_PARTICIPLE.has(toks.text[k] ?? '')) return false
  for (let j = k - 1; j >= from; j--) {
    const t = toks.text[j] ?? ''
    if (CLAUSE_PUNCT.has(t)) return false
    if ((t === 'nummer' || t === 'telefoonnummer' || t === '06-nummer') && adNumber(toks, j)) return true
  }
  return false
}

/** the token after the first advertisement (not negated) and the sentence of the last, or null without one */
function advertisementsSpan(toks: Tokens, mentions: Candidate[]): { first: number; lastSentence: number } | null {
  let first = -1
  let lastSentence = -1
  for (const m of mentions) {
    if (!m.roles.has('advertising') || m.negated) continue
    if (first < 0) first = m.lastToken + 1
    lastSentence = toks.sentence[m.firstToken] ?? lastSentence
  }
  return first < 0 ? null : { first, lastSentence }
}

/**
 * 'Hij zette een advertentie van haar op Kinky en mannen belden dan het nummer dat erin stond', 'Via een advertentie op
 * Sexmarkt. Ik heb het nummer gebeld.', 'dat nummer wordt gebeld door een klant': a call to the number of the
 * advertisement just named (in that sentence or up to two before, with no other platform in between) answers it:
 * customer_acquisition for the advertisement (heldout-9's 'belden het nummer in de advertenties', heldout-28's 'dat
 * nummer wordt gebeld door een klant'). Not a call by the police or a relative, and not a call the sentence does not tie
 * to a number or to the advertisement ('Klanten belden hem').
 */
function callsToAdNumber(toks: Tokens, mentions: Candidate[], groups: readonly Candidate[][]): void {
  const ads = advertisementsSpan(toks, mentions)
  if (!ads) return
  const { first, lastSentence } = ads
  let mi = 0
  let before: Candidate | undefined
  // from the first advertisement to two sentences after the last: a call outside answers none
  const end = sentenceEnd(toks, lastSentence + CALLED_SENTENCES)
  for (let k = first; k < end; k++) {
    while (mi < mentions.length && (mentions[mi]?.lastToken ?? Infinity) < k) before = mentions[mi++]
    if (!callAt(toks, k)) continue
    const ad = before
    if (!ad || ad.negated || !ad.roles.has('advertising')) continue
    const s = toks.sentence[k] ?? 0
    if ((toks.sentence[ad.firstToken] ?? -1) < s - CALLED_SENTENCES) continue
    const from = toks.sentenceStart[s] ?? 0
    const to = sentenceEnd(toks, s)
    let tied = false
    let other = false
    for (let j = from; j < to; j++) {
      const t = toks.text[j] ?? ''
      if (NOT_CUSTOMERS.has(t)) other = true
      else if (CALLED_NUMBER.has(t) && Math.abs(j - k) <= CALLED_REACH && adNumber(toks, j)) tied = true
    }
    tied ||= numberBeforeParticiple(toks, k, from)
    if (!tied || other) continue
    const adSentence = toks.sentence[ad.firstToken]
    const answered = coordinatedAds(groups, ad)
    for (const a of answered) {
      if (toks.sentence[a.firstToken] !== adSentence || a.roles.has('customer_acquisition')) continue
      a.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', k, k))
    }
    answeringMessage(toks, mentions, k)
  }
}

/**
 * 'Ik heb het nummer geappt', 'werd gebeld of ge-sms't', 'Er hebben al drie Duitsers gemaild': a messaging mention that is
 * itself the customers' answer to the advertisement is customer_acquisition as well (heldout-19/26/28/29/31/32)
 */
function answeringMessage(toks: Tokens, mentions: Candidate[], k: number): void {
  // 'gebeld of ge-sms't': the message mention may follow the call verb, joined by 'of'/'en'
  const last = toks.text[k + 1] === 'of' || toks.text[k + 1] === 'en' ? k + 3 : k
  for (const m of mentions) {
    if (m.firstToken > last) break
    if (m.lastToken < k || m.negated || m.roles.has('customer_acquisition')) continue
    if (!CALLED_PARTICIPLE.has(toks.text[m.lastToken] ?? '') && !MESSAGING_NUMBER.has(toks.text[m.lastToken] ?? '')) continue
    m.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', m.firstToken, m.lastToken))
  }
}

/** the plural auxiliary of 'er hebben al drie gereageerd': the count is the subject, so the responders are the customers */
const COUNT_AUXILIARIES = new Set(['hebben', 'hadden'])
/** counts of responders ('er hebben al vijf man gebeld') */
const COUNT_WORDS = new Set(['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twintig', 'meerdere', 'tientallen', 'veel'])
/** the participles of answering an advertisement ('gereageerd', 'gebeld', 'gemaild', 'geappt', 'ge-sms't') */
const RESPONSE_PARTICIPLES = new Set(['gereageerd', ...CALLED_PARTICIPLE])
/** how far from 'er hebben' the count, and from the count the participle, may stand ('er hebben er al drie op gereageerd') */
const COUNT_REACH = 4
/** how many sentences back the advertisement answered by a count may stand */
const COUNT_SENTENCES = 2

/**
 * 'Ik heb haar op Kaufmich gezet. Er hebben al drie Duitsers gemaild.', 'Ja, sinds gisteren, en er hebben al vijf man
 * gebeld': a count of people who have answered, right after an advertisement was placed (in that sentence or the one
 * before or two before), are customers answering it: customer_acquisition for the advertisement (heldout-13/14/23/26 taps). Only the
 * plural 'er hebben … <count> … <participle>', so the count is the subject ('hij heeft er al drie gebeld' is him calling).
 */
function countedResponses(toks: Tokens, mentions: Candidate[], groups: readonly Candidate[][]): void {
  const ads = advertisementsSpan(toks, mentions)
  if (!ads) return
  const { first, lastSentence } = ads
  // from the first advertisement to two sentences after the last: a count further on answers none
  const end = Math.min(toks.count - 1, sentenceEnd(toks, lastSentence + COUNT_SENTENCES))
  for (let k = first; k < end; k++) {
    if (toks.text[k] !== 'er' || !COUNT_AUXILIARIES.has(toks.text[k + 1] ?? '')) continue
    const s = toks.sentence[k] ?? 0
    let count = -1
    for (let j = k + 2; j <= k + 1 + COUNT_REACH && toks.sentence[j] === s; j++) {
      const t = toks.text[j] ?? ''
      if (COUNT_WORDS.has(t) || /^\d+$/.test(t)) {
        count = j
        break
      }
    }
    if (count < 0) continue
    let answered = -1
    for (let j = count + 1; j <= count + COUNT_REACH && toks.sentence[j] === s; j++) {
      const t = toks.text[j] ?? ''
      if (CLAUSE_PUNCT.has(t)) break
      if (RESPONSE_PARTICIPLES.has(t) && notBareSmst(toks, j)) answered = j
    }
    if (answered < 0) continue
    // the advertisement: the nearest mention before 'er', in this sentence or up to two before ('Heb je haar al op
    // Kaufmich gezet?' – 'Ja, sinds gisteren.' – 'Er hebben al drie Duitsers gemaild.')
    let ad: Candidate | undefined
    for (const m of mentions) {
      if (m.lastToken >= k) break
      if ((toks.sentence[m.firstToken] ?? -1) >= s - COUNT_SENTENCES) ad = m
    }
    if (!ad || ad.negated || !ad.roles.has('advertising')) continue
    for (const a of coordinatedAds(groups, ad)) {
      if (!a.roles.has('customer_acquisition')) a.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', k, k + 1))
    }
    answeringMessage(toks, mentions, answered)
  }
}

const COSTING = new Set(['kost', 'kostte', 'kosten', 'kostten'])
const WHAT = new Set(['wat'])
/** the ones who ask her price: customers, or strangers ('onbekende nummers', 'jongens uit de buurt') */
const PRICE_ASKERS = new Set(['mannen', 'klanten', 'kopers', 'jongens', 'nummers', 'onbekenden', 'heren', 'mensen'])
/** how far 'wat' may stand before the price verb ('wat zij kostte', 'wat ze zou kosten') */
const PRICE_REACH = 4

/**
 * 'Hij zette foto's van haar op Snapchat. Sindsdien krijgt zij berichten van onbekende mannen die vragen wat zij kost.':
 * strangers asking her price answer the post of her that the sentence before (or this one) placed, and the channel they
 * ask through is theirs as well (customer_acquisition; heldout-13, -17, -19, -20, -22, -23)
 */
function customersAskPrice(toks: Tokens, mentions: Candidate[]): void {
  // only the sentences of a mention and the one after it (the price question follows the post or names its channel)
  let scanned = 0
  for (const mention of mentions) {
    const ms = toks.sentence[mention.firstToken] ?? 0
    const stop = toks.sentenceStart[ms + 2] ?? toks.count
    for (let k = Math.max(scanned, toks.sentenceStart[ms] ?? 0); k < stop; k++) priceAt(toks, mentions, k)
    scanned = Math.max(scanned, stop)
  }
}

/** the price question at token `k`, if any, and what it answers */
function priceAt(toks: Tokens, mentions: Candidate[], k: number): void {
  if (!COSTING.has(toks.text[k] ?? '')) return
  const s = toks.sentence[k] ?? 0
  const from = toks.sentenceStart[s] ?? 0
  const to = sentenceEnd(toks, s)
  if (!wordBetween(toks, Math.max(from, k - PRICE_REACH) - 1, k, WHAT)) return
  if (!wordBetween(toks, from - 1, to, PRICE_ASKERS)) return
  const set = (m: Candidate): void => {
    if (m.negated || m.roles.has('customer_acquisition')) return
    m.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', k, k))
  }
  // the post: the last mention with a post role in the sentence before, or before the price in this one
  let post: Candidate | undefined
  for (const m of mentions) {
    if (m.firstToken >= k) break
    const ms = toks.sentence[m.firstToken] ?? -1
    if (ms >= s - 1 && POST_ROLES.some((r) => m.roles.has(r))) post = m
  }
  if (post) set(post)
  // the channel they ask through, in their own sentence
  for (const m of mentions) if (toks.sentence[m.firstToken] === s && m !== post && m.roles.size === 0) set(m)
}

const THREAT_VERBS = new Set(['dreigde', 'dreigden', 'dreigt', 'dreigen', 'gedreigd', 'bedreigen', 'bedreigde', 'bedreigden', 'bedreigt', 'bedreigd'])
/** how far the threat verb may stand from 'via X': 'dreigde de jongen via Snapchat', 'via Instagram dreigt' */
const THREAT_REACH = 3

/**
 * 'dreigt via Instagram haar foto's te verspreiden', 'dreigde haar familie via Facebook op de hoogte te brengen': the
 * platform is the channel of the threat; the threatened act has not happened, so that mention gets no role from its
 * sentence (GUIDELINES tune-6: a threat made through a platform is that mention without role). 'dreigende berichten'
 * (an adjective) is not meant.
 */
function threatChannel(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.negated || m.roles.size === 0) continue
    const via = m.firstToken - 1
    if (toks.text[via] !== 'via' && toks.text[via] !== 'per') continue
    const s = toks.sentence[m.firstToken]
    // the verb in the clause of 'via X' ('stuurde de foto via Instagram en dreigde hij haar te slaan' is another clause)
    let threat = false
    for (let j = Math.max(0, via - THREAT_REACH); j <= Math.min(toks.count - 1, m.lastToken + THREAT_REACH); j++) {
      if (j === via || toks.sentence[j] !== s || !THREAT_VERBS.has(toks.text[j] ?? '')) continue
      if (!(j < via ? wordBetween(toks, j, via, CLAUSE_WORDS, CLAUSE_PUNCT) : wordBetween(toks, m.lastToken, j, CLAUSE_WORDS, CLAUSE_PUNCT))) threat = true
    }
    if (!threat) continue
    // only a threat with a content ('… te verspreiden', 'dat hij haar zou komen halen', 'om … te'): 'dreigde haar via
    // Instagram' is control through the channel
    let content = false
    for (let j = m.lastToken + 1; j < toks.count && toks.sentence[j] === s; j++) {
      const w = toks.text[j] ?? ''
      if (w === 'te' || w === 'dat' || w === 'om') {
        content = true
        break
      }
      if (CLAUSE_WORDS.has(w) || CLAUSE_PUNCT.has(w)) break
    }
    if (!content) continue
    const from = toks.start[toks.sentenceStart[s ?? 0] ?? 0] ?? 0
    const to = toks.start[sentenceEnd(toks, s ?? 0)] ?? Infinity
    for (const [role, ev] of [...m.roles]) if (ev.a >= from && ev.a < to) m.roles.delete(role)
  }
}

const GIVING = new Set(['gaf', 'gaven', 'geeft', 'gegeven', 'kreeg', 'kregen', 'krijgt', 'gekregen'])
const OTHER_DEVICE = new Set(['andere', 'ander', 'tweede', 'nieuwe', 'extra'])
/** how far after the giving verb the 'andere/tweede' of the device may stand ('kreeg van de man een tweede telefoon') */
const GIVING_REACH = 5

/**
 * 'gaf haar een andere telefoon waarop alleen Telegram stond', 'kreeg een tweede telefoon. … daarop alleen WhatsApp':
 * a second phone given to the minor with only one app on it is for contact with the giver (heldout-7 convention):
 * relationship for that app. A phone of her own or one from an unknown with 'alleen' on it is not meant.
 */
function phoneOnlyFor(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.negated || m.roles.has('relationship')) continue
    let only = false
    for (let k = m.firstToken - 1; k >= Math.max(0, m.firstToken - 4); k--) if (toks.text[k] === 'alleen') only = true
    if (!only) continue
    const s = toks.sentence[m.firstToken] ?? 0
    const from = toks.sentenceStart[Math.max(0, s - 1)] ?? 0
    let given = -1
    for (let k = from; k < m.firstToken && given < 0; k++) {
      if (!GIVING.has(toks.text[k] ?? '')) continue
      for (let j = k + 1; j <= Math.min(m.firstToken - 1, k + GIVING_REACH); j++) if (OTHER_DEVICE.has(toks.text[j] ?? '')) given = k
    }
    if (given < 0) continue
    m.roles.set('relationship', roleEvidence(toks, 'relationship', given, m.lastToken))
  }
}

/** 'pseudo-klant', 'pseudokoop', 'pseudo-klantaccount' (the hyphenated forms are split: 'pseudo' is a token) */
const PSEUDO = 'pseudo'

/**
 * 'heb ik als pseudo-klant via WhatsApp contact opgenomen': the police posing as a customer is no use of the platform in
 * the exploitation (heldout-7 convention); the platform that carries that contact in the sentence gets no role from it.
 * The advertisement answered keeps its own role.
 */
function pseudoCustomer(toks: Tokens, mentions: Candidate[]): void {
  let lastSentence = -1
  for (const n of mentions) {
    const ns = toks.sentence[n.firstToken] ?? 0
    if (n.roles.size === 0 || ns === lastSentence) continue
    lastSentence = ns
    const end = sentenceEnd(toks, ns)
    for (let k = toks.sentenceStart[ns] ?? 0; k < end; k++) {
      const w = toks.text[k] ?? ''
      if (w.charCodeAt(0) === 112 && w.startsWith(PSEUDO)) pseudoAt(toks, mentions, k)
    }
  }
}

/** the pseudo-customer word at `k`: the platform that carries that contact in its sentence loses that sentence's roles */
function pseudoAt(toks: Tokens, mentions: Candidate[], k: number): void {
  const s = toks.sentence[k]
  const from = toks.start[toks.sentenceStart[s ?? 0] ?? 0] ?? 0
  const to = toks.start[sentenceEnd(toks, s ?? 0)] ?? Infinity
  for (const m of mentions) {
    if (toks.sentence[m.firstToken] !== s || m.roles.has('advertising')) continue
    // only the channel of the contact: 'via X', after the pseudo word
    if (m.firstToken < k || (toks.text[m.firstToken - 1] !== 'via' && toks.text[m.firstToken - 1] !== 'per')) continue
    for (const [role, ev] of [...m.roles]) if (ev.a >= from && ev.a < to) m.roles.delete(role)
  }
}

const THEN_WORDS = new Set(['later', 'daarna', 'vervolgens', 'ook', 'nog', 'eerst', 'uiteindelijk'])
const POST_PREPOSITIONS = new Set(['op', 'in', 'via', 'naar'])
const PLACE_MODIFIERS = new Set(['een', 'de', 'het', 'andere', 'ander', 'meerdere', 'verschillende', 'diverse', 'nog', 'zijn', 'haar', 'hun'])
/** words that open a clause of its own between two platforms */
const OWN_CLAUSE = new Set(['dat', 'die', 'waar', 'waarop', 'waarin', 'wie', 'omdat', 'maar', 'want', 'toen', 'nadat', 'waarna', ';', ':'])

/**
 * 'werd gedeeld in een Telegramgroep met ruim 2000 leden en op een forum', 'zette haar eerst op Girls4u en later op een
 * andere site': a second place joined by 'en (later) op …' without a verb of its own got the same post
 */
function postedThereToo(toks: Tokens, groups: readonly Candidate[][]): void {
  groups.forEach((g, i) => {
    const last = g[g.length - 1]
    const next = groups[i + 1]
    const h0 = next?.[0]
    if (!last || !next || !h0 || g.some((m) => m.negated) || next.some((m) => m.negated || m.roles.size > 0)) return
    if (toks.sentence[last.lastToken] !== toks.sentence[h0.firstToken]) return
    const posted = POST_ROLES.filter((r) => g.some((m) => m.roles.has(r)))
    if (posted.length === 0) return
    let k = h0.firstToken - 1
    while (k > last.lastToken && PLACE_MODIFIERS.has(toks.text[k] ?? '')) k--
    if (!POST_PREPOSITIONS.has(toks.text[k] ?? '')) return
    k--
    while (k > last.lastToken && THEN_WORDS.has(toks.text[k] ?? '')) k--
    if (toks.text[k] !== 'en' || k - last.lastToken > 6) return
    for (let j = last.lastToken + 1; j < k; j++) if (OWN_CLAUSE.has(toks.text[j] ?? '')) return
    for (const m of next) {
      for (const r of posted) {
        const ev = g.find((x) => x.roles.has(r))?.roles.get(r)
        if (ev && !m.roles.has(r)) m.roles.set(r, ev)
      }
    }
  })
}

const SPEAKER_MARKS = new Set(['v', 'vraag', 'a', 'antwoord', ':', '-'])
const ASKED_CUSTOMERS = new Set(['klanten', 'klant', 'mannen'])
/** how an answer about the customers begins: 'Die kwamen via een site', 'Via Snapchat', 'Op Sexjobs' */
const ANSWER_OPENINGS = new Set(['die', 'deze', 'via', 'op'])

/** verbs that place her or her photos on a platform ('Hij zette mij op een site', 'had me op een site gezet') */
const PLACING = new Set(['zette', 'zetten', 'gezet', 'plaatste', 'plaatsten', 'geplaatst', 'zet', 'plaatst'])
/** making a profile or advertisement of her ('Hij had een profiel van mij gemaakt op Badoo') places her as well */
const MAKING = new Set(['maakte', 'maakten', 'gemaakt', 'aangemaakt', 'maakt', 'aanmaakte'])
/** how far into the answer the placing verb may stand */
const PLACING_REACH = 8

/** whether the answer from token `a` (up to `end`) opens with a clause that places something */
function placedInAnswer(toks: Tokens, a: number, end: number): boolean {
  let made = false
  let post = false
  for (let j = a; j < Math.min(end, a + PLACING_REACH); j++) {
    const t = toks.text[j] ?? ''
    if (PLACING.has(t)) return true
    if (CLAUSE_PUNCT.has(t) || CLAUSE_WORDS.has(t)) break
    if (MAKING.has(t)) made = true
    if (AD_REF.has(t)) post = true
  }
  return made && post
}

/**
 * 'V: En de klanten? A: Die kwamen via een site, maar welke weet ik niet.': a short question about the customers, and
 * an answer that takes them up ('die') or only names the place, says where the customers came from
 */
function answerAboutCustomers(toks: Tokens, groups: readonly Candidate[][]): void {
  const sentences = toks.sentenceStart.length - 1
  for (let s = 0; s + 1 < sentences; s++) {
    const from = toks.sentenceStart[s] ?? 0
    const to = sentenceEnd(toks, s)
    if (!isQuestion(toks, to)) continue
    let k = from
    while (k < to && SPEAKER_MARKS.has(toks.text[k] ?? '')) k++
    if (to - k > 8) continue
    let customers = false
    for (let j = k; j < to; j++) if (ASKED_CUSTOMERS.has(toks.text[j] ?? '')) customers = true
    if (!customers) continue
    let a = to
    const end = toks.sentenceStart[s + 2] ?? toks.count
    while (a < end && SPEAKER_MARKS.has(toks.text[a] ?? '')) a++
    // 'V: Hoe kwamen de mannen bij jou? A: Hij zette mij op een site.': an answer that places her (or her photos) on a
    // platform says where the customers came from, for the place posted on (heldout-12, -19, -22, -23 and older)
    const placed = !ANSWER_OPENINGS.has(toks.text[a] ?? '')
    if (placed && !placedInAnswer(toks, a, end)) continue
    for (const g of groups) {
      const g0 = g[0]
      if (!g0 || toks.sentence[g0.firstToken] !== s + 1 || g.some((m) => m.negated)) continue
      for (const m of g) {
        if (m.roles.has('customer_acquisition')) continue
        if (placed && !m.roles.has('advertising')) continue
        m.roles.set('customer_acquisition', roleEvidence(toks, 'customer_acquisition', k, to - 1))
      }
    }
  }
}

const AD_CONTAINERS = new Set(['advertentie', 'advertenties', 'bio', 'biografie', 'profieltekst', 'advertentietekst'])
const CHANNEL_PREPOSITIONS = new Set(['via', 'op', 'naar'])

/**
 * 'In de advertentie werd verzocht contact op te nemen via WhatsApp', 'met de tekst "… App mij voor info"': a platform
 * named inside an advertisement is how customers reach the minor, not where the advertisement stands: customer_acquisition
 * instead of advertising (heldout-8 convention; tune-3 'in de advertenties stond dat klanten alleen via WhatsApp …')
 */
function channelInAd(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.negated || !m.roles.has('advertising')) continue
    const s = toks.sentence[m.firstToken]
    const from = toks.sentenceStart[s ?? 0] ?? 0
    // 'In de advertentie(s) …' opening the sentence, with the platform as a channel ('via X') later in it
    const opens = toks.text[from] === 'in' && (toks.text[from + 1] === 'de' || toks.text[from + 1] === 'het') && AD_CONTAINERS.has(toks.text[from + 2] ?? '')
    let inQuote = false
    let q = -1
    for (let k = from; k < m.firstToken; k++) if (QUOTE_CHARS.has(toks.text[k] ?? '') || toks.text[k] === '“') q = q < 0 ? k : -1
    if (q >= 0) for (let j = q - 1; j >= Math.max(from, q - TEXT_NOUN_REACH); j--) if (TEXT_NOUNS.has(toks.text[j] ?? '')) inQuote = true
    const channel = CHANNEL_PREPOSITIONS.has(toks.text[m.firstToken - 1] ?? '') && !AD_HEAD.test(toks.text[m.firstToken - 2] ?? '')
    if (!((opens && channel && m.firstToken > from + 3) || inQuote)) continue
    const ad = m.roles.get('advertising')
    m.roles.delete('advertising')
    if (!m.roles.has('customer_acquisition') && ad) m.roles.set('customer_acquisition', { ...ad, gives: 'customer_acquisition' })
  }
}

const SPREADING = new Set([
  'gedeeld', 'deelde', 'deelden', 'verspreid', 'verspreidde', 'verspreidden', 'gezet', 'zette', 'zetten', 'gestuurd', 'stuurde',
  'stuurden', 'stuurt', 'doorgestuurd', 'rondgestuurd', 'verstuurd', 'verstuurde', 'verstuurden', 'geplaatst', 'plaatste',
  'plaatsten', 'gepost',
])
const IMAGE_PRONOUNS = new Set(['deze', 'die', 'ze', 'het', 'er'])
const AFTER_OBJECT_PRONOUN = new Set(['via', 'op', 'in', 'naar', 'wel', 'ook', 'daarna', 'later', 'eerst', 'verder', 'meteen', 'vervolgens'])
/** a platform verb that is itself the sending ('ge-sms't', 'geappt', 'gemaild') */
const SENDING_MENTION = new Set([
  "sms't", "gesms't", 'gesmst', "sms'te", 'smste', 'geappt', 'appt', 'appte', 'gewhatsappt', 'whatsappte', 'gemaild', 'mailde',
  'doorgeappt', 'doorgemaild',
])
/** how many sentences back the images a pronoun points to may be named */
const IMAGE_SENTENCES_BACK = 2
/** how far the spreading verb and the pronoun may stand from the platform ('deze via Snapchat en in de klassenapp hebben gedeeld') */
const SPREAD_REACH = 8

/**
 * 'Twee jongens zouden deze via Snapchat hebben gedeeld', 'Volgens de school werd het via Instagram verder verspreid',
 * 'hij stuurde er wel een naar mijn nicht, via Messenger', 'Die zette hij op OnlyFans', 'Wel had hij ze naar één vriend
 * ge-sms't': images named before (this sentence or the two before) and spread through the platform with a pronoun:
 * image_distribution, as when the image word stands in the cue itself.
 */
function imagesReferredTo(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    // photos in an advertisement are the advertisement (GUIDELINES tune-3)
    if (m.negated || m.roles.has('image_distribution') || m.roles.has('advertising')) continue
    const s = toks.sentence[m.firstToken] ?? 0
    const from = toks.sentenceStart[s] ?? 0
    const to = sentenceEnd(toks, s)
    let verb = -1
    for (let k = Math.max(from, m.firstToken - SPREAD_REACH); k < Math.min(to, m.lastToken + SPREAD_REACH); k++) {
      if (SPREADING.has(toks.text[k] ?? '')) verb = k
    }
    // 'Wel had hij ze naar één vriend ge-sms't': the platform's own verb sends them
    if (verb < 0 && m.lastToken - m.firstToken <= 1 && SENDING_MENTION.has(toks.text[m.lastToken] ?? '')) verb = m.lastToken
    if (verb < 0) continue
    let pronoun = -1
    for (let k = Math.max(from, Math.min(verb, m.firstToken) - SPREAD_REACH); k < Math.min(verb, m.firstToken); k++) {
      // a pronoun standing alone as the object ('deze via Snapchat', 'het via Instagram verder'), not a determiner or
      // relative ('die mannen', 'het adres', 'die zij had gestuurd'); 'Die zette hij op OnlyFans': the object fronted
      // before the verb
      if (!IMAGE_PRONOUNS.has(toks.text[k] ?? '')) continue
      const next = toks.text[k + 1] ?? ''
      // 'ze één keer' (folded 'een keer'), not 'ze een adres'
      if (AFTER_OBJECT_PRONOUN.has(next) || (next === 'een' && toks.text[k + 2] === 'keer') || (k === from && k + 1 === verb)) pronoun = k
    }
    if (pronoun < 0) continue
    // the images: named in the sentence before, or earlier in this one; in a hearing the one before the question and its
    // short answer ('V: Waar zijn die filmpjes nu? A: Op zijn telefoon. Hij heeft ze …')
    const prevFrom = toks.sentenceStart[Math.max(0, s - IMAGE_SENTENCES_BACK)] ?? 0
    let images = false
    for (let k = prevFrom; k < pronoun; k++) if (IMAGE_WORDS.test(toks.text[k] ?? '')) images = true
    // '… die op sexjobs.nl werden geplaatst, en op een andere site': the photos of an advertisement in this sentence
    if (!images || mentions.some((o) => toks.sentence[o.firstToken] === s && o.roles.has('advertising'))) continue
    m.roles.set('image_distribution', roleEvidence(toks, 'image_distribution', pronoun, verb))
  }
}

/** a group, story, status, account, channel or page of a platform: where photos are posted as such, unlike an advertisement */
const POST_PLACE = /(groep|groepen|group|groups|verhaal|verhalen|story|stories|status|account|accounts|kanaal|kanalen|pagina|paginas|page)$/

/**
 * 'Het bijbehorende Snapchat-account toonde foto's van twee meisjes met prijzen', 'in een Snapchat-groep ging een foto
 * van haar rond met een prijs erbij', 'het Snapchat-verhaal … Hierin waren drie foto's te zien': photos of the minor
 * posted as such in a group, story, status, account or page that carries an offer are image_distribution besides
 * advertising (GUIDELINES Roles: photos posted as such are image_distribution, plus advertising when a price or
 * availability comes with them); an advertisement with photos stays advertising only.
 */
function imagesInOfferPost(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    if (m.negated || !m.roles.has('advertising') || m.roles.has('image_distribution')) continue
    const next = m.lastToken + 1
    const glued = next < toks.count && (toks.start[next] ?? 0) - (toks.end[m.lastToken] ?? 0) === 1 && POST_PLACE.test(toks.text[next] ?? '')
    if (!POST_PLACE.test(toks.text[m.lastToken] ?? '') && !glued) continue
    // the photos: in the mention's sentence or the one after it
    const s = toks.sentence[m.firstToken] ?? 0
    const from = toks.sentenceStart[s] ?? 0
    const to = toks.sentenceStart[s + 2] ?? toks.count
    for (let k = from; k < to; k++) {
      if (!IMAGE_WORDS.test(toks.text[k] ?? '')) continue
      m.roles.set('image_distribution', roleEvidence(toks, 'image_distribution', k, k))
      break
    }
  }
}

const ASKED = new Set(['vroeg', 'vroegen', 'vraagt', 'overhaalde', 'overhaalden', 'overtuigde', 'overtuigden', 'haalde', 'haalden', 'drong'])
const APPOINTMENT_DETAILS = /^(adres|adressen|tijd|tijden|tijdstip|tijdstippen|locatie|locaties|kamernummer|hotel)$/

/**
 * 'vroeg haar via Chatgum om voor geld met zijn vrienden af te spreken', 'haalde haar via Skype over om klanten te
 * ontvangen': asking the minor to go along with paid meetings draws her in: recruiting, not an appointment arranged
 * through the platform (no address or time is passed on).
 */
function askedToMeetMen(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    const ev = m.roles.get('customer_meeting')
    if (m.negated || !ev) continue
    const s = toks.sentence[m.firstToken] ?? 0
    const from = toks.sentenceStart[s] ?? 0
    const to = sentenceEnd(toks, s)
    let asked = -1
    for (let k = from; k < to && (toks.start[k] ?? 0) <= ev.a; k++) if (ASKED.has(toks.text[k] ?? '')) asked = k
    // the platform is the channel of the request: after the verb, in its statement ('vroeg haar via Chatgum om …'), not
    // a later clause that passes the appointments on ('…; die afspraken stuurde hij via WhatsApp')
    // ('dat zij hem via Snapchat vroeg om …': in a subordinate clause the verb follows the platform)
    if (asked < 0 || (m.firstToken < asked && asked - m.lastToken > 1)) continue
    let parted = false
    for (let k = asked + 1; k < m.firstToken; k++) if (toks.text[k] === ';' || toks.text[k] === ':') parted = true
    if (parted) continue
    let om = false
    for (let k = asked + 1; k < to && (toks.start[k] ?? 0) <= ev.b; k++) if (toks.text[k] === 'om') om = true
    if (!om) continue
    let details = false
    for (let k = from; k < to; k++) if (APPOINTMENT_DETAILS.test(toks.text[k] ?? '')) details = true
    if (details) continue
    m.roles.delete('customer_meeting')
    if (!m.roles.has('recruiting')) m.roles.set('recruiting', { ...ev, a: toks.start[asked] ?? 0, gives: 'recruiting' })
  }
}

/** a job, shelter or modelling offer ('bijbaan in de horeca', 'promotiewerk', 'gastvrouw') */
const JOB_OFFER = /^(baan|baantje|bijbaan|bijbaantje|vacature|job|werk$|[a-z]+werk$|gastvrouw|hostess|serveerster|oppas|promotie|modellen|model$|slaapplek|slaapplaats|onderdak|kamer$)/

/**
 * 'reageerde op een advertentie op Marktplaats waarin een "bijbaan in de horeca" werd aangeboden': an advertisement that
 * offers the minor a job or shelter draws her in; it is recruiting, not an advertisement of her (GUIDELINES tune-3)
 */
function jobAdIsRecruiting(toks: Tokens, mentions: Candidate[]): void {
  for (const m of mentions) {
    const rec = m.roles.get('recruiting')
    const ad = m.roles.get('advertising')
    if (!rec || !ad) continue
    const s = toks.sentence[m.firstToken] ?? 0
    const from = toks.sentenceStart[s] ?? 0
    const to = sentenceEnd(toks, s)
    const inSentence = (a: number): boolean => a >= (toks.start[from] ?? 0) && a < (toks.start[to] ?? Infinity)
    if (!inSentence(rec.a) || !inSentence(ad.a)) continue
    let job = false
    for (let k = from; k < to && !job; k++) if (JOB_OFFER.test(toks.text[k] ?? '')) job = true
    if (job) m.roles.delete('advertising')
  }
}

/** words that introduce the quoted text of a profile, post or message ('met de tekst "…"') */
const TEXT_NOUNS = new Set(['tekst', 'teksten', 'beschrijving', 'bijschrift', 'omschrijving', 'profieltekst', 'bericht', 'berichtje'])
/** words of a quoted text that offer someone: availability, booking, a price */
const OFFER_WORDS = new Set([
  'beschikbaar', 'boekbaar', 'vrij', 'available', 'afspreken', 'boeken', 'prijs', 'prijzen', 'euro', 'eur', '€', 'dm', 'bel', 'bellen',
  'escort', 'uur', 'nacht',
])
/** how far before the opening quote its introducing noun may stand ('de tekst "…"', 'de tekst: "…"') */
const TEXT_NOUN_REACH = 3

const OPEN_QUOTES = new Set(['"', '“', '„', "'", '‘'])

/**
 * 'een Grindr-profiel met de tekst "jong en beschikbaar"', 'op de WhatsApp-status met een foto en de tekst "nieuw, vrij
 * vanaf 20.00"': a profile, post or message whose quoted text offers someone (availability, booking, a price) is an
 * advertisement on the platform of that sentence, or of the sentence before when the sentence points back ('Hij plaatste
 * daar foto's met de tekst "afspreken? 150"')
 */
function offerInText(toks: Tokens, mentions: Candidate[], pointsBack: (from: number, to: number) => boolean): void {
  const live = mentions.filter((m) => !m.negated)
  if (live.length === 0) return
  for (let k = 0; k < toks.count; k++) {
    if (!toks.punct[k] || !OPEN_QUOTES.has(toks.text[k] ?? '')) continue
    let intro = false
    for (let j = k - 1; j >= Math.max(0, k - TEXT_NOUN_REACH); j--) if (TEXT_NOUNS.has(toks.text[j] ?? '')) intro = true
    // the quoted words, up to the closing quote (a question mark inside does not end them)
    let end = k + 1
    let offer = false
    for (; end < toks.count && end <= k + 20; end++) {
      const w = toks.text[end] ?? ''
      if (toks.punct[end] && (QUOTE_CHARS.has(w) || w === '“')) break
      if (OFFER_WORDS.has(w) || (/^\d{2,3}$/.test(w) && Number(w) >= 50 && toks.text[end - 1] !== '.' && toks.text[end + 1] !== '.')) offer = true
    }
    if (!intro || !offer || !QUOTE_CHARS.has(toks.text[end] ?? '')) continue
    const s = toks.sentence[k] ?? 0
    const from = toks.sentenceStart[s] ?? 0
    const own = live.filter((m) => toks.sentence[m.firstToken] === s)
    // '- Instagram: eerste contact; - Snapchat: foto's met de tekst "beschikbaar"': a semicolon parts the items of a list
    let targets = own.filter((m) => m.lastToken < k && !semicolonBetween(toks, m.lastToken, k))
    if (targets.length === 0) targets = own.filter((m) => m.firstToken > k)
    if (targets.length === 0 && pointsBack(from, k)) {
      const before = live.filter((m) => toks.sentence[m.firstToken] === s - 1)
      const last = before[before.length - 1]
      if (last) targets = [last]
    }
    // 'foto's van jonge meisjes met de tekst "DM voor prijzen"': photos offered with a price or availability are also
    // images of the minor distributed (GUIDELINES tune-3, heldout-7)
    let images = false
    for (let j = from; j < k; j++) if (IMAGE_WORDS.test(toks.text[j] ?? '')) images = true
    for (const m of targets) {
      const ev = { rule: 'role-cue', a: toks.start[k] ?? 0, b: toks.end[end] ?? 0 }
      if (!m.roles.has('advertising')) m.roles.set('advertising', { ...ev, gives: 'advertising' })
      if (images && !m.roles.has('image_distribution')) m.roles.set('image_distribution', { ...ev, gives: 'image_distribution' })
    }
    k = end
  }
}

const IMAGE_WORDS = /^(foto|foto's|fotos|fotootje|filmpje|filmpjes|video|video's|videos|beeld|beelden|selfie|selfies|naaktfoto)/

const QUOTE_CHARS = new Set(['"', '“', '”', '„', "'", '‘', '’'])

const RENEWED = new Set(['opnieuw', 'nogmaals', 'wederom'])
const APPROACH = /^(benader|uitgenodigd|nodigde|aangesproken)/

/** a recruiting cue on `g` that is an approach or invitation, or a sentence that says the approach was renewed */
function renewedApproach(toks: Tokens, s: number, g: Candidate[]): boolean {
  const from = toks.sentenceStart[s] ?? 0
  const to = sentenceEnd(toks, s)
  for (let k = from; k < to; k++) if (RENEWED.has(toks.text[k] ?? '')) return true
  for (const m of g) {
    const r = m.roles.get('recruiting')
    if (!r) continue
    for (let k = from; k < to; k++) {
      if ((toks.start[k] ?? -1) !== r.a) continue
      if (APPROACH.test(toks.text[k] ?? '')) return true
      // 'Daarna appte hij haar dat zij veel geld kon verdienen': an offer of money or work is the lure, wherever it comes
      for (let j = k; j < to && (toks.end[j] ?? Infinity) <= r.b; j++) if (MONEY_OFFER.test(toks.text[j] ?? '')) return true
      return false
    }
  }
  return false
}

const MONEY_OFFER = /^(geld|verdien|bijverdien|rijk$|baan|baantje|bijbaan|werk$)/
