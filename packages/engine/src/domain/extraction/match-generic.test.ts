import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildGenericMatcher } from './match-generic.ts'
import { mentionsOf } from '../../../test/support/extractor.ts'

const kinds = (text: string): Array<[string, string]> => mentionsOf(text).map((m) => [m.surface, m.kind])

describe(buildGenericMatcher.name, () => {
  it('keeps the internet generic when the marker asks after a type of platform on it', () => {
    assert.deepEqual(kinds('Zij verklaart dat hij klanten via internet vond; welke site weet zij niet.'), [['internet', 'generic']])
    // hard negatives: a marker without a type word, a type word that is itself marked
    assert.deepEqual(kinds('Hij heeft haar op internet gezet, maar zij weet niet waar.'), [['internet', 'unclear']])
    assert.deepEqual(kinds('Hij vond klanten via een site; welke site weet zij niet.'), [['site', 'unclear']])
  })
  it('reads a type word before a colon and a list of names as no mention, also after a place, an age or a list dash', () => {
    assert.deepEqual(kinds('Apps op telefoon van benadeelde (15): WhatsApp, Snapchat.'), [['WhatsApp', 'named'], ['Snapchat', 'named']])
    assert.deepEqual(kinds('Platforms in gebruik bij verdachte: - Telegram.'), [['Telegram', 'named']])
    // hard negatives: a clause ended by a comma before the colon, no name after the colon
    assert.deepEqual(kinds('Zij noemt de apps, volgens haar verklaring: WhatsApp.'), [['apps', 'generic'], ['WhatsApp', 'named']])
    assert.deepEqual(kinds('Apps op de telefoon van de benadeelde: geen bijzonderheden.'), [['Apps', 'generic']])
  })
  it('reads a type word that opens an organisation name as no mention', () => {
    assert.deepEqual(kinds('Melding van de Internet Watch Foundation: op een forum staan beelden van een meisje.'), [['forum', 'generic']])
    // hard negatives: the type word itself, also before another word
    assert.deepEqual(kinds('Zij werd via internet benaderd.'), [['internet', 'generic']])
    assert.deepEqual(kinds('Hij zocht op internet naar klanten.'), [['internet', 'generic']])
  })
  it('reads "laatstgenoemde site" as pointing back and "het niet meer weten" with a type word as unknown', () => {
    assert.deepEqual(kinds('Onderzocht werden Chatgirl.nl en Kinky.nl. Op laatstgenoemde site stond een profiel.'), [
      ['Chatgirl.nl', 'named'],
      ['Kinky.nl', 'named'],
    ])
    assert.deepEqual(kinds('Zij kent hem van internet. Op de vraag welke site dat was, zegt zij dat zij het niet meer weet.'), [
      ['internet', 'unclear'],
    ])
    // "zo'n site" after a named site means that kind; "zo'n sekssite" names a kind of its own
    assert.deepEqual(kinds("Zij stond op Kinky. Hij heeft nooit iets op zo'n site gezet."), [['Kinky', 'named']])
    assert.deepEqual(kinds("De advertenties stonden op zo'n sekssite."), [['sekssite', 'generic']])
    // not remembering something else leaves the type word generic
    assert.deepEqual(kinds('Zij kent hem van internet. Hoe laat het was, weet zij niet meer.'), [['internet', 'generic']])
  })

  it('reads an imageboard as a type word for a platform', () => {
    assert.deepEqual(kinds('Melding van een hotline: op een imageboard staan beelden van een meisje.'), [['imageboard', 'generic']])
    assert.deepEqual(kinds('De beelden zijn op meerdere imageboards gedeeld.'), [['imageboards', 'generic']])
    // hard negative: a board that is no platform
    assert.deepEqual(kinds('Op het prikbordje in de gang hing een briefje.'), [])
  })

  it('reads an app whose logo the speaker did not know as unclear, not as denied', () => {
    assert.deepEqual(kinds('Zij kende verdachte via een app waarvan zij het logo niet kende.'), [['app', 'unclear']])
    assert.deepEqual(kinds('Hij gaf haar een telefoon met een berichtenapp met een logo dat zij nooit eerder had gezien en niet kende.'), [['berichtenapp', 'unclear']])
    assert.equal(mentionsOf('Zij kende verdachte via een app waarvan zij het logo niet kende.')[0]?.negated, false)
    // hard negatives: a logo she did know, a logo of something that is no platform
    assert.deepEqual(kinds('Het contact liep via een app met een groen logo.'), [['app', 'generic']])
    assert.deepEqual(kinds('Hij droeg een jas met een logo dat zij niet kende.'), [])
  })

  it('reads a type word as unclear when a question which one is answered that the name is unknown or withheld', () => {
    assert.deepEqual(kinds('V: Hoe kwamen de mannen bij jou? A: Via een webcamsite. V: Weet je welke site? A: Nee.'), [['webcamsite', 'unclear']])
    assert.deepEqual(kinds('V: Waar kende je hem van? A: Van een datingapp. V: Welke? A: Weet ik niet meer.'), [['datingapp', 'unclear']])
    assert.deepEqual(kinds('A: Via een app voor oudere mannen. V: Welke app? A: Dat zeg ik niet.'), [['app', 'unclear']])
    // hard negatives: the name given in the answer, the net as a whole, a 'welke' about something else
    assert.deepEqual(kinds('A: Via een datingapp. V: Welke? A: Badoo.'), [['datingapp', 'generic'], ['Badoo', 'named']])
    assert.deepEqual(kinds('A: Hij zei dat ze via het internet kwamen. V: Weet je welke site? A: Nee.'), [['internet', 'generic']])
    assert.deepEqual(kinds('A: Via een datingsite. V: Welke dag was dat? A: Weet ik niet.'), [['datingsite', 'generic']])
  })

  it('reads a site whose name the speaker does not say or never saw as unclear', () => {
    assert.deepEqual(kinds('Hij zei dat hij haar op een site had gezet, maar welke zei hij niet.'), [['site', 'unclear']])
    assert.deepEqual(kinds('Verdachte: "Ik heb haar op een site gezet, welke zeg ik niet."'), [['site', 'unclear']])
    assert.deepEqual(kinds('Hij plaatste haar foto op een site; welke site dat was, heeft zij nooit gezien.'), [['site', 'unclear']])
    assert.deepEqual(kinds('Volgens haar had hij haar op een site gezet, maar welke heeft hij nooit gezegd.'), [['site', 'unclear']])
    assert.deepEqual(kinds('Hij vond klanten via een app; welke had hij niet genoemd.'), [['app', 'unclear']])
    // hard negatives: the name said, a 'welke' about something else
    assert.deepEqual(kinds('Hij zette haar op een site; welke zei hij later wel: Kinky.'), [['site', 'generic'], ['Kinky', 'named']])
    assert.deepEqual(kinds('Zij stond op een site; welke mannen reageerden, zei zij niet.'), [['site', 'generic']])
    assert.deepEqual(kinds('Zij stond op een site; welke heeft hij later wel gezegd: Kinky.'), [['site', 'generic'], ['Kinky', 'named']])
  })

  it('reads the type word asked about as the unclear mention when no type word came before', () => {
    assert.deepEqual(kinds('Zij weet niet via welke site haar advertentie was geplaatst.'), [['site', 'unclear']])
    // the type word before is the mention; the question about it is none
    assert.deepEqual(kinds('Hij zette haar op een site; welke site wilde hij niet zeggen.'), [['site', 'unclear']])
    // a question is no statement that it is unknown
    assert.deepEqual(kinds('V: Via welke app nam hij contact op? A: Via Snapchat.'), [['Snapchat', 'named']])
  })

  it('reads "een andere chatapp" as generic and leaves tracking apps out', () => {
    assert.deepEqual(kinds('Zij had Kik en een andere chatapp geïnstalleerd.'), [
      ['Kik', 'named'],
      ['chatapp', 'generic'],
    ])
    assert.deepEqual(kinds('Hij installeerde een volg-app op haar telefoon.'), [])
    assert.deepEqual(kinds('Op het toestel stonden een agenda-app en een kalenderapp met tijden.'), [])
    // the travel app of the railways, also at the start of a list item
    assert.deepEqual(kinds('Verder op het toestel: - Een bankapp en een NS-app.'), [])
    // hard negative: another compound with 'app' stays a type word
    assert.deepEqual(kinds('Zij had contact met hem via een spelletjesapp.'), [['spelletjesapp', 'generic']])
  })

  it('knows more ways of saying which platform is not known, each within one sentence', () => {
    assert.deepEqual(kinds('Zij zou via een app (welke onbekend) afspraken hebben.'), [['app', 'unclear']])
    assert.deepEqual(kinds('Het bericht stond in een chatapp die melder niet herkende.'), [['chatapp', 'unclear']])
    assert.deepEqual(kinds("Op een website staan foto's van haar. Het adres van de site wil hij niet noemen."), [['website', 'unclear']])
    assert.deepEqual(kinds("Foto's van haar werden in een groepschat gedeeld; op welk platform is onbekend."), [['groepschat', 'unclear']])
    // 'rond het adres. Zij zegt niet …' is no marker across the full stop
    assert.deepEqual(kinds('Zij werd via een website benaderd. Er is rond het adres gezocht. Zij zegt niet meer te weten hoe.'), [
      ['website', 'generic'],
    ])
  })

  it('reads a platform someone could not name or with an unknown logo as unclear, "de overige apps" as no new mention', () => {
    assert.deepEqual(kinds('Afspraken werden gemaakt via een app die de tipgever niet kon noemen.'), [['app', 'unclear']])
    assert.deepEqual(kinds('In haar telefoon stond een berichtenapp met een onbekend logo.'), [['berichtenapp', 'unclear']])
    assert.deepEqual(kinds('Waarvoor de overige apps zijn gebruikt, wordt nog onderzocht.'), [])
    assert.deepEqual(kinds('Hij nam contact met haar op via een videochat; anders zet hij de beelden op alle socials.'), [
      ['videochat', 'generic'],
      ['socials', 'generic'],
    ])
  })

  it('takes a "not known" marker only when its sentence is about a platform', () => {
    // 'op welke data' and a person's identity are not about the platform named before
    assert.deepEqual(kinds('Verdachte hield via internet contact met haar. Zij kon niet aangeven op welke data dat was.'), [
      ['internet', 'generic'],
    ])
    assert.deepEqual(kinds('Zij werd via een website benaderd. De identiteit van de man kon niet worden vastgesteld.'), [
      ['website', 'generic'],
    ])
    assert.deepEqual(kinds('Later zette hij haar op een website. Verdachte is niet bij naam bekend.'), [['website', 'generic']])
    // but 'welke het was' and a type word in the sentence still mark it
    assert.deepEqual(kinds('Zij werd via een app benaderd. Zij weet niet welke het was.'), [['app', 'unclear']])
    assert.deepEqual(kinds('Hij stuurde de foto’s via een chatdienst waarvan de naam nog niet bekend is.'), [['chatdienst', 'unclear']])
  })
  it('reads a forgotten or unidentified name as unclear, and more compound type words as generic', () => {
    assert.deepEqual(kinds('Hij bood haar aan op een website waarvan zij de naam is vergeten.'), [['website', 'unclear']])
    assert.deepEqual(kinds('Zij werd aangeboden op een site die niet kon worden achterhaald.'), [['site', 'unclear']])
    assert.deepEqual(mentionsOf('Zij werd benaderd via een niet nader gespecificeerde app.').map((m) => [m.kind, m.negated]), [['unclear', false]])
    assert.deepEqual(kinds('Zij had contact via een app, maar zij weet niet meer hoe die heet.'), [['app', 'unclear']])
    assert.deepEqual(kinds('Zij werd benaderd via een app. Zij weet niet meer wanneer.'), [['app', 'generic']])
    assert.deepEqual(kinds('Zij werd benaderd via een internetforum.'), [['internetforum', 'generic']])
  })
  it("does not count an institution's own app or website as a platform", () => {
    assert.deepEqual(kinds('Hij stuurde een betaalverzoek via een app van de bank.'), [])
    assert.deepEqual(kinds('Er werd een website van de gemeente geraadpleegd.'), [])
    assert.deepEqual(kinds('Zij werd benaderd via een app van een onbekende man.'), [['app', 'generic']])
  })
  it('keeps an unclear phrase together: its qualifier near the type word, in one sentence', () => {
    assert.deepEqual(kinds('Een onbekende man stuurde haar via een app berichten.'), [['app', 'generic']])
    assert.deepEqual(kinds('Zij werd gebeld door een onbekend nummer. Later kreeg zij berichten via een app.'), [['app', 'generic']])
    assert.deepEqual(kinds('Zij werd benaderd via een onbekend gebleven chatprogramma.'), [['chatprogramma', 'unclear']])
    assert.deepEqual(kinds('Zij werd aangeboden op een niet nader genoemde website.'), [['website', 'unclear']])
  })
  it('takes a "not known" marker about a name, "wat" or recognising only when it is about the platform', () => {
    assert.deepEqual(kinds('Zij wist niet wat zij moest doen en zocht hulp via een website.'), [['website', 'generic']])
    assert.deepEqual(kinds('Zij wilde haar naam niet geven en vertelde dat zij via een website werd aangeboden.'), [['website', 'generic']])
    assert.deepEqual(kinds('Zij had contact via een app met een man die zij niet herkende.'), [['app', 'generic']])
    assert.deepEqual(kinds('Het bericht stond in een chatapp die melder niet herkende.'), [['chatapp', 'unclear']])
    assert.deepEqual(kinds('Hij zette haar op een site. De naam van de site kan zij niet noemen.'), [['site', 'unclear']])
    assert.deepEqual(kinds('Foto’s werden verspreid via een platform dat in de aangifte niet bij naam wordt genoemd.'), [['platform', 'unclear']])
    assert.deepEqual(kinds('Zij werd benaderd via een app, maar zij weet niet wat het was.'), [['app', 'unclear']])
  })
  it('reads an "app" sent or received as a message, no platform type', () => {
    assert.deepEqual(kinds('Zij kreeg een app van hem.'), [])
    assert.deepEqual(kinds('Hij stuurde haar een app met het adres.'), [])
    assert.deepEqual(kinds('Hij stuurde haar berichten via een app.'), [['app', 'generic']])
  })
  it('reads "onduidelijk welke" and the name of the type word in the sentence before as not known', () => {
    assert.deepEqual(kinds('Zij werd via een app benaderd. Het is onduidelijk welke app dat was.'), [['app', 'unclear']])
    assert.deepEqual(kinds('Zij werd via een website aangeboden. De naam daarvan wil zij niet noemen.'), [['website', 'unclear']])
    assert.deepEqual(kinds('Zij werd via een website aangeboden. De naam van verdachte is niet bekend.'), [['website', 'generic']])
  })
  it('reads an unknown account as someone\'s account and an anonymous chat app as a kind of app', () => {
    assert.deepEqual(kinds('Zij kreeg berichten van een onbekend account.'), [])
    assert.deepEqual(kinds('Zij werd via een anonieme chatapp benaderd.'), [['chatapp', 'generic']])
    assert.deepEqual(kinds('Zij werd via een nog onbekende app benaderd.'), [['app', 'unclear']])
  })
  it('reads "geen platform bekend" as no mention, and a name or place withheld after the type word as unclear', () => {
    assert.deepEqual(kinds('Melding van een buurman over steeds andere bezoekers. Er is geen platform bekend.'), [])
    assert.deepEqual(kinds('Mutatie: jongen (16) aangetroffen bij het station. Geen aanwijzingen voor uitbuiting; geen platform genoemd.'), [])
    assert.deepEqual(kinds('In de melding wordt geen website vermeld.'), [])
    // hard negative: a platform that is named after all is still a mention ('geen app gebruikt' denies one)
    assert.deepEqual(kinds('Zij heeft geen app gebruikt.'), [['app', 'generic']])
    assert.deepEqual(kinds('Zij gebruikte geen datingapp.'), [['datingapp', 'generic']])
    assert.deepEqual(kinds('Hij zette haar op een datingsite. Zij heeft die site zelf nooit bekeken en kent de naam niet.'), [
      ['datingsite', 'unclear'],
    ])
    assert.deepEqual(kinds('Hij zei dat hij haar op een website had gezet, maar niet welke.'), [['website', 'unclear']])
    assert.deepEqual(kinds('Hij zei dat hij haar op een website had gezet.'), [['website', 'generic']])
  })
  it('reads the imperative "app me", "app haar maar" as WhatsApp, and "app" after an article or preposition as the type word', () => {
    assert.deepEqual(kinds('Hij schreef: "App haar maar waar ze heen moet."'), [['App', 'named']])
    assert.deepEqual(kinds('Het antwoord was: "ja, app me om 8 voor het adres".'), [['app', 'named']])
    assert.deepEqual(kinds('Zij werd via een app benaderd.'), [['app', 'generic']])
    assert.deepEqual(kinds('Zij opende de app haar moeder had geïnstalleerd.'), [])
  })
  it('reads a name asked about in the sentence after, an elliptic "waar" and an apposition naming other software', () => {
    assert.deepEqual(kinds('Zij werd benaderd via een chatapp. Hoe die heette, weet zij niet meer.'), [['chatapp', 'unclear']])
    assert.deepEqual(kinds('Hij zette haar op internet, maar zij weet niet waar.'), [['internet', 'unclear']])
    assert.deepEqual(kinds('Hij zette haar op internet; zij weet niet waar hij woont.'), [['internet', 'generic']])
    assert.deepEqual(kinds('Zij werd via internet benaderd, maar dat is niet waar.'), [['internet', 'generic']])
    assert.deepEqual(kinds('Zij installeerde een nieuwe app op haar telefoon, een spelletje.'), [])
    assert.deepEqual(kinds('Zij installeerde een nieuwe app op haar telefoon.'), [['app', 'generic']])
  })
  it('reads the neuter "hetzelfde platform", "datzelfde kanaal" as pointing back to the platform named before', () => {
    assert.deepEqual(kinds('Hij plaatste een aanbod op Kinky. Op hetzelfde platform stuurde hij klanten een adres.'), [['Kinky', 'named']])
    assert.deepEqual(kinds('Zij kreeg berichten via Telegram. Via datzelfde platform kreeg zij opdrachten.'), [['Telegram', 'named']])
    // hard negatives: an indefinite or a new type word is still a mention
    assert.deepEqual(kinds('Hij plaatste een aanbod op Kinky. Op een ander platform stuurde hij klanten een adres.'), [
      ['Kinky', 'named'],
      ['platform', 'generic'],
    ])
    assert.deepEqual(kinds('Zij werd via een platform benaderd.'), [['platform', 'generic']])
  })
})
