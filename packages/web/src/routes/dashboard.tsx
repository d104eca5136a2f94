import { useMemo, useState } from 'react'
import {
  CATEGORY_IDS,
  CatalogueResponseSchema,
  PictureResponseSchema,
  ROLE_IDS,
  groupedBarChartSpec,
  horizontalBarChartSpec,
  type CatalogueResponse,
  type PictureView,
} from '@platformscope/contract'
import { api } from '../api-client.ts'
import { useI18n } from '../i18n.ts'
import { href, navigate } from '../router.ts'
import { useAsync } from '../use-async.ts'
import { VegaChart } from '../components/vega-chart.tsx'
import { ErrorNotice, Loading } from '../components/messages.tsx'
import { PlatformOptions } from '../components/platform-options.tsx'

const FILTER_KEYS = ['from', 'to', 'unit', 'category', 'platform', 'status'] as const
type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>

function filtersFrom(params: URLSearchParams): Filters {
  const f: Filters = {}
  for (const k of FILTER_KEYS) {
    const v = params.get(k)
    if (v) f[k] = v
  }
  return f
}

export function DashboardPage({ params, canDrillDown }: { params: URLSearchParams; canDrillDown: boolean }) {
  const { t } = useI18n()
  const filters = filtersFrom(params)
  const key = JSON.stringify(filters)
  const catalogue = useAsync(() => api.get('/api/catalogue', CatalogueResponseSchema), 'catalogue')
  const picture = useAsync(() => api.get('/api/picture', PictureResponseSchema, filters), key)

  return (
    <div className="dashboard">
      {catalogue.data && <FilterBar catalogue={catalogue.data} filters={filters} />}
      {picture.error && <ErrorNotice error={picture.error} />}
      {picture.loading && !picture.data && <Loading />}
      {picture.data && catalogue.data && (
        <PictureView
          picture={picture.data.picture}
          catalogue={catalogue.data}
          drill={canDrillDown ? drillHref(filters) : undefined}
          busy={picture.loading}
        />
      )}
      {canDrillDown && <p className="muted small">{t('clickThrough')}</p>}
    </div>
  )
}

type Drill = (cell: Record<string, string | number | undefined>) => string

function drillHref(filters: Filters): Drill {
  return (cell) =>
    href('/registrations', {
      from: filters.from,
      to: filters.to,
      status: filters.status,
      unit: filters.unit,
      category: filters.category,
      ...cell,
    })
}

