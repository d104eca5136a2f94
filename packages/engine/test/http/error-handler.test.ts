import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Hono } from 'hono'
import { handleError } from '../../src/http/error-handler.ts'

describe('the HTTP error handler', () => {
  const app = new Hono()
  app.onError(handleError)
  app.get('/timeout', () => {
    // what node-postgres raises when the server's statement_timeout cancels a query
    throw Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })
  })
  app.get('/other', () => {
    throw Object.assign(new Error('invalid input syntax for type uuid: "secret text"'), { code: '22P02' })
  })

  it('answers a statement cancelled by the server timeout with 503 and a message the user can act on', async () => {
    const res = await app.request('/timeout')
    assert.equal(res.status, 503)
    const body = (await res.json()) as { code: string; message: string }
    assert.equal(body.code, 'query_timeout')
    assert.match(body.message, /te lang/)
  })

  it('answers other database errors with a generic 500 that quotes nothing from the error', async () => {
    const res = await app.request('/other')
    assert.equal(res.status, 500)
    assert.doesNotMatch(await res.text(), /secret/)
  })
})
