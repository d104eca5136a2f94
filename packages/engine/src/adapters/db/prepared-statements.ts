import { createHash } from 'node:crypto'
import pg from 'pg'
import { sql } from 'kysely'

/**
 * Opens a statement that every request runs (session lookup, the summary's stamp, a registration's detail, the
 * audit chain's head): on a PostgreSQL server such a statement is prepared once per connection and then executed
 * by name, so it is not parsed and planned again on each request — for these short statements planning cost as
 * much as running them. PostgreSQL keeps a generic plan once it is no worse than the custom ones. Only statements
 * with a fixed text (no generated IN lists) carry the mark, so each connection holds a handful of them.
 */
export const PREPARED = sql.raw('/* prepared */ ')
const MARK = '/* prepared */ '

/** pg's Client, preparing the statements that open with PREPARED (the pool's `Client` option). */
export class PreparingClient extends pg.Client {
  // pg.Client['query'] is a set of overloads; kysely calls query(text, values) and awaits the promise
  override query(...args: unknown[]): never {
    const [text, values] = args
    const run = pg.Client.prototype.query as (this: pg.Client, ...a: unknown[]) => never
    if (typeof text === 'string' && text.startsWith(MARK) && args.length <= 2) {
      const name = `ps_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
      return run.call(this, { name, text, values })
    }
    return run.apply(this, args)
  }
}
