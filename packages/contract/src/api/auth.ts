import { z } from 'zod'

/** Account roles (issue 6). Viewers see aggregate tables only, never narratives or persons. */
export const UserRoleSchema = z.enum(['admin', 'analyst', 'reviewer', 'case_officer', 'viewer'])
export type UserRole = z.infer<typeof UserRoleSchema>
export const USER_ROLES = UserRoleSchema.options

/** What a role may do; the web app hides what the user lacks, the API enforces it. */
export const PermissionSchema = z.enum([
  'picture_read',
  'registrations_list',
  'registration_read',
  'review',
  'register_case',
  'catalogue_read',
  'candidates_read',
  'catalogue_write',
  'import',
  'audit_read',
  'users_manage',
])
export type Permission = z.infer<typeof PermissionSchema>

export const UsernameSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash or underscore')

export const PasswordSchema = z.string().min(12, 'at least 12 characters').max(1024)

export const LoginRequestSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
})
export type LoginRequest = z.infer<typeof LoginRequestSchema>

export const SessionUserSchema = z.object({
  id: z.guid(),
  username: z.string(),
  role: UserRoleSchema,
})
export type SessionUser = z.infer<typeof SessionUserSchema>

/**
 * Answer of POST /api/auth/login and GET /api/auth/me. Send `csrf_token` back as the `X-CSRF-Token` header on
 * every POST, PUT, PATCH and DELETE; the session itself travels in an HttpOnly cookie.
 */
export const MeResponseSchema = z.object({
  user: SessionUserSchema,
  permissions: z.array(PermissionSchema),
  csrf_token: z.string(),
  expires_at: z.iso.datetime(),
})
export type MeResponse = z.infer<typeof MeResponseSchema>

export const OkResponseSchema = z.object({ ok: z.literal(true) })
export type OkResponse = z.infer<typeof OkResponseSchema>

export const HealthResponseSchema = z.object({ status: z.literal('ok') })
