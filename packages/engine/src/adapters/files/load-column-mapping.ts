import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { AppError } from '../../domain/errors.ts'
import {
  REGISTRATION_FIELDS,
  type ColumnMapping,
  type RegistrationField,
} from '../../domain/registration/registration-fields.ts'

const MappingSchema = z.union([
  z.object({ columns: z.record(z.string(), z.enum(REGISTRATION_FIELDS)) }),
  z.record(z.string(), z.enum(REGISTRATION_FIELDS)),
])

/**
 * A column-mapping file for exports whose headers are not recognised: JSON, `{"Kenmerk": "source_ref",
 * "Pleegdatum": "date"}` or the same under `"columns"`. Fields: source_ref, date, unit, societal_class,
 * narrative, exploitation_form, scope, source, persons.
 */
export function loadColumnMapping(file: string): ColumnMapping {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    const reason = cause instanceof SyntaxError ? 'geen geldige JSON' : ((cause as NodeJS.ErrnoException).code ?? 'onleesbaar')
    throw new AppError('input_invalid', { file, reason: `kolomtoewijzing: ${reason}` }, { cause })
  }
  const parsed = MappingSchema.safeParse(data)
  if (!parsed.success) {
    throw new AppError('input_invalid', {
      file,
      reason: `kolomtoewijzing: elke waarde moet een van ${REGISTRATION_FIELDS.join(', ')} zijn`,
    })
  }
  const columns: Record<string, RegistrationField> =
    'columns' in parsed.data && typeof parsed.data.columns === 'object' ? (parsed.data.columns as Record<string, RegistrationField>) : (parsed.data as Record<string, RegistrationField>)
  return new Map(Object.entries(columns))
}
