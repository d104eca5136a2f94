import type { z } from 'zod'
import type { Permission } from '@platformscope/contract'
import type { ActiveSession } from '../app/auth.ts'
import type { ApiContext, HttpDeps } from './api-env.ts'

/** Who may call a route: anyone (login only), any signed-in user, or holders of a permission. */
export type Access = Permission | 'authenticated' | 'public'

type Out<S> = S extends z.ZodType ? z.output<S> : undefined

export interface RouteInput<A extends Access, Q, B> {
  c: ApiContext
  deps: HttpDeps
  session: A extends 'public' ? undefined : ActiveSession
  query: Out<Q>
  body: Out<B>
  params: Record<string, string>
}

/** One API route: its contract (schemas, access) and a thin handler. Mounted by app.ts, listed in the OpenAPI document. */
export interface RouteDef {
  method: 'get' | 'post' | 'patch' | 'delete'
  /** Hono path below /api, e.g. `/registrations/:id` */
  path: string
  summary: string
  tag: string
  access: Access
  query: z.ZodType | undefined
  /** a JSON body schema, or 'raw' for an uploaded file as the body */
  body: z.ZodType | 'raw' | undefined
  response: z.ZodType
  status: 200 | 201 | 202
  /** audited reads and changes, for the OpenAPI description */
  audited: boolean
  handle: (input: {
    c: ApiContext
    deps: HttpDeps
    session: ActiveSession | undefined
    query: unknown
    body: unknown
    params: Record<string, string>
  }) => Promise<unknown>
}

export function defineRoute<
  A extends Access,
  R extends z.ZodType,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | 'raw' | undefined = undefined,
>(spec: {
  method: RouteDef['method']
  path: string
  summary: string
  tag: string
  access: A
  query?: Q
  body?: B
  response: R
  status?: RouteDef['status']
  audited?: boolean
  handle: (input: RouteInput<A, Q, B>) => Promise<z.input<R>>
}): RouteDef {
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    tag: spec.tag,
    access: spec.access,
    query: spec.query,
    body: spec.body,
    response: spec.response,
    status: spec.status ?? 200,
    audited: spec.audited ?? false,
    // app.ts parses query and body with the very schemas given here before calling
    handle: spec.handle as unknown as RouteDef['handle'],
  }
}
