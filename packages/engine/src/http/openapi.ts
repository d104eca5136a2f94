import { z } from 'zod'
import { ErrorBodySchema } from '@platformscope/contract'
import type { RouteDef } from './route.ts'

type JsonSchema = Record<string, unknown>

const toSchema = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema
  return rest
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: toSchema(ErrorBodySchema, 'output') } },
})

/** OpenAPI 3.1 document generated from the routes' contract schemas (zod 4's JSON Schema output). */
export function buildOpenApi(routes: readonly RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const path = '/api' + r.path.replace(/:([A-Za-z_]+)/g, '{$1}')
    const pathParams = [...r.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    const queryParams = r.query ? queryParameters(toSchema(r.query, 'input')) : []
    const access = r.access === 'public' ? 'no session' : r.access === 'authenticated' ? 'any signed-in user' : `permission \`${r.access}\``
    paths[path] ??= {}
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      description: `Access: ${access}.${r.audited ? ' Audited.' : ''}${r.method === 'get' || r.access === 'public' ? '' : ' Needs the X-CSRF-Token header.'}`,
      ...(r.access === 'public' ? { security: [] } : {}),
      parameters: [...pathParams, ...queryParams],
      ...(r.body === 'raw'
        ? { requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } }
        : r.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } } }
          : {}),
      responses: {
        [String(r.status)]: { description: 'OK', content: { 'application/json': { schema: toSchema(r.response, 'output') } } },
        '400': errorResponse('input_invalid: a field does not match the schema'),
        '401': errorResponse('unauthenticated'),
        '403': errorResponse('forbidden or csrf_failed'),
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'platformscope API',
      version: '1',
      description:
        'Session cookie (HttpOnly, SameSite=Strict) from POST /api/auth/login; send the csrf_token of /api/auth/me as X-CSRF-Token on every change. Errors: {code, message}.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'platformscope_session' } },
    },
    security: [{ session: [] }],
    paths,
  }
}

function queryParameters(schema: JsonSchema): unknown[] {
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required as string[] | undefined) ?? [])
  return Object.entries(props).map(([name, s]) => ({ name, in: 'query', required: required.has(name), schema: s }))
}
