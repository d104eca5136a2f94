import type { RoleId } from '@platformscope/contract'

/**
 * Sentence templates for synthetic registrations, in the neutral register of a police narrative: facts only,
 * no sexual or graphic detail, no names.
 *
 * Slots: {P} a platform mention; {P|account} the platform as the first half of a compound, {P|~groep} the same
 * with or without a hyphen; [[…]] a literal that is itself the mention of P (WhatsApp verbs, unclear mentions).
 * Persons: {V}/{v} the minor by role noun ("Aangeefster", "het slachtoffer"), {Zij}/{zij} subject pronoun,
 * {haar} object pronoun, {zhaar} possessive; {Verd}/{verd} the suspect ("verdachte", "verdachte B.");
 * {datum} the registration date, {datum0} an earlier and {datum2} a later date, {tel} a 06-00000xxx number, {handle} an account name.
 */
export interface Template {
  t: string
  /** the roles the sentence gives P */
  roles: readonly RoleId[]
  /** only for WhatsApp (verbs like "appte", "groepsapp") */
  whatsapp?: boolean
  /** vulnerability the sentence also states */
  vulnerability?: string
}

const T = (t: string, ...roles: RoleId[]): Template => ({ t, roles })
const W = (t: string, ...roles: RoleId[]): Template => ({ t, roles, whatsapp: true })

