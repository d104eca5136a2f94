import { useState } from 'react'
import {
  CatalogueResponseSchema,
  ROLE_IDS,
  RegisterCaseRequestSchema,
  RegisterCaseResponseSchema,
  type CatalogueResponse,
  type MentionKind,
  type RoleId,
} from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { href } from '../router.ts'
import { useAsync } from '../use-async.ts'
import { ErrorNotice, Loading } from '../components/messages.tsx'
import { PlatformOptions } from '../components/platform-options.tsx'

interface InvolvementDraft {
  platform: string
  kind: MentionKind
  roles: RoleId[]
}
interface PersonDraft {
  pseudonym: string
  gender: '' | 'F' | 'M'
  age: string
  birth_year: string
  birth_country: string
  roles: string[]
}

const emptyInvolvement = (): InvolvementDraft => ({ platform: '', kind: 'named', roles: [] })
const emptyPerson = (): PersonDraft => ({ pseudonym: '', gender: '', age: '', birth_year: '', birth_country: 'Nederland', roles: [] })

/** The uniform registration form (recommendation 1): the catalogue's controlled vocabulary, validated by the API's schema. */
export function RegisterCasePage() {
  const catalogue = useAsync(() => api.get('/api/catalogue', CatalogueResponseSchema), 'catalogue')
  if (catalogue.error) return <ErrorNotice error={catalogue.error} />
  if (!catalogue.data) return <Loading />
  return <CaseForm catalogue={catalogue.data} />
}

