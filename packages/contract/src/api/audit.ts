import { z } from 'zod'

/** What the audit log records (issue 6): reads of narratives and persons, every change, export and login. */
export const AuditActionSchema = z.enum([
  'login_succeeded',
  'login_failed',
  'logout',
  'registration_read',
  'registrations_listed',
  'review_queue_read',
  'finding_reviewed',
  'case_registered',
  'candidate_accepted',
  'import_started',
  'import_finished',
  'export_written',
  'picture_exported',
  'user_created',
  'user_updated',
  'audit_read',
])
export type AuditAction = z.infer<typeof AuditActionSchema>

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  /** ids and counts only; never narrative text or person details */
  details: z.record(z.string(), z.unknown()),
  prev_hash: z.string(),
  hash: z.string(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

export const AuditListQuerySchema = z.object({
  /** entries with seq below this (paging backwards from the newest) */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  action: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
})
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>

export const AuditListResponseSchema = z.object({
  items: z.array(AuditEntrySchema),
  /** pass as `before` for the next (older) page; null at the start of the log */
  next_before: z.number().int().nullable(),
})
export type AuditListResponse = z.infer<typeof AuditListResponseSchema>

export const AuditVerifyResponseSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** seq of the first entry whose hash or link does not match; null when the chain is intact */
  first_tampered_seq: z.number().int().nullable(),
  reason: z.enum(['hash_mismatch', 'link_broken']).nullable(),
})
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponseSchema>