export const ROLE_TEMPLATES: Readonly<Record<RoleId, readonly Template[]>> = {
  recruiting: [
    T('{Verd} heeft {haar} via {P} benaderd en gevraagd of {zij} geld wilde verdienen.', 'recruiting'),
    T('Het eerste contact tussen {v} en {verd} ontstond via {P}.', 'recruiting'),
    T('{V} leerde {verd} kennen via {P}.', 'recruiting'),
    T(
      'Via {P} kreeg {v} een bericht van een onbekende man die vroeg of {zij} snel geld wilde verdienen.',
      'recruiting',
    ),
    T(
      '{Verd} zou via {P} meerdere minderjarigen hebben benaderd om voor hem te werken, onder wie {v}.',
      'recruiting',
    ),
    T('{V} is via {P} door {verd} geronseld.', 'recruiting'),
    T(
      '{Verd} stuurde {haar} op {P} een eerste bericht en begon daarna een gesprek over geld verdienen.',
      'recruiting',
    ),
    T('Op {P} werd {v} door {verd} aangesproken met de belofte van geld en cadeaus.', 'recruiting'),
    T("{Zij} verklaarde dat {verd} {haar} via {P} had gevraagd om 'voor hem te werken'.", 'recruiting'),
    T(
      'Nadat {verd} {haar} op {P} had gevonden, nam hij contact met {haar} op en bood {haar} werk aan.',
      'recruiting',
    ),
    T(
      '{Verd} nam contact op met {v} via {zhaar} {P|~account} en vroeg of {zij} geld wilde verdienen.',
      'recruiting',
    ),
    T(
      'Een kennis bracht {v} via {P} in contact met {verd}, die {haar} werk in het vooruitzicht stelde.',
      'recruiting',
    ),
    W(
      '{Verd} [[appte]] {haar} voor het eerst nadat een kennis {zhaar} nummer had doorgegeven, en vroeg of {zij} voor hem wilde werken.',
      'recruiting',
    ),
  ],
  advertising: [
    T('Er werd een advertentie van {haar} op {P} geplaatst.', 'advertising'),
    T("{Verd} plaatste een advertentie met foto's van {haar} op {P}.", 'advertising'),
    T('Op {P} stond een advertentie waarin {v} werd aangeboden.', 'advertising'),
    T(
      '{V} verklaarde dat {zij} in opdracht van {verd} zelf een advertentie op {P} had gezet.',
      'advertising',
    ),
    T('De advertentie op {P} werd door {verd} beheerd en regelmatig vernieuwd.', 'advertising'),
    T('Bij onderzoek werd op {P} een advertentie van {v} aangetroffen.', 'advertising'),
    T('{Verd} maakte een profiel van {haar} aan op {P}, waarop {zij} werd aangeboden.', 'advertising'),
    T('Via {P} werd een oproep verspreid waarin {v} werd aangeboden.', 'advertising'),
    T(
      'De recherche trof op {P} een advertentie aan met een foto van {v}, geplaatst door {verd}.',
      'advertising',
    ),
    T('Volgens {v} stond {zij} sinds {datum0} met een advertentie op {P}.', 'advertising'),
    T('De advertentie van {v} was te vinden op {P}.', 'advertising'),
  ],
  customer_acquisition: [
    T('Via {P} werden klanten geworven.', 'customer_acquisition'),
    T('{Verd} zocht via {P} naar klanten voor {haar}.', 'customer_acquisition'),
    T('Klanten reageerden via {P} op het aanbod.', 'customer_acquisition'),
    T('Op {P} benaderde {verd} mannen om hen als klant te werven.', 'customer_acquisition'),
    T('Volgens de melding werden via {P} klanten voor {v} aangetrokken.', 'customer_acquisition'),
    T('{V} moest van {verd} zelf via {P} klanten werven.', 'customer_acquisition'),
    T('Mannen die via {P} reageerden, werden door {verd} naar {haar} doorverwezen.', 'customer_acquisition'),
    T(
      '{Verd} verstuurde via {P} berichten naar mannen om klanten voor {v} te werven.',
      'customer_acquisition',
    ),
    T('Via een profiel op {P} werden klanten naar {haar} geleid.', 'customer_acquisition'),
    W('{Verd} zette {haar} in een [[groepsapp]] waarin klanten werden gezocht.', 'customer_acquisition'),
    T('{Verd} voegde {haar} toe aan een {P|~groep} waarin klanten werden gezocht.', 'customer_acquisition'),
    W('Klanten konden {haar} [[appen]] op een nummer dat {verd} had geregeld.', 'customer_acquisition'),
  ],
  customer_meeting: [
    T('Klanten maakten via {P} afspraken met {haar}.', 'customer_meeting'),
    T('De afspraken met klanten werden via {P} gemaakt.', 'customer_meeting'),
    T('Via {P} ontving {v} de adressen waar {zij} naartoe moest.', 'customer_meeting'),
    T('{Verd} regelde de afspraken met klanten via {P}.', 'customer_meeting'),
    T(
      '{V} moest via {P} met klanten afspreken, waarna {zij} naar een hotel werd gebracht.',
      'customer_meeting',
    ),
    T('Het contact met klanten over tijd en plaats verliep via {P}.', 'customer_meeting'),
    T('Klanten namen via {P} contact op met {v} om een afspraak te maken.', 'customer_meeting'),
    T(
      '{Zij} verklaarde dat {zij} via {P} berichten kreeg van mannen die met {haar} wilden afspreken.',
      'customer_meeting',
    ),
    T(
      'Op de telefoon van {v} werden op {P} gesprekken met klanten over afspraken aangetroffen.',
      'customer_meeting',
    ),
    W('Klanten [[appten]] {haar} om een afspraak te maken.', 'customer_meeting'),
    W(
      'Over de afspraken met klanten werd [[geappt]] met een telefoon die {verd} aan {haar} had gegeven.',
      'customer_meeting',
    ),
  ],
  relationship: [
    T('{Verd} onderhield via {P} dagelijks contact met {haar}.', 'relationship'),
    T('{V} en {verd} hadden een relatie en spraken elkaar vooral via {P}.', 'relationship'),
    T('Via {P} stuurde {verd} {haar} berichten waarin hij zei dat hij van {haar} hield.', 'relationship'),
    T('{Verd} hield via {P} contact met {v} en gaf {haar} instructies.', 'relationship'),
    T('{V} moest via {P} steeds laten weten waar {zij} was.', 'relationship'),
    T('Tussen {v} en {verd} was er veelvuldig contact via {P}.', 'relationship'),
    T('{Verd} noemde zich op {P} het vriendje van {v}.', 'relationship'),
    T('Na de eerste ontmoeting bleef {verd} via {P} contact houden met {haar}.', 'relationship'),
    T('{Zij} kreeg via {P} complimenten en beloften van {verd}.', 'relationship'),
    T(
      'In de {P|gesprekken} tussen {v} en {verd} is te lezen dat hij {haar} instructies gaf.',
      'relationship',
    ),
    T('Uit de {P|~berichten} blijkt dat {verd} {haar} voortdurend controleerde.', 'relationship'),
    W('{Verd} [[appte]] {haar} dagelijks om te vragen waar {zij} was.', 'relationship'),
    W('{V} en {verd} [[appten]] vrijwel dagelijks met elkaar.', 'relationship'),
    W('{V} moest {verd} [[appen]] zodra {zij} ergens was aangekomen.', 'relationship'),
    W('Volgens {v} werd er veel [[geappt]] met {verd}, soms tot diep in de nacht.', 'relationship'),
  ],
  image_distribution: [
    {
      t: "Er werden foto's van {haar} via {P} verspreid om {haar} onder druk te zetten.",
      roles: ['image_distribution'],
      vulnerability: 'coerced_images',
    },
    T("{Verd} heeft foto's van {haar} via {P} naar anderen gestuurd.", 'image_distribution'),
    T('Filmpjes van {v} werden via {P} doorgestuurd aan derden.', 'image_distribution'),
    T('Via {P} werden beelden van {v} gedeeld met onbekenden.', 'image_distribution'),
    T("{Verd} verkocht via {P} foto's van {v}.", 'image_distribution'),
    T('Beelden van {v} zijn via {P} verspreid in de omgeving van {zhaar} school.', 'image_distribution'),
    {
      t: "{Verd} heeft foto's van {haar} op {P} geplaatst om {haar} onder druk te zetten.",
      roles: ['image_distribution'],
      vulnerability: 'coerced_images',
    },
    T("In een {P|~groep} werden foto's van {v} gedeeld.", 'image_distribution'),
    W("In een [[groepsapp]] werden foto's van {v} doorgestuurd.", 'image_distribution'),
  ],
}

