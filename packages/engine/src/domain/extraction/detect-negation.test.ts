import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildNegationDetector } from './detect-negation.ts'
import { mentionsOf } from '../../../test/support/extractor.ts'

const negated = (text: string): Array<[string | null, boolean]> => mentionsOf(text).map((m) => [m.platform, m.negated])

describe(buildNegationDetector.name, () => {
  it('negates a proposal only when it is refused, in its sentence or the next', () => {
    assert.deepEqual(negated('Verdachte stelde voor om via Telegram af te spreken. Zij weigerde.'), [['Telegram', true]])
    assert.deepEqual(negated('Verdachte stelde voor om via Telegram af te spreken, maar zij wilde niet.'), [['Telegram', true]])
    assert.deepEqual(negated('Hij stelde voor om over te stappen op Viber, waar hij haar opdrachten gaf.'), [['Viber', false]])
    // a reply 'Nee, …' or 'laat maar' in the next sentence refuses it too
    assert.deepEqual(negated('Tapverslag. De vriend stelt voor haar op Kinky te zetten. Verdachte: "Nee, laat maar."'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Samenvatting. De vrouw stelt voor het meisje via Snapchat aan te bieden. Verdachte: "Laat maar, te druk."'), [['Snapchat', true]])
    assert.deepEqual(negated('Samenvatting. De vrouw stelt voor het meisje via Snapchat aan te bieden. Verdachte: "Goed, doe maar."'), [['Snapchat', false]])
  })

  it('negates a search without result and an inline question answered no', () => {
    assert.deepEqual(negated('Ook op Sexjobs.nl is gezocht, zonder resultaat.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Gevraagd of zij via Snapchat was benaderd, antwoordde zij: "Nee, dat ging via Insta."'), [
      ['Snapchat', true],
      ['Instagram', false],
    ])
  })

  it('reads a conditional threat as hypothetical, someone not knowing as no denial', () => {
    assert.deepEqual(negated('Hij zei dat hij haar foto’s op Facebook zou zetten als zij wegging.'), [['Facebook', true]])
    assert.deepEqual(negated('Zij had een eigen Snapchataccount waarvan hij niet wist.'), [['Snapchat', false]])
  })

  it('reads an indirect question opening the sentence as what its main clause qualifies', () => {
    assert.deepEqual(negated('Of daarbij ook Telegram werd gebruikt, wordt nog onderzocht.'), [['Telegram', true]])
    assert.deepEqual(negated('Of zij via Telegram werd aangeboden, heeft zij verklaard.'), [['Telegram', false]])
  })

  it('knows formal and other denials, a fruitless search and a mention before its "geen"', () => {
    assert.deepEqual(negated('Zij heeft nimmer via Snapchat contact gehad met verdachte.'), [['Snapchat', true]])
    assert.deepEqual(negated('Verdachte betwist dat hij het slachtoffer via Facebook benaderde.'), [['Facebook', true]])
    assert.deepEqual(negated('Verdachte heeft haar via Snapchat benaderd, wat hij ontkent.'), [['Snapchat', true]])
    assert.deepEqual(negated('Op Sexjobs.nl is gezocht, maar er werd niets gevonden.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Op Sugardaters had zij naar eigen zeggen geen profiel.'), [['Sugardaters.nl', true]])
    assert.deepEqual(negated('Zij mocht Snapchat niet meer gebruiken van haar moeder.'), [['Snapchat', true]])
    // 'niet meer' alone is no denial of the use before it
    assert.deepEqual(negated('Zij gebruikte Snapchat, maar had er geen zin meer in.')[0], ['Snapchat', false])
  })

  it('reads a quoted question answered "Nee" after a label naming who answers', () => {
    const text = 'Gevraagd: "Had je contact met verdachte via Telegram?" Antwoord slachtoffer (16): "Nee, dat had ik niet eens."'
    assert.deepEqual(negated(text), [['Telegram', true]])
    assert.deepEqual(negated('Gevraagd: "Via Telegram?" Antwoord slachtoffer: "Ja."'), [['Telegram', false]])
  })

  it('negates a plan that did not come about', () => {
    assert.deepEqual(negated('Hij wilde een OnlyFans voor haar beginnen, maar is het daar niet van gekomen.'), [['OnlyFans', true]])
  })

  it('reads a threat as hypothetical only for what is still to happen', () => {
    assert.deepEqual(negated("Hij dreigde de foto's op Instagram te zetten."), [['Instagram', true]])
    assert.deepEqual(negated('Verdachte dreigde haar via Instagram.'), [['Instagram', false]])
  })

  it('reads a fruitless inquiry, a refused request and a denial after the fact, and a "dat" clause opening the sentence', () => {
    assert.deepEqual(negated('Het onderzoek naar Telegram leverde niets op.'), [['Telegram', true]])
    assert.deepEqual(negated('Van contact via Instagram is niets gebleken.'), [['Instagram', true]])
    assert.deepEqual(negated("Hij vroeg haar om via Snapchat foto's te sturen, wat zij weigerde."), [['Snapchat', true]])
    assert.deepEqual(negated('Verdachte heeft haar via Snapchat benaderd, hoewel hij dat ontkent.'), [['Snapchat', true]])
    assert.deepEqual(negated('Dat zij via Snapchat werd benaderd, kon niet worden bevestigd.'), [['Snapchat', true]])
    assert.deepEqual(negated('Dat zij via Snapchat werd benaderd, staat vast.'), [['Snapchat', false]])
  })

  it('reads not knowing that something happened as no denial of it', () => {
    assert.deepEqual(negated("Zij wist niet dat de foto's op Instagram stonden."), [['Instagram', false]])
    assert.deepEqual(negated('Verdachte verklaarde dat hij niet wist dat zij via Kinky.nl werd aangeboden.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij weet niet of hij ook Telegram gebruikte.'), [['Telegram', true]])
  })

  it('reads an "Er …" sentence with a verification qualifier after hearsay as about that claim', () => {
    const text =
      'Zij zou volgens een anonieme melding via internet klanten hebben gezocht. Er zijn geen concrete aanwijzingen gevonden.'
    assert.deepEqual(negated(text), [[null, true]])
    // without hearsay before it, a finding stands on its own
    assert.deepEqual(negated('Zij zocht via internet klanten. Er zijn geen concrete aanwijzingen gevonden van geweld.'), [[null, false]])
  })

  it('reads "; dit is niet bevestigd" as about the clause before the semicolon, not the sentence before', () => {
    const text = 'Het bericht stond in een chatapp. Het meisje zou mogelijk worden uitgebuit; dit is niet bevestigd.'
    assert.deepEqual(negated(text), [[null, false]])
    assert.deepEqual(negated('Zij zou via Telegram worden aangeboden; dit is niet bevestigd.'), [['Telegram', true]])
  })

  it('reads an opening "of" clause qualified as not established, a denial in the perfect, plans and considerations', () => {
    assert.deepEqual(negated('Of er ook via Telegram contact was, kon niet worden vastgesteld.'), [['Telegram', true]])
    assert.deepEqual(negated("De verdachte heeft ontkend via Snapchat foto's te hebben verspreid."), [['Snapchat', true]])
    assert.deepEqual(negated('Verdachte wilde haar op Sexjobs zetten, maar daar is het niet van gekomen.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Het plan was om haar op Kinky.nl aan te bieden.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Verdachte zou overwegen haar ook op Redlights.nl te plaatsen.'), [['Redlights.nl', true]])
    // an unknown platform stays an unclear mention, not a denied one
    assert.deepEqual(negated('Welke app werd gebruikt, kon niet worden vastgesteld.'), [[null, false]])
  })

  it('reads a refused request, a plan that did not happen, an "anders …" threat and an open question about a thing named before', () => {
    const refused = 'Verdachte vroeg haar meerdere keren een profiel te maken op Kinky. Zij heeft dat steeds geweigerd.'
    assert.deepEqual(negated(refused), [['Kinky.nl', true]])
    // the channel of a refused request was used for it
    assert.deepEqual(negated('Verdachte vroeg haar via Snapchat of zij voor hem wilde werken. Zij weigerde.'), [['Snapchat', false]])
    // the channel of the request is used, the request itself is not refused use
    assert.deepEqual(negated("Een man had haar via Instagram gevraagd om foto's te sturen."), [['Instagram', false]])
    assert.deepEqual(negated('Hij zei dat hij haar filmpjes op Twitter zou zetten, maar dat is niet gebeurd.'), [['Twitter', true]])
    assert.deepEqual(negated('De man eist dat zij afspreekt; anders zet hij de beelden op alle socials.'), [[null, true]])
    const draft = 'In de telefoon werd een concept-advertentie voor Speurders.nl aangetroffen. Of de advertentie ook is geplaatst, wordt nog onderzocht.'
    assert.deepEqual(negated(draft), [['Speurders.nl', true]])
    // what existing accounts were used for is open, the accounts are not (tune-3 convention)
    const accounts = 'Er werden ingelogde accounts op Kinky.nl aangetroffen. Of daarmee advertenties zijn geplaatst, wordt nog onderzocht.'
    assert.deepEqual(negated(accounts), [['Kinky.nl', false]])
  })

  it('reads guesses, open questions, unconfirmed claims and proposals not carried out as not established', () => {
    assert.deepEqual(negated('Melder vermoedt dat het meisje via Kinky wordt aangeboden.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('De afspraken werden waarschijnlijk via Telegram gemaakt.'), [['Telegram', true]])
    assert.deepEqual(negated('Het is de vraag of zij via Tinder werd aangeboden.'), [['Tinder', true]])
    assert.deepEqual(negated('Verdachte zou haar op Kinky.nl hebben aangeboden, maar dat kon niet worden bevestigd.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('In het dossier is niets te vinden over contact via Facebook.'), [['Facebook', true]])
    assert.deepEqual(negated('Hij wilde dat zij een profiel op Tinder zou maken, maar dat deed zij niet.'), [['Tinder', true]])
    // 'vermoedelijk' introduces a claim; alternatives a witness cannot choose between stay mentions
    assert.deepEqual(negated('Vermoedelijk werd zij via Kinky aangeboden.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij weet niet meer of de afspraken via WhatsApp of via Snapchat werden doorgegeven.'), [
      ['WhatsApp', false],
      ['Snapchat', false],
    ])
  })

  it('reads a search without results and a report that proved wrong as negated, a threat made via a platform as use', () => {
    assert.deepEqual(negated('Een zoektocht op Redlights leverde geen resultaten op.'), [['Redlights.nl', true]])
    assert.deepEqual(negated('De melding dat zij via Tinder werd aangeboden, bleek onjuist.'), [['Tinder', true]])
    assert.deepEqual(negated('Er is niets bekend over contact via Facebook.'), [['Facebook', true]])
    assert.deepEqual(negated('Verdachte dreigde haar via Snapchat te chanteren.'), [['Snapchat', false]])
    assert.deepEqual(negated("Verdachte dreigde de foto's op Instagram te zetten."), [['Instagram', true]])
  })
  it('knows other ways of saying deny, suppose, announce and investigate, and not-knowing who as no denial', () => {
    assert.deepEqual(negated('Verdachte bestrijdt dat hij advertenties op Sexjobs heeft geplaatst.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Hij wees de beschuldiging van de hand dat hij haar via Instagram had aangeboden.'), [['Instagram', true]])
    assert.deepEqual(negated('Niets wijst erop dat zij via Tinder klanten ontmoette.'), [['Tinder', true]])
    assert.deepEqual(negated('Er werden op Snapchat geen berichten aangetroffen.'), [['Snapchat', true]])
    assert.deepEqual(negated('Melder sluit niet uit dat zij ook op Snapchat werd benaderd.'), [['Snapchat', true]])
    assert.deepEqual(negated('Hij kondigde aan dat hij de beelden op Instagram zou plaatsen.'), [['Instagram', true]])
    assert.deepEqual(negated("Indien zij niet betaalde, zou hij de foto's op Snapchat zetten."), [['Snapchat', true]])
    assert.deepEqual(negated('Er wordt onderzocht of verdachte ook via Telegram afspraken maakte.'), [['Telegram', true]])
    assert.deepEqual(negated('Zij zou via Snapchat zijn benaderd, maar dat bleek niet zo te zijn.'), [['Snapchat', true]])
    assert.deepEqual(negated('Aangeefster weet niet wie haar profiel op Badoo heeft aangemaakt.'), [['Badoo', false]])
    assert.deepEqual(negated('Het is niet de eerste keer dat zij via Snapchat werd benaderd.'), [['Snapchat', false]])
  })
  it('reads a label with a negative value in a list or shorthand note', () => {
    const note = 'Uitlezing telefoon:\n- Snapchat: nee\n- Instagram: geen account\n- WhatsApp: contact met verdachte'
    assert.deepEqual(negated(note), [['Snapchat', true], ['Instagram', true], ['WhatsApp', false]])
    assert.deepEqual(negated('Facebook: niet aangetroffen.'), [['Facebook', true]])
    // a long clause before the colon is no label
    assert.deepEqual(negated('Hij stuurde haar via Snapchat elke avond een bericht met de tekst: niet vergeten.'), [['Snapchat', false]])
  })

  it('reads an opening "of" clause left open by its main clause as hypothetical', () => {
    assert.deepEqual(negated('Of zij ook via Snapchat werd aangeboden, is onbekend.'), [['Snapchat', true]])
    assert.deepEqual(negated('Of hij ook via Telegram klanten zocht, blijft de vraag.'), [['Telegram', true]])
    assert.deepEqual(negated('Of zij via Telegram werd aangeboden, heeft zij verklaard.'), [['Telegram', false]])
  })
  it('keeps a denial out of a relative clause after a noun, unless "geen" quantifies that noun', () => {
    assert.deepEqual(negated('Zij reageerde niet op de berichten die zij via Snapchat kreeg.'), [['Snapchat', false]])
    assert.deepEqual(negated('Verdachte heeft nooit de advertenties gezien die op Kinky.nl stonden.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Er zijn geen berichten aangetroffen die via Telegram zijn verstuurd.'), [['Telegram', true]])
    assert.deepEqual(negated('Zij heeft nooit op die site via Telegram iets geplaatst.'), [['Telegram', true]])
  })
  it('reads a sentence opening with a pronominal adverb or a check of an allegation as qualifying the sentence before', () => {
    assert.deepEqual(negated('Zij zou ook op Kinky.nl staan. Daar zijn geen aanwijzingen voor.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Verdachte zou haar via Telegram hebben aangeboden. Hiervoor is geen bewijs gevonden.'), [['Telegram', true]])
    assert.deepEqual(negated('Het meisje zou via Snapchat worden aangeboden. Navraag leverde niets op.'), [['Snapchat', true]])
    assert.deepEqual(negated('Zij zou op Tinder staan. Dat bleek een misverstand.'), [['Tinder', true]])
    // 'geen aanwijzingen voor uitbuiting' opening with 'Er' is about exploitation, not about the platform before
    assert.deepEqual(negated('Volgens de pleegmoeder had zij veel contact via Kik. Er zijn geen aanwijzingen voor uitbuiting.'), [['Kik Messenger', false]])
    // and in its own sentence it negates nothing before it
    assert.deepEqual(negated('Zij werd via Snapchat benaderd; er zijn geen aanwijzingen voor dwang.'), [['Snapchat', false]])
    // a rumour followed by 'geen concrete aanwijzingen' is judged; 'geen concrete aanwijzingen voor X' judges X
    assert.deepEqual(negated('Zij zou een profiel hebben op Tinder. Er zijn geen concrete aanwijzingen.'), [['Tinder', true]])
    assert.deepEqual(negated('Zij zou veel contact hebben via Kik. Er zijn geen concrete aanwijzingen voor uitbuiting.'), [['Kik Messenger', false]])
    // 'Het gaat om een gerucht' sums up the claim before, so its qualifier applies to it
    assert.deepEqual(
      negated('Haar dochter zou dingen verkopen via Snapchat. Het gaat om een gerucht; er zijn geen concrete aanwijzingen.'),
      [['Snapchat', true]],
    )
    assert.deepEqual(negated('Haar dochter verkocht dingen via Snapchat. Het gaat om kleding.'), [['Snapchat', false]])
    // a check after a report that found something else
    assert.deepEqual(
      negated('Haar dochter zou een advertentie hebben op Sexjobs. Na controle blijkt dat het om een oppasbaan op Marktplaats gaat.'),
      [['Sexjobs.nl', true], ['Marktplaats', false]],
    )
  })
  it('reads hearing answers: any short label, a pointer with a denial, a tag question, and not a wh-question', () => {
    assert.deepEqual(negated('V: Had hij ook Telegram? Verdachte: Nee.'), [['Telegram', true]])
    assert.deepEqual(negated('V: Stond je op Kinky.nl? A: Daar heb ik nooit op gestaan.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('V: Je had ook contact via Snapchat. Klopt dat? A: Nee.'), [['Snapchat', true]])
    // not knowing leaves a yes/no question open (hypothetical), and 'Nee' cannot answer a question about how or which
    assert.deepEqual(negated('V: Had hij ook Telegram? A: Dat weet ik niet.'), [['Telegram', true]])
    assert.deepEqual(negated('V: Stuurde hij je berichten op Snapchat? A: Die heb ik niet meer.'), [['Snapchat', false]])
    assert.deepEqual(negated('V: Hoe kwam je op Kinky.nl? A: Niet door mij, hij heeft dat gedaan.'), [['Kinky.nl', false]])
  })
  it('leaves "mogelijk" before a noun, procedures and what was not done with the messages as no trigger', () => {
    assert.deepEqual(negated('Een mogelijk slachtoffer werd via Snapchat benaderd door verdachte.'), [['Snapchat', false]])
    assert.deepEqual(negated('Verdachte maakte het mogelijk dat klanten via WhatsApp afspraken maakten.'), [['WhatsApp', false]])
    assert.deepEqual(negated('Indien nodig wordt een vordering naar Snapchat gestuurd.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij heeft de berichten op Snapchat niet bewaard.'), [['Snapchat', false]])
    assert.deepEqual(negated('Mogelijk heeft hij ook via Telegram klanten gezocht.'), [['Telegram', true]])
  })
  it('reads a verbless qualifier fragment as about the sentence before, and a label value about use only', () => {
    assert.deepEqual(negated('14-10: advertentie op Kinky.nl? Nog niet geverifieerd.'), [['Kinky.nl', true]])
    // a bare denial in the next sentence does not undo the allegation (tune-3 convention)
    assert.deepEqual(negated('Het meisje zou via Snapchat worden aangeboden. Zij ontkent dit.'), [['Snapchat', false]])
    assert.deepEqual(negated('Contact via Telegram: ontkend door verdachte.'), [['Telegram', true]])
    assert.deepEqual(negated('Resultaat zoekslag Sexjobs: negatief.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Vordering aan Snapchat: geen gegevens beschikbaar.'), [['Snapchat', false]])
  })
  it('knows double negation, wishes, not knowing who or how long, and silence as no denial', () => {
    assert.deepEqual(negated('Verdachte ontkent niet dat hij via Snapchat contact met haar had.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij wilde niet dat hij de foto’s op Instagram zette, maar hij deed het toch.'), [['Instagram', false]])
    assert.deepEqual(negated('Zij heeft nooit geweten dat haar foto’s op Kinky.nl stonden.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Het is niet bekend hoe lang zij al op Kinky.nl stond.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Verdachte wilde niet verklaren over zijn contact via Snapchat.'), [['Snapchat', false]])
    // an open question stays one
    assert.deepEqual(negated('Het is niet bekend of zij ook op Kinky.nl stond.'), [['Kinky.nl', true]])
  })
  it('reads more refusals, failed attempts, intentions, fears and quoted threats as no use', () => {
    assert.deepEqual(negated('Hij vroeg haar om een profiel op Kinky.nl aan te maken. Zij zei nee.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Hij vroeg haar om een profiel op Kinky.nl aan te maken. Zij deed dat.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Hij probeerde een account op Instagram aan te maken, maar dat lukte niet.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij wilde haar via Telegram gaan aanbieden.'), [['Telegram', true]])
    assert.deepEqual(negated('Zij was bang dat hij de foto’s op Instagram zou zetten.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij dreigde: "Ik zet alles op Facebook."'), [['Facebook', true]])
    assert.deepEqual(negated('Hij heeft gedreigd met verspreiding van de beelden via Snapchat.'), [['Snapchat', true]])
    assert.deepEqual(negated('Hij schreef dat zij moest betalen, anders komen de beelden op Instagram.'), [['Instagram', true]])
    // the span covers only what stands between its two parts
    assert.deepEqual(negated('Via Snapchat vertelde hij dat hij wilde gaan verhuizen.'), [['Snapchat', false]])
  })
  it('keeps a qualifier whose clause has its own subject to that clause, unless a pointer makes it about what came before', () => {
    assert.deepEqual(negated('Zij werd via Snapchat benaderd en haar leeftijd is niet vastgesteld.'), [['Snapchat', false]])
    assert.deepEqual(negated('Hij bood haar aan op Kinky.nl; de precieze periode is niet vastgesteld.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij werd via Snapchat benaderd door een man wiens identiteit niet is vastgesteld.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij stond op Kinky.nl, maar dat kon niet worden vastgesteld.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Zij zou op Kinky.nl worden aangeboden; deze informatie is niet geverifieerd.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Zij zou op Kinky.nl staan, wat niet is bevestigd.'), [['Kinky.nl', true]])
  })
  it('ends a scope at "dan" after "geen andere …"', () => {
    assert.deepEqual(negated('Zij gebruikte geen andere apps dan Snapchat.'), [[null, true], ['Snapchat', false]])
    assert.deepEqual(negated('Zij had zowel Snapchat als Instagram, maar geen Facebook.'), [['Snapchat', false], ['Instagram', false], ['Facebook', true]])
  })
  it('reads "geen contact meer via X" and "niet meer via X" as no use now, like "geen toegang meer tot X"', () => {
    assert.deepEqual(negated('Sinds maart heeft zij geen contact meer via Snapchat.'), [['Snapchat', true]])
    assert.deepEqual(negated('Zij had geen contact via Snapchat.'), [['Snapchat', true]])
    assert.deepEqual(negated('Tapgesprek. Verdachte: "Niet meer via Messenger, dat wordt gelezen."'), [['Facebook', true]])
    // hard negatives: an account or use that was there, an alternative after 'maar', contact ended after an app was removed
    assert.deepEqual(negated('Sinds maart heeft zij geen account meer op Instagram.'), [['Instagram', false]])
    assert.deepEqual(negated('Zij gebruikt Snapchat niet meer.'), [['Snapchat', false]])
    assert.deepEqual(negated('Hij stuurde de adressen niet meer via WhatsApp maar via Telegram.'), [['WhatsApp', true], ['Telegram', false]])
    assert.deepEqual(negated('Hij verwijderde Snapchat, zodat zij geen contact meer had met haar vriendinnen.'), [['Snapchat', false]])
  })
  it('reads a check that found nothing special and a risk as no use', () => {
    assert.deepEqual(negated('Op Instagram werd niets bijzonders aangetroffen.'), [['Instagram', true]])
    assert.deepEqual(negated('Er bestaat een risico dat zij via Snapchat wordt benaderd.'), [['Snapchat', true]])
    assert.deepEqual(negated('De politie gaat na of zij ook via Kinky.nl werd aangeboden.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Zij werd na of tijdens het contact via Snapchat bedreigd.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij stuurde via Snapchat per vergissing een foto naar hem.'), [['Snapchat', false]])
  })
  it('reads a guess in the speaker\'s own words without "dat" and a hedge with "ik" after "maar"', () => {
    // an answer that guesses the platform, and a hedge on the speaker's own claim in the same sentence
    assert.deepEqual(negated('V: Hoe kende zij die man? A: Ik denk van Instagram.'), [['Instagram', true]])
    assert.deepEqual(negated('V: Hoe vond hij de klanten? A: Ik denk via een website, hij zat daar vaak op.'), [[null, true]])
    assert.deepEqual(negated('A: Ik denk van Instagram, maar zeker weten doe ik het niet.'), [['Instagram', true]])
    assert.deepEqual(negated('A: Ik heb gehoord dat hij haar via Telegram aanbiedt, maar ik weet het niet zeker.'), [['Telegram', true]])
    // hard negatives: a clause of its own after 'maar', a plain statement with 'denk' about something else, 'denk aan'
    assert.deepEqual(negated('Zij werd via Telegram aangeboden, maar ik weet niet zeker hoe vaak.'), [['Telegram', false]])
    assert.deepEqual(negated('Zij kende hem van Instagram, maar haar moeder is niet zeker van de datum.'), [['Instagram', false]])
    assert.deepEqual(negated('Ik denk aan de berichten die zij via Snapchat kreeg.'), [['Snapchat', false]])
    assert.deepEqual(negated('A: Via Snapchat. Ik denk nog vaak aan die tijd.'), [['Snapchat', false]])
  })
  it('reads "daar" as pointing back only when split ("daar … van/voor/over"), else as a place', () => {
    assert.deepEqual(negated('Zij ontmoette hem via Snapchat en ging naar een hotel. Daar werd bij een doorzoeking niets aangetroffen.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij werd via Snapchat benaderd en ging naar een hotel, maar daar werd niets gevonden.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij zou via Snapchat zijn benaderd, maar daar is niets van gebleken.'), [['Snapchat', true]])
  })
  it('reads belief, assumption, correction and threat families in their other forms', () => {
    // first person and plural of 'denkt/vermoedt dat', and the inverted hedge after the claim
    assert.deepEqual(negated('Ik denk dat hij de klanten via Kinky.nl vond.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('De klanten vond hij via Kinky.nl, vermoed ik.'), [['Kinky.nl', true]])
    // the passive assumption, and an earlier statement set right by 'maar' or a later finding
    assert.deepEqual(negated('Eerst werd gedacht dat zij via Badoo was benaderd.'), [['Badoo', true]])
    assert.deepEqual(negated('Zij had eerder verklaard dat zij hem via Kik kende, maar het was via Snapchat.'), [['Kik Messenger', true], ['Snapchat', false]])
    assert.deepEqual(negated('Zij had eerder verklaard dat zij hem via Kik kende.'), [['Kik Messenger', false]])
    // the noun of 'dreigen' with its complement; 'berichten met dreigementen' only names the channel
    assert.deepEqual(negated('Zij werd onder druk gezet met het dreigement dat de foto’s op Instagram zouden verschijnen.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij stuurde haar via Snapchat berichten met dreigementen.'), [['Snapchat', false]])
  })
  it('reads lacking evidence and what did not happen in other word orders', () => {
    assert.deepEqual(negated('Er wordt gezegd dat zij via Telegram wordt aangeboden, maar harde aanwijzingen ontbreken.'), [['Telegram', true]])
    assert.deepEqual(negated('Hij wilde haar op Sexjobs zetten, wat nooit is gebeurd.'), [['Sexjobs.nl', true]])
  })
  it('lets a trigger win over a pseudo-trigger it holds, and reads police requests and "geen relevante" as no denial', () => {
    assert.deepEqual(negated('Zij vertelde dat zij WhatsApp niet meer mocht gebruiken.'), [['WhatsApp', true]])
    assert.deepEqual(negated('Hij gebruikt Snapchat niet meer.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij mocht niemand anders appen.'), [['WhatsApp', true]])
    assert.deepEqual(negated('Bij Instagram is nog geen vordering gedaan.'), [['Instagram', false]])
    assert.deepEqual(negated('Zij had contact via Omegle. Omegle is niet bevraagd.'), [['Omegle', false], ['Omegle', false]])
    assert.deepEqual(negated('Op Facebook werden geen relevante berichten aangetroffen.'), [['Facebook', false]])
    assert.deepEqual(negated('Op Facebook werden geen berichten aangetroffen.'), [['Facebook', true]])
    assert.deepEqual(negated('Hij sloeg haar omdat zij zijn Snapchat niet beantwoordde.'), [['Snapchat', false]])
  })
  it('reads every proposal, request or wish with the same refusals, in its sentence or the next', () => {
    assert.deepEqual(negated('Hij wilde dat zij via Snapchat klanten zocht. Zij deed dat niet.'), [['Snapchat', true]])
    assert.deepEqual(negated('Hij wilde dat zij via Snapchat klanten zocht. Zij deed dat ook.'), [['Snapchat', false]])
    assert.deepEqual(negated('Hij stelde haar voor om op Kinky.nl te gaan staan. Zij ging daar niet op in.'), [['Kinky.nl', true]])
  })
  it('lets a denial reach over an apposition, not over a clause', () => {
    assert.deepEqual(negated('Hij ontkent dat hij de jongen, een scholier van 15, via Kik benaderde.'), [['Kik Messenger', true]])
    assert.deepEqual(negated('Hij ontkent dat hij de jongen, een scholier (15), via Kik benaderde.'), [['Kik Messenger', true]])
    assert.deepEqual(negated('Hij heeft geen contact met haar, de rest ging wel via Kik.'), [['Kik Messenger', false]])
  })
  it('completes trigger families: denials, answers, suspicions, failures, fruitless checks and plans in other words', () => {
    assert.deepEqual(negated('Verdachte zegt niets met de advertentie op Kinky.nl te maken te hebben.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Gevraagd of zij via Snapchat werd benaderd, zei zij van niet.'), [['Snapchat', true]])
    assert.deepEqual(negated('Het vermoeden bestaat dat zij via Telegram wordt aangeboden.'), [['Telegram', true]])
    assert.deepEqual(negated('Het is onwaarschijnlijk dat zij via Tinder werd benaderd.'), [['Tinder', true]])
    assert.deepEqual(negated('Hij probeerde een advertentie op Kinky.nl te plaatsen, wat mislukte.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Op Instagram kwam bij de analyse niets naar voren.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij zou haar via Instagram hebben benaderd; dit is niet nader onderzocht.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij wilde een account op OnlyFans voor haar maken, maar dat is er nooit van gekomen.'), [['OnlyFans', true]])
    assert.deepEqual(negated('Het idee was om haar via Telegram aan te bieden.'), [['Telegram', true]])
    assert.deepEqual(negated('Er zou een advertentie op Kinky.nl staan; die is niet gevonden.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Hij bedreigde haar met het plaatsen van de foto’s op Instagram.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij bedreigde haar met een mes en stuurde haar via Instagram berichten.'), [['Instagram', false]])
    assert.deepEqual(negated('Hij eiste dat zij via Snapchat foto’s stuurde. Zij deed dit niet.'), [['Snapchat', true]])
    assert.deepEqual(negated('Hij eiste dat zij via Snapchat foto’s stuurde.'), [['Snapchat', false]])
    // 'vermoedelijk' stays a plain allegation (tune convention: 'vermoedelijk … afspraken via Chatgum')
    assert.deepEqual(negated('Zij maakt vermoedelijk afspraken via Telegram.'), [['Telegram', false]])
  })
  it('reads the speaker\'s own "volgens mij" as a guess, another\'s "volgens haar" as a report', () => {
    assert.deepEqual(negated('Meld Misdaad Anoniem. "Volgens mij regelt hij de klanten via Telegram of zo."'), [['Telegram', true]])
    assert.deepEqual(negated('A: Dat ging volgens mij via WhatsApp.'), [['WhatsApp', true]])
    // hard negatives: a report of what someone else says, a guess in another sentence or another clause
    assert.deepEqual(negated('Volgens haar regelt hij de klanten via Telegram.'), [['Telegram', false]])
    assert.deepEqual(negated('A: Hij stuurde mij via WhatsApp het adres. Volgens mij was dat om tien uur.'), [['WhatsApp', false]])
    assert.deepEqual(negated('A: Volgens mij was dat om tien uur, hij stuurde het adres via WhatsApp.'), [['WhatsApp', false]])
  })
  it('keeps a supposition out of a relative clause that says what a noun is', () => {
    assert.deepEqual(negated('Hij dreigde haar te slaan als zij niet naar de klanten ging die via Kinky.nl kwamen.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij vermoeden dat zij bij een man verblijft die zij via Badoo kent.'), [['Badoo', false]])
    // with an infinitive after it, the mention may stand in the threat itself
    assert.deepEqual(negated('Hij dreigde de foto’s die hij had op Instagram te zetten.'), [['Instagram', true]])
    assert.deepEqual(negated('Zij vermoedt dat hij haar via Badoo aanbiedt.'), [['Badoo', true]])
  })
  it('reads a process not finished, not noticing and "no more customers" as no denial of use', () => {
    assert.deepEqual(negated('Het onderzoek naar de advertenties op Kinky.nl is nog niet afgerond.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('De advertentie op Kinky.nl is nog niet offline gehaald.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij had niet door dat de man via Badoo haar leeftijd kende.'), [['Badoo', false]])
    assert.deepEqual(negated('Zij gaf aan dat zij geen klanten meer ontving via Kinky.nl.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij gaf aan dat zij geen klanten ontving via Kinky.nl.'), [['Kinky.nl', true]])
  })
  it('reads a qualifier in a label before a colon as about what follows, and a negative value in brackets', () => {
    assert.deepEqual(negated('Aangetroffen apps: WhatsApp. Niet aangetroffen: Telegram.'), [['WhatsApp', false], ['Telegram', true]])
    assert.deepEqual(negated('Informatie (niet getoetst): verdachte biedt meisjes aan via Telegram.'), [['Telegram', true]])
    assert.deepEqual(negated('Informatie: verdachte biedt meisjes aan via Telegram.'), [['Telegram', false]])
    assert.deepEqual(negated('Contact via: WhatsApp (ja), Telegram (nee).'), [['WhatsApp', false], ['Telegram', true]])
    assert.deepEqual(negated('Gevorderd: WhatsApp (registratiegegevens), Telegram (geen reactie).'), [['WhatsApp', false], ['Telegram', false]])
  })
  it('reads announced threats, open questions with inversion, unreliable reports and a report noun after a semicolon', () => {
    assert.deepEqual(negated('Hij kondigde aan haar foto’s op Instagram te zetten.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij waarschuwde dat de beelden anders op Snapchat zouden verschijnen.'), [['Snapchat', true]])
    assert.deepEqual(negated('Nader onderzoek moet uitwijzen of zij via Tinder klanten ontving.'), [['Tinder', true]])
    assert.deepEqual(negated('Nog onbekend is of zij via Tinder klanten ontving.'), [['Tinder', true]])
    assert.deepEqual(negated('Dat zij via Tinder werd benaderd, staat niet vast.'), [['Tinder', true]])
    assert.deepEqual(negated('De informant meldt dat zij via Telegram wordt aangeboden; de informatie is onbetrouwbaar.'), [['Telegram', true]])
    assert.deepEqual(negated('Zij werd via Telegram aangeboden; de klant is onbetrouwbaar.'), [['Telegram', false]])
    assert.deepEqual(negated('Een tip over een advertentie op Kinky.nl bleek vals.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Hij gebruikte op Kinky.nl een valse naam.'), [['Kinky.nl', false]])
  })
  it('needs a real correction after an earlier statement, and lacking evidence about the statement itself', () => {
    assert.deepEqual(negated('Zij had eerder verklaard dat zij via Snapchat werd benaderd, maar wilde daar nu niets over zeggen.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij had eerder verklaard dat zij via Snapchat werd benaderd. Zij bleek die dag ziek.'), [['Snapchat', false]])
    assert.deepEqual(negated('Eerder werd gedacht dat zij via Badoo werd benaderd; uit de chats bleek dat het Snapchat was.'), [['Badoo', true], ['Snapchat', false]])
    assert.deepEqual(negated('Zij werd via Snapchat benaderd, maar aanwijzingen voor dwang ontbreken.'), [['Snapchat', false]])
    assert.deepEqual(negated('Er gaan geruchten dat zij via Snapchat wordt aangeboden, maar bewijs daarvoor ontbreekt.'), [['Snapchat', true]])
  })
  it('reads hedged and reported no-answers to a question about a platform', () => {
    assert.deepEqual(negated('V: Heb je hem ook via Snapchat gesproken? A: Volgens mij niet.'), [['Snapchat', true]])
    assert.deepEqual(negated('V: Heb je hem ook via Snapchat gesproken? A: Ik denk het niet.'), [['Snapchat', true]])
    assert.deepEqual(negated('V: Heb je hem ook via Snapchat gesproken? A: Ik denk het wel.'), [['Snapchat', false]])
    assert.deepEqual(negated('Verbalisant vroeg of zij via Telegram contact had. Zij antwoordde ontkennend.'), [['Telegram', true]])
    assert.deepEqual(negated('Verbalisant vroeg of zij via Telegram contact had. Zij zei van niet.'), [['Telegram', true]])
    assert.deepEqual(negated('Verbalisant vroeg of zij via Telegram contact had. Zij bevestigde dat.'), [['Telegram', false]])
    assert.deepEqual(negated('Gevraagd naar Kinky.nl zei zij dat zij daar nooit had gestaan.'), [['Kinky.nl', true]])
  })
  it('reads only a finding or check as a label qualifier, and an earlier statement as corrected only when it is', () => {
    assert.deepEqual(negated('Geen bijzonderheden: zij werd via Snapchat benaderd door een bekende.'), [['Snapchat', false]])
    assert.deepEqual(negated('Niet relevant: het account op Instagram.'), [['Instagram', false]])
    assert.deepEqual(negated('Eerder werd al gemeld dat zij op Kinky.nl stond. Uit onderzoek bleek dat zij daar nog stond.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Aanvankelijk werd gemeld dat zij op Kinky.nl stond.'), [['Kinky.nl', true]])
  })
  it('negates the alternative after "in plaats van" only, and reads "nooit meer" like "niet meer"', () => {
    assert.deepEqual(negated('De afspraken liepen via Telegram in plaats van via WhatsApp.'), [['Telegram', false], ['WhatsApp', true]])
    assert.deepEqual(negated('In plaats van Snapchat gebruikte hij Telegram.'), [['Snapchat', true], ['Telegram', false]])
    assert.deepEqual(negated('Hij heeft haar daarna nooit meer via Snapchat benaderd.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij mocht nooit meer Snapchat gebruiken.'), [['Snapchat', true]])
  })
  it('reads every form of an unverified report, and lacking proof only when it is about the statement', () => {
    const tip = 'Een tip luidt dat zij via Telegram wordt aangeboden'
    for (const q of ['; dit valt niet te controleren.', '; dit is niet na te gaan.', '. Dit is nog niet gecontroleerd.', '. Nog te verifiëren.', ', wat nog moet worden uitgezocht.', '. De betrouwbaarheid is onbekend.', '. De melder is anoniem en de informatie is niet bevestigd.']) {
      assert.deepEqual(negated(tip + q), [['Telegram', true]], q)
    }
    assert.deepEqual(negated(tip + '.'), [['Telegram', false]])
    assert.deepEqual(negated('Zij zou via Telegram worden aangeboden, maar er is geen bewijs.'), [['Telegram', true]])
    assert.deepEqual(negated('Zij werd via Snapchat benaderd, maar er is geen bewijs voor dwang.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij staat op Kinky.nl. De juistheid van haar leeftijd is onbekend.'), [['Kinky.nl', false]])
  })
  it('knows more denial verbs and lets a denial reach over an aside on its channel', () => {
    assert.deepEqual(negated('Verdachte verwerpt de beschuldiging dat hij haar via Snapchat benaderde.'), [['Snapchat', true]])
    assert.deepEqual(negated('Verdachte zegt dat hij niets te maken heeft met het account op Instagram.'), [['Instagram', true]])
    assert.deepEqual(negated('Verdachte ontkent, via zijn advocaat, haar via Snapchat te hebben benaderd.'), [['Snapchat', true]])
    assert.deepEqual(negated('Verdachte had geen contact met haar, via Snapchat wel.'), [['Snapchat', false]])
  })
  it('keeps a qualifier in a relative clause, a comma clause with its own subject or after a wh-clause to what it is about', () => {
    assert.deepEqual(negated('Zij werd via Snapchat benaderd door een man van wie de leeftijd niet is vastgesteld.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij werd via Snapchat benaderd op een datum die niet is vastgesteld.'), [['Snapchat', false]])
    assert.deepEqual(negated('Op Kinky.nl stond een advertentie waarvan de echtheid niet is vastgesteld.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Via Snapchat werd zij benaderd, de exacte datum kon niet worden vastgesteld.'), [['Snapchat', false]])
    assert.deepEqual(negated('Hoeveel klanten via Kinky.nl kwamen, is niet vastgesteld.'), [['Kinky.nl', false]])
    // a pointer or nothing of its own keeps the qualifier about the statement
    assert.deepEqual(negated('Zij zou via Snapchat zijn benaderd, wat niet is vastgesteld.'), [['Snapchat', true]])
    assert.deepEqual(negated('Zij zou via Snapchat zijn benaderd, niet bevestigd.'), [['Snapchat', true]])
  })
  it('reads shorthand notes: a denied or empty value after a label and a check still to do', () => {
    assert.deepEqual(negated('Sexjobs gecheckt: geen adv.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Gebruik Snapchat: ontkent.'), [['Snapchat', true]])
    assert.deepEqual(negated('Vermoedelijk via Telegram, nog navragen.'), [['Telegram', true]])
    assert.deepEqual(negated('Vermoedelijk via Telegram.'), [['Telegram', false]])
  })
  it('reads a plan formed, an obvious guess and a chance as suppositions', () => {
    assert.deepEqual(negated('Hij had het plan opgevat haar op Kinky.nl aan te bieden.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Het ligt voor de hand dat zij via Telegram werd aangeboden.'), [['Telegram', true]])
    assert.deepEqual(negated('Er is een reële kans dat zij via Telegram wordt aangeboden.'), [['Telegram', true]])
    assert.deepEqual(negated('Zij greep haar kans op Tinder.'), [['Tinder', false]])
  })
  it('reads a fronted platform before "geen contact" or "niets te maken" as denied, not across a terminator', () => {
    assert.deepEqual(negated('Via Facebook had zij geen contact met hem.'), [['Facebook', true]])
    assert.deepEqual(negated('Met Snapchat had zij niets te maken.'), [['Snapchat', true]])
    assert.deepEqual(negated('Zij leerde hem kennen via Facebook en had daarna geen contact met hem.'), [['Facebook', false]])
  })
  it('reads a refused proposal in the present tense of a tap record as hypothetical', () => {
    assert.deepEqual(negated('De vrouw stelt voor de meisjes op Snapchat aan te bieden. Verdachte zegt dat hij dat niet wil.'), [['Snapchat', true]])
    assert.deepEqual(negated('De vrouw stelt voor via Snapchat contact te houden. Verdachte gaat akkoord.'), [['Snapchat', false]])
  })
  it('reads a checked tip that proved to be about something else as denied', () => {
    assert.deepEqual(
      negated('Tip: advertentie op Marktplaats met een vaag aanbod. Na onderzoek bleek het te gaan om een advertentie voor schoonmaakwerk. Geen strafbare feiten.'),
      [['Marktplaats', true]],
    )
  })
  it('lets a qualifier of the whole report cover each second-hand sentence of it', () => {
    assert.deepEqual(
      negated('Volgens de informant biedt een man meisjes aan via Telegram. Hij zou daarnaast Wickr gebruiken. De informatie is niet geverifieerd.'),
      [['Telegram', true], ['Wickr', true]],
    )
    assert.deepEqual(
      negated('Zij werd via Instagram benaderd. Hij zou daarnaast Wickr gebruiken. De informatie is niet geverifieerd.'),
      [['Instagram', false], ['Wickr', true]],
    )
  })
  it('reads a tip heading that ends at a colon as covering the tip after it in the same sentence', () => {
    assert.deepEqual(negated('Tip van een informant, niet geverifieerd: in een Telegram-groep zouden foto\'s van meisjes worden gedeeld.'), [['Telegram', true]])
    // a marker about the tip that runs past the colon does not block the heading's own qualifier
    assert.deepEqual(
      negated("Melding via de wijkagent, niet geverifieerd: in een Snapchat-groep met de naam 'xx' zouden meisjes worden aangeboden."),
      [['Snapchat', true]],
    )
    // hard negatives: a heading with no qualifier, a qualifier after the colon about something else, a long opening sentence
    assert.deepEqual(negated('Tip van een informant: in een Telegram-groep zouden foto\'s van meisjes worden gedeeld.'), [['Telegram', false]])
    assert.deepEqual(negated('Verbalisant zag op de telefoon van verdachte, die zijn naam niet wilde geven: een Telegram-groep met foto\'s.'), [['Telegram', false]])
  })
  it('reads a speaker not knowing what was just told as a supposition, also in a next sentence opening with maar', () => {
    assert.deepEqual(negated('A: Ik denk dat hij de mannen via een website vond, maar dat weet ik niet.'), [[null, true]])
    assert.deepEqual(negated('A: Hij maakte de afspraken via WhatsApp. Maar dat weet ik niet zeker.'), [['WhatsApp', true]])
    // hard negatives: not knowing something else, a 'maar' sentence that says more, a statement after the qualifier
    assert.deepEqual(negated('A: Hij maakte de afspraken via WhatsApp. Maar waar hij woont, weet ik niet.'), [['WhatsApp', false]])
    assert.deepEqual(negated('A: Hij maakte de afspraken via WhatsApp. Maar hij belde ook vaak.'), [['WhatsApp', false]])
    assert.deepEqual(negated('A: Dat weet ik niet. Hij maakte de afspraken via WhatsApp.'), [['WhatsApp', false]])
  })
  it('lets a qualifier of the whole report reach past a sentence of the report that names no platform', () => {
    assert.deepEqual(
      negated('Anonieme melding. Melder stelt dat een man meisjes benadert via TikTok. Melder geeft geen plaats. De informatie is niet geverifieerd.'),
      [['TikTok', true]],
    )
    assert.deepEqual(
      negated('Melding: op een website zouden meisjes worden aangeboden. Er is geen adres bekend. De melding is niet te verifiëren.'),
      [[null, true]],
    )
    // the bare noun of a closing note
    assert.deepEqual(
      negated('Informatie van de wijkagent: een man zou meisjes benaderen via Kik. Een adres is onbekend. Informatie niet geverifieerd.'),
      [['Kik Messenger', true]],
    )
    assert.deepEqual(negated('Zij werd via Instagram benaderd. Een adres is onbekend. Melding gedaan door de moeder.'), [['Instagram', false]])
    // not in a first-hand statement, nor past more than the report's reach
    assert.deepEqual(
      negated('Melding: hij zou meisjes benaderen via Telegram. Er is geen adres. Geen plaats. Geen datum. De informatie is niet geverifieerd.'),
      [['Telegram', false]],
    )
    assert.deepEqual(
      negated('Zij werd via Instagram benaderd. Zij woont bij haar moeder. De informatie is niet geverifieerd.'),
      [['Instagram', false]],
    )
  })
  it('reads an unconfirmed claim with the subject between the modal verb and "niet"', () => {
    assert.deepEqual(negated('Hij zou ook een profiel van haar hebben op Tinder, maar dat kon de informant niet bevestigen.'), [['Tinder', true]])
    assert.deepEqual(negated('Hij plaatst advertenties op Redlights; de informant kan de leeftijd niet vaststellen van de man.'), [['Redlights.nl', false]])
    assert.deepEqual(negated('Zij kon via WhatsApp de afspraak bevestigen.'), [['WhatsApp', false]])
  })
  it('lets a search noun opening the sentence make every site before its empty result part of the search', () => {
    assert.deepEqual(negated('Naslag op sociale media naar de woning en de bewoner leverde geen resultaat op.'), [[null, true]])
    assert.deepEqual(negated('Een zoektocht op Kinky.nl naar de advertentie en het nummer leverde geen treffers op.'), [['Kinky.nl', true]])
    // a finding reported in a clause, or a clause of its own before the trigger, stays
    assert.deepEqual(negated('Zoektocht: zij werd via Snapchat benaderd en de naslag leverde geen resultaat op.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij had contact met hem via Snapchat en de naslag leverde geen resultaat op.'), [['Snapchat', false]])
  })
  it('reads an instruction or a recommendation in a tapped call as a plan', () => {
    assert.deepEqual(negated('Tapverslag 0001. Verdachte zegt: "Stuur me een berichtje op Telegram." Einde gesprek.'), [['Telegram', true]])
    assert.deepEqual(negated('Tapgesprek. NN-man zegt: "Zet haar op Kinky.nl, het is druk." Verdachte: "Ik heb haar al op Sexjobs gezet."'), [
      ['Kinky.nl', true],
      ['Sexjobs.nl', false],
    ])
    assert.deepEqual(negated('Tapgesprek. Verdachte vertelt over een nieuw meisje. De vriend raadt hem SDC aan.'), [['SDC.com', true]])
    // not outside a tapped call, nor a statement or a mention after the instruction's clause
    assert.deepEqual(negated('Aangifte. Verdachte zei: "Stuur me een berichtje op Telegram." Dat deed zij.'), [['Telegram', false]])
    assert.deepEqual(negated('Tapverslag 0002. Verdachte: "Ik heb haar op Telegram gezet."'), [['Telegram', false]])
    assert.deepEqual(negated('Tapverslag 0003. Verdachte: "Zet haar maar, ik heb haar al op Telegram."'), [['Telegram', false]])
  })
  it('reads a question with "wiens" as a wh-question, whose "Weet ik niet" denies nothing', () => {
    assert.deepEqual(negated('V: Op wiens naam staat het Kinky-account met haar advertenties? A: Weet ik niet.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('V: Staat er een Kinky-account op jouw naam? A: Nee.'), [['Kinky.nl', true]])
  })
  it('negates a tip whose check found something else, in either word order', () => {
    assert.deepEqual(negated('Tip: op Marktplaats staat een advertentie voor jonge hulpjes. Na controle bleek het om een advertentie voor een schoonmaakbedrijf te gaan.'), [['Marktplaats', true]])
    assert.deepEqual(negated('Tip: op Marktplaats staat een advertentie voor jonge hulpjes. Na controle bleek het te gaan om een schoonmaakbedrijf.'), [['Marktplaats', true]])
    // not when it opens no check after a report
    assert.deepEqual(negated('Hij gaf haar via Snapchat een adres. Daar bleek het om een woning te gaan waar mannen kwamen.'), [['Snapchat', false]])
  })
  it('reads a request to confirm in the te-form as unconfirmed, like the of-form', () => {
    assert.deepEqual(negated('Een journalist vraagt de politie te bevestigen dat een jongen via Snapchat is benaderd.'), [['Snapchat', true]])
    assert.deepEqual(negated('Een journalist vraagt of de politie kan bevestigen dat een jongen via Snapchat is benaderd.'), [['Snapchat', true]])
    // a request to do something else is no request to confirm
    assert.deepEqual(negated('Hij vroeg haar te komen en stuurde het adres via Snapchat.'), [['Snapchat', false]])
  })
  it('limits a closing doubt to the part of the sentence a hedge opens', () => {
    assert.deepEqual(negated('Hij adverteert op Kinky.nl; mogelijk gebruikt hij ook Tinder, dat is niet bevestigd.'), [
      ['Kinky.nl', false],
      ['Tinder', true],
    ])
    assert.deepEqual(negated('A: Op Redlights en ik denk ook op Sexjobs, maar dat weet ik niet zeker.'), [
      ['Redlights.nl', false],
      ['Sexjobs.nl', true],
    ])
    // without a hedge the doubt covers the whole clause
    assert.deepEqual(negated('Hij zou haar via Kik en Tinder hebben benaderd, maar dat is niet bevestigd.'), [
      ['Kik Messenger', true],
      ['Tinder', true],
    ])
  })
  it('keeps a send announced in a tapped call when the reply says it has arrived', () => {
    assert.deepEqual(negated('Tap 0001. Verdachte tegen het meisje: "Ik stuur het adres via Telegram." Meisje: "Heb het al binnen."'), [['Telegram', false]])
    assert.deepEqual(negated('Tap 0002. Verdachte tegen het meisje: "Ik stuur het adres via Telegram." Meisje: "Is goed."'), [['Telegram', true]])
    assert.deepEqual(negated('Tap 0003. Verdachte tegen het meisje: "Ik stuur het adres via Telegram." Meisje: "Nog niet binnen."'), [['Telegram', true]])
    // the same for a send told to the listener ('Ik stuur je …'), and for a placement the reply says is already there
    assert.deepEqual(negated('Tap 0004. Verdachte tegen het meisje: "Ik stuur je de kamer via Signal." Meisje: "Heb hem al binnen."'), [['Signal', false]])
    assert.deepEqual(negated('Tap 0005. Verdachte tegen het meisje: "Ik stuur je de kamer via Signal." Meisje: "Oké."'), [['Signal', true]])
    assert.deepEqual(negated('Tap 0006. Verdachte tegen zijn broer: "Zet haar vanavond op Kinky." Broer: "Staat er al sinds vanochtend."'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Tap 0007. Verdachte tegen zijn broer: "Zet haar vanavond op Kinky." Broer: "Ze staat er al op."'), [['Kinky.nl', false]])
    // hard negatives: a reply that it is not there yet, or that something else is already there
    assert.deepEqual(negated('Tap 0008. Verdachte tegen zijn broer: "Zet haar vanavond op Kinky." Broer: "Staat er nog niet op."'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Tap 0009. Verdachte tegen zijn broer: "Zet haar vanavond op Kinky." Broer: "Ik ben al thuis."'), [['Kinky.nl', true]])
  })
  it('negates an instruction or offer in a tapped call refused with "nee", and the platform named in the refusal', () => {
    assert.deepEqual(negated('Tap 0010. Broer: Zet haar toch op Kinky. Verdachte: Nee, daar kijkt de politie mee.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Tap 0011. Broer: "Zet haar ook op Kinky." Verdachte: "Nee, Kinky is te duur."'), [
      ['Kinky.nl', true],
      ['Kinky.nl', true],
    ])
    assert.deepEqual(negated('Tap 0012. NN-man: "Ik heb klanten, ik kan ze via Grinder regelen." Verdachte: "Nee, niet nodig."'), [['Grinder', true]])
    // hard negatives: an instruction answered yes, an offer answered yes, a statement answered no, a refusal naming another platform
    assert.deepEqual(negated('Tap 0013. Broer: Zet haar toch op Kinky. Verdachte: Ja, doe ik.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Tap 0014. NN-man: "Ik kan ze via Grinder regelen." Verdachte: "Goed, doe maar."'), [['Grinder', false]])
    assert.deepEqual(negated('Tap 0015. Broer: Ze staat op Kinky. Verdachte: Nee, dat weet ik.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Tap 0016. Broer: "Zet haar ook op Kinky." Verdachte: "Nee, ze blijft op Snap."'), [
      ['Kinky.nl', true],
      ['Snapchat', false],
    ])
  })
  it('reads a report closed by a doubt opening with a hedge ("Misschien klopt het niet") as unconfirmed', () => {
    assert.deepEqual(negated('Een man zet meisjes op Kinky. Misschien klopt het niet.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Anoniem webformulier. "Op Tellonym krijgen meisjes vragen. Daarna sturen mannen hun Snapchat-naam. Misschien klopt het niet."'), [
      ['Tellonym', true],
      ['Snapchat', true],
    ])
    assert.deepEqual(negated('Anoniem webformulier. "Er staat een meisje op Eromarkt. Wellicht klopt dit niet." Melder laat geen gegevens achter.'), [['Eromarkt.nl', true]])
    // hard negatives: a hedge that does not open the doubt, a doubt about something else, a confirmation
    assert.deepEqual(negated('Een man zet meisjes op Kinky. Haar leeftijd klopt misschien niet.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Een man zet meisjes op Kinky. Misschien klopt haar leeftijd niet.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Een man zet meisjes op Kinky. Dat klopt, zegt de wijkagent.'), [['Kinky.nl', false]])
  })
  it('reads a task put to the listener as a question in a tapped call as a plan, also when answered yes', () => {
    assert.deepEqual(negated('Tap 0020. Verdachte 1: "Regel jij het via de signal?" Verdachte 2: "Ja."'), [['Signal', true]])
    assert.deepEqual(negated('Tap 0021. Verdachte: "Zet jij haar vanavond op Kinky?" Broer: "Ja, komt goed."'), [['Kinky.nl', true]])
    // hard negatives: a question about what was done, a task the reply says is done, a question outside a tapped call
    assert.deepEqual(negated('Tap 0022. Verdachte: "Heb jij haar op Kinky gezet?" Broer: "Ja."'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Tap 0023. Verdachte: "Stuur jij haar het adres via Telegram?" Broer: "Heb ik al gedaan."'), [['Telegram', false]])
    assert.deepEqual(negated('Verhoor. V: Heeft hij je via Telegram benaderd? A: Ja.'), [['Telegram', false]])
  })
  it('reads more announcements and instructions to the listener in a tapped call as plans', () => {
    assert.deepEqual(negated('Tap 0030. Verdachte: "Heb je het geld? Ik bel je straks via Imo." NN: "Ja."'), [['Imo', true]])
    assert.deepEqual(negated('Tap 0031. Verdachte: "Je krijgt haar nummer via Wickr." NN-man: "Prima."'), [['Wickr', true]])
    assert.deepEqual(negated("Tap 0032. Verdachte: 'Als je klaar bent, app je me.' Einde gesprek."), [['WhatsApp', true]])
    // a call told inside an observation after a 'tap:' label; the message seen afterwards is its own mention
    assert.deepEqual(
      negated('Observatie. 20.40 uur: verdachte stopt bij de flat. 20.43 uur, tap: verdachte belt het meisje en zegt: "Ik app je zo het nummer van de kamer." 20.46 uur: uitgaand WhatsApp-bericht.'),
      [
        ['WhatsApp', true],
        ['WhatsApp', false],
      ],
    )
    // hard negatives: the past tense, a message already sent
    assert.deepEqual(negated('Tap 0033. Verdachte: "Ik belde haar gisteren via Imo." NN: "Ja."'), [['Imo', false]])
    assert.deepEqual(negated('Tap 0034. Verdachte: "Je kreeg haar nummer via Wickr." NN-man: "Ja."'), [['Wickr', false]])
    assert.deepEqual(negated("Tap 0035. Verdachte: 'Ze appte me net.' Einde gesprek."), [['WhatsApp', false]])
    assert.deepEqual(negated('Observatie. 20.43 uur, tap: verdachte zegt: "Ik heb je net het nummer geappt."'), [['WhatsApp', false]])
  })
  it('reads the channel of what money is offered for as an offer not taken up', () => {
    assert.deepEqual(negated('In de chat boden kijkers haar geld voor "privé" via Kik.'), [['Kik Messenger', true]])
    assert.deepEqual(negated('Een kijker biedt hem geld voor een gesprek via Discord. Verder verloop onbekend.'), [['Discord', true]])
    // hard negatives: the offer made through the platform, money paid, no offer verb
    assert.deepEqual(negated('Oudere mannen boden hem via Grindr geld voor een ontmoeting.'), [['Grinder', false]])
    assert.deepEqual(negated('Hij kreeg geld voor een ontmoeting via Grindr.'), [['Grinder', false]])
    assert.deepEqual(negated('Zij boden haar geld, waarna zij via Snapchat afspraken maakte.'), [['Snapchat', false]])
    // … and an offer followed by what she did next
    assert.deepEqual(negated('Een kijker biedt hem geld voor een gesprek via Discord. Hij ging daarop in.'), [['Discord', false]])
  })
  it('keeps the channel a threat or request was made through as use, also with the subject after the verb', () => {
    assert.deepEqual(negated('Ook dreigt hij via Instagram filmpjes van haar naar haar ouders te sturen.'), [['Instagram', false]])
    assert.deepEqual(negated('Later vroeg die persoon via Snapchat om foto’s. Toen zij weigerde, dreigde hij haar foto’s op Facebook te zetten.'), [
      ['Snapchat', false],
      ['Facebook', true],
    ])
    assert.deepEqual(negated('Toen zij weigerde, schreef hij via TikTok dat hij haar foto’s op Instagram zou zetten.'), [
      ['TikTok', false],
      ['Instagram', true],
    ])
    assert.deepEqual(negated('Hij e-mailde haar daarna dat hij het filmpje naar haar school zou sturen als zij niet terugkwam.'), [['E-mail', false]])
    // hard negatives: the threatened use itself, a request to use a platform that was refused
    assert.deepEqual(negated('Ook dreigt hij filmpjes van haar via Instagram naar haar ouders te sturen.'), [['Instagram', true]])
    assert.deepEqual(negated('Hij zei dat hij de filmpjes naar haar school zou mailen als zij niet terugkwam.'), [['E-mail', true]])
    assert.deepEqual(negated('Hij vroeg haar een profiel op Kinky te maken. Zij heeft dat geweigerd.'), [['Kinky.nl', true]])
  })
  it('reads a threat told with the platform as its verb ("zou mailen") as hypothetical', () => {
    assert.deepEqual(negated('Hij had filmpjes van haar en zei dat hij die naar haar school zou mailen.'), [['E-mail', true]])
    assert.deepEqual(negated('Toen zij wilde stoppen, zei hij dat hij de opnames via WhatsApp naar haar ouders zou doorsturen.'), [['WhatsApp', true]])
    // hard negatives: a mail that was sent, a claim in the perfect
    assert.deepEqual(negated('Hij zei dat hij de filmpjes naar haar school had gemaild.'), [['E-mail', false]])
    assert.deepEqual(negated('Zij zei dat hij haar via Snapchat zou hebben benaderd.'), [['Snapchat', false]])
  })
  it('reads a search whose short result follows, or whose result names it by a pronoun, as without result', () => {
    assert.deepEqual(negated('Internetrecherche. Gezocht op Kinky.nl en Sexjobs naar het nummer 06-00000123. Zonder resultaat.'), [
      ['Kinky.nl', true],
      ['Sexjobs.nl', true],
    ])
    assert.deepEqual(negated('Volgens een tip staat zij op Badoo. Verbalisant zocht op Badoo naar het profiel; het werd niet aangetroffen.'), [
      ['Badoo', false],
      ['Badoo', true],
    ])
    // hard negatives: a short fragment after no search, a pronoun for something else, a search that found it
    assert.deepEqual(negated('Zij stond op Kinky.nl. Geen resultaat.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Verbalisant zocht op Badoo naar het profiel; het meisje werd niet aangetroffen.'), [['Badoo', false]])
    assert.deepEqual(negated('Verbalisant zocht op Badoo naar het profiel; het werd aangetroffen.'), [['Badoo', false]])
  })
  it('reads a denial with "niemand" or "niks met" as negated', () => {
    assert.deepEqual(negated('De jongen zegt dat hij niemand kent van Fetlife.'), [['Fetlife.com', true]])
    assert.deepEqual(negated('Hij kent niemand via Grindr.'), [['Grinder', true]])
    assert.deepEqual(negated('Verdachte zegt dat hij "niks met internet" doet.'), [[null, true]])
    // hard negatives: 'niks met' about someone else, with the platform in a clause of its own; 'niemand' as a subject
    assert.deepEqual(negated('Hij heeft niets met haar te maken, hij spreekt haar via Snapchat.'), [['Snapchat', false]])
    assert.deepEqual(negated('Niemand wist dat zij op Kinky stond.'), [['Kinky.nl', false]])
  })
  it('reads a short alternative in its own sentence after a guess ("Of op X.") as sharing the doubt', () => {
    assert.deepEqual(negated('"Dat was op Snapchat, denk ik. Of op Insta." Advies gegeven.'), [
      ['Snapchat', true],
      ['Instagram', true],
    ])
    assert.deepEqual(negated('V: Hoe vond hij de klanten? A: Via Kinky, denk ik. Of via een website?'), [
      ['Kinky.nl', true],
      [null, true],
    ])
    // hard negatives: an alternative after a plain statement, a long sentence opening with 'of'
    assert.deepEqual(negated('Zij zat op Snapchat. Of op Insta, zegt haar moeder.'), [
      ['Snapchat', false],
      ['Instagram', false],
    ])
    assert.deepEqual(negated('Het was op Snapchat, denk ik. Of op Insta heeft hij haar later ook nog vaak berichten gestuurd.'), [
      ['Snapchat', true],
      ['Instagram', false],
    ])
  })
  it('negates an offer in a tapped call turned down in the next sentence with "daar geen zin" or "daar niets mee"', () => {
    assert.deepEqual(negated('Samenvatting tapgesprek. Een NN-man zegt dat hij de jongen kan regelen, via Grinder. Verdachte zegt dat hij daar geen zin in heeft.'), [['Grinder', true]])
    assert.deepEqual(negated('Tap. NN-man zegt dat hij via Grinder mannen kent die willen betalen. Verdachte zegt dat hij daar niets mee te maken wil hebben.'), [['Grinder', true]])
    // hard negatives: 'daar wel zin in', a turn-down outside a tapped call, one two sentences on
    assert.deepEqual(negated('Tap. Verdachte zegt dat zij op Kinky staat. NN-man zegt dat hij daar wel zin in heeft.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij zegt dat zij hem via Grinder kent. Zij heeft daar geen zin meer in.'), [['Grinder', false]])
    assert.deepEqual(negated('Tap. NN-man zegt dat hij via Grinder mannen kent. Hij belt later terug. Verdachte heeft daar geen zin in.'), [['Grinder', false]])
  })
  it('reads "Nee" to a question about knowing ("Wist u dat …?") as no denial of the use', () => {
    assert.deepEqual(negated('V: Wist u dat zij via Snapchat door die man was benaderd? A: Nee, dat hoorde ik pas van de politie.'), [['Snapchat', false]])
    assert.deepEqual(negated('V: Wist je dat hij haar op Kinky had gezet? A: Nee.'), [['Kinky.nl', false]])
    // hard negatives: a question about the use itself, a knowing question about the listener's own use
    assert.deepEqual(negated('V: Heeft hij u via Snapchat benaderd? A: Nee.'), [['Snapchat', true]])
    assert.deepEqual(negated('V: Weet u nog of u via Kik met hem sprak? A: Nee.'), [['Kik Messenger', true]])
  })
  it('negates the mention that a denial of use refers back to with "daar"', () => {
    assert.deepEqual(negated('Hij heeft ook een account op Instagram, maar daar is geen contact geweest met verdachte.'), [['Instagram', true]])
    assert.deepEqual(negated('Zij heeft een account op Instagram, maar er was daar geen contact met verdachte.'), [['Instagram', true]])
    // 'daar' after a place, or without a denial of use, refers to no platform
    assert.deepEqual(negated('Zij werd via Snapchat benaderd en ging naar Utrecht, maar daar was geen contact met klanten.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij heeft een account op Instagram, maar daar staan geen foto’s van haar gezicht op.'), [['Instagram', false]])
  })
  it('negates a presence on a platform whose "maar" clause denies contact there further on', () => {
    assert.deepEqual(negated('Betrokkene heeft een profiel op Badoo, maar volgens de uitgelezen gegevens was er daar geen contact met verdachte.'), [['Badoo', true]])
    assert.deepEqual(negated('Zij heeft Kik en Tinder op haar telefoon, maar op geen van beide zijn gesprekken met hem gevonden.'), [
      ['Kik Messenger', true],
      ['Tinder', true],
    ])
    assert.deepEqual(negated('Hij heeft een account op Twitter, maar er zijn geen aanwijzingen dat hij daar contact heeft met minderjarigen.'), [['Twitter', true]])
    // an act on the platform, a clause without 'daar', or 'daar' without contact or use, is not denied
    assert.deepEqual(negated('Hij benaderde haar via Snapchat, maar volgens haar was er daar nooit contact over werk.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij heeft een account op Instagram, maar zij heeft geen contact meer met hem.'), [['Instagram', false]])
    assert.deepEqual(negated('Zij heeft een account op Instagram, maar daar staan geen berichten van haar op.'), [['Instagram', true]])
    assert.deepEqual(negated('Zij heeft een account op Instagram, maar daar staat niets over haar werk op.'), [['Instagram', false]])
  })
  it('reads a threat to mail or to post as a consequence ("dan zou") as hypothetical', () => {
    assert.deepEqual(negated('Hij zei dat hij de filmpjes naar haar ouders zou mailen als zij zou stoppen.'), [['E-mail', true]])
    assert.deepEqual(negated('V: Wat zei hij als je niet wilde? A: Dan zou hij mijn foto’s op Insta zetten.'), [['Instagram', true]])
    // a consequence that is no distribution, and a posting that happened, stay
    assert.deepEqual(negated('Hij zette haar foto’s op Insta en dan zou zij klanten krijgen.'), [['Instagram', false]])
    assert.deepEqual(negated('Hij mailde de filmpjes naar haar ouders toen zij stopte.'), [['E-mail', false]])
  })
  it('reads a request to confirm a claim as unconfirmed', () => {
    assert.deepEqual(
      negated('Melder, een journalist, vraagt of de politie kan bevestigen dat een meisje van 16 via Snapchat is geronseld.'),
      [['Snapchat', true]],
    )
    // also with the channel of the question between 'vraagt' and 'of'
    assert.deepEqual(
      negated('Een verslaggever vraagt per e-mail of de politie kan bevestigen dat een meisje via Instagram is benaderd.'),
      [['E-mail', false], ['Instagram', true]],
    )
    // the channel of the question, and a confirmation given, stay
    assert.deepEqual(negated('Zij vroeg haar via Snapchat of zij de afspraak kon bevestigen.'), [['Snapchat', false]])
    assert.deepEqual(negated('Moeder vraagt per e-mail of de politie het account op Instagram kan laten verwijderen.'), [['E-mail', false], ['Instagram', false]])
    assert.deepEqual(negated('Verbalisant kan bevestigen dat zij via Snapchat is benaderd.'), [['Snapchat', false]])
  })
  it('reads a request in the present tense that was not carried out as a refused proposal', () => {
    assert.deepEqual(negated('De man vraagt haar om via Kik verder te praten. Het meisje heeft dat volgens moeder nog niet gedaan.'), [['Kik Messenger', true]])
    // a request carried out, and the channel of the request, stay
    assert.deepEqual(negated('De man vraagt haar om via Kik verder te praten. Zij doet dat.'), [['Kik Messenger', false]])
    assert.deepEqual(negated('De man vraagt haar via Kik om een foto. Zij heeft dat niet gedaan.'), [['Kik Messenger', false]])
  })
  it('reads an indirect question opening a clause after a semicolon as what its main clause qualifies', () => {
    assert.deepEqual(negated('De broer regelde de klanten via de telefoon; of dat via WhatsApp ging, weet zij niet zeker.'), [['WhatsApp', true]])
    assert.deepEqual(negated('Hij plaatste haar op Kinky.nl; of zij ook op Sexjobs stond, is onbekend.'), [
      ['Kinky.nl', false],
      ['Sexjobs.nl', true],
    ])
    // a main clause that says it happened leaves it
    assert.deepEqual(negated('Hij plaatste haar op Kinky.nl; of zij via WhatsApp werd benaderd, heeft zij verklaard.'), [
      ['Kinky.nl', false],
      ['WhatsApp', false],
    ])
  })
  it('reads a report told by a caller ("Zij vertelde dat …") as second-hand for a check that disproves it', () => {
    assert.deepEqual(
      negated('Een vrouw belde. Zij vertelde dat haar kleindochter via internet was benaderd voor oppaswerk. Na navraag bleek het te gaan om een gewone oppasbaan.'),
      [[null, true]],
    )
    // without a check that disproves it, or a check that confirms it, the statement stays
    assert.deepEqual(negated('Zij vertelde dat verdachte haar via Snapchat benaderde. Zij woont bij haar moeder.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij vertelde dat verdachte haar via Snapchat benaderde. Na navraag bleek dit te kloppen.'), [['Snapchat', false]])
  })
  it('lets a heading that marks a tip unverified cover each second-hand sentence after it', () => {
    assert.deepEqual(
      negated('CIE-melding (informatie niet geverifieerd). Een man zou meisjes benaderen via Instagram. De meisjes zouden via Snapchat worden aangeboden.'),
      [['Instagram', true], ['Snapchat', true]],
    )
    assert.deepEqual(negated('CIE: niet geverifieerde informatie. Een man zou meisjes benaderen via Snapchat en TikTok.'), [
      ['Snapchat', true],
      ['TikTok', true],
    ])
    assert.deepEqual(negated('Volgens niet geverifieerde informatie biedt hij haar aan via Telegram.'), [['Telegram', true]])
  })
  it('keeps a tip marked reliable, and what the police found themselves after an unverified heading', () => {
    assert.deepEqual(negated('CIE-informatie (betrouwbaarheid: betrouwbaar). Hij zou haar aanbieden via Telegram.'), [['Telegram', false]])
    assert.deepEqual(
      negated('CIE-melding (niet geverifieerd). Verbalisant trof op Kinky.nl een advertentie aan met haar foto.'),
      [['Kinky.nl', false]],
    )
    assert.deepEqual(
      negated('Aangifte. Aangeefster (16) verklaarde dat zij via Snapchat werd benaderd. De informatie is geverifieerd.'),
      [['Snapchat', false]],
    )
  })
  it('reads a platform after "dreigde <person>" as the channel of the threat, not a threatened use', () => {
    assert.deepEqual(negated("Later dreigde de jongen via Snapchat de foto's naar zijn school te sturen."), [['Snapchat', false]])
    assert.deepEqual(negated('Hij dreigde haar familie via Facebook op de hoogte te brengen.'), [['Facebook', false]])
    assert.deepEqual(negated("Hij dreigde de foto's via Instagram te verspreiden."), [['Instagram', true]])
    assert.deepEqual(negated("Hij dreigde haar foto's op Instagram te zetten."), [['Instagram', true]])
  })
  it('keeps a trigger that encloses its mention to that mention, not the clause before a terminator', () => {
    assert.deepEqual(negated("Hij begon haar te bedreigen via WhatsApp en zei dat hij foto's op Facebook zou zetten."), [
      ['WhatsApp', false],
      ['Facebook', true],
    ])
    assert.deepEqual(negated('Zij zou via Telegram worden aangeboden, maar niet bevestigd.'), [['Telegram', true]])
  })
  it('reads "; dat wordt nog nagegaan" as about the claim before the semicolon, not about another sentence', () => {
    assert.deepEqual(negated('Die vriend zou haar hebben aangemeld op Richmeetbeautiful; dat wordt nog nagegaan.'), [['Richmeetbeautiful.nl', true]])
    assert.deepEqual(
      negated('Verzoek aan Facebook om gegevens is verstuurd. De accounts zouden zijn gebruikt om meisjes te benaderen; dit wordt nog onderzocht.'),
      [['Facebook', false]],
    )
  })
  it('reads a conditional threat with the images as subject ("als …, staan ze op Snapchat") as hypothetical', () => {
    assert.deepEqual(negated('Hij stuurde: "Als je niet doet wat ik zeg, staan ze morgen op Snapchat."'), [['Snapchat', true]])
    assert.deepEqual(negated('Als zij klaar was, stond ze op Snapchat te kijken.'), [['Snapchat', false]])
  })
  it('reads a conditional threat with "worden" or "gaan" and the images as subject as hypothetical', () => {
    assert.deepEqual(negated('Hij schreef haar: als zij niet betaalt, worden haar foto’s op Instagram gezet.'), [['Instagram', true]])
    assert.deepEqual(negated('Verdachte tegen de jongen: als hij niet komt, "gaan je filmpjes in de groepsapp van de klas".'), [['WhatsApp', true]])
    // hard negatives: no images as subject, a past event after a time clause
    assert.deepEqual(negated('Als klanten belden, werden de afspraken via WhatsApp gemaakt.'), [['WhatsApp', false]])
    assert.deepEqual(negated('Als zij foto’s stuurde, werden haar foto’s op Instagram gezet.'), [['Instagram', false]])
  })
  it('reads a short "Dat weet ik niet" / "Geen idee" after a yes/no question as leaving the use open', () => {
    assert.deepEqual(negated('V: Heeft hij advertenties van jou op internet gezet? A: Dat weet ik niet.'), [[null, true]])
    assert.deepEqual(negated('V: Had verdachte ook een account op Facebook? A: Weet ik niet.'), [['Facebook', true]])
    assert.deepEqual(negated('V: Zette hij jouw foto op Kinky? A: Geen idee.'), [['Kinky.nl', true]])
    // hard negatives: a wh-question, a longer answer that says more, forgetting which of two, an answer naming the use
    assert.deepEqual(negated('V: Wanneer stuurde hij de adressen via WhatsApp? A: Dat weet ik niet.'), [['WhatsApp', false]])
    assert.deepEqual(negated('V: Had hij ook Telegram? A: Dat weet ik niet, maar hij stuurde wel berichten.'), [['Telegram', false]])
    assert.deepEqual(negated('V: Stuurde hij berichten via Snapchat? A: Ja, elke dag. Wat erin stond weet ik niet.'), [['Snapchat', false]])
  })
  it('reads the speaker placing her on a site in the present tense in a tapped call as a plan', () => {
    assert.deepEqual(negated('Tap 13.05 uur. NN-vrouw: "En het meisje?" Verdachte: "Die gaat naar Duitsland, daar zet ik haar op Kaufmich."'), [
      ['Kaufmich', true],
    ])
    // hard negatives: a placement the record shows carried out, the speaker's own profile, a past placement
    assert.deepEqual(
      negated('Tap 13.05 uur. Verdachte: "Ik zet haar op Kinky." Om 23.10 uur staat op Kinky een advertentie met haar foto.'),
      [['Kinky.nl', false], ['Kinky.nl', false]],
    )
    assert.deepEqual(negated('Tap 13.05 uur. Verdachte: "Ik zet mijn profiel op Badoo weer aan."'), [['Badoo', false]])
    assert.deepEqual(negated('Tap 13.05 uur. Verdachte: "Ik heb haar op Kinky gezet."'), [['Kinky.nl', false]])
  })
  it('reads the channel left after one is given up in a tapped call ("…, alleen Threema") as a rule still to come', () => {
    assert.deepEqual(negated('Tap 21.10 uur. Verdachte: "Mooi. Niet meer via Binkdate praten, alleen Threema."'), [
      ['Binkdate', true],
      ['Threema', true],
    ])
    assert.deepEqual(negated('Tap 21.10 uur. Verdachte: "Geen klanten meer bellen. Alles via Snap."'), [['Snapchat', true]])
    // hard negatives: 'alleen' without a channel given up, outside a tapped call
    assert.deepEqual(negated('Tap 21.10 uur. Verdachte: "Ze heeft geen telefoon, alleen Snap."'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij mocht niet meer naar buiten, alleen WhatsApp had zij nog.'), [['WhatsApp', false]])
  })
  it('reads "Wat is dat?" answering a yes/no question about a platform as a denial of knowing it', () => {
    assert.deepEqual(negated('V: Heeft u haar op Fetlife gezet? A: Wat is dat? Nee.'), [['Fetlife.com', true]])
    // hard negatives: a longer question in the answer, a wh-question
    assert.deepEqual(negated('V: Heeft u haar op Fetlife gezet? A: Wat is dat voor vraag? Natuurlijk.'), [['Fetlife.com', false]])
    assert.deepEqual(negated('V: Waarom staat Telegram op uw telefoon? A: Wat is dat?'), [['Telegram', false]])
  })
  it('reads a claim called a lie ("…, is gelogen") as denied, like "onjuist"', () => {
    assert.deepEqual(negated('Verdachte: "Dat zij via WhatsApp adressen van mij kreeg, is gelogen."'), [['WhatsApp', true]])
    // hard negatives: a lie about something else in its own clause, a past participle of another verb
    assert.deepEqual(negated('Hij stuurde haar adressen via WhatsApp, en zijn leeftijd was verzonnen.'), [['WhatsApp', false]])
    assert.deepEqual(negated('Zij heeft via Snapchat tegen haar moeder gelogen over waar zij was.'), [['Snapchat', false]])
  })
  it('reads a closing "Geen concrete aanwijzingen" as qualifying a second-hand report, past a sentence without a platform', () => {
    assert.deepEqual(
      negated('Een buurman vertelde dat jongens praatten over meiden die je via Insta kunt boeken. Om wie het zou gaan, wist hij niet. Geen concrete aanwijzingen; ter kennisname.'),
      [['Instagram', true]],
    )
    // hard negatives: no evidence for something else, a closing 'Geen verdere aanwijzingen', a report told first-hand
    assert.deepEqual(
      negated('Een buurman vertelde dat zij via Snapchat wordt benaderd. Zij maakt zich zorgen. Geen concrete aanwijzingen voor uitbuiting.'),
      [['Snapchat', false]],
    )
    assert.deepEqual(negated('Een buurman vertelde dat zij via Snapchat wordt benaderd. Zij maakt zich zorgen. Geen verdere aanwijzingen.'), [
      ['Snapchat', false],
    ])
  })
  it('reads a check of an advert that was no longer there, in its sentence or the next, as a denial', () => {
    assert.deepEqual(negated('Bij controle van www.kinky.nl/adv/12 was de advertentie niet meer aanwezig.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Mutatie: onderzoek naar de advertentie op Sexjobs. Advertentie niet meer aangetroffen.'), [['Sexjobs.nl', true]])
    // hard negatives: a check that found the advert, a result about something else, no check before it
    assert.deepEqual(negated('Bij controle van www.kinky.nl/adv/12 stond de advertentie er nog.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Bij controle van Kinky bleek de advertentie online; het meisje was niet meer aanwezig.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij stond op Sexjobs. De advertentie is niet meer aangetroffen.'), [['Sexjobs.nl', false]])
    // a link with a path that was checked: the result after a semicolon, in the next sentence, or with the link inside it
    assert.deepEqual(negated('Verbalisant opende de link sexjobs.nl/escort/101; de advertentie was niet meer aanwezig.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Verbalisant bekeek www.kinky.nl/advertentie/202. De advertentie was niet meer aanwezig.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Op 3 mei was de advertentie via de link www.redlights.nl/utrecht/nieuw niet meer aanwezig.'), [['Redlights.nl', true]])
    // hard negatives: a bare domain, a person no longer there, a result that goes on, a link whose advert was found
    assert.deepEqual(negated('Verbalisant bekeek www.kinky.nl. De advertentie was niet meer aanwezig.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Verbalisant bekeek www.kinky.nl/advertentie/202. Het meisje was niet meer aanwezig.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Verbalisant bekeek www.kinky.nl/advertentie/202. De advertentie was niet gevonden, wel een nieuwe.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Verbalisant bekeek www.kinky.nl/advertentie/202; de advertentie was nog aanwezig.'), [['Kinky.nl', false]])
  })
  it('reads a conditional threat in the present tense ("dat hij … op X zet als …") as hypothetical', () => {
    assert.deepEqual(negated('De jongen zegt dat de man heeft gezegd dat hij foto’s van hem op Twitter zet als hij niet meer komt.'), [
      ['Twitter', true],
    ])
    // hard negatives: a placement without a condition, a time clause after a past placement
    assert.deepEqual(negated('Zij verklaart dat hij haar foto’s op Kinky zet en de klanten belt.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij verklaart dat hij haar op Kinky zette als er weinig klanten waren.'), [['Kinky.nl', false]])
  })
  it('keeps a time adverb right after a trigger\'s verb in its scope ("dreigde daarna …", "vroeg hem later …")', () => {
    assert.deepEqual(negated('Hij vroeg om foto’s en dreigde daarna die op Instagram te zetten als zij niet meer stuurde.'), [['Instagram', true]])
    assert.deepEqual(negated('Die man vroeg hem later om beelden via Snapchat. De jongen heeft dat geweigerd.'), [['Snapchat', true]])
    // hard negatives: the channel of a threat with an adverb between, a terminator 'daarna' that opens a new clause
    assert.deepEqual(negated('Hij dreigde later via Instagram de beelden te verspreiden.'), [['Instagram', false]])
    assert.deepEqual(negated('Zij had geen contact met hem en daarna stuurde hij berichten via Snapchat.'), [['Snapchat', false]])
  })
  it('reads a ban on further use with the platform in front ("Instagram mocht ik niet meer gebruiken") as a denial', () => {
    assert.deepEqual(negated('A: Alleen WhatsApp. Instagram mocht ik van hem niet meer gebruiken.'), [
      ['WhatsApp', false],
      ['Instagram', true],
    ])
    // hard negatives: what she may still use, a ban on something else after the platform's clause
    assert.deepEqual(negated('Via WhatsApp mocht zij haar moeder bellen.'), [['WhatsApp', false]])
    assert.deepEqual(negated('Hij stuurde haar via Snapchat, en zij mocht niet meer naar school.'), [['Snapchat', false]])
  })
  it('reads "Ik denk het wel" taken back by a doubt after a yes/no question as a supposition', () => {
    assert.deepEqual(negated('V: Heeft hij haar ook op Telegram gezet? A: Ik denk het wel. Maar dat weet ik niet.'), [['Telegram', true]])
    assert.deepEqual(negated('V: Heeft hij haar op internet aangeboden? A: Ik denk het wel, maar ik heb niets gezien.'), [[null, true]])
    // hard negatives: a plain 'Ik denk het wel', a 'maar' about something else in the next question, a wh-question
    assert.deepEqual(negated('V: Stuurde hij de adressen via Snapchat? A: Ik denk het wel. Hij deed alles via Snapchat.'), [
      ['Snapchat', false],
      ['Snapchat', false],
    ])
    assert.deepEqual(negated('V: Via welke app stuurde hij de adressen, WhatsApp? A: Ik denk het wel, maar soms belde hij.'), [['WhatsApp', false]])
  })
  it('reads a placement at a time still to come as a plan: quoted outside a tapped call, and "gaat morgen op" in one', () => {
    assert.deepEqual(negated('De moeder zag een bericht van een man die schreef: "Morgen zet ik je op Tinder, dan verdien je geld."'), [
      ['Tinder', true],
    ])
    assert.deepEqual(negated('Tap 14.10 uur. Verdachte: "De foto’s zijn klaar. Die gaat morgen op Kinky."'), [['Kinky.nl', true]])
    // hard negatives: unquoted narrative, a plan the record shows carried out, going somewhere else than onto the site
    assert.deepEqual(negated('Zij verklaarde dat hij haar de volgende dag op Tinder zette.'), [['Tinder', false]])
    assert.deepEqual(
      negated('Zij schreef: "Morgen zet ik je op Kinky." De volgende dag stond op Kinky een advertentie met haar foto.'),
      [['Kinky.nl', false], ['Kinky.nl', false]],
    )
    assert.deepEqual(negated('Tap 14.10 uur. Verdachte: "Ze gaat morgen naar de klant die via Snapchat belde."'), [['Snapchat', false]])
  })
  it('reads a guess marked after the platform ("of zo", ", denk ik") as a supposition, whatever sentence follows', () => {
    assert.deepEqual(negated('Melder: "Volgens mij wordt het meisje verhuurd aan mannen, via Telegram of zo."'), [['Telegram', true]])
    assert.deepEqual(negated('V: Hoe vond hij de klanten? A: Via Sexjobs, denk ik. Of via een vriend? Ik weet het niet.'), [['Sexjobs.nl', true]])
    // hard negatives: 'of zo' after something else in another clause, a guess about the age only
    assert.deepEqual(negated('Hij stuurde haar adressen via WhatsApp, en gaf haar geld of zo.'), [['WhatsApp', false]])
    assert.deepEqual(negated('V: Via welke app? A: Snapchat. V: Hoe oud is zij? A: Zestien, denk ik.'), [['Snapchat', false]])
  })
  it('reads an open "of" clause up to the main clause, after a colon, and after a semicolon pointing back', () => {
    assert.deepEqual(negated('Of hij haar ook aanbood, bijvoorbeeld via Snapchat of een site, wordt nog onderzocht.'), [
      ['Snapchat', true],
      [null, true],
    ])
    assert.deepEqual(negated('- 08-06: of het nummer ook op Sexjobs is gebruikt, wordt nog onderzocht.'), [['Sexjobs.nl', true]])
    assert.deepEqual(negated('Op zijn telefoon stonden concepten van advertenties voor Kinky; of die zijn geplaatst, wordt nog onderzocht.'), [
      ['Kinky.nl', true],
    ])
    // hard negatives: an 'of' clause after a semicolon about something else, a label's colon without 'of', a stated fact
    assert.deepEqual(negated('Hij zette haar op Kinky; of zij daar geld voor kreeg, wordt nog onderzocht.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('- 08-06: het nummer staat op Sexjobs; wie de advertentie plaatste, wordt nog onderzocht.'), [['Sexjobs.nl', false]])
    assert.deepEqual(negated('Of hij haar kende, bleek niet; hij stuurde haar berichten via Snapchat.'), [['Snapchat', false]])
  })
  it('reads a check of a tip whose object points back ("kon het niet controleren") as leaving it unverified', () => {
    assert.deepEqual(
      negated('Volgens een buurtbewoner zou een jongen meisjes via sociale media aanbieden. De wijkagent kon het niet controleren.'),
      [[null, true]],
    )
    assert.deepEqual(
      negated('Volgens een buurtbewoner biedt een jongen meisjes aan via Snapchat. De jongen ontkent. De wijkagent kon dit niet nagaan.'),
      [['Snapchat', true]],
    )
    // hard negatives: a check of something else with its own object, no hearsay before a check two sentences on
    assert.deepEqual(
      negated('Volgens een buurtbewoner biedt een jongen meisjes aan via Snapchat. De wijkagent kon zijn leeftijd niet vaststellen.'),
      [['Snapchat', false]],
    )
    assert.deepEqual(negated('Hij bood haar aan via Snapchat. De jongen ontkent. De wijkagent kon het niet controleren.'), [['Snapchat', false]])
  })
  it('reads a stated wish to place her or an advert on a site ("wil … zetten") as a plan', () => {
    assert.deepEqual(negated('Verdachte zegt dat hij nieuwe foto’s van haar op Eromarkt wil zetten.'), [['Eromarkt.nl', true]])
    assert.deepEqual(negated('Hij wil haar volgende week op Kinky zetten.'), [['Kinky.nl', true]])
    // hard negatives: a past placement with a wish beside it, a wish in the past tense that was carried out, another verb
    assert.deepEqual(negated('Hij zette haar op Kinky, omdat hij geld wil.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Hij wilde haar op Sexjobs zetten en plaatste de advertentie die avond.'), [['Sexjobs.nl', false]])
    assert.deepEqual(negated('Zij wil via WhatsApp contact houden met haar moeder.'), [['WhatsApp', false]])
  })
  it('reads an offer made for something via a platform and refused as hypothetical', () => {
    assert.deepEqual(negated('Een onbekende bood haar geld voor beelden via Skype. Zij heeft dat geweigerd.'), [['Skype', true]])
    assert.deepEqual(negated('Hij bood de jongen V-bucks aan als hij iets liet zien via FaceTime. De jongen heeft geweigerd.'), [
      ['FaceTime', true],
    ])
    // hard negatives: an offer not refused, a minor offered on a site, a refusal of something else two sentences on
    assert.deepEqual(negated('Hij bood haar geld voor beelden via Skype. Zij stuurde daarna foto’s.'), [['Skype', false]])
    assert.deepEqual(negated('Verdachte bood haar aan op Kinky. Klanten belden het nummer.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Hij bood haar geld via Snapchat. Zij ging mee. Later weigerde zij te verklaren.'), [['Snapchat', false]])
  })
  it('reads a refusal to answer or a forgotten answer after a yes/no question as leaving the use open', () => {
    assert.deepEqual(negated('V: Heeft u klanten gezocht via internet? A: Geen commentaar.'), [[null, true]])
    assert.deepEqual(negated('V: Stuurde hij de adressen via WhatsApp? A: Dat weet ik niet meer.'), [['WhatsApp', true]])
    assert.deepEqual(negated('V: En via Telegram? A: Daar zeg ik niks over.'), [['Telegram', true]])
    assert.deepEqual(negated('V: Ook via Snapchat? A: Ik zeg er niets meer over.'), [['Snapchat', true]])
    assert.deepEqual(negated('V: Zette u haar op Kinky? A: Daar wil ik niets over zeggen.'), [['Kinky.nl', true]])
    // hard negatives: a statement put to the suspect, a wh-question, a refusal that goes on about something else
    assert.deepEqual(negated('V: Op uw telefoon staat een Telegram-account met prijzen. A: Geen commentaar.'), [['Telegram', false]])
    assert.deepEqual(negated('V: Via welke site vond u klanten op internet? A: Daar zeg ik niks over.'), [[null, false]])
    assert.deepEqual(negated('V: Stuurde hij je berichten via Snapchat? A: Ik zeg er niks over, hij is mijn vriend.'), [['Snapchat', false]])
  })
  it('reads a reporter who says he did not see it himself ("maar dat heeft melder niet gezien") as a supposition', () => {
    assert.deepEqual(negated('Volgens melder wordt zij daarna op Kinky gezet, maar dat heeft melder zelf niet gezien.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Melder denkt dat hij de meisjes daarna via Snapchat aanbiedt, maar heeft dat niet gezien.'), [['Snapchat', true]])
    // hard negatives: a separate sentence with 'het', not seeing something else, not seeing a person
    assert.deepEqual(negated('Zij zei dat zij op Kinky stond. Zelf heb ik het nooit gezien.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Hij zette haar op een site met foto\'s; welke site dat was, heeft zij nooit gezien.'), [[null, false]])
    assert.deepEqual(negated('Hij benaderde hem via Grindr, maar hij heeft de man niet meer gezien.'), [['Grinder', false]])
  })
  it('leaves the interviewer\'s account as told when the answer only rejects it ("A: Dat is niet waar.")', () => {
    assert.deepEqual(negated('V: Zij zegt dat u haar via Snapchat adressen stuurde. A: Dat is niet waar.'), [['Snapchat', false]])
    assert.deepEqual(negated('V: Zij zegt dat u haar via Telegram vroeg of zij geld wilde verdienen. A: Dat klopt niet.'), [['Telegram', false]])
    // hard negatives: the same rejection outside an answer, a no to a question
    assert.deepEqual(negated('Zij zou via Telegram zijn benaderd. Dit bleek niet waar.'), [['Telegram', true]])
    assert.deepEqual(negated('V: Heeft u haar via Telegram benaderd? A: Nee.'), [['Telegram', true]])
  })
  it('reads a correction "; dit moet zijn X" as negating what it corrects', () => {
    assert.deepEqual(negated('In de vorige mutatie staat dat de advertentie op Marktplaats stond; dit moet zijn Eromarkt.'), [['Marktplaats', true], ['Eromarkt.nl', false]])
    // hard negatives: 'waar zij moest zijn' after a platform, 'dat' as a complementiser
    assert.deepEqual(negated('Hij liet haar via Telegram weten waar zij moest zijn.'), [['Telegram', false]])
    assert.deepEqual(negated('Via Snapchat zei hij dat zij om tien uur in het hotel moest zijn.'), [['Snapchat', false]])
  })
  it('reads "Ik weet niet eens wat dat is" answering a yes/no question as a denial', () => {
    assert.deepEqual(negated('V: Heeft u haar aangeboden via Locanto? A: Ik weet niet eens wat dat is.'), [['Locanto', true]])
    // hard negatives: not knowing something else after a wh-question, a plain 'Ik weet het niet meer' to a wh-question
    assert.deepEqual(negated('V: Hoe vaak stond zij op Kinky? A: Ik weet niet eens hoe laat het is.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('V: Wanneer zette u haar op Kinky? A: Ik weet het niet meer.'), [['Kinky.nl', false]])
  })
  it('reads a ban on using a platform as negated, like "mocht niet meer gebruiken"', () => {
    assert.deepEqual(negated('Zij verklaart dat verdachte haar verbood nog Tinder te gebruiken.'), [['Tinder', true]])
    assert.deepEqual(negated('De vader verbiedt haar om Snapchat te openen.'), [['Snapchat', true]])
    // hard negatives: a ban on something else, the ban told through a platform
    assert.deepEqual(negated('Hij verbood haar contact met thuis en stuurde haar via Snapchat adressen.'), [['Snapchat', false]])
  })
  it('reads "Ja, maar daar nooit contact" after a question about an account as a denial of contact there', () => {
    assert.deepEqual(negated('V: Heeft u een account op Badoo? A: Ja, maar daar heb ik nooit met haar gepraat.'), [['Badoo', true]])
    assert.deepEqual(negated('V: Zit u op Instagram? A: Ja, maar ik heb daar geen contact met haar gehad.'), [['Instagram', true]])
    // hard negatives: no contact word, no 'daar', a plain yes
    assert.deepEqual(negated('V: Wist u van haar Instagram? A: Ja, maar daar deed ze niks geks op.'), [['Instagram', false]])
    assert.deepEqual(negated('V: Heeft u een account op Badoo? A: Ja, maar ik heb nooit met haar gepraat over geld.'), [['Badoo', false]])
    assert.deepEqual(negated('V: Heeft u een account op Badoo? A: Ja, daar heb ik met haar gepraat.'), [['Badoo', false]])
  })
  it('reads a question whether it is true that … as unconfirmed', () => {
    assert.deepEqual(negated('Een journalist vraagt of het klopt dat een meisje via Instagram is geronseld.'), [['Instagram', true]])
    assert.deepEqual(negated('De moeder vroeg of dat klopte dat haar dochter op Kinky stond.'), [['Kinky.nl', true]])
    // hard negatives: a question about something else, a confirmation
    assert.deepEqual(negated('Zij kent hem van Instagram en vraagt of het klopt dat hij is aangehouden.'), [['Instagram', false]])
    assert.deepEqual(negated('Zij stond op Kinky; verdachte zegt dat het klopt.'), [['Kinky.nl', false]])
  })
  it('reads a second-hand report that ends doubting itself as leaving every platform in it unconfirmed', () => {
    assert.deepEqual(
      negated('Anonieme melding via het webformulier: "Een meisje uit mijn straat heeft een vriend die ze via Snapchat kent. Op haar Instagram staan nieuwe foto\'s. Ik weet niet of het klopt."'),
      [['Snapchat', true], ['Instagram', true]],
    )
    assert.deepEqual(negated('Anoniem webformulier: "Zij staat op Kinky. Zij gaat elke avond weg. Ik weet niet of het klopt, maar ik maak me zorgen."'), [['Kinky.nl', true]])
    // hard negatives: no second-hand opening, a closing confirmation, a doubt that is not the report's last sentence
    assert.deepEqual(negated('Verhoor getuige. A: Zij kent hem van Snapchat. Zij gaat elke avond weg. Ik weet niet of het klopt.'), [['Snapchat', false]])
    assert.deepEqual(negated('Anonieme melding: "Zij kent hem van Snapchat. Zij gaat elke avond weg. Ik weet zeker dat het klopt."'), [['Snapchat', false]])
    assert.deepEqual(negated('Anonieme melding: "Zij kent hem van Snapchat. Ik weet niet of het klopt." Navraag: zij staat ook op Kinky.'), [['Snapchat', true], ['Kinky.nl', false]])
  })
  it('reads a reply not quick enough or not given to messages on a platform as no denial of its use', () => {
    assert.deepEqual(negated('Zij verklaart dat hij haar sloeg als zij niet snel genoeg antwoordde op zijn berichten via Signal.'), [['Signal', false]])
    assert.deepEqual(negated('A: Als ik niet snel genoeg terugappte, werd hij boos.'), [['WhatsApp', false]])
    assert.deepEqual(negated('Tap 0020. Verdachte tegen het meisje: "Waarom reageer je niet op Telegram?"'), [['Telegram', false]])
    // hard negatives: a plain denial of use, a denial of contact, 'niet snel' without 'genoeg'
    assert.deepEqual(negated('Zij heeft niet via Signal met hem gesproken.'), [['Signal', true]])
    assert.deepEqual(negated('Hij reageert niet, hij heeft geen Telegram.'), [['Telegram', true]])
    assert.deepEqual(negated('Zij werd niet snel via Snapchat benaderd.'), [['Snapchat', true]])
  })
  it('reads "Dat heb ik niet gedaan" or "maar dat heb ik geweigerd" after a proposal as not carried out', () => {
    assert.deepEqual(negated('A: Een kennis zei dat ik via Sugardaters veel kon verdienen. Dat heb ik niet gedaan.'), [['Sugardaters.nl', true]])
    assert.deepEqual(negated('Hij zei dat hij me een bericht zou sturen op Snapchat. Dat heeft hij nooit gedaan.'), [['Snapchat', true]])
    assert.deepEqual(negated('Zijn vriendin zei dat ik ook op SDC moest, maar dat heb ik geweigerd.'), [['SDC.com', true]])
    // hard negatives: a refusal without a pointer back, a pointer without a refusal, a refusal in another sentence
    assert.deepEqual(negated('Zij werd via Snapchat benaderd en heeft geweigerd.'), [['Snapchat', false]])
    assert.deepEqual(negated('Hij zette haar op Kinky. Dat heeft hij gedaan om geld te verdienen.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Zij kende hem van Instagram. Hij vroeg haar mee te gaan. Dat heeft zij niet gedaan.'), [['Instagram', false]])
  })
  it('reads an announcement for straight away or a rule from now on in a tapped call as a plan, also when reported', () => {
    assert.deepEqual(negated('Tapgesprek 0010. Hij zegt dat hij haar het adres zo via Telegram stuurt.'), [['Telegram', true]])
    assert.deepEqual(negated('Tapgesprek 0011. Verdachte tegen het meisje: "Het adres krijg je straks op Signal."'), [['Signal', true]])
    assert.deepEqual(negated('Tapgesprek 0012. Verdachte zegt dat zij om tien uur klaar moet zijn en dat hij haar zo het adres appt.'), [['WhatsApp', true]])
    assert.deepEqual(negated('Tapgesprek 0013. De broer zegt dat afspraken voortaan alleen via Wickr moeten.'), [['Wickr', true]])
    // what the listener is told he will get or must send, in the second person
    assert.deepEqual(negated('Tapgesprek 0020. Verdachte tegen het meisje: "Over een uur komt er iemand. Het adres krijg je op Telegram."'), [['Telegram', true]])
    assert.deepEqual(negated('Tapgesprek 0021. Verdachte: "Als er iemand belt, stuur je hem het adres via Snapchat."'), [['Snapchat', true]])
    assert.deepEqual(negated('Tapgesprek 0022. Verdachte: "Die jongens die via Kik reageren, stuur je door naar mij."'), [['Kik Messenger', false]])
    // a plan the officer's own check shows carried out, in a note with a colon
    assert.deepEqual(negated('Tap 0025. Verdachte: "Ik zet haar vannacht op Kinky." Controle 14-04, 09.00 uur: op Kinky.nl staat een advertentie.'), [['Kinky.nl', false], ['Kinky.nl', false]])
    assert.deepEqual(negated('Tap 0026. Verdachte: "Zet haar vanavond op Kinky." Internetrecherche: om 21.40 uur staat een advertentie op Kinky.'), [['Kinky.nl', false], ['Kinky.nl', false]])
    // hard negative: a colon after a speaker is the call, not a check
    assert.deepEqual(negated('Tap 0027. Verdachte: "Zet haar vanavond op Kinky." Vrouw: "Kinky is te duur."'), [['Kinky.nl', true], ['Kinky.nl', false]])
    // an instruction the reply says was already done is no plan
    assert.deepEqual(negated('Tapgesprek 0023. Verdachte: "Stuur de nieuwe de adressen via Telegram." NN-vrouw: "Heb ik al gedaan, ze heeft alles."'), [['Telegram', false]])
    assert.deepEqual(negated('Tapgesprek 0024. Verdachte: "Stuur de nieuwe de adressen via Telegram." NN-vrouw: "Komt goed."'), [['Telegram', true]])
    // a preference put forward in the call
    assert.deepEqual(negated("Tapgesprek 0017. De vrouw: 'Ik bel je liever via Signal, dat is veiliger.'"), [['Signal', true]])
    assert.deepEqual(negated('Tapgesprek 0018. Verdachte zegt dat hij haar liever via Snapchat aanbiedt aan vaste klanten.'), [['Snapchat', true]])
    assert.deepEqual(negated('Tapgesprek 0019. Verdachte: "Liever via Telegram." Om 22.10 uur volgt een bericht via Telegram.'), [['Telegram', false], ['Telegram', false]])
    assert.deepEqual(negated('Verhoor. Zij verklaart dat zij liever via Snapchat met hem praatte.'), [['Snapchat', false]])
    // hard negatives: no tapped call, a past sending, 'zo' meaning 'thus', 'voortaan' in another clause
    assert.deepEqual(negated('Zij verklaart dat hij haar het adres altijd zo via Telegram stuurt.'), [['Telegram', false]])
    assert.deepEqual(negated('Tapgesprek 0014. Hij zegt dat hij haar het adres al via Telegram heeft gestuurd.'), [['Telegram', false]])
    assert.deepEqual(negated('Tapgesprek 0015. Verdachte: "Zo gaat dat op Kinky, de mannen bellen zelf."'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Tapgesprek 0016. Hij zegt dat zij voortaan vroeger begint. De klanten kwamen via Kinky.'), [['Kinky.nl', false]])
  })
  it('reads an instruction in single quotes after a colon in a tapped call as a plan', () => {
    assert.deepEqual(negated("Tapgesprek 01-02-2019. Verdachte: 'Zet haar vanavond op Kinky.'"), [['Kinky.nl', true]])
    assert.deepEqual(negated("Tapverslag. De vriend zegt: 'Plaats er morgen nog een op Eromarkt, dat loopt beter.'"), [['Eromarkt.nl', true]])
    // hard negatives: a note of the call without quotes, a quoted report of what was done, no tapped call
    assert.deepEqual(negated('Tapverslag. A: stuur de screenshots via Threema, niet hier.'), [['Threema', false]])
    assert.deepEqual(negated("Tapgesprek. Verdachte: 'Ik heb haar gisteren op Kinky gezet.'"), [['Kinky.nl', false]])
    assert.deepEqual(negated("Verhoor verdachte. Hij zei: 'Zet haar op Kinky.' Dat heeft hij die avond gedaan."), [['Kinky.nl', false]])
  })
  it('reads a tip heading with a comma before its qualifier and colon as qualifying what follows', () => {
    assert.deepEqual(negated('Informatie van een buurtbewoner, niet geverifieerd: een meisje zou via Snapchat worden benaderd.'), [['Snapchat', true]])
    assert.deepEqual(negated('Melding van een docent via de mentor, niet bevestigd: hij zoekt klanten via Telegram of Signal.'), [['Telegram', true], ['Signal', true]])
    // hard negatives: a heading that is no tip, a qualifier that is no check, a long narrative before the colon
    assert.deepEqual(negated('Verhoor van een getuige, niet geverifieerd: zij kreeg berichten via Snapchat.'), [['Snapchat', false]])
    assert.deepEqual(negated('Informatie van een buurtbewoner, anoniem: een meisje wordt via Snapchat benaderd.'), [['Snapchat', false]])
  })
  it('reads a placement the speaker announces for later in a tapped call as a plan', () => {
    assert.deepEqual(negated('Tapgesprek 02-03-2019. Verdachte: "Nog niet, ik zet haar morgen op Kinky."'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Samenvatting OVC-gesprek. Verdachte 1: "Dan zet ik haar volgende week op Binkdate."'), [['Binkdate', true]])
    // hard negatives: a report in the third person, a placement already done, a future word without placement, no tapped call
    assert.deepEqual(negated('Tapgesprek. Verdachte A. zegt dat hij haar advertentie morgen op Sexjobs zet.'), [['Sexjobs.nl', false]])
    assert.deepEqual(negated('Tapgesprek. Verdachte: "Ik heb haar gisteren op Kinky gezet."'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Tapgesprek. Verdachte: "Ik stuur haar morgen het adres, ze staat al op Kinky."'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Verhoor. Zij verklaart: "Ik zet morgen mijn profiel op Badoo weer aan."'), [['Badoo', false]])
  })
  it('reads the speaker\'s own announcement to send or place in a tapped call as a plan', () => {
    assert.deepEqual(negated('Tapverslag. Verdachte tegen NN-man: "Ik zet haar vanavond op Redlights, goed?"'), [['Redlights.nl', true]])
    assert.deepEqual(negated('Tapverslag. Verdachte: "Ze moet morgen werken. Ik stuur haar het adres via Telegram."'), [['Telegram', true]])
    assert.deepEqual(negated('Tap 04-05: verdachte tegen een meisje: "Om tien uur bij de klant, ik stuur de tijd op Snapchat."'), [['Snapchat', true]])
    assert.deepEqual(negated('Tapverslag. Verdachte 2 zegt: "We moeten haar ook op Kinky zetten."'), [['Kinky.nl', true]])
    const text = 'Tap 04-05, 22.10 uur. Verdachte: "Ik stuur het adres via WhatsApp." Om 22.15 uur volgt een WhatsApp-bericht.'
    assert.deepEqual(negated(text), [['WhatsApp', true], ['WhatsApp', false]])
    // hard negatives: a send in the past, a report in the third person, a plan carried out, no tapped call, a heading alone
    assert.deepEqual(negated('Tapverslag. Verdachte: "Ik stuurde haar het adres via Telegram."'), [['Telegram', false]])
    assert.deepEqual(negated('Tapverslag. Verdachte zegt dat hij het adres via Telegram stuurt.'), [['Telegram', false]])
    assert.deepEqual(negated("Tap 02-03. Verdachte: 'Ik zet haar vanavond op Eromarkt.' Om 23.00 uur staat zij op Eromarkt."), [['Eromarkt.nl', false], ['Eromarkt.nl', false]])
    assert.deepEqual(negated('Verhoor. Zij verklaart: "Ik stuur hem elke dag een bericht via Snapchat."'), [['Snapchat', false]])
    assert.deepEqual(negated('Tap 04-05 op de lijn van verdachte: gesprek via WhatsApp.'), [['WhatsApp', false]])
  })
  it('negates a checked platform when the result after a colon or semicolon is that nothing was found', () => {
    assert.deepEqual(negated('Verbalisant bekeek het profiel op Badoo: het profiel is niet meer aangetroffen.'), [['Badoo', true]])
    assert.deepEqual(negated('Om 14.00 uur zoekt een collega op Tinder naar het genoemde profiel; profiel niet aangetroffen.'), [['Tinder', true]])
    // hard negatives: a result with more after it, a result that is found, a use stated before 'niet meer online', another sentence
    assert.deepEqual(negated('Verbalisant bekeek Kinky: de advertentie is niet meer aangetroffen, wel een nieuwe.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Op Snapchat werd gezocht; het account is gevonden.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij stond op Kinky; de advertentie is niet meer online.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('De tip noemt een advertentie op Redlights. Controle: advertentie niet meer aangetroffen.'), [['Redlights.nl', false]])
    // the platform inside the clause whose result is 'niet meer aangetroffen' ('niet meer' alone stays no denial)
    assert.deepEqual(negated('Controle: het profiel van betrokkene (15) op Badoo werd niet meer aangetroffen.'), [['Badoo', true]])
    assert.deepEqual(negated('Bij controle werd de advertentie op Kinky niet meer gevonden.'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Zij had contact via Snapchat, maar de berichten werden niet meer gevonden.'), [['Snapchat', false]])
    assert.deepEqual(negated('Zij gebruikt Snapchat niet meer.'), [['Snapchat', false]])
  })
  it('reads "niets/niks (meer) via/op X" as a denial of that platform', () => {
    assert.deepEqual(negated("Betrokkene (15) zegt 'niks via Insta gedaan'."), [['Instagram', true]])
    assert.deepEqual(negated('Verdachte zegt dat hij voorlopig niets meer op Kinky zet.'), [['Kinky.nl', true]])
    // hard negatives: 'niets' not next to the platform's preposition, 'niets' after the mention
    assert.deepEqual(negated('Zij verdiende er niets aan, terwijl haar foto op Kinky stond.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Via Snapchat kreeg zij berichten; zij zei daar niets over.'), [['Snapchat', false]])
  })
  it('reads a reporter not knowing whether his own account is true as a supposition', () => {
    assert.deepEqual(negated('Anoniem webformulier. Melder schrijft: "Een man uit de wijk biedt meisjes aan via Snapchat. Ik weet niet of het klopt."'), [['Snapchat', true]])
    assert.deepEqual(negated('Een buurvrouw meldt dat een meisje via Telegram wordt aangeboden, maar zij weet niet of dat klopt.'), [['Telegram', true]])
    // hard negatives: not knowing something else, a doubt about another question, a bare denial after the statement
    assert.deepEqual(negated('Zij werd via Snapchat benaderd. Zij weet niet of het adres klopt.'), [['Snapchat', false]])
    assert.deepEqual(negated('Hij bood haar aan via Kinky. Of het om geld ging, weet zij niet.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Verdachte benaderde haar via Instagram. Verdachte ontkent dit.'), [['Instagram', false]])
  })
  it('reads a guess or a maybe answering a yes/no question as a supposition', () => {
    assert.deepEqual(negated('V: Stond je ook op een website? A: Ik denk het.'), [[null, true]])
    assert.deepEqual(negated('V: Had hij ook een account op Kik? A: Misschien.'), [['Kik Messenger', true]])
    assert.deepEqual(negated('Tapverslag. De vrouw vraagt of het meisje ook op Kinky komt. Verdachte: "Misschien later, eerst kijken."'), [['Kinky.nl', true]])
    // hard negatives: a yes ('Ik denk het wel'), a 'misschien' that opens a statement of its own, a wh-question
    assert.deepEqual(negated('V: Stond je ook op Kinky? A: Ik denk het wel.'), [['Kinky.nl', false]])
    assert.deepEqual(negated('V: Had hij een account op Kik? A: Misschien had hij dat, maar hij stuurde berichten via Snapchat.'), [['Kik Messenger', false], ['Snapchat', false]])
    assert.deepEqual(negated('V: Wanneer kwam je op Kinky? A: Ik denk het.'), [['Kinky.nl', false]])
  })
  it('reads the short tap headings (Tap, Tapsamenvatting, Uitwerking tapgesprek) as a tapped call', () => {
    assert.deepEqual(negated("Tap, 03-02, 20.15 uur. Verdachte: 'Zet haar vanavond op Kinky.'"), [['Kinky.nl', true]])
    assert.deepEqual(negated('Tapsamenvatting. Verdachte: "Nog niet, ik zet haar morgen op Eromarkt."'), [['Eromarkt.nl', true]])
    assert.deepEqual(negated("Uitwerking tapgesprek. De vriend zegt: 'Plaats er morgen nog een op Redlights.'"), [['Redlights.nl', true]])
    // hard negatives: a finding from taps (no heading), a word that only starts with 'tap'
    assert.deepEqual(negated("Uit de tap blijkt dat hij zei: 'Zet haar vanavond op Kinky.'"), [['Kinky.nl', false]])
    assert.deepEqual(negated("Tapijtwinkel. Verdachte: 'Zet haar vanavond op Kinky.'"), [['Kinky.nl', false]])
  })
  it('keeps a plan in a tapped call that a later sentence of the officer shows carried out', () => {
    const text = "Tap 02-03, 21.40 uur. Verdachte: 'Zet haar vanavond op Redlights.' Om 22.30 uur staat een advertentie online op Redlights."
    assert.deepEqual(negated(text), [['Redlights.nl', false], ['Redlights.nl', false]])
    // hard negatives: the platform named again only in a reply within the call, a different platform afterwards
    assert.deepEqual(negated('Tapverslag. De vriend: "Zet haar op Kinky." Verdachte: "Nee, Kinky is te duur."')[0], ['Kinky.nl', true])
    assert.deepEqual(negated("Tap 02-03. Verdachte: 'Zet haar vanavond op Redlights.' Om 22.30 uur belt een man via WhatsApp."), [['Redlights.nl', true], ['WhatsApp', false]])
  })
  it('reads making a profile for later, and a plan told with the subject after the verb, in a tapped call as a plan', () => {
    assert.deepEqual(negated("Tap lijn verdachte. Verdachte: 'Morgen maak ik een profiel voor haar op Badoo.'"), [['Badoo', true]])
    assert.deepEqual(negated('Uitwerking tapgesprek. Verdachte vertelt een vriend over het meisje. Volgende week zet hij haar op Kinky.'), [['Kinky.nl', true]])
    // hard negatives: a 'dat' report in the third person, a profile made in the past, a third person before the verb
    assert.deepEqual(negated('Tapgesprek. Verdachte zegt dat hij morgen een profiel voor haar op Badoo maakt.'), [['Badoo', false]])
    assert.deepEqual(negated("Tapgesprek. Verdachte: 'Gisteren maakte ik een profiel voor haar op Badoo.'"), [['Badoo', false]])
    assert.deepEqual(negated('Tapgesprek. Morgen praten zij verder; hij zet haar foto nu al op Kinky.'), [['Kinky.nl', false]])
  })
  it('reads a short alternative opening with "dan" in a tapped call ("Dan beter X", "Dan via X") as advice', () => {
    assert.deepEqual(negated("Tap 04-03. De vriend zegt: 'Niet op Kinky, daar kijkt de politie. Dan beter Redlights.'"), [['Kinky.nl', true], ['Redlights.nl', true]])
    assert.deepEqual(negated('Tapverslag. Vrouw: "Dat account is geblokkeerd." Verdachte: "Dan via Signal of zo."'), [['Signal', true]])
    // hard negatives: 'dan' with a verb and more words, outside a tapped call, 'dan' not opening the clause
    assert.deepEqual(negated('Tapverslag. Verdachte: "Dan stuurt hij haar het adres via Signal door."'), [['Signal', false]])
    assert.deepEqual(negated('Verhoor. Zij verklaart: "Dan via Signal, want WhatsApp las hij mee."'), [['Signal', false], ['WhatsApp', false]])
    assert.deepEqual(negated('Tapverslag. Verdachte zegt dat het meer oplevert dan via Kinky.'), [['Kinky.nl', false]])
    // the bare platform right after 'dan', closing its clause
    assert.deepEqual(negated('Tapgesprek. Medeverdachte: "Niet op Kinky, daar letten ze op." Verdachte: "Dan Eromarkt."'), [['Kinky.nl', true], ['Eromarkt.nl', true]])
    assert.deepEqual(negated('Tapgesprek. Verdachte: "Dan Eromarkt." Om 23.10 uur staat een advertentie online op Eromarkt.'), [['Eromarkt.nl', false], ['Eromarkt.nl', false]])
    assert.deepEqual(negated('Verhoor. A: Ze belden het nummer. Dan smste hij mij het adres.'), [['Sms', false]])
    // 'Voortaan X', 'Doe maar X': the same advice without 'dan'
    assert.deepEqual(negated('Tap 12.10 uur. Verdachte tegen NN-man: "Niet meer op Kinky, daar kijken ze mee. Voortaan Eromarkt." NN-man: "Goed."'), [['Kinky.nl', true], ['Eromarkt.nl', true]])
    assert.deepEqual(negated('Tapverslag. NN-vrouw: "Zet haar niet op Kinky. Doe maar Redlights." Verdachte: "Komt goed."'), [['Kinky.nl', true], ['Redlights.nl', true]])
    // hard negatives: carried out later in the record, outside a tapped call, 'doe maar' with a clause of its own, 'gewoon X'
    assert.deepEqual(negated('Tapverslag. Verdachte: "Voortaan Eromarkt." Om 23.10 uur staat een advertentie online op Eromarkt.'), [['Eromarkt.nl', false], ['Eromarkt.nl', false]])
    assert.deepEqual(negated('Verdachte verklaart: Voortaan Eromarkt.'), [['Eromarkt.nl', false]])
    assert.deepEqual(negated('Tapverslag. Verdachte: "Doe maar rustig, ik heb haar al op Kinky gezet."'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Tapverslag. Verdachte: "Gewoon Snapchat, ik zet een verhaal en ze komen vanzelf."'), [['Snapchat', false]])
  })
  it('reads a reported yes/no question ("vraagt of … op X") answered no in the next sentence as a denial', () => {
    assert.deepEqual(negated('Tapgesprek. De vriend vraagt of hij haar ook op Kinky zet. Verdachte: "Nee, dat doe ik anders."'), [['Kinky.nl', true]])
    assert.deepEqual(negated('Tapgesprek. Broer vraagt of zij nog op Snapchat met die jongen praat. Verdachte: "Nee."'), [['Snapchat', true]])
    // hard negatives: an answer yes, a mention before the question, a question that is not reported with a verb of asking
    assert.deepEqual(negated('Tapgesprek. De vriend vraagt of hij haar ook op Kinky zet. Verdachte: "Ja, vanavond."'), [['Kinky.nl', false]])
    assert.deepEqual(negated('Hij stuurde via WhatsApp een bericht en vroeg of zij kwam. Zij: "Nee."'), [['WhatsApp', false]])
    assert.deepEqual(negated('Zij twijfelde of zij op Instagram zou reageren. Nee, zij reageerde niet.'), [['Instagram', false]])
  })
  it('reads a proposal in a tapped call ("stelt voor … via X") as a plan', () => {
    assert.deepEqual(negated('Samenvatting tapgesprekken. B. stelt voor haar eerst aan kennissen aan te bieden via een WhatsApp-groep.'), [['WhatsApp', true]])
    // hard negatives: a finding with 'stelt vast', a proposal outside a tapped call without refusal
    assert.deepEqual(negated('Tapgesprek. De verbalisant stelt vast dat zij via een WhatsApp-groep werd aangeboden.'), [['WhatsApp', false]])
    assert.deepEqual(negated('Hij stelde voor om over te stappen op Viber, waar hij haar opdrachten gaf.'), [['Viber', false]])
  })
  it('reads "Ook niet." and "Evenmin." as a no to a question about a platform, not "Ook, ja."', () => {
    assert.deepEqual(negated('V: Contact via Messenger? A: Nee. V: Via fb zelf? A: Ook niet.'), [['Facebook', true], ['Facebook', true]])
    assert.deepEqual(negated('V: En via Snapchat? A: Evenmin.'), [['Snapchat', true]])
    assert.deepEqual(negated('V: En via Snapchat? A: Ook, ja.'), [['Snapchat', false]])
  })
  it('lets a guess reach an alternative added after a comma ("via Facebook vond, of via een site")', () => {
    assert.deepEqual(negated('Ik denk dat hij ze via Facebook vond, of via een site, ik weet het niet.'), [['Facebook', true], [null, true]])
    assert.deepEqual(negated('Ik denk dat hij ze via Facebook vond, en hij belde via WhatsApp.'), [['Facebook', true], ['WhatsApp', false]])
  })
  it('reads no denial in posting without consent, a time limit or not telling with whom', () => {
    assert.deepEqual(negated('Een jongen zette haar foto zonder toestemming op Instagram.'), [['Instagram', false]])
    assert.deepEqual(negated('Als zij niet binnen vijf minuten terugappte, sloeg hij haar.'), [['WhatsApp', false]])
    assert.deepEqual(negated('Haar zoon wil niet zeggen met wie hij whatsappt.'), [['WhatsApp', false]])
  })
})
