import type { ErrorCode } from '@platformscope/contract'

/**
 * A rejected record, as data: where it starts in the file (1-based line, or the XLSX row number), which field,
 * and why. Never carries the narrative or any other field value beyond a short, non-narrative `value`.
 */
export interface RowError {
  file: string
  line: number
  field: string | null
  code: ErrorCode
  message: string
  /** a short offending value where it helps (a date, a unit); never narrative text */
  value?: string
  /** for duplicate_ref: where the first record with this number started */
  firstLine?: number
}