function CaseForm({ catalogue }: { catalogue: CatalogueResponse }) {
  const { t, lang } = useI18n()
  const [source, setSource] = useState('formulier')
  const [sourceRef, setSourceRef] = useState('')
  const [date, setDate] = useState('')
  const [unit, setUnit] = useState('')
  const [societalClass, setSocietalClass] = useState('F561')
  const [scope, setScope] = useState<'' | 'registratie' | 'onderzoek'>('registratie')
  const [narrative, setNarrative] = useState('')
  const [involvements, setInvolvements] = useState<InvolvementDraft[]>([emptyInvolvement()])
  const [persons, setPersons] = useState<PersonDraft[]>([])
  const [vulnerabilities, setVulnerabilities] = useState<string[]>([])
  const [issues, setIssues] = useState<string[]>([])
  const [saved, setSaved] = useState<string>()
  const [error, setError] = useState<Error>()

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setSaved(undefined)
    setError(undefined)
    const parsed = RegisterCaseRequestSchema.safeParse({
      source,
      source_ref: sourceRef,
      date,
      unit: unit || null,
      societal_class: societalClass || null,
      scope: scope || null,
      narrative,
      platforms: involvements.map((i) => ({ platform: i.kind === 'named' ? i.platform || null : null, kind: i.kind, roles: i.roles })),
      persons: persons.map((p) => ({
        pseudonym: p.pseudonym,
        gender: p.gender || null,
        age: p.age ? Number(p.age) : null,
        birth_year: p.birth_year ? Number(p.birth_year) : null,
        birth_country: p.birth_country || null,
        resident_nl: true,
        roles: p.roles,
      })),
      vulnerabilities,
    })
    if (!parsed.success) {
      setIssues(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
      return
    }
    setIssues([])
    try {
      const r = await api.post('/api/cases', RegisterCaseResponseSchema, parsed.data)
      setSaved(r.registration_id)
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    }
  }

  const updateInvolvement = (i: number, patch: Partial<InvolvementDraft>) =>
    setInvolvements(involvements.map((x, j) => (j === i ? { ...x, ...patch } : x)))
  const updatePerson = (i: number, patch: Partial<PersonDraft>) => setPersons(persons.map((x, j) => (j === i ? { ...x, ...patch } : x)))

  return (
    <form className="case-form" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('registerCase')}</h1>
      <fieldset className="card grid-form">
        <label>
          {t('source')}
          <input value={source} onChange={(e) => setSource(e.target.value)} required />
        </label>
        <label>
          {t('sourceRef')}
          <input name="source_ref" value={sourceRef} onChange={(e) => setSourceRef(e.target.value)} required />
        </label>
        <label>
          {t('date')}
          <input name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label>
          {t('unit')}
          <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">—</option>
            {catalogue.police_units.map((u) => (
              <option key={u.id} value={u.name}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('societalClass')}
          <input value={societalClass} onChange={(e) => setSocietalClass(e.target.value)} />
        </label>
        <label>
          {t('scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
            <option value="registratie">registratie</option>
            <option value="onderzoek">onderzoek</option>
          </select>
        </label>
        <label className="wide">
          {t('narrative')}
          <textarea name="narrative" rows={5} value={narrative} onChange={(e) => setNarrative(e.target.value)} />
        </label>
      </fieldset>

      <fieldset className="card">
        <legend>{t('platforms')}</legend>
        {involvements.map((inv, i) => (
          <div key={i} className="row-form" data-testid="involvement">
            <label>
              {t('kind')}
              <select value={inv.kind} onChange={(e) => updateInvolvement(i, { kind: e.target.value as MentionKind })}>
                <option value="named">{t('kindNamed')}</option>
                <option value="generic">{t('kindGeneric')}</option>
                <option value="unclear">{t('kindUnclear')}</option>
              </select>
            </label>
            {inv.kind === 'named' && (
              <label>
                {t('platform')}
                <select name={`platform-${i}`} value={inv.platform} onChange={(e) => updateInvolvement(i, { platform: e.target.value })}>
                  <option value="">—</option>
                  <PlatformOptions platforms={catalogue.platforms} />
                </select>
              </label>
            )}
            <fieldset className="roles">
              <legend>{t('roles')}</legend>
              {ROLE_IDS.map((r) => (
                <label key={r} className="check">
                  <input
                    type="checkbox"
                    name={`role-${i}-${r}`}
                    checked={inv.roles.includes(r)}
                    onChange={() => updateInvolvement(i, { roles: inv.roles.includes(r) ? inv.roles.filter((x) => x !== r) : [...inv.roles, r] })}
                  />
                  {catalogue.roles.find((x) => x.id === r)?.[lang] ?? r}
                </label>
              ))}
            </fieldset>
            {involvements.length > 1 && (
              <button type="button" onClick={() => setInvolvements(involvements.filter((_, j) => j !== i))}>
                {t('remove')}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setInvolvements([...involvements, emptyInvolvement()])}>
          + {t('addPlatform')}
        </button>
      </fieldset>

      <fieldset className="card">
        <legend>{t('people')}</legend>
        {persons.map((p, i) => (
          <div key={i} className="row-form">
            <label>
              {t('pseudonym')}
              <input value={p.pseudonym} onChange={(e) => updatePerson(i, { pseudonym: e.target.value })} placeholder="P-00001" />
            </label>
            <label>
              {t('gender')}
              <select value={p.gender} onChange={(e) => updatePerson(i, { gender: e.target.value as PersonDraft['gender'] })}>
                <option value="">—</option>
                <option value="F">F</option>
                <option value="M">M</option>
              </select>
            </label>
            <label>
              {t('age')}
              <input type="number" min={0} max={129} value={p.age} onChange={(e) => updatePerson(i, { age: e.target.value })} />
            </label>
            <label>
              {t('birthYear')}
              <input type="number" value={p.birth_year} onChange={(e) => updatePerson(i, { birth_year: e.target.value })} />
            </label>
            <label>
              {t('birthCountry')}
              <input value={p.birth_country} onChange={(e) => updatePerson(i, { birth_country: e.target.value })} />
            </label>
            <fieldset className="roles">
              <legend>{t('personRole')}</legend>
              {catalogue.person_roles.map((r) => (
                <label key={r.id} className="check">
                  <input
                    type="checkbox"
                    checked={p.roles.includes(r.id)}
                    onChange={() => updatePerson(i, { roles: p.roles.includes(r.id) ? p.roles.filter((x) => x !== r.id) : [...p.roles, r.id] })}
                  />
                  {r[lang]}
                </label>
              ))}
            </fieldset>
            <button type="button" onClick={() => setPersons(persons.filter((_, j) => j !== i))}>
              {t('remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setPersons([...persons, emptyPerson()])}>
          + {t('addPerson')}
        </button>
      </fieldset>

      <fieldset className="card">
        <legend>{t('vulnerabilities')}</legend>
        <div className="checks">
          {catalogue.vulnerability_factors.map((v) => (
            <label key={v.id} className="check">
              <input
                type="checkbox"
                checked={vulnerabilities.includes(v.id)}
                onChange={() => setVulnerabilities(vulnerabilities.includes(v.id) ? vulnerabilities.filter((x) => x !== v.id) : [...vulnerabilities, v.id])}
              />
              {v[lang]}
            </label>
          ))}
        </div>
      </fieldset>

      {issues.length > 0 && (
        <ul className="notice notice-error" role="alert">
          {issues.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
      {saved && (
        <p className="notice notice-ok" role="status">
          {t('caseSaved')} <a href={href(`/registrations/${saved}`)}>{t('open')}</a>
        </p>
      )}
      <button type="submit" className="primary">
        {t('save')}
      </button>
    </form>
  )
}
