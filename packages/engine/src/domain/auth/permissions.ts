import { PermissionSchema, type Permission, type UserRole } from '@platformscope/contract'

/**
 * What each role may do. Viewers get aggregate tables only: no registration list, no narratives, no persons.
 * Case officers register cases and read the registrations they need for that; they do not review extraction.
 */
const ALL_PERMISSIONS: readonly Permission[] = PermissionSchema.options
const ADMIN_ONLY: readonly Permission[] = ['audit_read', 'users_manage']

export const ROLE_PERMISSIONS: Readonly<Record<UserRole, readonly Permission[]>> = {
  admin: ALL_PERMISSIONS,
  analyst: ALL_PERMISSIONS.filter((p) => !ADMIN_ONLY.includes(p)),
  reviewer: ['picture_read', 'registrations_list', 'registration_read', 'review', 'catalogue_read', 'candidates_read'],
  case_officer: ['picture_read', 'registrations_list', 'registration_read', 'register_case', 'catalogue_read'],
  viewer: ['picture_read', 'catalogue_read'],
}

export function hasPermission(role: UserRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission)
}