function FilterBar({ catalogue, filters }: { catalogue: CatalogueResponse; filters: Filters }) {
  const { t, lang } = useI18n()
  const [draft, setDraft] = useState<Filters>(filters)
  const set = (k: keyof Filters) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft({ ...draft, [k]: e.target.value || undefined })
  return (
    <form
      className="filters"
      aria-label="filters"
      onSubmit={(e) => {
        e.preventDefault()
        navigate('/', draft)
      }}
    >
      <label>
        {t('from')}
        <input type="date" name="from" value={draft.from ?? '2017-01-01'} onChange={set('from')} />
      </label>
      <label>
        {t('toExclusive')}
        <input type="date" name="to" value={draft.to ?? '2021-01-01'} onChange={set('to')} />
      </label>
      <label>
        {t('unit')}
        <select name="unit" value={draft.unit ?? ''} onChange={set('unit')}>
          <option value="">{t('allUnits')}</option>
          {catalogue.police_units.map((u) => (
            <option key={u.id} value={u.name}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('category')}
        <select name="category" value={draft.category ?? ''} onChange={set('category')}>
          <option value="">{t('allCategories')}</option>
          {catalogue.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('platform')}
        <select name="platform" value={draft.platform ?? ''} onChange={set('platform')}>
          <option value="">{t('allPlatforms')}</option>
          <PlatformOptions platforms={catalogue.platforms} />
        </select>
      </label>
      <label>
        {t('status')}
        <select name="status" value={draft.status ?? 'suggested'} onChange={set('status')}>
          <option value="suggested">{t('statusSuggested')}</option>
          <option value="confirmed">{t('statusConfirmed')}</option>
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit" className="primary">
          {t('apply')}
        </button>
        <a className="button" href={href('/')}>
          {t('reset')}
        </a>
      </div>
    </form>
  )
}

function Count({ value, to }: { value: number; to: string | undefined }) {
  const { n } = useI18n()
  if (!to || value === 0) return <>{value === 0 ? '' : n(value)}</>
  return (
    <a className="count-link" href={to}>
      {n(value)}
    </a>
  )
}

function PictureView({
  picture,
  catalogue,
  drill,
  busy,
}: {
  picture: PictureView
  catalogue: CatalogueResponse
  drill: Drill | undefined
  busy: boolean
}) {
  const { t, lang, n } = useI18n()
  const d = (cell: Record<string, string | number | undefined>) => drill?.(cell)
  const categoryLabel = (id: string) => catalogue.categories.find((c) => c.id === id)?.[lang] ?? id
  const roleLabel = (id: string) => catalogue.roles.find((r) => r.id === id)?.[lang] ?? id
  const h = picture.headline
  const years = picture.years

  const chart1 = useMemo(
    () =>
      groupedBarChartSpec({
        data: CATEGORY_IDS.flatMap((c) =>
          years.map((y) => ({ group: y, series: categoryLabel(c), value: picture.chart1_mentions_per_category_per_year[c]?.[y] ?? 0 })),
        ),
        groupOrder: years,
        seriesOrder: CATEGORY_IDS.map(categoryLabel),
        yTitle: t('namedMentions'),
      }),
    [picture, lang],
  )
  const personRoles = useMemo(
    () =>
      horizontalBarChartSpec({
        data: Object.entries(picture.persons.person_roles)
          .sort((a, b) => b[1].registrations - a[1].registrations)
          .map(([role, c]) => ({ label: role, value: c.registrations })),
        xTitle: t('registrations'),
      }),
    [picture, lang],
  )
  const ageGender = useMemo(() => {
    const ages = Object.keys(picture.persons.age_gender_registrations).sort()
    const series = lang === 'nl' ? ['meisjes', 'jongens', 'onbekend'] : ['girls', 'boys', 'unknown']
    return groupedBarChartSpec({
      data: ages.flatMap((a) => {
        const g = picture.persons.age_gender_registrations[a] ?? { F: 0, M: 0, unknown: 0 }
        return [
          { group: a, series: series[0] ?? 'F', value: g.F },
          { group: a, series: series[1] ?? 'M', value: g.M },
          { group: a, series: series[2] ?? '?', value: g.unknown },
        ]
      }),
      groupOrder: ages,
      seriesOrder: series,
      yTitle: t('registrations'),
    })
  }, [picture, lang])

  if (h.registrations === 0) return <p className="notice">{t('noData')}</p>
  const unitPlatforms = Object.keys(picture.table2_mentions_per_police_unit.platforms)

  return (
    <div className={busy ? 'picture busy' : 'picture'} aria-busy={busy}>
      <section className="headline" aria-label="kerncijfers">
        <Stat value={h.registrations} label={t('registrationsWithPlatform')} />
        <Stat value={h.named_platform_mentions} label={t('namedMentions')} />
        <Stat value={h.distinct_platforms} label={t('distinctPlatforms')} />
        <Stat value={h.generic_mentions_excluded} label={t('genericSetAside')} muted />
        <Stat value={h.unclear_platforms_excluded} label={t('unclearSetAside')} muted />
      </section>

      <section className="grid-2">
        <div className="card">
          <h2>{t('chart1')}</h2>
          <VegaChart spec={chart1} label={t('chart1')} />
          <ul className="inline-list small">
            {CATEGORY_IDS.map((c) => (
              <li key={c}>
                {categoryLabel(c)}: <strong>{h.category_share_percent[c] ?? 0}%</strong>
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <h2>{t('table1')}</h2>
          <PlatformYearTable rows={picture.table1_top10} years={years} drill={d} />
        </div>
      </section>

      <section className="card">
        <h2>{t('table2')}</h2>
        <div className="scroll-x">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('platform')}</th>
                {picture.table2_mentions_per_police_unit.units.map((u) => (
                  <th key={u} scope="col" className="num vertical">
                    {u}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {unitPlatforms.map((p) => (
                <tr key={p}>
                  <th scope="row">{p}</th>
                  {picture.table2_mentions_per_police_unit.units.map((u) => (
                    <td key={u} className="num">
                      <Count value={picture.table2_mentions_per_police_unit.platforms[p]?.[u] ?? 0} to={d({ platform: p, unit: u })} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <UnitRow label={t('subtotal')} values={picture.table2_mentions_per_police_unit.subtotal_top10} units={picture.table2_mentions_per_police_unit.units} />
              <UnitRow label={t('otherPlatforms')} values={picture.table2_mentions_per_police_unit.other_platforms} units={picture.table2_mentions_per_police_unit.units} />
              <UnitRow label={t('total')} values={picture.table2_mentions_per_police_unit.total} units={picture.table2_mentions_per_police_unit.units} strong />
            </tfoot>
          </table>
        </div>
        <p className="muted small">
          {t('noUnit')}: {n(picture.table2_mentions_per_police_unit.no_unit)}
        </p>
      </section>

      <section className="card">
        <h2>{t('table3')}</h2>
        <div className="scroll-x">
          <table className="data matrix">
            <thead>
              <tr>
                <th scope="col">{t('platform')}</th>
                {ROLE_IDS.map((r) => (
                  <th key={r} scope="col">
                    {roleLabel(r)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Object.entries(picture.table3_roles_top10).map(([platform, roles]) => (
                <tr key={platform}>
                  <th scope="row">{platform}</th>
                  {ROLE_IDS.map((r) => {
                    const count = picture.role_counts_per_platform[platform]?.[r] ?? 0
                    return (
                      <td key={r} className="center">
                        {roles.includes(r) ? (
                          drill ? (
                            <a className="count-link" href={d({ platform, role: r })} title={`${count}`}>
                              ✓ <span className="small muted">{count}</span>
                            </a>
                          ) : (
                            '✓'
                          )
                        ) : (
                          ''
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="grid-2">
        <div className="card">
          <h2>{t('persons')}</h2>
          <section className="headline compact">
            <Stat value={picture.persons.minors_linked} label={t('minorsLinked')} />
            <Stat value={picture.persons.with_more_than_one_person_role} label={t('multiRole')} />
            <Stat value={picture.persons.registrations_with_at_least_victim_role_percent} suffix="%" label={t('victimShare')} />
            <Stat value={picture.persons.male} label={`${t('male')} (${picture.persons.male_percent}%)`} />
            <Stat value={picture.persons.born_abroad} label={t('bornAbroad')} />
          </section>
          <h3>{t('personRoles')}</h3>
          <VegaChart spec={personRoles} label={t('personRoles')} />
        </div>
        <div className="card">
          <h3>{t('ageGender')}</h3>
          <VegaChart spec={ageGender} label={t('ageGender')} />
          <h3>{t('vulnerabilities')}</h3>
          <table className="data">
            <tbody>
              {Object.entries(picture.vulnerability_factors)
                .sort((a, b) => b[1] - a[1])
                .map(([factor, count]) => (
                  <tr key={factor}>
                    <th scope="row">{catalogue.vulnerability_factors.find((v) => v.id === factor)?.[lang] ?? factor}</th>
                    <td className="num">{n(count)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="grid-2">
        <div className="card">
          <h2>{t('trends')}</h2>
          <ul>
            {CATEGORY_IDS.map((c) => {
              const g = picture.trends.category_growth[c]
              if (!g) return null
              return (
                <li key={c}>
                  {categoryLabel(c)}: {g.first_year} {n(g.first)} → {g.last_year} {n(g.last)}
                  {g.change_percent !== null && ` (${g.change_percent > 0 ? '+' : ''}${g.change_percent}%)`}
                </li>
              )
            })}
            {picture.trends.platform_events.map((e) => (
              <li key={`${e.platform}-${e.date}`}>
                {e.platform}: {lang === 'nl' ? (e.note_nl ?? e.event) : (e.note_en ?? e.event)} ({e.date})
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <h2>{t('candidates')}</h2>
          {picture.candidate_platforms.length === 0 ? (
            <p className="muted">{t('noCandidates')}</p>
          ) : (
            <table className="data">
              <tbody>
                {picture.candidate_platforms.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">{c.name}</th>
                    <td className="num">
                      {n(c.registrations)} {t('registrations').toLowerCase()}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </section>

      <details className="card">
        <summary>
          <h2>{t('appendix1')}</h2>
        </summary>
        <PlatformYearTable rows={picture.appendix1_platforms_per_year} years={years} drill={d} categoryLabel={categoryLabel} />
      </details>
      <p className="muted small">
        catalogus {picture.versions.catalogue} · extractor {picture.versions.extractor.join(', ') || '—'}
      </p>
    </div>
  )
}

type PlatformYearRow = PictureView['table1_top10'][number]

/** Platform × year with click-through counts: table 1, and bijlage 1 with its category column. */
function PlatformYearTable({
  rows,
  years,
  drill,
  categoryLabel,
}: {
  rows: readonly PlatformYearRow[]
  years: readonly string[]
  drill: (cell: Record<string, string | number | undefined>) => string | undefined
  categoryLabel?: (id: string) => string
}) {
  const { t } = useI18n()
  return (
    <table className="data">
      <thead>
        <tr>
          {categoryLabel && <th scope="col">{t('category')}</th>}
          <th scope="col">{t('platform')}</th>
          {years.map((y) => (
            <th key={y} scope="col" className="num">
              {y}
            </th>
          ))}
          <th scope="col" className="num">
            {t('total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.platform}>
            {categoryLabel && <td>{categoryLabel(row.category)}</td>}
            <th scope="row">{row.platform}</th>
            {years.map((y) => (
              <td key={y} className="num">
                <Count value={row.counts[y] ?? 0} to={drill({ platform: row.platform, year: y })} />
              </td>
            ))}
            <td className="num strong">
              <Count value={row.total} to={drill({ platform: row.platform })} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function UnitRow({ label, values, units, strong }: { label: string; values: Record<string, number>; units: string[]; strong?: boolean }) {
  const { n } = useI18n()
  return (
    <tr className={strong ? 'strong' : undefined}>
      <th scope="row">{label}</th>
      {units.map((u) => (
        <td key={u} className="num">
          {n(values[u] ?? 0)}
        </td>
      ))}
    </tr>
  )
}

function Stat({ value, label, suffix, muted }: { value: number; label: string; suffix?: string; muted?: boolean }) {
  const { n } = useI18n()
  return (
    <div className={muted ? 'stat muted' : 'stat'}>
      <span className="stat-value">
        {n(value)}
        {suffix}
      </span>
      <span className="stat-label">{label}</span>
    </div>
  )
}
