import type { ErrorCode } from '@platformscope/contract'

type Details = Record<string, unknown>
const at = (d: Details): string => {
  const parts = [d.file && `bestand ${String(d.file)}`, d.line && `regel ${String(d.line)}`, d.field && `veld '${String(d.field)}'`]
  return parts.filter(Boolean).join(', ')
}

/** User-facing messages per error code (Dutch; the CLI's audience). Never include narrative text. */
export const messagesNl: Record<ErrorCode, (d: Details) => string> = {
  catalogue_invalid: (d) => `De catalogus ${String(d.file)} is ongeldig bij ${String(d.path)}: ${String(d.reason)}`,
  catalogue_unreadable: (d) => `De catalogus ${String(d.file)} kan niet worden gelezen: ${String(d.reason)}`,
  lexicon_invalid: (d) => `Het lexicon ${String(d.file)} is ongeldig bij ${String(d.path)}: ${String(d.reason)}`,
  export_unreadable: (d) => `Het bestand kan niet worden gelezen (${at(d)}): ${String(d.reason ?? '')}`,
  encoding_invalid: (d) => `Onbekende tekencodering (${at(d)}): ${String(d.reason ?? '')}`,
  column_missing: (d) =>
    `Kolom '${String(d.field)}' ontbreekt (${at(d)}).` + (d.expected ? ` Verwacht een kolom met kop ${String(d.expected)}, of geef --mapping.` : ''),
  field_required: (d) => `Verplicht veld ontbreekt of is leeg (${at(d)}).`,
  field_invalid: (d) => `Ongeldige waarde (${at(d)}): ${String(d.reason ?? '')}`,
  date_invalid: (d) => `Ongeldige datum '${String(d.value ?? '')}' (${at(d)}).`,
  duplicate_ref: (d) => `Registratienummer komt dubbel voor (${at(d)}), eerder op regel ${String(d.firstLine ?? '?')}.`,
  field_too_long: (d) => `Veld is te lang (${at(d)}): ${String(d.length)} tekens, maximaal ${String(d.max)}.`,
  json_invalid: (d) => `Ongeldige JSON (${at(d)}): ${String(d.reason ?? '')}`,
  input_invalid: (d) => `Ongeldige invoer (${at(d)}): ${String(d.reason ?? '')}`,
  database_unavailable: (d) =>
    `De database is niet bereikbaar (${String(d.location ?? d.migration ?? '')}).` +
    (d.migration ? ` Migratie '${String(d.migration)}' is mislukt.` : ''),
  query_timeout: () => 'De database deed te lang over deze vraag; probeer het opnieuw of kies een kleinere selectie.',
  not_found: (d) => `Niet gevonden: ${String(d.what ?? '')}`,
  unauthenticated: () => 'Niet ingelogd.',
  forbidden: () => 'Geen toegang.',
  csrf_failed: () => 'Het formulier is verlopen; laad de pagina opnieuw.',
  rate_limited: () => 'Te veel pogingen; probeer het later opnieuw.',
  conflict: (d) => `Conflict: ${String(d.reason ?? '')}`,
  usage: (d) => String(d.reason ?? 'Onjuist gebruik.'),
  chromium_missing: () =>
    'Chromium ontbreekt, daarom is er geen PDF gemaakt (de HTML wel). Installeer met: apt-get install -y chromium fonts-dejavu-core',
  audit_tampered: (d) => `Het auditlog is gewijzigd vanaf regel ${String(d.seq)}.`,
}
