import { useState } from 'react'
import { LoginRequestSchema, MeResponseSchema, type MeResponse } from '@platformscope/contract'
import { api, ApiError } from '../api-client.ts'
import { useI18n } from '../i18n.ts'

export function LoginPage({ onLogin }: { onLogin: (me: MeResponse) => void }) {
  const { t } = useI18n()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const body = LoginRequestSchema.parse({ username, password })
      onLogin(await api.post('/api/auth/login', MeResponseSchema, body))
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'rate_limited' ? err.message : t('loginFailed'))
    } finally {
      setBusy(false)
      setPassword('')
    }
  }

  return (
    <form className="card login" onSubmit={(e) => void submit(e)}>
      <h1>{t('login')}</h1>
      <label>
        {t('username')}
        <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
      </label>
      <label>
        {t('passwordLabel')}
        <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('login')}
      </button>
    </form>
  )
}
