import type { DatabaseConnection } from '../adapters/db/connect.ts'
import { pictureDataStamp, refreshPictureSummary } from '../adapters/db/picture.repository.ts'

/**
 * Drill-down pages (the registrations behind a number) kept with the picture summary's stamp they were read at, so
 * the same click by the next analyst costs one tiny query instead of the listing. Exact, not time-based: every table
 * a drill-down reads (registrations, mentions, persons, platforms) marks what it touches in the summary, so any
 * write — by this server, an import in another process, plain SQL — changes the stamp once the summary has caught up,
 * and a page held under another stamp is never served. While a write is not yet summarised nothing is kept.
 */
export class DrillDownCache<T> {
  private stamp = ''
  private readonly pages = new Map<string, Promise<T>>()
  /** how many registrations a cell has, so its other pages need not count again */
  private readonly counts = new Map<string, Promise<number>>()

  constructor(private readonly maxEntries = 2_000) {}

  async get(conn: DatabaseConnection, key: string, read: () => Promise<T>): Promise<T> {
    let stamp = await pictureDataStamp(conn.db)
    if (stamp === 'dirty') {
      await refreshPictureSummary(conn.db)
      stamp = await pictureDataStamp(conn.db)
      if (stamp === 'dirty') return read()
    }
    if (stamp !== this.stamp) {
      this.invalidate()
      this.stamp = stamp
    }
    return once(this.pages, key, read, this.maxEntries)
  }

  /**
   * A cell's count, counted once for all its pages (call from within `get`'s read, which checked the stamp): pages
   * asked at the same time share one count.
   */
  count(cell: string, countCell: () => Promise<number>): Promise<number> {
    return once(this.counts, cell, countCell, this.maxEntries)
  }

  invalidate(): void {
    this.pages.clear()
    this.counts.clear()
  }
}

/** The held promise for `key`, or a new one from `make` kept until it fails; the oldest goes when `max` are held. */
function once<V>(held: Map<string, Promise<V>>, key: string, make: () => Promise<V>, max: number): Promise<V> {
  const hit = held.get(key)
  if (hit) return hit
  const made = make()
  made.catch(() => held.delete(key))
  // oldest first out: a Map iterates in insertion order
  if (held.size >= max) held.delete(held.keys().next().value as string)
  held.set(key, made)
  return made
}
