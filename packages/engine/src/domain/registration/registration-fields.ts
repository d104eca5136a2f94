/**
 * The fields an export can carry, and the header spellings recognised for each (Dutch and English,
 * case- and accent-insensitive; spaces, hyphens and underscores are interchangeable). Anything else can be
 * mapped with a column-mapping file; unrecognised columns are ignored.
 */
export const REGISTRATION_FIELDS = [
  'source_ref',
  'date',
  'unit',
  'societal_class',
  'narrative',
  'exploitation_form',
  'scope',
  'source',
  'persons',
] as const
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]

export const REQUIRED_FIELDS: readonly RegistrationField[] = ['source_ref', 'date', 'narrative']

const HEADER_ALIASES: Record<RegistrationField, readonly string[]> = {
  source_ref: ['registratienummer', 'registratie nummer', 'registratienr', 'source ref', 'sourceref', 'id', 'registration number'],
  date: ['registratiedatum', 'registratie datum', 'datum', 'date', 'registration date'],
  unit: ['politie eenheid', 'politieeenheid', 'eenheid', 'unit', 'police unit'],
  societal_class: ['maatschappelijke klasse', 'mk', 'societal class'],
  narrative: ['omschrijving', 'tekst', 'relaas', 'narrative', 'text', 'vrije tekst'],
  exploitation_form: ['uitbuitingsvorm', 'vorm van uitbuiting', 'exploitation form'],
  scope: ['scope', 'registratiesoort', 'soort registratie'],
  source: ['bron', 'source', 'bronsysteem'],
  persons: ['personen', 'persons'],
}

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim()
}

const byAlias = new Map<string, RegistrationField>()
for (const field of REGISTRATION_FIELDS) {
  for (const alias of [field, ...HEADER_ALIASES[field]]) byAlias.set(normalizeHeader(alias), field)
}

export function isRegistrationField(name: string): name is RegistrationField {
  return (REGISTRATION_FIELDS as readonly string[]).includes(name)
}

/** Header (as written in the export) → field; from a mapping file. Keys are matched like built-in aliases. */
export type ColumnMapping = ReadonlyMap<string, RegistrationField>

export interface RecognisedHeaders {
  /** column index → field */
  columns: Map<number, RegistrationField>
  /** required fields no column provides */
  missing: RegistrationField[]
  /** fields two columns claim: the first wins; reported so the analyst can fix the mapping */
  duplicates: Array<{ field: RegistrationField; header: string }>
}

export function recogniseHeaders(headers: readonly string[], mapping?: ColumnMapping): RecognisedHeaders {
  const mapped = new Map<string, RegistrationField>()
  for (const [header, field] of mapping ?? []) mapped.set(normalizeHeader(header), field)
  const columns = new Map<number, RegistrationField>()
  const taken = new Set<RegistrationField>()
  const duplicates: RecognisedHeaders['duplicates'] = []
  headers.forEach((header, index) => {
    const key = normalizeHeader(header)
    const field = mapped.get(key) ?? byAlias.get(key)
    if (!field) return
    if (taken.has(field)) {
      duplicates.push({ field, header })
      return
    }
    taken.add(field)
    columns.set(index, field)
  })
  return { columns, missing: REQUIRED_FIELDS.filter((f) => !taken.has(f)), duplicates }
}
