import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createExtractor } from './create-extractor.ts'
import { mentionsOf, testExtractor } from '../../../test/support/extractor.ts'

const named = (text: string): Array<string | null> =>
  mentionsOf(text)
    .filter((m) => m.kind === 'named' && !m.negated)
    .map((m) => m.platform)

describe(createExtractor.name, () => {
  describe('named mentions', () => {
    it('finds catalogue aliases case- and diacritic-insensitively, with spans into the original text', () => {
      const text = 'Zij werd via SNAPCHAT benaderd en later via Ínstagram en whats app.'
      const ms = mentionsOf(text)
      assert.deepEqual(ms.map((m) => m.platform), ['Snapchat', 'Instagram', 'WhatsApp'])
      for (const m of ms) assert.equal(text.slice(m.start, m.end), m.surface)
      assert.equal(ms[1]?.surface, 'Ínstagram')
    })

    it('keeps offsets right after characters that fold to several or none', () => {
      const text = 'ĳs ﬁets e\u0301e\u0301n: via Kik-berichten en daarna via Snapchat.'
      const ms = mentionsOf(text)
      assert.deepEqual(ms.map((m) => m.surface), ['Kik-berichten'.slice(0, 3), 'Snapchat'])
      for (const m of ms) assert.equal(text.slice(m.start, m.end), m.surface)
    })

    it('reads compounds and inflections as the platform', () => {
      assert.deepEqual(named('Zij had een Snapchataccount en een Instagramprofiel.'), ['Snapchat', 'Instagram'])
      assert.deepEqual(named('Hij zat in een WhatsApp-groep.'), ['WhatsApp'])
      assert.deepEqual(named('In een Telegramgroep werden foto’s gedeeld.'), ['Telegram'])
    })

    it('reads "snapten" as Snapchat only before a frequency word or "met"', () => {
      assert.deepEqual(named('Daarna hebben zij contact. Zij snapten elke dag met elkaar.'), ['Snapchat'])
      assert.deepEqual(named('Zij snapten vaak met verdachte.'), ['Snapchat'])
      assert.deepEqual(named('De ouders snapten het niet.'), [])
      assert.deepEqual(named('De getuigen snapten de vraag niet.'), [])
    })

    it('reads "snappen" after gaan/blijven also with the subject between', () => {
      assert.deepEqual(named('A: Daarna gingen we snappen, elke dag.'), ['Snapchat'])
      assert.deepEqual(named('A: Toen bleven zij snappen met elkaar.'), ['Snapchat'])
      assert.deepEqual(named('Dat gaat hij nooit snappen.'), [])
      assert.deepEqual(named('Wij snappen het niet.'), [])
    })

    it('reads "sc" after naar/van as Snapchat, not a sports club', () => {
      assert.deepEqual(named('- 10-02: contact verplaatst naar sc.'), ['Snapchat'])
      assert.deepEqual(named('Verdachte volgt haar locatie via de kaart van sc.'), ['Snapchat'])
      assert.deepEqual(named('Verdachte is speler van SC Heerenveen.'), [])
    })

    it('reads a bot on a platform as that platform', () => {
      assert.deepEqual(named('Klanten reserveren via een Telegram-bot.'), ['Telegram'])
      assert.deepEqual(named('Klanten reserveren via een Telegrambot.'), ['Telegram'])
      assert.deepEqual(named('Op het toestel stond een robot-app voor de stofzuiger.'), [])
    })

    it('reads WhatsApp verbs from the verb lexicon at lower confidence', () => {
      const ms = mentionsOf('Verdachte appte haar elke dag; zij kreeg app-berichten en zat in een groepsapp.')
      assert.deepEqual(ms.map((m) => m.platform), ['WhatsApp', 'WhatsApp', 'WhatsApp'])
      assert.ok(ms.every((m) => m.confidence < 0.9))
      assert.deepEqual(named('Zij downloadde een app. De app werkte niet.'), [])
    })

    it('finds URLs and bare domains, including unknown ones outside the catalogue', () => {
      const ms = mentionsOf('De advertentie stond op www.kinky.nl/escort-amsterdam en op sexjobs.nl, later op voorbeeldsite.nl.')
      assert.deepEqual(ms.map((m) => [m.surface, m.platform, m.inCatalogue]), [
        ['www.kinky.nl/escort-amsterdam', 'Kinky.nl', true],
        ['sexjobs.nl', 'Sexjobs.nl', true],
        ['voorbeeldsite.nl', 'Voorbeeldsite.nl', false],
      ])
    })

    it('takes a handle after a platform name as evidence, and as context for an abbreviation', () => {
      const ms = mentionsOf('Hij volgde haar Instagram-account @xx_meisje. Zijn sc: @kingz_01 gebruikte hij ook.')
      assert.deepEqual(ms.map((m) => m.platform), ['Instagram', 'Snapchat'])
      assert.deepEqual(ms.map((m) => m.evidence.find((e) => e.rule === 'handle')?.surface), ['@xx_meisje', '@kingz_01'])
    })

    it('does not read an e-mail address as a platform domain', () => {
      assert.deepEqual(named('Zijn adres is iemand@voorbeeld.nl.'), [])
    })

    it('finds misspellings one edit away from a long alias', () => {
      assert.deepEqual(named('Het contact verliep via Whatsap, Snapcaht en Instagramm.'), ['WhatsApp', 'Snapchat', 'Instagram'])
      assert.deepEqual(named('Zij liep door het redlight district.'), [])
    })

    it('reads no ordinary word one edit from a name as a misspelling, nor a compound of it', () => {
      assert.deepEqual(named('Zij was daarna minder zenuwachtig en had er geen hinder van.'), [])
      assert.deepEqual(named('Op de laptop stonden kinderfoto’s en een kindergroep.'), [])
    })

    it('reads a misspelt catalogue domain as that platform', () => {
      assert.deepEqual(named('De advertentie stond op sexmark.nl en later op www.sexmark.nl/meisjes.'), ['Sexmarkt.nl', 'Sexmarkt.nl'])
    })

    it('reads a lower-case name in quotation marks as a word quoted as a term', () => {
      assert.deepEqual(named('In de klas werd een "hot or not"-spel gespeeld met foto’s.'), [])
      assert.deepEqual(named('Zij werkte naar eigen zeggen als "chatgirl" voor verdachte.'), [])
      assert.deepEqual(named('Zij had een account op HotorNot en werd benaderd via "SC".'), ['HotorNot', 'Snapchat'])
    })

    it('reads snap after a possessive as the account, and Snapchat\'s map and WhatsApp group and past forms', () => {
      assert.deepEqual(named('Hij vroeg haar snap. Zij moest haar snap checken.'), ['Snapchat', 'Snapchat'])
      assert.deepEqual(named('Ik snap het niet. Hij snapt dat zij bang is.'), [])
      assert.deepEqual(named('Controle via snapmap; de klanten werden via ge-appte berichten gestuurd en de beelden in appgroepen gedeeld.'), [
        'Snapchat',
        'WhatsApp',
        'WhatsApp',
      ])
    })

    it('reads a mailbox as e-mail', () => {
      assert.deepEqual(named('Hij mailde de inloggegevens naar haar Hotmail en naar een hotmailadres.'), ['E-mail', 'E-mail', 'E-mail'])
    })

    it('treats Grindr and the report’s Grinder as one platform, and a grinder as a tool', () => {
      assert.deepEqual(named('Hij werd via Grindr benaderd en later op Grinder.'), ['Grinder', 'Grinder'])
      assert.deepEqual(named('Hij had een grinder en een weegschaal bij zich.'), [])
      assert.deepEqual(named('In de kofferbak lag een haakse grinder.'), [])
      assert.deepEqual(named('Zij leerde hem kennen op grinder en had een grinderaccount.'), ['Grinder', 'Grinder'])
    })

    it('reads a place name, a bank, travel or school app as no platform', () => {
      assert.deepEqual(named('Zij woont in Bergen op Zoom en sprak hem via Zoom.'), ['Zoom'])
      assert.deepEqual(named('Zij had een e-ticket in de NS-app en opende de ING-app en Magister.'), [])
      assert.deepEqual(mentionsOf('Zij kreeg een melding in de NS app en keek in de ING app.'), [])
    })

    it('names MSN by its own proper name, also when written in full', () => {
      assert.deepEqual(named('A: Eerst via MSN, later via Windows Live Messenger.'), ['MSN', 'MSN'])
      assert.deepEqual(named('Zij chatte met hem op msn messenger.'), ['MSN'])
    })

    it('finds platforms outside the catalogue that are also ordinary words only in a platform context', () => {
      assert.deepEqual(named('Hij vond haar via een vacature op Indeed.'), ['Indeed'])
      assert.deepEqual(named('Het was een mega groot feest; op het houseparty waren veel mensen.'), [])
    })

    it('reads verb and group forms of a platform', () => {
      assert.deepEqual(named('Zij was voor geld aan het tinderen; de foto ging rond in de klassenapp.'), ['Tinder', 'WhatsApp'])
      // video calls through an app are a mention of it, in any verb form (GUIDELINES tune-5), like 'skypen'
      assert.deepEqual(named('Toen gingen we facetimen; later facetimede hij haar elke avond.'), ['FaceTime', 'FaceTime'])
    })
  })

  describe('aliases that are also ordinary words', () => {
    for (const [text, why] of [
      ['Zij liep weg zonder een kik te geven.', 'kik as a sound'],
      ['Ik snap het niet, zei zij.', 'snap as understand'],
      ['Zij las dat in De Telegraaf.', 'a newspaper'],
      ['Zij vond een oud telegram op zolder.', 'a telegram message'],
      ['De speurders van de politie namen de zaak over.', 'detectives'],
      ['Zij stuurde hem een snap van haar nieuwe schoenen.', 'a snap as a photo'],
      ['Een bezorger van Koeriersdienst De Snelle Messenger belde aan.', 'the last word of a company name'],
    ] as const) {
      it(`finds no platform in the ordinary sense (${why})`, () => assert.deepEqual(named(text), []))
    }

    it('finds them as a label in a list of platforms, not as a label alone', () => {
      assert.deepEqual(named('Snapchat: ja. Telegram: onbekend. Kik: mogelijk.'), ['Snapchat', 'Telegram', 'Kik Messenger'])
      assert.deepEqual(named('Telegram: onbekend.'), [])
    })
    it('finds them capitalised in mid-sentence, not as the last word of a longer proper name', () => {
      assert.deepEqual(named('Zij had Messenger ook op haar telefoon.'), ['Facebook'])
      assert.deepEqual(named('Het contact liep via Facebook Messenger.'), ['Facebook'])
      assert.deepEqual(named('De koerier van De Snelle Messenger bracht een pakket.'), [])
    })
    it('reads "app" before a phone number as the WhatsApp verb, "de app" before one as an application', () => {
      assert.deepEqual(named('In de advertentie staat: "Vanavond beschikbaar. App 06-00000123."'), ['WhatsApp'])
      assert.deepEqual(named('Zij opende de app 06-00000123 niet.'), [])
      assert.deepEqual(named('Hij installeerde een app op zijn telefoon.'), [])
    })
    it('reads someone’s "mail" and the imperative "mail ons" as e-mail', () => {
      assert.deepEqual(named('Verdachte zegt: "Kijk in je mail, daar staat het adres."'), ['E-mail'])
      assert.deepEqual(named('A: Iemand heeft mijn mail gehackt.'), ['E-mail'])
      assert.deepEqual(named('In de advertentie staat: "Interesse? Mail ons."'), ['E-mail'])
      // 'mail' without a platform cue stays unread
      assert.deepEqual(named('Mail is hier niet relevant.'), [])
    })
    it('finds an abbreviation coordinated with one found in context ("via ig en wa")', () => {
      assert.deepEqual(named('Contact liep via ig en wa, volgens de moeder.'), ['Instagram', 'WhatsApp'])
      assert.deepEqual(named('Hij had een WA-verzekering en een auto.'), [])
      assert.deepEqual(named('De schade liep via de verzekeraar en wa werd niet genoemd.'), [])
    })
    it('finds them when the context shows a platform', () => {
      assert.deepEqual(named('Hij stuurde berichten via snap en op kik.'), ['Snapchat', 'Kik Messenger'])
      assert.deepEqual(named('De advertentie stond op speurders en via telegram werd afgesproken.'), ['Speurders.nl', 'Telegram'])
      assert.deepEqual(named('Zij had ook geen Kik.').length, 0)
      assert.deepEqual(mentionsOf('Zij had ook geen Kik.').map((m) => [m.platform, m.negated]), [['Kik Messenger', true]])
    })
  })

  describe('generic and unclear mentions', () => {
    it('marks type words as generic and never as named', () => {
      const ms = mentionsOf('Zij werd via internet benaderd en op een datingsite aangeboden; zij zocht bevestiging via sociale media.')
      assert.deepEqual(ms.map((m) => [m.surface, m.kind, m.platform]), [
        ['internet', 'generic', null],
        ['datingsite', 'generic', null],
        ['sociale media', 'generic', null],
      ])
    })

    it('marks a platform the text says is unknown as unclear', () => {
      assert.deepEqual(mentionsOf('Zij werd via een niet nader genoemde website aangeboden.').map((m) => [m.surface, m.kind]), [['website', 'unclear']])
      assert.deepEqual(mentionsOf('Hij benaderde haar via een app. Welke app dit was, is niet bekend.').map((m) => [m.surface, m.kind]), [['app', 'unclear']])
    })

    it('keeps a type word that opens a new sentence after another mention, and drops one that locates it', () => {
      assert.deepEqual(
        mentionsOf('A: Hij zette mij op internet. Op een site met advertenties. V: Weet je welke site? A: Nee.').map((m) => [m.surface, m.kind]),
        [['internet', 'generic'], ['site', 'unclear']],
      )
      assert.deepEqual(mentionsOf('Zij chatte in een chatbox op internet.').map((m) => [m.surface, m.kind]), [['chatbox', 'generic']])
    })

    it('reads a type word whose name is only guessed right after it as unclear', () => {
      assert.deepEqual(
        mentionsOf('Hij zette haar op een website. "Ik denk dat het Kinky was, maar dat weet ik niet zeker."').map((m) => [m.surface, m.kind]),
        [['website', 'unclear'], ['Kinky', 'named']],
      )
      // a plain statement of the name, and a guess about something else, leave the type word generic
      assert.deepEqual(mentionsOf('Hij zette haar op een website. Dat was Kinky.').map((m) => [m.surface, m.kind]), [['website', 'generic'], ['Kinky', 'named']])
      assert.deepEqual(mentionsOf('Zij zocht werk via een website. Zij denkt dat het meisje ouder is.').map((m) => [m.surface, m.kind]), [['website', 'generic']])
    })

    it('reads a bare "welke" that ends the sentence as asking which platform', () => {
      assert.deepEqual(mentionsOf('Zij vindt mannen via een datingapp. Zij wilde niet zeggen welke.').map((m) => [m.surface, m.kind]), [['datingapp', 'unclear']])
    })

    it('reads a definite type word with a relative clause as the unclear platform when the sentence says it is not known', () => {
      assert.deepEqual(mentionsOf('Het platform waarop de foto’s stonden, is nog niet achterhaald.').map((m) => [m.surface, m.kind]), [['platform', 'unclear']])
      assert.deepEqual(mentionsOf('De site waarop zij stond, was niet meer online.'), [])
      assert.deepEqual(mentionsOf('Klanten vonden haar via een niet nader te noemen datingapp.').map((m) => [m.kind, m.negated]), [['unclear', false]])
    })

    it('does not count a type word whose names follow a colon, nor a definite type word used before', () => {
      const ms = mentionsOf('Op de telefoon zijn apps aangetroffen: WhatsApp en Signal. Waarvoor de apps zijn gebruikt, is onbekend.')
      assert.deepEqual(ms.map((m) => m.surface), ['WhatsApp', 'Signal'])
      assert.deepEqual(mentionsOf('Zij zat op meerdere apps, zoals Tinder en Badoo.').map((m) => m.kind), ['generic', 'named', 'named'])
    })

    it('does not count anaphora or a type word describing a named platform', () => {
      assert.deepEqual(mentionsOf('Zij zat op Badoo. Via die site kwamen mannen.').map((m) => m.platform), ['Badoo'])
      assert.deepEqual(mentionsOf('Zij gebruikte de datingapp Badoo.').map((m) => m.platform), ['Badoo'])
      assert.deepEqual(mentionsOf('Zij maakte een profiel aan op Luxy, een app voor welgestelde mannen.').map((m) => m.platform), ['Luxy'])
      // an apposition closing the sentence a few words after the name describes it too
      assert.deepEqual(mentionsOf("Hij verklaart de afspraak via Luxy te hebben gemaakt, 'een app voor rijke mannen'.").map((m) => m.platform), ['Luxy'])
      // hard negatives: a type word after a comma that goes on with a verb, or far from the name, is a mention
      assert.deepEqual(mentionsOf('Zij zat op Badoo met hem, een app stuurde haar berichten.').map((m) => m.kind), ['named', 'generic'])
      assert.deepEqual(mentionsOf('Zij zat op Badoo en sprak daarna met veel verschillende mannen af, een app gebruikte zij niet.').map((m) => m.kind)[0], 'named')
      // a type word placed on a named platform is part of it; on her phone it stays a type word
      assert.deepEqual(mentionsOf('Zij werd in een chatroom op Habbo aangesproken.').map((m) => m.platform), ['Habbo'])
      assert.deepEqual(mentionsOf('Zij werd via een app op haar telefoon benaderd.').map((m) => m.kind), ['generic'])
    })
  })

  describe('negation and hypotheticals', () => {
    it('negates denied use within the sentence, and the negated mention has no role', () => {
      const ms = mentionsOf('Er was geen contact via Facebook. Zij ontkent Snapchat en WhatsApp te gebruiken.')
      assert.deepEqual(ms.map((m) => [m.platform, m.negated, m.roles.length]), [
        ['Facebook', true, 0],
        ['Snapchat', true, 0],
        ['WhatsApp', true, 0],
      ])
      assert.ok(ms[0]?.evidence.some((e) => e.gives === 'negation' && e.surface === 'geen'))
    })

    it('treats threats and suppositions as hypothetical', () => {
      const ms = mentionsOf('Verdachte dreigde de foto’s te verspreiden via Instagram. Mogelijk werd ook Telegram gebruikt.')
      assert.deepEqual(ms.map((m) => [m.platform, m.negated]), [['Instagram', true], ['Telegram', true]])
    })

    it('ends the scope at a terminator', () => {
      const ms = mentionsOf('Zij ging niet naar school en werd via Snapchat benaderd.')
      assert.deepEqual(ms.map((m) => m.negated), [false])
    })

    it('lets a verification qualifier look back over its sentence, or the sentence before when it points back', () => {
      const neg = (text: string): boolean[] => mentionsOf(text).map((m) => m.negated)
      assert.deepEqual(neg('Hij zei dat hij het filmpje via TikTok had gezien, maar dat werd niet bevestigd.'), [true])
      assert.deepEqual(neg('Zij zou via Telegram worden aangeboden. De tip is niet geverifieerd.'), [true])
      assert.deepEqual(neg('Hij plaatste advertenties op Kinky.nl, maar het is niet vastgesteld of zij minderjarig was.'), [false])
      assert.deepEqual(neg('Vraag: Gebruikte hij ook Telegram? Antwoord: Nee.'), [true])
    })
  })

  describe('roles', () => {
    it('gives each mention the role of the cue in its clause, with the cue as evidence', () => {
      const ms = mentionsOf('Zij werd via Instagram benaderd en verdachte plaatste een advertentie op Kinky.nl.')
      assert.deepEqual(ms.map((m) => [m.platform, m.roles]), [['Instagram', ['recruiting']], ['Kinky.nl', ['advertising']]])
      const cue = ms[0]?.evidence.find((e) => e.rule === 'role-cue')
      assert.equal(cue?.surface, 'benaderd')
    })

    it('follows a reference to a platform in the next sentence', () => {
      const ms = mentionsOf('Zij meldde zich aan op Suikerarrangement.nl. Via die site werden klanten geworven.')
      assert.deepEqual(ms[0]?.roles, ['customer_acquisition'])
    })

    it('makes the first contact platform recruiting when contact moves on to another one', () => {
      const ms = mentionsOf('Zij had via Chatgum contact met verdachte. Daarna appten zij dagelijks.')
      assert.deepEqual(ms.map((m) => [m.platform, m.roles]), [['Chatgum', ['recruiting']], ['WhatsApp', ['relationship']]])
    })

    it('hands cues after "via beide sites" to the two platforms named last', () => {
      const ms = mentionsOf('Op Sexjobs stonden advertenties. Op Kinky.nl ook. Via beide sites konden klanten een afspraak maken.')
      assert.ok(ms.every((m) => m.roles.includes('customer_meeting')))
      assert.equal(ms.length, 2)
    })

    it('gives no role when the text gives none', () => {
      assert.deepEqual(mentionsOf('Zij heeft een account op Snapchat.')[0]?.roles, [])
    })
  })

  describe('platforms outside the catalogue', () => {
    it('returns them with their own name and in_catalogue false', () => {
      const ms = mentionsOf('Zij werd via TikTok benaderd, zat in een Discord-server en had een OnlyFans. Vroeger zat zij op Hyves.')
      assert.deepEqual(ms.map((m) => [m.platform, m.inCatalogue]), [
        ['TikTok', false],
        ['Discord', false],
        ['OnlyFans', false],
        ['Hyves', false],
      ])
    })

    it('reads an unknown name as a platform only in a platform position', () => {
      assert.deepEqual(mentionsOf('Zij chatte via de app Wizzle met hem.').map((m) => [m.platform, m.inCatalogue]), [['Wizzle', false]])
      assert.deepEqual(mentionsOf('Zij reisde via Utrecht naar Rotterdam.'), [])
    })

    it('reads the word after a platform name as part of its product, not as a platform of its own', () => {
      assert.deepEqual(named('Op het toestel stond een WhatsApp Business-account van verdachte.'), ['WhatsApp'])
      assert.deepEqual(named('De berichten gingen via een WA Business-account naar klanten.'), ['WhatsApp'])
      // a new name before a noun elsewhere in the sentence is still read as a platform
      assert.deepEqual(named('Zij had WhatsApp en een Yubo-account.'), ['WhatsApp', 'Yubo'])
    })

    it('reads a police organisation before a noun as no platform', () => {
      assert.deepEqual(named('Interpol-bericht: een verdachte zou via Kik meisjes hebben benaderd.'), ['Kik Messenger'])
      assert.deepEqual(named('Een Europol-melding over een account op Twitter kwam binnen.'), ['Twitter'])
    })

    it('reads a technical identifier before a noun as no platform', () => {
      assert.deepEqual(mentionsOf('Het IP-adres en het IMEI-nummer van het toestel zijn gevorderd.'), [])
    })

    it('reads "Snap ik" (inverted word order) as begrijpen, not Snapchat', () => {
      assert.deepEqual(named('A: Snap ik niks van.'), [])
      assert.deepEqual(named('A: Ja, snap ik.'), [])
      assert.deepEqual(named('A: Via Snap. Ik kreeg daar berichten.'), ['Snapchat'])
    })

    it('reads Snap Inc. as the company in a data request, not as Snapchat', () => {
      assert.deepEqual(named('Vordering aan Snap Inc. betreffende een account van verdachte.'), [])
      assert.deepEqual(named('Vordering aan Snapchat (Snap Inc.) betreffende het Snapchat-account van verdachte.'), ['Snapchat', 'Snapchat'])
      assert.deepEqual(named('Hij stuurde haar de adressen via Snap.'), ['Snapchat'])
    })

    it('reads chatgirl after "als" as a job word, not as Chatgirl.nl', () => {
      assert.deepEqual(named('Verdachte zei dat zij als chatgirl geld kon verdienen.'), [])
      assert.deepEqual(named('Verdachte maakte een account voor haar aan op Chatgirl.nl.'), ['Chatgirl.nl'])
      assert.deepEqual(named('Zij moest via chatgirl gesprekken voeren.'), ['Chatgirl.nl'])
    })

    it('reads Kaufmich, Dropbox, Imgur and Hangouts under their own names, Imo only in a platform context', () => {
      assert.deepEqual(named('De advertentie stond op Kaufmich; de foto’s stonden in een Imgur-album.'), ['Kaufmich', 'Imgur'])
      assert.deepEqual(named('Verdachte deelde de beelden via Dropbox en belde haar via Google Hangouts.'), ['Dropbox', 'Hangouts'])
      assert.deepEqual(named('Hij nam contact met haar op via IMO.'), ['Imo'])
      assert.deepEqual(named('Imo is het een ernstige zaak, aldus de melder.'), [])
    })

    it('reads VKontakte under its own name, also as a subject', () => {
      assert.deepEqual(named('Een account op VKontakte bood beelden aan.'), ['VKontakte'])
      assert.deepEqual(named('Volgens de melding biedt een gebruiker van VKontakte beelden aan.'), ['VKontakte'])
      assert.deepEqual(named('De link verwees naar vk.com/account.'), ['VKontakte'])
    })

    it('reads Wire only in a platform context', () => {
      assert.deepEqual(named('Zij communiceert met haar chauffeurs via Wire.'), ['Wire'])
      assert.deepEqual(named('De wire van de oplader was kapot.'), [])
    })
  })

  it('records its version and the catalogue version', () => {
    const x = testExtractor()
    assert.match(x.version, /^ps-extract-\d+\+[0-9a-f]{12}$/)
    assert.match(x.catalogueVersion, /^[0-9a-f]{12}$/)
  })
})
