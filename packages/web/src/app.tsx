import { useCallback, useEffect, useMemo, useState } from 'react'
import { MeResponseSchema, OkResponseSchema, type MeResponse, type Permission } from '@platformscope/contract'
import { api, ApiError, onUnauthenticated, setCsrfToken } from './api-client.ts'
import { createI18n, I18nContext, type Lang, type MessageKey } from './i18n.ts'
import { href, useRoute } from './router.ts'
import { LoginPage } from './routes/login.tsx'
import { DashboardPage } from './routes/dashboard.tsx'
import { RegistrationsPage } from './routes/registrations.tsx'
import { RegistrationPage } from './routes/registration.tsx'
import { ReviewPage } from './routes/review.tsx'
import { RegisterCasePage } from './routes/register-case.tsx'
import { CataloguePage } from './routes/catalogue.tsx'
import { ImportPage } from './routes/import.tsx'
import { AuditPage } from './routes/audit.tsx'
import { UsersPage } from './routes/users.tsx'
import { Loading } from './components/messages.tsx'

interface NavItem {
  path: string
  label: MessageKey
  permission: Permission
}

const NAV: NavItem[] = [
  { path: '/', label: 'dashboard', permission: 'picture_read' },
  { path: '/review', label: 'review', permission: 'review' },
  { path: '/register', label: 'registerCase', permission: 'register_case' },
  { path: '/catalogue', label: 'catalogue', permission: 'catalogue_read' },
  { path: '/import', label: 'import', permission: 'import' },
  { path: '/audit', label: 'audit', permission: 'audit_read' },
  { path: '/users', label: 'users', permission: 'users_manage' },
]

export function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('lang') === 'en' ? 'en' : 'nl'))
  const i18n = useMemo(() => createI18n(lang, setLang), [lang])
  const [me, setMe] = useState<MeResponse | null | undefined>(undefined)
  const route = useRoute()

  useEffect(() => {
    localStorage.setItem('lang', lang)
    document.documentElement.lang = lang
  }, [lang])

  const loadMe = useCallback(() => {
    api.get('/api/auth/me', MeResponseSchema).then(
      (m) => {
        setCsrfToken(m.csrf_token)
        setMe(m)
      },
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 401) setMe(null)
        else setMe(null)
      },
    )
  }, [])

  useEffect(() => {
    loadMe()
    return onUnauthenticated(() => setMe(null))
  }, [loadMe])

  const logout = async () => {
    await api.post('/api/auth/logout', OkResponseSchema).catch(() => undefined)
    setCsrfToken(null)
    setMe(null)
  }

  let page: React.ReactNode
  if (me === undefined) page = <Loading />
  else if (me === null)
    page = (
      <LoginPage
        onLogin={(m) => {
          setCsrfToken(m.csrf_token)
          setMe(m)
        }}
      />
    )
  else page = <Page path={route.path} params={route.params} me={me} />

  return (
    <I18nContext.Provider value={i18n}>
      <a className="skip-link" href="#main">
        {lang === 'nl' ? 'Naar de inhoud' : 'Skip to content'}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{i18n.t('appTitle')}</span>
          <span className="brand-tagline">{i18n.t('tagline')}</span>
        </div>
        {me && (
          <nav aria-label="hoofdmenu">
            {NAV.filter((n) => me.permissions.includes(n.permission)).map((n) => (
              <a key={n.path} href={href(n.path)} aria-current={isActive(route.path, n.path) ? 'page' : undefined}>
                {i18n.t(n.label)}
              </a>
            ))}
          </nav>
        )}
        <div className="topbar-right">
          <button type="button" className="link-button" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}>
            {i18n.t('language')}
          </button>
          {me && (
            <>
              <span className="muted" data-testid="whoami">
                {me.user.username} · {me.user.role}
              </span>
              <button type="button" className="link-button" onClick={() => void logout()}>
                {i18n.t('logout')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </I18nContext.Provider>
  )
}

function isActive(current: string, path: string): boolean {
  return path === '/' ? current === '/' || current.startsWith('/registrations') : current.startsWith(path)
}

function Page({ path, params, me }: { path: string; params: URLSearchParams; me: MeResponse }) {
  const can = (p: Permission) => me.permissions.includes(p)
  const registration = /^\/registrations\/([0-9a-f-]{36})$/.exec(path)
  if (registration?.[1]) return <RegistrationPage id={registration[1]} />
  switch (path) {
    case '/':
      return <DashboardPage params={params} canDrillDown={can('registrations_list')} />
    case '/registrations':
      return <RegistrationsPage params={params} canOpen={can('registration_read')} />
    case '/review':
      return <ReviewPage />
    case '/register':
      return <RegisterCasePage />
    case '/catalogue':
      return <CataloguePage canAccept={can('catalogue_write')} canSeeCandidates={can('candidates_read')} />
    case '/import':
      return <ImportPage />
    case '/audit':
      return <AuditPage />
    case '/users':
      return <UsersPage />
    default:
      return <p>404</p>
  }
}