/** Sentences that give one mention two roles. */
export const DUAL_TEMPLATES: readonly Template[] = [
  T(
    '{Verd} plaatste advertenties van {haar} op {P}, waarop klanten reageerden.',
    'advertising',
    'customer_acquisition',
  ),
  T('Via advertenties op {P} werden klanten voor {v} geworven.', 'advertising', 'customer_acquisition'),
  T(
    'Via {P} werden klanten geworven en werden ook de afspraken met hen gemaakt.',
    'customer_acquisition',
    'customer_meeting',
  ),
  T(
    '{Verd} benaderde {haar} via {P} en bouwde daar in de weken daarna een relatie met {haar} op.',
    'recruiting',
    'relationship',
  ),
  T(
    "{Verd} hield via {P} contact met {haar} en stuurde foto's van {haar} door naar anderen.",
    'relationship',
    'image_distribution',
  ),
  T(
    'Via {P} regelde {verd} de afspraken met klanten en hield hij {v} in de gaten.',
    'customer_meeting',
    'relationship',
  ),
  T(
    'Op {P} werd {v} aangeboden en maakten klanten vervolgens ook een afspraak met {haar}.',
    'advertising',
    'customer_meeting',
  ),
]

/** Two platforms in one sentence, each with its own roles. */
export interface PairTemplate {
  t: string
  p: readonly RoleId[]
  q: readonly RoleId[]
}

export const PAIR_TEMPLATES: readonly PairTemplate[] = [
  { t: '{Verd} benaderde {haar} eerst via {P} en later ook op {Q}.', p: ['recruiting'], q: ['recruiting'] },
  { t: 'Het contact tussen {v} en {verd} verliep via {P} en {Q}.', p: ['relationship'], q: ['relationship'] },
  { t: 'Klanten werden geworven via {P} en {Q}.', p: ['customer_acquisition'], q: ['customer_acquisition'] },
  { t: 'Er stonden advertenties van {v} op {P} en op {Q}.', p: ['advertising'], q: ['advertising'] },
  {
    t: "Foto's van {v} werden via {P} en {Q} verspreid.",
    p: ['image_distribution'],
    q: ['image_distribution'],
  },
  {
    t: 'Afspraken met klanten werden via {P} of via {Q} gemaakt.',
    p: ['customer_meeting'],
    q: ['customer_meeting'],
  },
  {
    t: 'Nadat het eerste contact via {P} was gelegd, ging het contact met {verd} verder via {Q}.',
    p: ['recruiting'],
    q: ['relationship'],
  },
  {
    t: 'De advertentie op {P} vermeldde een nummer waarop klanten via {Q} een afspraak konden maken.',
    p: ['advertising'],
    q: ['customer_meeting'],
  },
  {
    t: '{Verd} zette een advertentie van {haar} op {P} en regelde de afspraken met klanten via {Q}.',
    p: ['advertising'],
    q: ['customer_meeting'],
  },
  {
    t: '{V} werd via {P} benaderd; daarna liep het contact met {verd} via {Q}.',
    p: ['recruiting'],
    q: ['relationship'],
  },
  {
    t: 'Op {P} werden klanten geworven, die vervolgens via {Q} met {haar} afspraken maakten.',
    p: ['customer_acquisition'],
    q: ['customer_meeting'],
  },
  {
    t: "Via {P} hield {verd} contact met {haar}, terwijl via {Q} foto's van {haar} werden doorgestuurd.",
    p: ['relationship'],
    q: ['image_distribution'],
  },
]

