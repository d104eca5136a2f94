import { useState } from 'react'
import { USER_ROLES, UserListResponseSchema, UserSummarySchema, type UserRole } from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice, Loading } from '../components/messages.tsx'

/** Accounts (admins): create, change role, disable. */
export function UsersPage() {
  const { t } = useI18n()
  const [version, setVersion] = useState(0)
  const users = useAsync(() => api.get('/api/users', UserListResponseSchema), String(version))
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [role, setRole] = useState<UserRole>('analyst')
  const [error, setError] = useState<Error>()
  const create = async (e: React.FormEvent) => {
    e.preventDefault()
    try {
      await api.post('/api/users', UserSummarySchema, { username, password, role })
      setUsername('')
      setPassword('')
      setError(undefined)
      setVersion((v) => v + 1)
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    }
  }
  const update = async (id: string, patch: { role?: UserRole; disabled?: boolean }) => {
    await api.patch(`/api/users/${id}`, UserSummarySchema, patch).catch((e: unknown) => setError(e as Error))
    setVersion((v) => v + 1)
  }
  if (users.error) return <ErrorNotice error={users.error} />
  if (!users.data) return <Loading />
  return (
    <div>
      <h1>{t('users')}</h1>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('username')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('disabled')}</th>
          </tr>
        </thead>
        <tbody>
          {users.data.items.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.username}</th>
              <td>
                <select aria-label={t('role')} value={u.role} onChange={(e) => void update(u.id, { role: e.target.value as UserRole })}>
                  {USER_ROLES.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </td>
              <td>
                <input type="checkbox" aria-label={t('disabled')} checked={u.disabled} onChange={(e) => void update(u.id, { disabled: e.target.checked })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card grid-form" onSubmit={(e) => void create(e)}>
        <h2 className="wide">{t('createUser')}</h2>
        <label>
          {t('username')}
          <input value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          {t('passwordLabel')}
          <input type="password" autoComplete="new-password" minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <label>
          {t('role')}
          <select value={role} onChange={(e) => setRole(e.target.value as UserRole)}>
            {USER_ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          {t('createUser')}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
    </div>
  )
}
