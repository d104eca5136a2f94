import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { extractVulnerabilities } from './extract-vulnerabilities.ts'
import { parseVulnerabilityLexicon } from './vulnerability-lexicon.ts'

const catalogue = JSON.parse(readFileSync(new URL('../../../../../data/catalogue.json', import.meta.url), 'utf8')) as {
  vulnerability_factors: Array<{ id: string }>
}
const factorIds = catalogue.vulnerability_factors.map((f) => f.id)
const lexicon = parseVulnerabilityLexicon(
  JSON.parse(readFileSync(new URL('../../../../../data/lexicons/vulnerabilities.json', import.meta.url), 'utf8')),
  'vulnerabilities.json',
  factorIds,
)

function factors(text: string): string[] {
  const found = extractVulnerabilities(text, lexicon)
  for (const f of found) {
    assert.equal(text.slice(f.start, f.end), f.evidence[0]?.surface)
    for (const e of f.evidence) assert.equal(text.slice(e.start, e.end), e.surface, e.rule)
  }
  return found.map((f) => f.factor).sort()
}

describe(extractVulnerabilities.name, () => {
  it('has cues for every vulnerability factor of the catalogue', () => {
    assert.deepEqual([...lexicon.factors].sort(), [...factorIds].sort())
  })

  const affirmed: Array<[string, string]> = [
    ['substance_use', 'Aangeefster gebruikte drugs en alcohol.'],
    ['substance_use', 'Verdachte heeft haar gedrogeerd.'],
    ['substance_use', 'Verdachte gaf haar drugs.'],
    ['care_involvement', 'Het gezin is bekend bij Veilig Thuis en jeugdzorg.'],
    ['care_involvement', 'Er is een gezinsvoogd betrokken.'],
    ['out_of_home_placement', 'Aangeefster verblijft in een instelling.'],
    ['out_of_home_placement', 'Zij werd in 2018 uit huis geplaatst en woont in een pleeggezin.'],
    ['divorced_parents', 'Haar ouders zijn gescheiden.'],
    ['divorced_parents', 'Na de echtscheiding woonde zij bij haar vader.'],
    ['financial_difficulty', 'Zij had schulden en wilde snel geld verdienen.'],
    ['financial_difficulty', 'Het gezin leeft van een uitkering.'],
    ['parental_mental_health', 'Haar moeder heeft psychische problemen.'],
    ['running_away', 'Aangeefster is meerdere keren weggelopen.'],
    ['running_away', 'Zij liep in maart weg van huis.'],
    ['running_away', 'Zij werd als vermist opgegeven.'],
    ['honour_violence_fear', 'Zij was bang voor eerwraak.'],
    ['earlier_sexual_offence', 'Aangeefster is eerder slachtoffer geweest van een zedendelict.'],
    ['violence', 'Verdachte sloeg haar en dreigde haar familie iets aan te doen.'],
    ['violence', 'Zij werd door verdachte mishandeld.'],
    ['confiscated_id', 'Verdachte nam haar paspoort af.'],
    ['confiscated_id', 'Zij moest haar identiteitsbewijs afgeven.'],
    ['coerced_images', 'Verdachte dreigde de foto\'s te verspreiden.'],
    ['coerced_images', 'Er werden foto\'s verspreid om haar onder druk te zetten.'],
    ['coerced_images', 'Verdachte chanteerde haar.'],
    ['low_self_image', 'Zij heeft een laag zelfbeeld en is op zoek naar aandacht.'],
    ['low_self_image', 'Zij zocht veel bevestiging via sociale media.'],
    ['earlier_sexual_offence', 'Het slachtoffer is in 2018 slachtoffer geweest van een verkrachting.'],
    ['honour_violence_fear', 'Zij durft geen aangifte te doen uit angst voor eerwraak.'],
    ['mental_disorder_or_disability', 'Aangeefster heeft ADHD en een licht verstandelijke beperking.'],
    ['mental_disorder_or_disability', 'Bij haar is autisme vastgesteld.'],
    ['out_of_home_placement', 'Zij verblijft op een gesloten groep.'],
    ['financial_difficulty', 'Zij had een schuld van 500 euro bij verdachte.'],
    ['parental_mental_health', 'Aangeefster vertelde dat haar moeder alcoholist is.'],
    ['care_involvement', 'Het gezin is bekend bij de jeugdhulpverlening.'],
    ['divorced_parents', 'De ouders van het slachtoffer zijn gescheiden.'],
    ['substance_use', 'Zij verklaarde dat zij soms iets in haar drinken kreeg zonder het te weten.'],
    ['substance_use', 'Verdachte gaf hem drugs, onder meer wiet.'],
  ]
  for (const [factor, text] of affirmed) {
    it(`finds ${factor} in "${text}"`, () => assert.ok(factors(text).includes(factor), factors(text).join()))
  }

  const denied: Array<[string, string]> = [
    ['substance_use', 'Er was geen sprake van drugsgebruik.'],
    ['substance_use', 'Aangeefster ontkent drugs te gebruiken.'],
    ['substance_use', 'Zij gebruikt geen alcohol.'],
    ['substance_use', 'Drugsgebruik werd niet vastgesteld.'],
    ['running_away', 'Zij is niet weggelopen.'],
    ['running_away', 'Zij liep niet weg.'],
    ['running_away', 'Van weglopen is geen sprake.'],
    ['violence', 'Er zijn geen aanwijzingen voor geweld, drugs of alcohol.'],
    ['violence', 'Verdachte heeft haar nooit geslagen.'],
    ['coerced_images', 'Er is geen sprake van chantage.'],
    ['violence', 'Verdachte sloeg haar niet.'],
    ['mental_disorder_or_disability', 'Er is geen sprake van een verstandelijke beperking.'],
    ['care_involvement', 'Het gezin is niet bekend bij jeugdzorg.'],
  ]
  for (const [factor, text] of denied) {
    it(`does not return denied ${factor} in "${text}"`, () => assert.ok(!factors(text).includes(factor), factors(text).join()))
  }

  it('ends a negation at "maar": "niet mishandeld, maar wel bedreigd"', () => {
    assert.deepEqual(factors('Zij werd niet mishandeld, maar wel bedreigd.'), ['violence'])
    assert.deepEqual(factors('Zij gebruikte geen alcohol maar wel drugs.'), ['substance_use'])
    assert.deepEqual(factors('Zij is weggelopen en niet meer teruggekomen.'), ['running_away'])
  })

  it('does not count a pseudo-negation: "niet alleen drugs"', () => {
    assert.deepEqual(factors('Zij gebruikte niet alleen drugs maar ook alcohol.'), ['substance_use'])
  })

  it('does not count "geen geld" as a negation of itself', () => {
    assert.deepEqual(factors('Zij had geen geld.'), ['financial_difficulty'])
  })

  describe('hard negatives', () => {
    const none = [
      'Verdachte gebruikte drugs.',
      'Verdachte was betrokken bij drugshandel.',
      'Betrokkene werd aangehouden bij een woning waar drugs werden verkocht.',
      'Verdachte is eerder veroordeeld voor een zedendelict.',
      'Verdachte heeft ADHD.',
      'Verdachte liep weg toen de politie kwam.',
      'Verdachte gebruikte cocaïne en alcohol.',
      'Er is contact opgenomen met de jeugdbescherming.',
      'Aangeefster werd doorverwezen naar de hulpverlening.',
      'Volgens de hulpverlening is zij vaak afwezig op school.',
      'Aangeefster moest geld afstaan aan verdachte M. In een groepsapp werden foto\'s gedeeld.',
      'Er werden foto\'s gemaakt van de woning.',
      'Zij gaf haar paspoort aan de balie van het hotel.',
      'Het is onzeker wanneer het contact begon.',
      'De ouders van aangeefster deden samen aangifte.',
      'Zij voelde zich schuldig.',
      'Zij werd verhoord in een studio.',
    ]
    for (const text of none) {
      it(`finds no factor in "${text}"`, () => assert.deepEqual(factors(text), []))
    }
  })

  it("gives a parent's addiction to the parent, not to the victim", () => {
    assert.deepEqual(factors('Haar moeder is verslaafd.'), ['parental_mental_health'])
    assert.deepEqual(factors('Zij woont bij haar moeder en gebruikt drugs.'), ['substance_use'])
    assert.deepEqual(factors('Zij woont bij haar moeder, die psychische problemen heeft.'), ['parental_mental_health'])
  })

  it('returns nothing for text without cues and for empty text', () => {
    assert.deepEqual(factors(''), [])
    assert.deepEqual(factors('Aangeefster werd via Snapchat benaderd door verdachte.'), [])
  })

  it('never throws and every span slices back, on any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        factors(text)
      }),
      { numRuns: 300 },
    )
    const words = ['geen', 'niet', 'drugs', 'maar', 'wel', 'liep', 'weg', 'verdachte', 'zij', 'haar', 'moeder', 'paspoort', 'nam', ',', '.', 'foto\'s', 'dreigde', 'uit', 'huis', 'geplaatst', 'sprake', 'van']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        factors(ws.join(' '))
      }),
      { numRuns: 300 },
    )
  })
})