/** A platform named without a role: evidence, accounts, requests for data. */
export const NO_ROLE_TEMPLATES: readonly Template[] = [
  T('{V} heeft schermafbeeldingen van de gesprekken op {P} aan de politie overhandigd.'),
  T('Het {P|account} van {verd} is inmiddels verwijderd.'),
  T('{Verd} gebruikte op {P} de accountnaam {handle}.'),
  T('Er is een vordering gedaan om gegevens bij {P} op te vragen.'),
  T('{V} heeft {zhaar} {P|~account} inmiddels verwijderd.'),
  T('De verbalisant heeft het profiel van {verd} op {P} bekeken.'),
  T('Ook op {P} had {v} een account.'),
  T('Op de telefoon van {verd} werd de app {P} aangetroffen.'),
  T('Het account van {verd} op {P} heette {handle}.'),
  T('De berichten op {P} zijn veiliggesteld.'),
]

/** A platform named and denied: it must not count. */
export const NEGATED_TEMPLATES: readonly Template[] = [
  T('Er was geen contact via {P}.'),
  T('{V} ontkent {P} te gebruiken.'),
  T('{V} verklaarde dat {P} niet is gebruikt.'),
  T('{V} had geen {P|account}.'),
  T('{Verd} heeft {haar} nooit via {P} benaderd.'),
  T('Er zijn geen aanwijzingen dat {P} een rol speelde.'),
  T('Op {P} werden geen berichten tussen {v} en {verd} aangetroffen.'),
  T('{Zij} zegt niet op {P} te zitten.'),
  T('Contact via {P} is er volgens {v} nooit geweest.'),
  T('Een advertentie op {P} werd niet gevonden.'),
  T('{Verd} ontkent {haar} via {P} berichten te hebben gestuurd.'),
]

/** Words for "some platform" that the report excluded as generic. Each is the mention's surface. */
export const GENERIC_SURFACES: readonly string[] = [
  'een website',
  'internet',
  'social media',
  'sociale media',
  'een datingsite',
  'een datingapp',
  'een chatapp',
  'een app',
  'een advertentiesite',
  'een chatsite',
  'een advertentiewebsite',
]

/** A specific platform was used but cannot be identified: the report's "unclear" mentions. */
export const UNCLEAR_TEMPLATES: readonly Template[] = [
  T('{V} had contact met {verd} via [[een app waarvan {zij} de naam niet meer weet]].', 'relationship'),
  T('Klanten werden geworven via [[een website waarvan de naam niet bekend is]].', 'customer_acquisition'),
  T('De advertentie stond op [[een site die {v} niet bij naam kon noemen]].', 'advertising'),
  T(
    'Afspraken met klanten werden gemaakt via [[een chatapp waarvan de naam onbekend is]].',
    'customer_meeting',
  ),
  T('{Verd} benaderde {haar} via [[een app met een naam die {zij} zich niet kon herinneren]].', 'recruiting'),
  T(
    "Foto's van {v} werden verspreid via [[een platform dat in de aangifte niet bij naam wordt genoemd]].",
    'image_distribution',
  ),
  T(
    '[[Een datingapp waarvan de naam niet is vastgelegd]] werd gebruikt om klanten te werven.',
    'customer_acquisition',
  ),
]

