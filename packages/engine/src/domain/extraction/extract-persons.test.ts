import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { extractPersons } from './extract-persons.ts'
import { parsePersonLexicon } from './person-lexicon.ts'
import type { PersonFinding } from './extractor.ts'

const lexicon = parsePersonLexicon(
  JSON.parse(readFileSync(new URL('../../../../../data/lexicons/persons.json', import.meta.url), 'utf8')),
  'persons.json',
)
const DATE = '2019-05-10'

/** Persons as "age gender roles" strings, e.g. "16 F aangever,slachtoffer", with every evidence span checked. */
function persons(text: string, date: string | null = DATE): string[] {
  const found = extractPersons(text, date ?? undefined, lexicon)
  assertSpans(text, found)
  return found.map((p) => `${p.age ?? '-'} ${p.gender ?? '-'} ${p.roles.join(',')}`.trim())
}

function ages(text: string): number[] {
  return extractPersons(text, DATE, lexicon)
    .map((p) => p.age)
    .filter((a): a is number => a !== null)
}

function assertSpans(text: string, found: PersonFinding[]): void {
  for (const p of found) {
    for (const e of p.evidence) assert.equal(text.slice(e.start, e.end), e.surface, e.rule)
  }
}

describe(extractPersons.name, () => {
  describe('ages', () => {
    it('reads "de 16-jarige aangeefster" as the age of that person', () => {
      assert.deepEqual(persons('De 16-jarige aangeefster deed aangifte.'), ['16 F aangever,slachtoffer'])
    })

    it('reads ages written as words: "zestienjarige", "vijftien jaar oud"', () => {
      assert.deepEqual(persons('De zestienjarige aangeefster deed aangifte.'), ['16 F aangever,slachtoffer'])
      assert.deepEqual(persons('Het slachtoffer is vijftien jaar oud.'), ['15 - slachtoffer'])
    })

    it('reads an age in brackets after a role noun or initial: "verdachte B. (24)"', () => {
      assert.deepEqual(persons('Aangeefster (15) werd benaderd door verdachte B. (24).'), ['15 F aangever,slachtoffer', '24 - verdachte'])
      assert.deepEqual(persons('Getuige (31 jaar) zag het gebeuren.'), ['31 - getuige'])
      assert.deepEqual(ages('Aangeefster (v, 15) en verdachte (m/24) werden gehoord.'), [15, 24])
      assert.deepEqual(ages('Aangeefster (16 jaar oud) en verdachte (geboren 12-03-1995) werden gehoord.'), [16, 24])
    })

    it('reads a bracketed age after a numbered role noun: "verdachte 1 (23)", "verdachte 2 (20)"', () => {
      assert.deepEqual(persons('Verdachte 1 (23) en verdachte 2 (20) werden aangehouden.'), ['23 - verdachte', '20 - verdachte'])
      assert.deepEqual(ages('Uit de telefoon van verdachte 2 (20) bleek dat hij berichten stuurde.'), [20])
      assert.deepEqual(ages('Verdachte 1 stuurde haar berichten; verdachte 2 (22) reed haar.'), [22])
    })

    it('reads the age of the minor named as cliënte, jeugdige, leerling or vermiste, and of "slo" and "verd."', () => {
      assert.deepEqual(persons('Cliënte (17) verblijft sinds enkele weken bij haar vriend.'), ['17 F'])
      assert.deepEqual(ages('Jeugdige (16) is in september uit huis geplaatst.'), [16])
      assert.deepEqual(ages('Een leerlinge (13) vertelde dat zij berichten kreeg.'), [13])
      assert.deepEqual(ages('De vermiste (16) werd aangetroffen in een woning.'), [16])
      assert.deepEqual(persons('Slo (15) aangetroffen in woning. Verd. (22) aanwezig.'), ['15 - slachtoffer', '22 - verdachte'])
    })

    it('reads an approximate age after a description in brackets: "verdachte (man, ca. 25)"', () => {
      assert.deepEqual(persons('Om 19.40 uur parkeert verdachte (man, ca. 25) zijn auto.'), ['25 M verdachte'])
      assert.deepEqual(ages('Verdachte (vrouw, circa 30) wacht bij het station.'), [30])
      // hard negatives: no number, or a count rather than an age, in the bracket
      assert.deepEqual(ages('Verdachte (man, ca. lang) wacht bij het station.'), [])
      assert.deepEqual(ages('Verdachte (man, ca. 25 minuten later) vertrekt.'), [])
    })

    it('keeps the number of an officer\'s or witness\'s estimate: "geschat 16 jaar", "(geschat 14)", "hooguit 15"', () => {
      assert.deepEqual(ages('Om 21.05 uur stapt een meisje, geschat 16 jaar, uit een auto.'), [16])
      assert.deepEqual(ages('Een meisje (geschat 14) stapt uit een taxi.'), [14])
      assert.deepEqual(ages('Melder ziet een meisje van hooguit 15 in het portiek.'), [15])
      // hard negatives: a claimed age and an estimated count stay no age
      assert.deepEqual(ages('Verdachte dacht dat zij 18 was.'), [])
      assert.deepEqual(ages('Er waren geschat 20 mannen in de woning.'), [])
    })

    it('takes the real age found out after an age someone said: "zei dat hij 17 was. Hij bleek 24"', () => {
      assert.deepEqual(ages('Zij kreeg een bericht van een jongen die zei dat hij 17 was. Hij bleek 24.'), [24])
      assert.deepEqual(ages('Zij sprak een meisje dat zei 18 te zijn; zij bleek 15.'), [15])
      // hard negatives: a said age with nothing found out stays; "bleek" before a non-age keeps no age
      assert.deepEqual(ages('Zij chatte met een jongen die zei dat hij 20 was.'), [20])
      assert.deepEqual(ages('Het bleek 12 uur later een vergissing.'), [])
    })

    it('in a chronology, takes the current age "(nu 15)" or "is nu 16" over an earlier one', () => {
      assert.deepEqual(ages('Tijdlijn: jan 2019: slo (14) leert verd. kennen. mei 2020: slo (nu 15) doet aangifte.'), [15])
      assert.deepEqual(ages('In 2019 werd betrokkene (toen 15) benaderd via een app. Zij is nu 16.'), [16])
      assert.deepEqual(ages('Betrokkene (toen 14) liep weg uit de leefgroep.'), [14])
      // hard negatives: "nu" before a count or a time is no age
      assert.deepEqual(ages('De melder (nu 3 weken later) belt opnieuw.'), [])
      assert.deepEqual(ages('Het is nu 22.00 uur.'), [])
    })

    it('reads the age of a person noun the writer puts in quotes: \'een "vriend" van 23\', "een \'vriendje\' (22)"', () => {
      assert.deepEqual(ages('Een meisje (13) heeft een "vriend" van 23 die zij kent van school.'), [13, 23])
      assert.deepEqual(ages("Zij slaapt soms bij een 'vriendje' (22) in de stad."), [22])
      // hard negatives: a quoted non-person word, and a quoted nickname, take no age
      assert.deepEqual(ages('Zij noemde het "werk" van 3 uur per dag.'), [])
      assert.deepEqual(ages("Zij kreeg 'cadeaus' van 50 euro."), [])
    })

    it('reads the age of a numbered suspect written with the abbreviation: "verd. 1 (24)"', () => {
      assert.deepEqual(ages('Tijdlijn: slo (16) leert verd. 1 (24) kennen via een app.'), [16, 24])
      assert.deepEqual(ages('Overzicht: verd. 2 (20, hij) beheerde het account.'), [20])
      // hard negative: the qualifier itself is no age
      assert.deepEqual(ages('Verd. 1 reed de auto.'), [])
    })

    it('reads the age of the minor named as pupil or patiënte by youth care and the GP', () => {
      assert.deepEqual(ages('Melding gezinsvoogd: pupil (14) verblijft in een leefgroep.'), [14])
      assert.deepEqual(ages('Zorgmelding huisarts. Patiënte (17) vertelt over een nieuwe vriend.'), [17])
      // hard negatives: a duration is no age
      assert.deepEqual(ages('De huisarts kent de patiënte sinds 3 jaar.'), [])
      assert.deepEqual(ages('De pupil is 2 jaar geleden geplaatst.'), [])
    })

    it('still reads a number word after "van" that is not the article: "een meisje van vijftien"', () => {
      assert.deepEqual(ages('Het slachtoffer van vijftien jaar deed aangifte.'), [15])
      assert.deepEqual(ages('De moeder van een meisje van 14 belde.'), [14])
    })

    it('reads an approximate or estimated age as that number: "naar schatting 18 jaar", "(ca. 35)", "rond de 30"', () => {
      assert.deepEqual(ages('Een jongen, naar schatting 18 jaar, stapte uit de auto.'), [18])
      assert.deepEqual(ages('Eén meisje, naar zijn schatting 14 jaar, stapte in.'), [14])
      assert.deepEqual(ages('Het meisje, vermoedelijk 13 jaar, zou in Nederland wonen.'), [13])
      assert.deepEqual(ages('Een man (ca. 35) uit Breda zou meisjes benaderen.'), [35])
      assert.deepEqual(ages('Een meisje (vermoedelijk 15 jaar) werd aangetroffen.'), [15])
      assert.deepEqual(ages('Een meisje van ca. 16 jaar meldde zich bij de balie.'), [16])
      assert.deepEqual(ages('Hij gaat weg met een man van rond de 40 die hem ophaalt.'), [40])
      assert.deepEqual(ages('Melder zag een meisje van een jaar of 16 naar binnen gaan.'), [16])
      assert.deepEqual(ages('Een meisje, naar schatting 17, stapte in een auto.'), [17])
    })

    it('gives each of a counted plural the one age after it: "twee jongens van 16", "twee verdachten van 18"', () => {
      assert.deepEqual(ages('Twee meisjes van 15 uit Drachten werden benaderd.'), [15, 15])
      assert.deepEqual(ages('Slachtoffer (16) werd door twee verdachten van 18 meegenomen.'), [16, 18, 18])
      assert.deepEqual(ages('Twee oudere jongens van 17 werden aangehouden.'), [17, 17])
      assert.deepEqual(ages('Twee meisjes, naar schatting 15 en 16 jaar oud, gingen naar binnen.'), [15, 16])
    })

    it('gives an uncounted plural one age, and a count without an age none', () => {
      assert.deepEqual(ages('De meisjes van 15 werden benaderd.'), [15])
      assert.deepEqual(ages('Twee meisjes werden benaderd.'), [])
    })

    it('reads ages after plurals of men, brothers, sisters, friends and youngsters', () => {
      assert.deepEqual(ages('Twee Nederlandse mannen van 24 en 27 jaar zijn aangehouden.'), [24, 27])
      assert.deepEqual(ages('De mannen (22 en 24) zijn als verdachte meegenomen.'), [22, 24])
      assert.deepEqual(ages('Het onderzoek richtte zich op twee broers (25 en 27).'), [25, 27])
      assert.deepEqual(ages('Twee zussen van 16 en 17 werden benaderd.'), [16, 17])
      assert.deepEqual(ages('Twee jongeren van 16 hebben een conflict.'), [16, 16])
    })

    it('gives no age to men counted or without an age', () => {
      assert.deepEqual(ages('Er kwamen 16 mannen langs.'), [])
      assert.deepEqual(ages('Zes verschillende mannen bezoeken de woning.'), [])
    })

    it('reads an age found out ("bleek 15 jaar te zijn") and the relative "een meisje dat vermoedelijk 16 jaar is"', () => {
      assert.deepEqual(ages('Het meisje bleek 15 jaar te zijn.'), [15])
      assert.deepEqual(ages('Op het adres werd een meisje aangetroffen dat later 15 jaar bleek te zijn.'), [15])
      assert.deepEqual(ages('Daar kreeg ik een bericht van een jongen, die later 24 bleek te zijn.'), [24])
      assert.deepEqual(ages("Er stonden foto's van een meisje dat vermoedelijk 16 jaar is."), [16])
    })

    it('reads no age from a time or duration that turned out', () => {
      assert.deepEqual(ages('Het bleek 16 uur te zijn toen zij terugkwam.'), [])
      assert.deepEqual(ages('Het contact bleek 2 jaar te hebben geduurd.'), [])
    })

    it('reads a bracketed description with the age last: "getuige (klasgenoot, 15)", "verdachte (bekend, 24 jaar)"', () => {
      assert.deepEqual(persons('Verhoor getuige (klasgenoot, 15). Zij zag het gebeuren.'), ['15 F getuige'])
      assert.deepEqual(ages('Hij zegt dat "ze" (vermoedelijk het slachtoffer, 16) "zeurt".'), [16])
      assert.deepEqual(ages('Om 22.10 uur verlaten verdachte (bekend, 24 jaar) en een meisje de woning.'), [24])
    })

    it('reads no age from a bracketed description without a person', () => {
      assert.deepEqual(ages('Zij woont in Utrecht (wijk Overvecht, 12) bij haar moeder.'), [])
      assert.deepEqual(ages('Zie het proces-verbaal (bijlage, 12) voor de details.'), [])
    })

    it('reads how old someone looks or is estimated to be as that number (GUIDELINES tune-5, heldout-7)', () => {
      assert.deepEqual(ages('Het meisje is nog niet geïdentificeerd; zij lijkt ongeveer 15 jaar.'), [15])
      assert.deepEqual(ages('Hij belde omdat een meisje dat er volgens hem ongeveer 16 jaar uitzag, met mannen meeging.'), [16])
      assert.deepEqual(ages('Het betreft een meisje in Nederland; haar leeftijd wordt geschat op 15 jaar.'), [15])
    })

    it('reads no age from a comparison or a belief about someone\'s age', () => {
      assert.deepEqual(ages('Volgens de analist lijkt het meisje op de foto jonger dan 18 jaar.'), [])
      assert.deepEqual(ages('Hij dacht dat zij 18 was.'), [])
      assert.deepEqual(ages('Het meisje zag er ouder uit dan 16 jaar.'), [])
    })

    it('reads "<plural>, beiden (naar schatting) N (jaar)," as the age of each of the two', () => {
      assert.deepEqual(ages('Twee verdachten, beiden 16 jaar, zetten een filmpje op YouTube.'), [16, 16])
      assert.deepEqual(ages('Twee meisjes, beiden naar schatting 16, werden afgezet bij een hotel.'), [16, 16])
    })

    it('reads no age from "beiden" with a count of something else', () => {
      assert.deepEqual(ages('De meisjes, beiden 2 keer gehoord, verklaarden het.'), [])
      assert.deepEqual(ages('De verdachten, beiden 2 weken in bewaring, zwijgen.'), [])
    })

    it('reads "N jaar oud", "is N jaar" and the subordinate order "dat zij N jaar is"', () => {
      assert.deepEqual(persons('Verdachte is 19 jaar oud.'), ['19 - verdachte'])
      assert.deepEqual(persons('Het slachtoffer is 14 jaar.'), ['14 - slachtoffer'])
      assert.deepEqual(persons('Aangever verklaarde dat hij 17 jaar is.'), ['17 M aangever,slachtoffer'])
      assert.deepEqual(persons('Verdachte is 31.'), ['31 - verdachte'])
      assert.deepEqual(ages('Aangeefster is op 15 juni 16 jaar geworden.'), [16])
    })

    it('reads "een meisje van 15" and "aangeefster, 16 jaar,"', () => {
      assert.deepEqual(persons('Een meisje van 15 werd benaderd via Instagram.'), ['15 F'])
      assert.deepEqual(persons('Aangeefster, 16 jaar, verklaarde het volgende.'), ['16 F aangever,slachtoffer'])
    })

    it('reads the age at the time of the facts as stated: "toen zij 16 was", "zij was toen 17"', () => {
      assert.deepEqual(ages('Toen aangeefster 16 was, werd zij benaderd.'), [16])
      assert.deepEqual(ages('Aangeefster kwam via een site in contact met mannen. Zij was toen 17.'), [17])
    })

    it('reads a bracketed age after a possessive and a noun: "haar nichtje (16)", "haar achternichtje (16)"', () => {
      assert.deepEqual(persons('Getuige verklaarde dat zij zag dat haar nichtje (16) berichten kreeg.'), ['- F getuige', '16 F'])
      assert.deepEqual(persons('Getuige zag dat haar achternichtje (16) berichten kreeg.'), ['- - getuige', '16 F'])
    })

    it('reads "een jongen van (ongeveer) 17 jaar", "verdachte, 24," and the inverted "inmiddels is zij 17"', () => {
      assert.deepEqual(persons('Een jongen van 17 jaar werd aangehouden.'), ['17 M'])
      assert.deepEqual(ages('Een man van ongeveer 30 jaar sprak haar aan.'), [30])
      assert.deepEqual(persons('Verdachte, 24, werd aangehouden.'), ['24 - verdachte'])
      assert.deepEqual(ages('Nu is aangeefster 16 jaar.'), [16])
    })

    it('lets a present age replace one stated for an earlier moment, not the other way round', () => {
      assert.deepEqual(ages('Zij leerde verdachte kennen toen zij 14 was. Inmiddels is zij 17.'), [17])
      assert.deepEqual(ages('Aangeefster (15) verklaarde het volgende. Toen zij 13 was, begon het contact.'), [15])
    })

    it('reads a list of ages after a plural further away, or with "jaar oud" alone', () => {
      assert.deepEqual(ages('Verbalisanten troffen twee meisjes aan van 15 en 17 jaar oud.'), [15, 17])
      assert.deepEqual(ages('De verdachten, 19 en 23 jaar oud, zijn aangehouden.'), [19, 23])
    })

    it('reads the age in a relative clause: "verdachte, die toen 25 was"', () => {
      assert.deepEqual(persons('Zij kwam in contact met verdachte, die toen 25 was.'), ['25 - verdachte'])
    })

    it('ignores an age someone claimed or guessed', () => {
      assert.deepEqual(ages('Verdachte dacht dat het meisje 18 was. Uit onderzoek blijkt dat zij 15 jaar is.'), [15])
    })

    it('keeps ages near words about profiles or missing-person reports', () => {
      assert.deepEqual(ages('Verdachte maakte een profiel aan voor aangeefster (16).'), [16])
      assert.deepEqual(ages('Nadat zij als vermist was opgegeven, werd het meisje (15) gevonden.'), [15])
      assert.deepEqual(ages('Verdachte dacht dat aangeefster (15) ouder was.'), [15])
      assert.deepEqual(ages('Zij werd benaderd door een man die zich voordeed als een 15-jarig meisje.'), [])
    })

    it('reads "(beiden 18)" after a plural as two persons', () => {
      assert.deepEqual(persons('Verdachten (beiden 18) deelden de foto\'s.'), ['18 - verdachte', '18 - verdachte'])
    })

    it('computes the age at the registration date from "geboren op" and "geboren in"', () => {
      assert.deepEqual(persons('Aangeefster, geboren op 12-03-2003, verklaarde het volgende.'), ['16 F aangever,slachtoffer'])
      assert.deepEqual(persons('Aangeefster, geboren op 12 juni 2003, verklaarde het volgende.'), ['15 F aangever,slachtoffer'])
      assert.deepEqual(persons('Verdachte is geboren in 1995.', '2019-10-01'), ['24 - verdachte'])
      // a birth year alone: registration year minus birth year, also early in the year
      assert.deepEqual(persons('Verdachte is geboren in 1995.', '2019-03-01'), ['24 - verdachte'])
    })

    it('gives no age from a birth date when the registration has no date', () => {
      assert.deepEqual(persons('Aangeefster, geboren op 12-03-2003, verklaarde het volgende.', null), ['- F aangever,slachtoffer'])
    })

    it('keeps a bare age as a person: "de 16-jarige verklaarde", with the gender of the pronoun that follows', () => {
      assert.deepEqual(persons('De 16-jarige verklaarde dat zij werd benaderd.'), ['16 F'])
      assert.deepEqual(persons('De 16-jarige reageerde niet.'), ['16 -'])
    })

    it('gives each person of a plural its own age', () => {
      assert.deepEqual(ages('Twee meisjes van 14 en 15 jaar werden benaderd.'), [14, 15])
      assert.deepEqual(ages('Twee 15-jarige meisjes werden benaderd.'), [15, 15])
      assert.deepEqual(ages('De meisjes (13 en 16) kregen berichten.'), [13, 16])
    })

    it('reads the answer to "hoe oud" as an age, in an interview and in a reported question', () => {
      assert.deepEqual(ages('Verhoor benadeelde. V: Hoe oud ben je? A: Vijftien. V: Waar woon je? A: In Tilburg.'), [15])
      assert.deepEqual(ages('Verhoor getuige. V: Weet je hoe oud hij is? A: 23. V: Waar werkt hij? A: Geen idee.'), [23])
      assert.deepEqual(ages('Tapgesprek. Een NN-man vraagt hoe oud zij is. Verdachte: "Zestien, maar zij zegt negentien."'), [16])
      // the same age as the victim's bracketed one stays one person
      assert.deepEqual(ages('Verhoor slachtoffer (16). V: Hoe oud ben je? A: Zestien.'), [16])
    })

    it('reads "ik ben N" and "ze is N" in quoted speech as an age', () => {
      assert.deepEqual(ages('Aangeefster verklaarde: "Ik ben zestien. Hij was veel ouder."'), [16])
      assert.deepEqual(ages('Melding via webformulier: "Er staat een meisje uit mijn klas op die site. Ze is pas vijftien."'), [15])
      assert.deepEqual(ages('Tapgesprek. Verdachte: "Ze is 15, maar ze moet zeggen dat ze ouder is."'), [15])
      // one person: the bracketed age and the spoken one agree
      assert.deepEqual(ages('Aangeefster (17) verklaarde: "Ik ben 17 en woon bij mijn moeder."'), [17])
    })

    it('reads the abbreviation "betr." as the betrokkene, with its bracketed age and a later current one', () => {
      assert.deepEqual(persons('Mutatie. Betr. (15, meisje) is terug op de leefgroep.'), ['15 F betrokkene'])
      assert.deepEqual(ages('Chronologie. - maart: betr. (14) loopt weg. - juni: betr. (nu 15) wordt gehoord.'), [15])
      // a subject line "Betr.:" names no person
      assert.deepEqual(ages('Betr.: melding van 12 maart, 2 meldingen.'), [])
    })

    it('reads an age after the source of the statement and an estimate of how old someone looks', () => {
      assert.deepEqual(ages('Verdachte is volgens de melder 24 jaar.'), [24])
      assert.deepEqual(ages('Het meisje is volgens de wijkagent ongeveer 16.'), [16])
      assert.deepEqual(ages('Op de foto staat een meisje dat volgens de verbalisant ongeveer 15 jaar is.'), [15])
      assert.deepEqual(ages('Op de site staat een meisje dat hooguit 16 lijkt.'), [16])
      assert.deepEqual(ages('In de auto zat een meisje dat later 15 blijkt.'), [15])
      assert.deepEqual(ages('Het meisje leek een jaar of 14 en stapte bij een man in.'), [14])
      assert.deepEqual(ages('In de advertentie staat een meisje dat niet ouder dan 15 lijkt.'), [15])
    })

    it('reads no person\'s age in the age a profile states, and keeps a leeftijd without a profile', () => {
      assert.deepEqual(ages('Betrokkene (15) heeft een profiel op Tagged met als leeftijd 19.'), [15])
      assert.deepEqual(ages('Op de laptop stond een Badoo-profiel met foto\'s van haar en een leeftijd van 18.'), [])
      assert.deepEqual(ages('Zij trof een advertentie aan; de leeftijd op het profiel is 18.'), [])
      assert.deepEqual(ages('Het slachtoffer heeft een leeftijd van 16 jaar.'), [16])
    })

    it('reads "hij bleek N jaar" as the age found out, not "bleek N jaar te wachten"', () => {
      assert.deepEqual(ages('Zij werd benaderd door een jongen. Hij bleek 21 jaar.'), [21])
      assert.deepEqual(ages('De verdachte bleek 2 jaar bij een bedrijf te werken.'), [])
    })

    it('keeps the age a minor gives of herself, not a claimed adult age', () => {
      assert.deepEqual(ages('In het hotel werd een meisje aangetroffen dat zegt 16 te zijn.'), [16])
      assert.deepEqual(ages('Betrokkene verklaarde 15 jaar te zijn.'), [15])
      assert.deepEqual(ages('Op de site staat een meisje dat zegt 18 te zijn.'), [])
      // a later firm age replaces the stated one
      assert.deepEqual(ages('Zij kreeg contact met een jongen die zei 17 te zijn; later bleek hij 23.'), [23])
    })

    it('lets an estimate give way to the age found out later', () => {
      assert.deepEqual(ages('Een hotel belt: een meisje van hooguit 15 is ingecheckt. Ter plaatse blijkt het meisje 14 jaar.'), [14])
      assert.deepEqual(ages('Het meisje leek hooguit 15. Ter plaatse blijkt zij 16 jaar.'), [16])
      // an estimate alone stays
      assert.deepEqual(ages('Het meisje leek hooguit 15. Zij stapte in een auto.'), [15])
    })

    it('keeps "van N" after a source, and reads no age in "volgens mij nog geen N" or an age a profile claims', () => {
      assert.deepEqual(ages('Verdachte (30) heeft volgens de recherche een jongen van 15 benaderd.'), [30, 15])
      assert.deepEqual(ages('Een buurman meldt: "Eén meisje is volgens mij nog geen 15."'), [])
      assert.deepEqual(ages('Zij sprak met verdachte, die volgens zijn profiel 21 was.'), [])
    })

    it('reads no age in "ik was toen N", "ik ben N keer", "ze is N weken weg" or a guess', () => {
      assert.deepEqual(ages('Slachtoffer (15) verklaart: "Ik was toen dertien."'), [15])
      assert.deepEqual(ages('Getuige verklaarde: "Ik ben 3 keer bij die woning geweest."'), [])
      assert.deepEqual(ages('Moeder belt: "Ze is 2 weken weg."'), [])
    })

    it('reads no age in an answer that is a guess, or that does not answer "hoe oud"', () => {
      assert.deepEqual(ages('Verhoor getuige (man, 40). V: Hoe oud schatte u haar? A: Achttien, dacht ik.'), [40])
      assert.deepEqual(ages('Verhoor getuige. V: Hoe oud was zij? A: Twintig, dacht ik.'), [])
      assert.deepEqual(ages('Verhoor getuige. V: Hoeveel klanten kwamen er? A: Twintig.'), [])
      assert.deepEqual(ages('Verhoor getuige. V: Hoe oud is hij? A: Dat weet ik niet. Hij had 3 telefoons.'), [])
      assert.deepEqual(ages('Verhoor getuige. V: Hoe oud is zij? A: 16 euro per uur, zei ze.'), [])
    })
  })

  describe('hard negatives for ages', () => {
    const cases = [
      'Zij betaalde 16 euro voor de treinkaart.',
      'Het gesprek vond plaats om 16.00 uur.',
      'Om 16:30 uur werd zij opgehaald.',
      'Zij werd 16 keer gebeld door verdachte.',
      'Verdachte woont aan de Dorpsstraat 16 te Utrecht.',
      'Het contact begon 2 jaar geleden.',
      'Verdachte kreeg 2 jaar gevangenisstraf.',
      'Zij had een 2-jarige relatie met verdachte.',
      'Op 13-jarige leeftijd werd zij voor het eerst benaderd.',
      'Vanaf 12 jaar woonde zij in Utrecht.',
      'Verdachte beweerde dat hij 18 was.',
      'Zij werd benaderd door een man die zich voordeed als een meisje van 15.',
      'Zij werd benaderd door een 45-jarige klant.',
      'Verdachte zei tegen haar dat hij dacht dat zij 18 was.',
      'Op 16-03-2019 werd aangifte gedaan.',
      'Het incident vond plaats op 16 maart 2019.',
      'Zij verbleef 3 jaar in een instelling.',
      'Verdachte 2 stuurde haar berichten.',
      'Het gesprek duurde naar schatting 20 minuten.',
      'Zij werd rond de 16.00 uur opgehaald.',
      'Er kwamen ca. 30 mannen langs.',
      'Het account had naar schatting 300 volgers.',
      'Het slachtoffer van een aanranding deed aangifte.',
      'De moeder van een meisje uit Haarlem belde.',
      'Een tante van een leerling meldde het.',
      'De cliënte heeft sinds 2 jaar een voogd.',
      'De leerling zit in klas 3 (havo).',
      'Zie bijlage 2 (12) bij dit proces-verbaal.',
      'Verdachte 1 (zie hierboven) stuurde haar berichten.',
      'De moeder van 2 kinderen deed een melding.',
      'Het meisje verdiende 50 euro per klant.',
      'Er werden 15 advertenties geplaatst op 3 websites.',
      'Zij is sinds 2 jaar bekend bij jeugdzorg.',
      'Aangeefster zit in groep 8 en daarna in klas 3.',
      'Het telefoonnummer van verdachte was 06-00000123.',
      'Verdachte wordt verdacht van artikel 273f van het Wetboek van Strafrecht.',
      'Zij was 2 weken vermist en werd in kamer 12 gevonden.',
      'In de periode 2016-2018 werden 45 advertenties geplaatst.',
      'Rond haar 16e verjaardag kreeg zij een telefoon.',
      'Zij stuurde 20 foto\'s naar verdachte, die 5 jaar ouder is.',
      'Verdachte is 1 van de 3 verdachten.',
      'Het meisje (zie bijlage 2) werd gehoord.',
    ]
    for (const text of cases) {
      it(`finds no age in "${text}"`, () => assert.deepEqual(ages(text), []))
    }
  })

  describe('genders', () => {
    it('takes the gender from the noun: aangeefster, meisje, jongen, mevrouw', () => {
      assert.deepEqual(persons('Het slachtoffer, een meisje van 15, deed aangifte.'), ['15 F slachtoffer'])
      assert.deepEqual(persons('Het slachtoffer is een jongen van 16.'), ['16 M slachtoffer'])
      assert.deepEqual(persons('Melder, een mevrouw uit Utrecht, belde de politie.'), ['- F melder'])
    })

    it('takes the gender from "hij" or "zij" only when one person is the antecedent', () => {
      assert.deepEqual(persons('Aangever verklaarde dat hij werd bedreigd.'), ['- M aangever,slachtoffer'])
      assert.deepEqual(persons('Melder belde de politie. Zij vertelde wat zij had gezien.'), ['- F melder'])
      assert.deepEqual(persons('Aangever zei dat verdachte A. en verdachte B. logen. Hij belde later.'), [
        '- - aangever,slachtoffer',
        '- - verdachte',
        '- - verdachte',
      ])
    })

    it('gives "haar" to a victim of unknown gender and "hij" to the one suspect (domain prior)', () => {
      assert.deepEqual(persons('Verdachte (19) leerde het slachtoffer (15) kennen. Hij stuurde haar berichten.'), ['19 M verdachte', '15 F slachtoffer'])
      assert.deepEqual(persons('Het slachtoffer (17) werd benaderd door een man. De man bood hem geld.'), ['17 M slachtoffer'])
    })

    it('does not read plural "zij" as a woman', () => {
      assert.deepEqual(persons('Melder belde de politie. Zij waren bezorgd.'), ['- - melder'])
    })

    it('does not make a suspect a woman from "zij": the victim is meant', () => {
      assert.deepEqual(persons('Verdachte zei dat zij mee moest komen.'), ['- - verdachte'])
      assert.deepEqual(persons('Verdachte zei dat zij 15 was.'), ['- - verdachte', '15 F'])
    })

    it('keeps "aangever" without gender: registrations use it for women too', () => {
      assert.deepEqual(persons('Aangever deed aangifte van mensenhandel.'), ['- - aangever,slachtoffer'])
    })
  })

  describe('roles and grouping', () => {
    it('makes one person of a minor described as aangeefster and slachtoffer', () => {
      assert.deepEqual(
        persons('De 16-jarige aangeefster verklaarde het volgende. Het slachtoffer werd via Snapchat benaderd.'),
        ['16 F aangever,slachtoffer'],
      )
      assert.deepEqual(persons('Aangever/slachtoffer is 16 jaar.'), ['16 - aangever,slachtoffer'])
    })

    it('keeps a suspect of 24 apart from the victim', () => {
      assert.deepEqual(
        persons('Aangeefster (15) kwam in contact met verdachte. De 24-jarige verdachte stuurde haar berichten.'),
        ['15 F aangever,slachtoffer', '24 - verdachte'],
      )
    })

    it('joins an apposition to its noun: "verdachte, een 24-jarige man"', () => {
      assert.deepEqual(persons('Verdachte, een 24-jarige man uit Almere, werd aangehouden.'), ['24 M verdachte'])
    })

    it('keeps the melder apart when she is the mother of the victim', () => {
      assert.deepEqual(
        persons('Melder, de moeder van aangeefster, meldde dat haar dochter (14) werd benaderd.'),
        ['- F melder', '14 F aangever,slachtoffer'],
      )
    })

    it('joins "melder, tevens aangeefster" but not a list "aangeefster, getuige en verdachte"', () => {
      assert.deepEqual(persons('Melder, tevens aangeefster, is 17 jaar oud.'), ['17 F melder,aangever,slachtoffer'])
      assert.deepEqual(persons('Aangeefster, getuige en verdachte waren aanwezig.'), ['- F aangever,slachtoffer', '- - getuige', '- - verdachte'])
    })

    it('keeps "ook een 15-jarig meisje" apart from a victim of the same age', () => {
      assert.deepEqual(ages('Aangeefster is 15 jaar. Ook een 15-jarig meisje werd als betrokkene geregistreerd.'), [15, 15])
      assert.deepEqual(ages('Aangeefster is 15 jaar. Het 15-jarige meisje deed aangifte.'), [15])
    })

    it('separates suspects with different initials and merges the same initial', () => {
      assert.deepEqual(
        persons('Verdachte A. (22) en verdachte B. (25) plaatsten advertenties. Verdachte B. haalde haar op.'),
        ['22 - verdachte', '25 - verdachte'],
      )
    })

    it('reads betrokkene, benadeelde and getuige as roles', () => {
      assert.deepEqual(persons('Betrokkene (17) en getuige C. (22) waren aanwezig.'), ['17 - betrokkene', '22 - getuige'])
      assert.deepEqual(persons('Benadeelde is 16 jaar oud.'), ['16 - benadeelde'])
    })

    it('does not take a pretended identity for a person: "iemand die zich voordeed als een meisje"', () => {
      assert.deepEqual(persons('Het slachtoffer (14) werd benaderd door iemand die zich voordeed als een meisje. Hij werd gechanteerd.'), ['14 M slachtoffer'])
      assert.deepEqual(persons('Via het profiel van verdachte werd zij benaderd.'), ['- - verdachte'])
    })

    it('reads "hij" as the suspect when a suspect is among the candidates', () => {
      assert.deepEqual(
        persons('Het slachtoffer (17) verklaarde dat verdachte haar had gevonden. Hij bood haar werk aan. Daarna bood hij haar geld.'),
        ['17 F slachtoffer', '- M verdachte'],
      )
    })

    it('gives "haar" to the youngest minor when no victim noun occurs: "melder (15) … een filmpje van haar"', () => {
      assert.deepEqual(persons('Melder (15) vertelde dat een filmpje van haar was geplaatst.'), ['15 F melder'])
    })

    it('does not read the adjective "verdachte" as a person', () => {
      assert.deepEqual(persons('Er werd een verdachte situatie gemeld bij de politie.'), [])
      assert.deepEqual(persons('De bank zag verdachte transacties.'), [])
    })

    it('returns nobody when the text names no person with a role or age', () => {
      assert.deepEqual(persons('Er werd een advertentie geplaatst op een website.'), [])
      assert.deepEqual(persons(''), [])
    })
  })

  describe('robustness', () => {
    it('never throws and every evidence span slices back, on any Unicode text', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.option(fc.constantFrom('2019-05-10', 'x')), (text, date) => {
          assertSpans(text, extractPersons(text, date ?? undefined, lexicon))
        }),
        { numRuns: 300 },
      )
    })

    it('never throws on text built from the words the rules look for', () => {
      const words = ['de', '16-jarige', 'aangeefster', '(', '15', ')', 'is', 'jaar', 'oud', 'zij', 'hij', 'verdachte', 'B.', ',', '.', 'van', 'en', 'geboren', 'op', '12-03-2003', 'meisjes', 'twee', 'tevens', '/', 'melder', 'leeftijd']
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
          const text = ws.join(' ')
          assertSpans(text, extractPersons(text, DATE, lexicon))
        }),
        { numRuns: 300 },
      )
    })
  })
})
