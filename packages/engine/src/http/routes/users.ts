import { z } from 'zod'
import {
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  UserListResponseSchema,
  UserSummarySchema,
} from '@platformscope/contract'
import { addUser, listUsers, updateUser } from '../../app/users.ts'
import { defineRoute } from '../route.ts'
import { presentUser } from '../presenters/user.ts'
import { parseWith } from '../validate.ts'

const UserIdSchema = z.guid()

export const userRoutes = [
  defineRoute({
    method: 'get',
    path: '/users',
    summary: 'All accounts',
    tag: 'users',
    access: 'users_manage',
    response: UserListResponseSchema,
    handle: async ({ deps }) => ({ items: (await listUsers(deps.conn)).map(presentUser) }),
  }),
  defineRoute({
    method: 'post',
    path: '/users',
    summary: 'Create an account',
    tag: 'users',
    access: 'users_manage',
    body: CreateUserRequestSchema,
    response: UserSummarySchema,
    status: 201,
    audited: true,
    handle: async ({ deps, session, body }) =>
      presentUser(await addUser(deps.conn, body, session.user.username, deps.now())),
  }),
  defineRoute({
    method: 'patch',
    path: '/users/:id',
    summary: 'Change role, disable, or set a password (ends that user’s sessions)',
    tag: 'users',
    access: 'users_manage',
    body: UpdateUserRequestSchema,
    response: UserSummarySchema,
    audited: true,
    handle: async ({ deps, session, body, params }) =>
      presentUser(
        await updateUser(deps.conn, parseWith(UserIdSchema, params.id), body, session.user.username, deps.now()),
      ),
  }),
]