export const VULNERABILITY_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  substance_use: [
    '{V} gebruikte regelmatig alcohol en drugs.',
    '{Verd} gaf {haar} drugs, onder meer wiet en lachgas.',
    '{Zij} verklaarde dat {zij} soms iets in {zhaar} drinken kreeg zonder het te weten.',
  ],
  care_involvement: [
    'Het gezin is bekend bij de jeugdhulpverlening.',
    'Er is al langer hulpverlening betrokken bij het gezin van {v}.',
  ],
  out_of_home_placement: [
    '{V} verblijft in een gesloten jeugdzorginstelling.',
    '{V} is uit huis geplaatst en woont in een leefgroep.',
  ],
  divorced_parents: [
    'De ouders van {v} zijn gescheiden.',
    '{V} woont sinds de scheiding van {zhaar} ouders bij moeder.',
  ],
  financial_difficulty: [
    '{V} had geldproblemen en schulden.',
    'Het gezin verkeert in een moeilijke financiële situatie.',
  ],
  parental_mental_health: [
    'Moeder van {v} heeft psychische problemen en is onder behandeling.',
    'Vader kampt met psychische klachten.',
  ],
  running_away: [
    '{V} is meerdere keren weggelopen en als vermist opgegeven.',
    '{V} werd eerder als vermiste minderjarige geregistreerd.',
  ],
  honour_violence_fear: [
    '{V} is bang voor eerwraak vanuit de familie.',
    '{Zij} durfde niet naar huis uit angst voor eerwraak.',
  ],
  earlier_sexual_offence: ['{V} is eerder slachtoffer geweest van een zedenmisdrijf.'],
  violence: [
    '{Verd} heeft {haar} geslagen en bedreigd met een mes.',
    '{V} werd door {verd} geschopt en geslagen.',
  ],
  confiscated_id: [
    '{Verd} heeft het identiteitsbewijs van {v} ingenomen.',
    '{V} moest {zhaar} ID-kaart afgeven aan {verd}.',
  ],
  coerced_images: [
    '{Verd} dwong {haar} om beelden te maken en gebruikt die als chantagemiddel.',
    '{V} werd onder druk gezet met beelden die onder dwang waren gemaakt.',
  ],
  low_self_image: [
    'Volgens de hulpverlening heeft {v} een negatief zelfbeeld en een grote behoefte aan aandacht.',
  ],
  mental_disorder_or_disability: [
    'Bij {v} is een licht verstandelijke beperking vastgesteld.',
    '{V} heeft ADHD en een disharmonisch profiel.',
    '{V} is bekend met autisme.',
  ],
}

/** Context without platforms; some carry words that only look like a platform ("zonder een kik te geven"). */
export const FILLER_SENTENCES: readonly string[] = [
  'De zaak is overgedragen aan het team Mensenhandel.',
  'Er is een zorgmelding opgemaakt.',
  'Verdachte was bereikbaar op telefoonnummer {tel}.',
  'Het onderzoek naar de telefoon van {verd} loopt nog.',
  'Op {datum2} is {verd} aangehouden.',
  'Tijdens het verhoor beriep {verd} zich op het zwijgrecht.',
  '{V} verklaarde dat {zij} geld moest afstaan aan {verd}.',
  '{V} werd door {verd} met de auto naar verschillende adressen gebracht.',
  '{V} moest klanten ontvangen in een woning.',
  'Er is contact opgenomen met de jeugdbescherming.',
  'De verbalisanten hebben de telefoon van {v} met toestemming uitgelezen.',
  'Dit proces-verbaal is opgemaakt naar aanleiding van een melding van school.',
  'Van het verhoor is een audiovisuele registratie gemaakt.',
  '{V} gaf aan dat {zij} niet meer terug wilde naar {verd}.',
  '{V} verliet de woning zonder een kik te geven.',
  '{V} zei dat {zij} niet snapte wat er van {haar} werd verwacht.',
  'De speurders van de zedenpolitie hebben de zaak overgenomen.',
  'Het nummer {tel} stond in de telefoon van {v} opgeslagen onder een bijnaam.',
  'De ouders van {v} zijn op de hoogte gebracht.',
  '{V} had het geld dat {zij} verdiende nooit zelf in handen.',
  'Er is een afspraak gemaakt voor een vervolgverhoor.',
  'De melding is besproken in het casusoverleg.',
  '{V} verklaarde dat {zij} de eerste weken dacht dat {verd} een vriend was.',
  '{V} gaf aan dat {zij} bang was voor {verd}.',
  'Op verzoek van {v} was een vertrouwenspersoon bij het verhoor aanwezig.',
  '{V} verklaarde dat {zij} het geld moest inleveren bij {verd}.',
  'Er is een buurtonderzoek gedaan rond het adres.',
  'Camerabeelden van het station zijn opgevraagd.',
  'Het adres waar {v} verbleef is bekend bij de wijkagent.',
  '{V} kon niet precies aangeven op welke data de afspraken plaatsvonden.',
  'Volgens school was {v} de laatste maanden vaak afwezig.',
  '{V} verklaarde dat {zij} vaak werd opgehaald met een donkere auto.',
  '{Verd} ontkende iets met de zaak te maken te hebben.',
  'De bankgegevens van {verd} zijn gevorderd.',
  'Er is overleg geweest met de officier van justitie.',
  'Het verhoor werd na twee uur beëindigd en op {datum2} voortgezet.',
  '{V} verklaarde dat {zij} in die periode nauwelijks naar school ging.',
  'In de woning werden meerdere telefoons aangetroffen.',
  '{V} heeft een verklaring ondertekend.',
]
