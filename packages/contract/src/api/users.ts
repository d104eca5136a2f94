import { z } from 'zod'
import { PasswordSchema, UsernameSchema, UserRoleSchema } from './auth.ts'

export const UserSummarySchema = z.object({
  id: z.guid(),
  username: z.string(),
  role: UserRoleSchema,
  disabled: z.boolean(),
  created_at: z.iso.datetime(),
})
export type UserSummary = z.infer<typeof UserSummarySchema>

export const UserListResponseSchema = z.object({ items: z.array(UserSummarySchema) })
export type UserListResponse = z.infer<typeof UserListResponseSchema>

export const CreateUserRequestSchema = z.object({
  username: UsernameSchema,
  password: PasswordSchema,
  role: UserRoleSchema,
})
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>

/** Change role, disable (ends the user's sessions) or set a new password; at least one field. */
export const UpdateUserRequestSchema = z
  .object({
    role: UserRoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: PasswordSchema.optional(),
  })
  .refine((u) => u.role !== undefined || u.disabled !== undefined || u.password !== undefined, 'nothing to change')
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>
