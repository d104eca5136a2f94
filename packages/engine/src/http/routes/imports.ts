import { z } from 'zod'
import { ImportBatchSchema, ImportListResponseSchema, ImportUploadQuerySchema, type ImportBatch } from '@platformscope/contract'
import { ErrorCodeSchema } from '@platformscope/contract'
import { defineRoute } from '../route.ts'
import { parseWith } from '../validate.ts'
import { messagesNl } from '../../cli/messages.nl.ts'

/** A failed job carries only its code; the user message comes from the catalogue like every other error. */
function presentImport(job: ImportBatch): ImportBatch {
  if (!job.error) return job
  const code = ErrorCodeSchema.safeParse(job.error.code)
  return { ...job, error: { code: job.error.code, message: code.success ? messagesNl[code.data]({}) : job.error.message } }
}

export const importRoutes = [
  defineRoute({
    method: 'post',
    path: '/imports',
    summary: 'Upload an export (raw body); imported in the background, rejected records listed',
    tag: 'imports',
    access: 'import',
    query: ImportUploadQuerySchema,
    body: 'raw',
    response: ImportBatchSchema,
    status: 202,
    audited: true,
    handle: async ({ c, deps, session, query }) =>
      presentImport(
        await deps.imports.start(
          deps.catalogue(),
          { body: c.req.raw.body, fileName: query.file_name, source: query.source, extract: query.extract },
          session.user.username,
          deps.now,
        ),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/imports',
    summary: 'Uploads of this server run, then earlier import batches',
    tag: 'imports',
    access: 'import',
    response: ImportListResponseSchema,
    handle: async ({ deps }) => ({ items: (await deps.imports.list()).map(presentImport) }),
  }),
  defineRoute({
    method: 'get',
    path: '/imports/:id',
    summary: 'Progress and rejected records of an upload',
    tag: 'imports',
    access: 'import',
    response: ImportBatchSchema,
    handle: async ({ deps, params }) => presentImport(deps.imports.get(parseWith(z.guid(), params.id))),
  }),
]
