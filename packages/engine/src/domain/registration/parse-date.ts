/**
 * A registration date as exported: ISO `YYYY-MM-DD` (optionally with a time, which is dropped) or Dutch
 * `dd-mm-yyyy` (also with / or .). Returns `YYYY-MM-DD`, or null for anything that is not a real calendar date
 * (31-02-2019) or lies outside 1900–2099.
 */
export function parseRegistrationDate(value: string): string | null {
  const s = value.trim()
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s)
  if (m) return checkedDate(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s)
  if (m) return checkedDate(Number(m[3]), Number(m[2]), Number(m[1]))
  return null
}

function checkedDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Excel stores dates as days since 1899-12-30 (the 1900 system, including its phantom 29-02-1900). */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 80000) return null
  const ms = Math.round(serial) * 86_400_000 + Date.UTC(1899, 11, 30)
  return new Date(ms).toISOString().slice(0, 10)
}
