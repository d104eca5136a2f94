export const FIRST_ANNOTATOR: { tune: string; heldout: string; idPrefix: string; tuneRecords: number; heldoutRecords: number }
export const LATER_SETS: ReadonlyArray<{ name: string; source: string; idPrefix: string; records: number }>
export const SEALED_SETS: readonly string[]
export function annotatorGroups(): Array<{ name: string; sets: string[] }>
export const EXPECTED_RECORDS: Record<string, number>
export const ID_PREFIXES: Set<string>
