import type { z } from 'zod'
import { ErrorBodySchema, type ErrorCode } from '@platformscope/contract'

/** An API answer other than 2xx, with the contract's error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
  ) {
    super(message)
  }
}

let csrfToken: string | null = null
const listeners = new Set<() => void>()

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** Called when a request answers 401, so the app can show the login form. */
export function onUnauthenticated(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>

export function toSearch(query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v))
    else params.set(key, String(value))
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

async function request<S extends z.ZodType>(
  method: string,
  path: string,
  schema: S,
  init: { query?: Query; body?: unknown; raw?: Blob } = {},
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let body: BodyInit | undefined
  if (init.raw) {
    body = init.raw
    headers['Content-Type'] = 'application/octet-stream'
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body)
    headers['Content-Type'] = 'application/json'
  }
  let response: Response
  try {
    response = await fetch(`${path}${toSearch(init.query)}`, { method, headers, body, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'network', 'network')
  }
  const payload: unknown = response.status === 204 ? {} : await response.json().catch(() => ({}))
  if (!response.ok) {
    if (response.status === 401) listeners.forEach((l) => l())
    const parsed = ErrorBodySchema.safeParse(payload)
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.code : 'input_invalid',
      parsed.success ? parsed.data.message : response.statusText,
    )
  }
  return schema.parse(payload)
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, query?: Query) => request('GET', path, schema, { query }),
  post: <S extends z.ZodType>(path: string, schema: S, body?: unknown, query?: Query) =>
    request('POST', path, schema, { body: body ?? {}, query }),
  patch: <S extends z.ZodType>(path: string, schema: S, body: unknown) => request('PATCH', path, schema, { body }),
  upload: <S extends z.ZodType>(path: string, schema: S, file: Blob, query: Query) =>
    request('POST', path, schema, { raw: file, query }),
}
