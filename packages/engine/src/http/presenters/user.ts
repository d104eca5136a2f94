import type { MeResponse, UserSummary } from '@platformscope/contract'
import type { UserRecord } from '../../adapters/db/users.repository.ts'
import type { ActiveSession } from '../../app/auth.ts'
import { ROLE_PERMISSIONS } from '../../domain/auth/permissions.ts'

export function presentUser(u: UserRecord): UserSummary {
  return { id: u.id, username: u.username, role: u.role, disabled: u.disabled, created_at: u.createdAt.toISOString() }
}

export function presentMe(s: ActiveSession): MeResponse {
  return {
    user: s.user,
    permissions: [...ROLE_PERMISSIONS[s.user.role]],
    csrf_token: s.csrfToken,
    expires_at: s.expiresAt.toISOString(),
  }
}
