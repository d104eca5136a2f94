import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { DB_VARIANTS, createTestDatabase, type TestDatabase } from '../support/test-db.ts'
import { loadCatalogue } from '../../src/adapters/files/load-catalogue.ts'
import { importExports, type ImportOptions } from '../../src/app/import-export.ts'
import { reextractRegistrations } from '../../src/app/extract-registrations.ts'
import { registrationId } from '../../src/domain/registration/registration-id.ts'
import { AppError } from '../../src/domain/errors.ts'
import { isRegistrationSelected, REPORT_SELECTION, type RegistrationSelection } from '../../src/domain/registration/selection.ts'
import { countRegistrations, pageRegistrationTexts, whereRegistrationSelected } from '../../src/adapters/db/registration.repository.ts'
import { loadColumnMapping } from '../../src/adapters/files/load-column-mapping.ts'
import { createAliasExtractor } from './support/alias-extractor.ts'
import { extractorFromOptions } from '../../src/cli/extractor-from-options.ts'

const catalogue = loadCatalogue()
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/exports', name)

for (const variant of DB_VARIANTS) {
  describe(`importExports on ${variant}`, () => {
    let t: TestDatabase
    let dir: string
    const run = (files: string[], over: Partial<ImportOptions> = {}) =>
      importExports({
        conn: t.conn,
        catalogue,
        extractor: null,
        files,
        onError: 'skip',
        rejectsPathFor: (f) => path.join(dir, `${path.basename(f)}.rejects.jsonl`),
        ...over,
      })
    const narrativeOf = async (source: string, ref: string): Promise<string | undefined> =>
      (await t.conn.db.selectFrom('registration').select('narrative').where('id', '=', registrationId(source, ref)).executeTakeFirst())?.narrative

    before(async () => {
      t = await createTestDatabase(variant)
      dir = mkdtempSync(path.join(tmpdir(), 'ps-import-'))
    })
    after(async () => {
      await t.cleanup()
      rmSync(dir, { recursive: true, force: true })
    })

    it('imports CSV of every delimiter and encoding with the text intact', async () => {
      const files = ['semicolon-delimited.csv', 'comma-delimited.csv', 'tab-delimited.csv', 'utf-8-bom.csv', 'windows-1252-euro.csv', 'multiline-free-text.csv']
      const s = await run(files.map(fixture), { source: 'enc' })
      assert.deepEqual(s.map((x) => [x.inserted, x.rejected]), [[3, 0], [2, 0], [2, 0], [1, 0], [2, 0], [2, 0]])
      assert.equal(await narrativeOf('enc', 'CP-001'), 'Zij moest € 50 per klant afdragen aan verdachte B., zij verbleef in een café.')
      assert.match((await narrativeOf('enc', 'CP-002')) ?? '', /reeën .*\(ë\)/)
      assert.match((await narrativeOf('enc', 'BOM-001')) ?? '', /reeën-foto's/)
      assert.equal(
        await narrativeOf('enc', 'ML-001'),
        'Eerste alinea: aangeefster werd via Snapchat benaderd.\n\nTweede alinea; met puntkomma en "aanhalingstekens".\nDerde regel.',
      )
      const row = await t.conn.db.selectFrom('registration').selectAll().where('id', '=', registrationId('enc', 'SEMI-002')).executeTakeFirstOrThrow()
      assert.equal(row.police_unit, 'Den Haag')
      assert.equal(row.societal_class, 'F561')
      const semi3 = await t.conn.db.selectFrom('registration').select(['police_unit', sql<string>`to_char(reg_date, 'YYYY-MM-DD')`.as('d')]).where('id', '=', registrationId('enc', 'SEMI-003')).executeTakeFirstOrThrow()
      assert.deepEqual(semi3, { police_unit: null, d: '2020-12-01' })
    })

    it('imports XLSX: header row, date cells, rich text, and formulas kept as text', async () => {
      const file = path.join(dir, 'registrations.xlsx')
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet('Export')
      ws.addRow(['Registratienummer', 'Registratiedatum', 'Politie-eenheid', 'MK', 'Omschrijving', 'Zaaknaam'])
      ws.addRow(['XL-001', new Date(Date.UTC(2019, 4, 14)), 'Rotterdam', 'F561', 'Zij werd via Instagram benaderd.', 'genegeerd'])
      ws.addRow(['XL-002', '02-03-2018', 'Amsterdam', 'F561', { richText: [{ text: 'Rijke ' }, { text: 'tekst € ë' }] }, ''])
      ws.addRow(['XL-003', '2018-03-03', 'Limburg', 'F561', { formula: 'HYPERLINK("http://voorbeeld.invalid","klik")', result: 'klik' }, ''])
      await wb.xlsx.writeFile(file)
      const [s] = await run([file], { source: 'xlsx' })
      assert.equal(s?.format, 'xlsx')
      assert.equal(s?.inserted, 3)
      assert.equal(await narrativeOf('xlsx', 'XL-002'), 'Rijke tekst € ë')
      assert.equal(await narrativeOf('xlsx', 'XL-003'), '=HYPERLINK("http://voorbeeld.invalid","klik")')
      const d = await t.conn.db.selectFrom('registration').select(sql<string>`to_char(reg_date, 'YYYY-MM-DD')`.as('d')).where('id', '=', registrationId('xlsx', 'XL-001')).executeTakeFirstOrThrow()
      assert.equal(d.d, '2019-05-14')
    })

    it('reads unknown headers through a mapping file', async () => {
      const [s] = await run([fixture('custom-headers.csv')], { source: 'map', mapping: loadColumnMapping(fixture('custom-headers.mapping.json')) })
      assert.equal(s?.inserted, 1)
    })

    it('is idempotent: the same export again changes nothing, not even updated_at', async () => {
      const file = fixture('generator-format.jsonl')
      const extractor = createAliasExtractor(catalogue)
      const [first] = await run([file], { extractor })
      assert.deepEqual([first?.inserted, first?.updated, first?.unchanged], [4, 0, 0])
      const before = await t.conn.db.selectFrom('registration').select(['id', 'updated_at', 'extracted_at']).where('source', '=', 'calibrated').orderBy('id').execute()
      const mentionsBefore = await t.conn.db.selectFrom('mention').select(['id', 'created_at']).orderBy('id').execute()
      const [again] = await run([file], { extractor })
      assert.deepEqual([again?.inserted, again?.updated, again?.unchanged, again?.extracted], [0, 0, 4, 0])
      const after = await t.conn.db.selectFrom('registration').select(['id', 'updated_at', 'extracted_at']).where('source', '=', 'calibrated').orderBy('id').execute()
      assert.deepEqual(after, before)
      assert.deepEqual(await t.conn.db.selectFrom('mention').select(['id', 'created_at']).orderBy('id').execute(), mentionsBefore)
      const batches = await t.conn.db.selectFrom('import_batch').selectAll().where('file_name', '=', file).orderBy('started_at').execute()
      assert.equal(batches.length, 2)
      assert.deepEqual(batches.map((b) => [b.status, b.records_read, b.inserted, b.unchanged]), [['completed', 4, 4, 0], ['completed', 4, 0, 4]])
      assert.equal(batches[0]?.file_sha256, first?.sha256)
    })

    it('stores persons once per pseudonym and links them with roles and age', async () => {
      const links = await t.conn.db
        .selectFrom('registration_person as rp')
        .innerJoin('person as p', 'p.id', 'rp.person_id')
        .select(['p.pseudonym', 'rp.roles', 'rp.age', 'p.resident_nl'])
        .where('rp.registration_id', '=', registrationId('calibrated', 'JL-001'))
        .execute()
      assert.deepEqual(links, [{ pseudonym: 'P-00017', roles: ['aangever', 'slachtoffer'], age: 16, resident_nl: true }])
      const p17 = await t.conn.db.selectFrom('registration_person as rp').innerJoin('person as p', 'p.id', 'rp.person_id').select('rp.registration_id').where('p.pseudonym', '=', 'P-00017').execute()
      assert.equal(p17.length, 2)
    })

    it('stores findings as suggestions with versions, platforms outside the catalogue included', async () => {
      const m = await t.conn.db.selectFrom('mention').selectAll().where('registration_id', '=', registrationId('calibrated', 'JL-001')).execute()
      assert.equal(m.length, 1)
      assert.deepEqual(
        [m[0]?.platform_id, m[0]?.platform_name, m[0]?.surface, m[0]?.span_start, m[0]?.status, m[0]?.origin, m[0]?.roles, m[0]?.extractor_version, m[0]?.catalogue_version],
        ['snapchat', 'Snapchat', 'Snapchat', 40, 'suggested', 'extracted', ['recruiting'], 'alias-test-1', catalogue.version],
      )
      assert.ok(Array.isArray(m[0]?.evidence))
      const file = path.join(dir, 'outside.jsonl')
      writeFileSync(file, JSON.stringify({ id: 'OUT-1', text: 'Zij werd via TikTok benaderd en is weggelopen.', date: '2020-02-02', unit: 'Limburg' }) + '\n')
      await run([file], { source: 'out', extractor: createAliasExtractor(catalogue) })
      const out = await t.conn.db.selectFrom('mention').innerJoin('platform', 'platform.id', 'mention.platform_id').select(['platform.name', 'platform.in_catalogue', 'mention.in_catalogue as m_in']).where('registration_id', '=', registrationId('out', 'OUT-1')).execute()
      assert.deepEqual(out, [{ name: 'TikTok', in_catalogue: false, m_in: false }])
      const v = await t.conn.db.selectFrom('vulnerability').select(['factor', 'status']).where('registration_id', '=', registrationId('out', 'OUT-1')).execute()
      assert.deepEqual(v, [{ factor: 'running_away', status: 'suggested' }])
    })

    it('updates a changed record, re-extracts it and keeps reviewed findings', async () => {
      const file = path.join(dir, 'changing.jsonl')
      const line = (text: string) => JSON.stringify({ id: 'CH-1', text, date: '2019-01-01', unit: 'Rotterdam' }) + '\n'
      const extractor = createAliasExtractor(catalogue)
      writeFileSync(file, line('Zij werd via Snapchat benaderd, later via Instagram en Facebook.'))
      await run([file], { source: 'ch', extractor })
      const id = registrationId('ch', 'CH-1')
      await t.conn.db.updateTable('mention').set({ status: 'confirmed', reviewer: 'r1' }).where('registration_id', '=', id).where('surface', '=', 'Snapchat').execute()
      await t.conn.db.updateTable('mention').set({ status: 'rejected', reviewer: 'r1' }).where('registration_id', '=', id).where('surface', '=', 'Facebook').execute()
      const old = await t.conn.db.selectFrom('registration').select('updated_at').where('id', '=', id).executeTakeFirstOrThrow()
      writeFileSync(file, line('Zij werd via Snapchat benaderd, later via Instagram en Facebook. Ook via Telegram.'))
      const [s] = await run([file], { source: 'ch', extractor })
      assert.deepEqual([s?.updated, s?.extracted], [1, 1])
      const now = await t.conn.db.selectFrom('registration').select(['updated_at', 'narrative']).where('id', '=', id).executeTakeFirstOrThrow()
      assert.ok(now.updated_at > old.updated_at)
      const ms = await t.conn.db.selectFrom('mention').select(['surface', 'status']).where('registration_id', '=', id).orderBy('span_start').execute()
      assert.deepEqual(ms, [
        { surface: 'Snapchat', status: 'confirmed' },
        { surface: 'Instagram', status: 'suggested' },
        { surface: 'Facebook', status: 'rejected' },
        { surface: 'Telegram', status: 'suggested' },
      ])
    })

    it('re-extracts stored registrations (extract --db) replacing only suggestions', async () => {
      const id = registrationId('ch', 'CH-1')
      await t.conn.db.insertInto('mention').values({
        id: '00000000-0000-5000-8000-0000000000aa', registration_id: id, platform_id: null, platform_name: null, in_catalogue: true,
        kind: 'generic', negated: false, span_start: null, span_end: null, surface: null, roles: [], evidence: '[]',
        status: 'suggested', origin: 'manual', confidence: 1, extractor_version: null, catalogue_version: null, reviewer: 'r1', reviewed_at: null,
      }).execute()
      const v2 = createAliasExtractor(catalogue, 'alias-test-2')
      const s = await reextractRegistrations({ conn: t.conn, catalogue, extractor: v2, selection: { sources: ['ch'] } })
      assert.equal(s.registrations, 1)
      const ms = await t.conn.db.selectFrom('mention').select(['surface', 'status', 'origin', 'extractor_version']).where('registration_id', '=', id).orderBy('span_start').execute()
      assert.deepEqual(ms, [
        { surface: 'Snapchat', status: 'confirmed', origin: 'extracted', extractor_version: 'alias-test-1' },
        { surface: 'Instagram', status: 'suggested', origin: 'extracted', extractor_version: 'alias-test-2' },
        { surface: 'Facebook', status: 'rejected', origin: 'extracted', extractor_version: 'alias-test-1' },
        { surface: 'Telegram', status: 'suggested', origin: 'extracted', extractor_version: 'alias-test-2' },
        { surface: null, status: 'suggested', origin: 'manual', extractor_version: null },
      ])
    })

    it('extracts on a later import what an import with --no-extract left unextracted', async () => {
      const file = path.join(dir, 'later.jsonl')
      writeFileSync(file, JSON.stringify({ id: 'L-1', text: 'Contact via WhatsApp.', date: '2019-01-01' }) + '\n')
      const [a] = await run([file], { source: 'later' })
      assert.equal(a?.extracted, 0)
      const [b] = await run([file], { source: 'later', extractor: createAliasExtractor(catalogue) })
      assert.deepEqual([b?.unchanged, b?.extracted, b?.mentions], [1, 1, 1])
    })

    it('stores the findings of the extraction engine with its versions', async () => {
      const engine = extractorFromOptions({}, catalogue)
      const file = path.join(dir, 'engine.jsonl')
      writeFileSync(file, JSON.stringify({ id: 'E-1', text: 'Aangeefster verklaarde dat zij via Snapchat werd benaderd. Er was geen contact via Facebook.', date: '2019-05-14', unit: 'Rotterdam' }) + '\n')
      const [s] = await run([file], { source: 'engine', extractor: engine })
      assert.equal(s?.extracted, 1)
      const ms = await t.conn.db.selectFrom('mention').select(['platform_id', 'negated', 'extractor_version', 'catalogue_version', 'span_start', 'span_end', 'surface']).where('registration_id', '=', registrationId('engine', 'E-1')).orderBy('span_start').execute()
      const snap = ms.find((m) => m.platform_id === 'snapchat')
      assert.ok(snap, 'Snapchat found')
      assert.equal(snap.negated, false)
      assert.equal(snap.extractor_version, engine.version)
      assert.equal(snap.catalogue_version, catalogue.version)
      const fb = ms.find((m) => m.platform_id === 'facebook')
      assert.equal(fb?.negated, true)
    })

    it('rejects bad records with file, line, field and reason, never the text, and imports the rest', async () => {
      const cases: Array<[string, number, Array<[number, string | null, string]>]> = [
        ['impossible-date.csv', 1, [[2, 'date', 'date_invalid']]],
        ['empty-registration-number.csv', 1, [[3, 'source_ref', 'field_required']]],
        ['duplicate-numbers.csv', 2, [[4, 'source_ref', 'duplicate_ref']]],
        ['truncated.csv', 1, [[3, 'narrative', 'export_unreadable']]],
        ['truncated.jsonl', 1, [[2, null, 'json_invalid']]],
        ['unknown-unit.csv', 1, [[2, 'unit', 'field_invalid']]],
      ]
      for (const [name, stored, expected] of cases) {
        const [s] = await run([fixture(name)], { source: `bad-${name}` })
        assert.equal((s?.inserted ?? 0) + (s?.unchanged ?? 0), stored, name)
        assert.equal(s?.rejected, expected.length, name)
        assert.ok(s?.rejectsFile, name)
        const rejects = readFileSync(s.rejectsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
        assert.deepEqual(rejects.map((r) => [r.line, r.field, r.code]), expected, name)
        assert.ok(rejects.every((r) => r.file === fixture(name) && typeof r.message === 'string'))
      }
      const dup = readFileSync(path.join(dir, 'duplicate-numbers.csv.rejects.jsonl'), 'utf8')
      assert.match(dup, /"firstLine":2/)
      assert.doesNotMatch(readFileSync(path.join(dir, 'truncated.csv.rejects.jsonl'), 'utf8'), /afgebroken midden/)
    })

    it('finds a number repeated in a later batch of the same file without keeping every number in memory', async () => {
      const [s] = await run([fixture('duplicate-numbers.csv')], { source: 'dup-batches', batchSize: 1 })
      assert.deepEqual([s?.inserted, s?.rejected], [2, 1])
      assert.deepEqual(s?.firstRejects.map((r) => [r.line, r.field, r.code]), [[4, 'source_ref', 'duplicate_ref']])
      const kept = await narrativeOf('dup-batches', 'DUP-001')
      assert.equal(kept, 'Eerste registratie met dit nummer.')
      const b = await t.conn.db.selectFrom('import_batch').selectAll().where('source', '=', 'dup-batches').executeTakeFirstOrThrow()
      assert.deepEqual([b.records_read, b.inserted, b.rejected], [3, 2, 1])
    })

    it('stops at the first bad record with --on-error abort, naming file, line and field', async () => {
      await assert.rejects(run([fixture('impossible-date.csv')], { source: 'abort', onError: 'abort' }), (e: unknown) => {
        assert.ok(e instanceof AppError)
        assert.deepEqual([e.code, e.details.file, e.details.line, e.details.field], ['date_invalid', fixture('impossible-date.csv'), 2, 'date'])
        return true
      })
      const b = await t.conn.db.selectFrom('import_batch').select('status').where('source', '=', 'abort').executeTakeFirstOrThrow()
      assert.equal(b.status, 'failed')
    })

    it('refuses a missing required column and a file of the wrong encoding as a whole', async () => {
      await assert.rejects(run([fixture('missing-column.csv')], { source: 'mc' }), (e: unknown) => e instanceof AppError && e.code === 'column_missing')
      await assert.rejects(run([fixture('mixed-encoding.csv')], { source: 'me' }), (e: unknown) => e instanceof AppError && e.code === 'encoding_invalid')
    })

    it('rejects a 10 MB field with a clear error and keeps memory bounded', async () => {
      const file = path.join(dir, 'ten-megabyte-field.csv')
      writeFileSync(file, `Registratienummer;Datum;Omschrijving\r\nBIG-1;2019-01-01;"${'a'.repeat(10 * 1024 * 1024)}"\r\nBIG-2;2019-01-02;Gewone omschrijving.\r\n`)
      const [s] = await run([file], { source: 'big' })
      assert.deepEqual([s?.inserted, s?.rejected], [1, 1])
      assert.deepEqual(s?.firstRejects.map((r) => [r.line, r.field, r.code]), [[2, 'narrative', 'field_too_long']])
    })

    it('stores cells starting with = + - @ verbatim as text', async () => {
      const [s] = await run([fixture('formula-cells.csv')], { source: 'formula' })
      assert.deepEqual([s?.inserted, s?.rejected], [4, 0])
      const rows = await t.conn.db.selectFrom('registration').select(['source_ref', 'narrative']).where('source', '=', 'formula').orderBy('reg_date').execute()
      assert.deepEqual(rows.map((r) => r.source_ref), ['=1+1', '+31', '-5', '@SUM'])
      assert.equal(rows[0]?.narrative, '=HYPERLINK("http://voorbeeld.invalid";"klik")')
    })

    it('writes no rejects file when nothing is rejected and removes a stale one', async () => {
      const stale = path.join(dir, 'comma-delimited.csv.rejects.jsonl')
      writeFileSync(stale, '{}\n')
      const [s] = await run([fixture('comma-delimited.csv')], { source: 'stale' })
      assert.equal(s?.rejectsFile, null)
      assert.equal(existsSync(stale), false)
    })

    it('reads on a worker thread with the same results as on the main thread', async () => {
      const files = ['duplicate-numbers.csv', 'impossible-date.csv', 'truncated.jsonl', 'generator-format.jsonl', 'windows-1252-euro.csv']
      const outcome = async (readerThread: boolean, name: string) => {
        const source = `thread-${readerThread}-${name}`
        const [s] = await run([fixture(name)], { source, readerThread, batchSize: 1 })
        const rejects = s?.rejectsFile ? readFileSync(s.rejectsFile, 'utf8') : null
        const rows = await t.conn.db.selectFrom('registration').select(['source_ref', 'narrative', 'reg_date', 'police_unit']).where('source', '=', source).orderBy('source_ref').execute()
        return { counts: [s?.recordsRead, s?.inserted, s?.updated, s?.unchanged, s?.rejected], firstRejects: s?.firstRejects, rejects, rows }
      }
      for (const name of files) assert.deepEqual(await outcome(true, name), await outcome(false, name), name)

      const abort = (readerThread: boolean) => run([fixture('impossible-date.csv')], { source: `thread-abort-${readerThread}`, onError: 'abort', readerThread })
      const failure = async (p: Promise<unknown>) => p.then(() => assert.fail('no error'), (e: unknown) => e)
      assert.deepEqual(await failure(abort(true)), await failure(abort(false)))
      const missing = await failure(run([fixture('missing-column.csv')], { source: 'thread-missing', readerThread: true }))
      assert.ok(missing instanceof AppError && missing.code === 'column_missing')
    })

    it('extracts on the reader thread with the same stored findings as on the main thread, on first import, re-import and extract --db', async () => {
      const extractor = extractorFromOptions({}, catalogue)
      const texts = [
        'Aangeefster (16) werd via Snapchat benaderd door verdachte. Hij plaatste advertenties op Sexjobs.nl.',
        'Klanten namen via WhatsApp contact op. Er was geen contact via Facebook.',
        'Zij gebruikte wiet en liep weg uit de instelling. Verdachte zette foto\'s van haar op TikTok.',
        'Via een website werden klanten geworven; welke site is niet bekend.',
        'De melder (15) zag een Discord-server waarin haar foto\'s werden gedeeld om haar onder druk te zetten.',
        'Er is niets over internetgebruik bekend.',
        'Verdachte appte haar dagelijks en hield haar via Instagram in de gaten.',
      ]
      const file = path.join(dir, 'thread-extract.jsonl')
      const write = (changed: Record<number, string>) =>
        writeFileSync(file, texts.map((text, i) => JSON.stringify({ id: `TX-${i + 1}`, date: '2019-06-01', text: changed[i] ?? text })).join('\n') + '\n')
      const stored = async (source: string) =>
        (
          await sql<Record<string, unknown>>`
            select r.source_ref, m.platform_id, m.platform_name, m.in_catalogue, m.kind, m.negated, m.span_start, m.span_end,
              m.surface, m.roles, m.evidence, m.confidence, m.status, m.extractor_version
            from mention m join registration r on r.id = m.registration_id
            where r.source = ${source} order by r.source_ref, m.span_start, m.kind`.execute(t.conn.db)
        ).rows.concat(
          (
            await sql<Record<string, unknown>>`
              select r.source_ref, v.factor, v.span_start, v.span_end from vulnerability v join registration r on r.id = v.registration_id
              where r.source = ${source} order by r.source_ref, v.factor`.execute(t.conn.db)
          ).rows,
        )
      const outcome = async (readerThread: boolean) => {
        const source = `thread-extract-${readerThread}`
        const counts = (s: Awaited<ReturnType<typeof run>>) => s.map((x) => [x.inserted, x.updated, x.unchanged, x.extracted, x.mentions])
        write({})
        const first = counts(await run([file], { source, readerThread, batchSize: 2, extractor }))
        const afterFirst = await stored(source)
        // unchanged batches first (the thread stops extracting ahead), then changed records the writer extracts itself
        write({ 5: 'Verdachte bood haar aan op Kinky.nl.', 6: 'Zij werd via Telegram benaderd.' })
        const second = counts(await run([file], { source, readerThread, batchSize: 1, extractor }))
        const afterSecond = await stored(source)
        // extract --db: on an extraction thread a page ahead when there is more than one page
        const again = await reextractRegistrations({ conn: t.conn, catalogue, extractor, selection: { sources: [source] }, batchSize: readerThread ? 2 : 100 })
        return { first, afterFirst, second, afterSecond, again: [again.registrations, again.mentions], afterAgain: await stored(source) }
      }
      const threaded = await outcome(true)
      assert.deepEqual(threaded, await outcome(false))
      assert.deepEqual(threaded.first, [[7, 0, 0, 7, threaded.afterFirst.filter((r) => 'kind' in r).length]])
      assert.deepEqual(threaded.second.map((c) => c.slice(0, 4)), [[0, 2, 5, 2]])
      assert.ok(threaded.afterFirst.some((r) => r.platform_name === 'TikTok' && r.in_catalogue === false && r.platform_id !== null))
      assert.ok(threaded.afterSecond.some((r) => r.source_ref === 'TX-7' && r.platform_name === 'Telegram'))
      assert.deepEqual(threaded.afterAgain, threaded.afterSecond)
      assert.equal(threaded.again[0], 7)
    })

    it('keeps the last listing of a person and the first of a person listed twice on one registration, across batches and changes', async () => {
      const file = path.join(dir, 'persons.jsonl')
      const person = (country: string, roles: string[], age = 15) => ({ pseudonym: 'P-SHARED', gender: 'F', birth_year: 2004, birth_country: country, resident_nl: true, roles, age })
      const write = (texts: string[], persons: unknown[][]) =>
        writeFileSync(file, texts.map((text, i) => JSON.stringify({ id: `PS-${i + 1}`, text, date: '2019-06-01', persons: persons[i] })).join('\n') + '\n')
      const links = async () =>
        t.conn.db.selectFrom('registration_person as rp').innerJoin('registration as r', 'r.id', 'rp.registration_id')
          .select(['r.source_ref', 'rp.roles', 'rp.age']).where('r.source', '=', 'persons').orderBy('r.source_ref').execute()
      const country = async () => (await t.conn.db.selectFrom('person').select('birth_country').where('pseudonym', '=', 'P-SHARED').executeTakeFirstOrThrow()).birth_country
      for (const batchSize of [1, 10]) {
        await t.conn.db.deleteFrom('registration').where('source', '=', 'persons').execute()
        write(['Eerste.', 'Tweede.', 'Derde.'], [[person('Nederland', ['slachtoffer'])], [person('België', ['aangever']), person('Duitsland', ['getuige'], 16)], []])
        const [a] = await run([file], { source: 'persons', batchSize })
        assert.equal(a?.inserted, 3)
        assert.deepEqual(await links(), [{ source_ref: 'PS-1', roles: ['slachtoffer'], age: 15 }, { source_ref: 'PS-2', roles: ['aangever'], age: 15 }], `batch ${batchSize}`)
        assert.equal(await country(), 'Duitsland', `batch ${batchSize}`)
        // a changed registration gets the links of its new version; the others keep theirs
        write(['Eerste.', 'Tweede, gewijzigd.', 'Derde.'], [[person('Nederland', ['slachtoffer'])], [person('Frankrijk', ['melder'], 17)], []])
        const [b] = await run([file], { source: 'persons', batchSize })
        assert.deepEqual([b?.inserted, b?.updated, b?.unchanged], [0, 1, 2])
        assert.deepEqual(await links(), [{ source_ref: 'PS-1', roles: ['slachtoffer'], age: 15 }, { source_ref: 'PS-2', roles: ['melder'], age: 17 }], `batch ${batchSize}`)
        assert.equal(await country(), 'Frankrijk', `batch ${batchSize}`)
      }
    })

    it('rejects a number repeated from the previous batch with the line it was first seen on', async () => {
      const file = path.join(dir, 'adjacent.jsonl')
      const rec = (id: string, text: string) => JSON.stringify({ id, text, date: '2019-07-01' })
      writeFileSync(file, [rec('A-1', 'Eerste.'), rec('A-2', 'Tweede.'), rec('A-1', 'Derde, zelfde nummer.'), rec('A-3', 'Vierde.')].join('\n') + '\n')
      const [s] = await run([file], { source: 'adjacent', batchSize: 2 })
      assert.deepEqual([s?.recordsRead, s?.inserted, s?.rejected], [4, 3, 1])
      assert.deepEqual(s?.firstRejects.map((r) => [r.line, r.field, r.code, r.firstLine]), [[3, 'source_ref', 'duplicate_ref', 1]])
      assert.equal(await narrativeOf('adjacent', 'A-1'), 'Eerste.')
    })

    it('writes many batches in file order: persons as last listed, every count in import_batch', async () => {
      const file = path.join(dir, 'many.jsonl')
      const lines: string[] = []
      const lastCountry = new Map<string, string>()
      for (let i = 1; i <= 400; i++) {
        // five pseudonyms shared by every batch, each listed with the country of the line it is on
        const persons = [1, 2].map((k) => ({ pseudonym: `P-MANY-${(i * k) % 5}`, birth_country: `land-${i}`, roles: ['slachtoffer'], age: 15 }))
        for (const p of persons) lastCountry.set(p.pseudonym, p.birth_country)
        lines.push(JSON.stringify({ id: `M-${i}`, text: `Registratie ${i}.`, date: '2019-08-01', persons }))
      }
      writeFileSync(file, lines.join('\n') + '\n')
      const [s] = await run([file], { source: 'many', batchSize: 10 })
      assert.deepEqual([s?.inserted, s?.rejected], [400, 0])
      const persons = await t.conn.db.selectFrom('person').select(['pseudonym', 'birth_country']).where('pseudonym', 'like', 'P-MANY-%').orderBy('pseudonym').execute()
      assert.deepEqual(persons, [...lastCountry].sort().map(([pseudonym, birth_country]) => ({ pseudonym, birth_country })))
      const links = await t.conn.db.selectFrom('registration_person as rp').innerJoin('registration as r', 'r.id', 'rp.registration_id')
        .select((eb) => eb.fn.countAll<string>().as('n')).where('r.source', '=', 'many').executeTakeFirstOrThrow()
      assert.equal(Number(links.n), 400 * 2 - 400 / 5) // i * 1 and i * 2 fall on the same pseudonym when i is a multiple of 5
      const b = await t.conn.db.selectFrom('import_batch').selectAll().where('source', '=', 'many').executeTakeFirstOrThrow()
      assert.deepEqual([b.status, b.records_read, b.inserted, b.unchanged, b.rejected], ['completed', 400, 400, 0, 0])
    })

    it('writes batches of 1,000 records when it extracts and of 2,000 when it does not, unless told otherwise', async () => {
      const file = path.join(dir, 'batch-sizes.jsonl')
      const rows = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ id: `BS-${i}`, date: '2019-05-01', text: 'Zij werd via Snapchat benaderd.' }))
      writeFileSync(file, rows.join('\n') + '\n')
      const batchEnds = async (source: string, over: Partial<ImportOptions>): Promise<number[]> => {
        const seen: number[] = []
        await run([file], { source, readerThread: false, onProgress: (p) => seen.push(p.recordsRead), ...over })
        return seen
      }
      assert.deepEqual(await batchEnds('bs-extract', { extractor: createAliasExtractor(catalogue) }), [1000, 2000, 2500])
      assert.deepEqual(await batchEnds('bs-plain', {}), [2000, 2500])
      assert.deepEqual(await batchEnds('bs-given', { extractor: createAliasExtractor(catalogue), batchSize: 1250 }), [1250, 2500])
    })

    it('stops a many-batch import at the first bad record with everything before it stored and counted', async () => {
      const file = path.join(dir, 'abort-many.jsonl')
      const lines = Array.from({ length: 300 }, (_, k) =>
        JSON.stringify({ id: `AB-${k + 1}`, text: `Registratie ${k + 1}.`, date: k + 1 === 150 ? '31-02-2019' : '2019-09-01' }))
      writeFileSync(file, lines.join('\n') + '\n')
      await assert.rejects(run([file], { source: 'abort-many', batchSize: 10, onError: 'abort' }), (e: unknown) => e instanceof AppError && e.details.line === 150)
      const n = await t.conn.db.selectFrom('registration').select((eb) => eb.fn.countAll<string>().as('n')).where('source', '=', 'abort-many').executeTakeFirstOrThrow()
      assert.equal(Number(n.n), 149)
      const b = await t.conn.db.selectFrom('import_batch').selectAll().where('source', '=', 'abort-many').executeTakeFirstOrThrow()
      assert.deepEqual([b.status, b.records_read, b.inserted, b.rejected], ['failed', 150, 149, 1])
    })

    if (variant === 'postgres') {
      it('writes a batch again through ON CONFLICT when a concurrent writer stores one of its new rows first', async () => {
        const file = path.join(dir, 'race.jsonl')
        const records = ['R-1', 'R-2', 'R-3'].map((id) => ({ id, text: `Registratie ${id}.`, date: '2019-03-03', persons: [{ pseudonym: `P-${id}`, roles: ['slachtoffer'], age: 15 }] }))
        writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
        // another session inserts R-2 and holds it uncommitted: the import's COPY waits for it, then collides
        const other = await t.conn.pool!.connect()
        try {
          await other.query('BEGIN')
          await other.query(`insert into registration (id, source, source_ref, reg_date, narrative, content_hash) values ($1, 'race', 'R-2', '2019-03-03', 'ouder', 'x')`, [registrationId('race', 'R-2')])
          const importing = run([file], { source: 'race' })
          const waited = async () => {
            for (let i = 0; i < 500; i++) {
              const { rows } = await t.conn.pool!.query(`select count(*)::int n from pg_stat_activity where wait_event_type = 'Lock' and query like 'COPY registration %'`)
              if (rows[0].n > 0) return true
              await new Promise((r) => setTimeout(r, 20))
            }
            return false
          }
          assert.ok(await waited(), 'the import waited for the other session')
          await other.query('COMMIT')
          const [s] = await importing
          assert.deepEqual([s?.inserted, s?.updated, s?.unchanged, s?.rejected], [2, 1, 0, 0])
        } finally {
          other.release()
        }
        const rows = await t.conn.db.selectFrom('registration').select(['source_ref', 'narrative']).where('source', '=', 'race').orderBy('source_ref').execute()
        assert.deepEqual(rows.map((r) => r.narrative), ['Registratie R-1.', 'Registratie R-2.', 'Registratie R-3.'])
        const linked = await t.conn.db.selectFrom('registration_person as rp').innerJoin('registration as r', 'r.id', 'rp.registration_id').select('r.source_ref').where('r.source', '=', 'race').orderBy('r.source_ref').execute()
        assert.deepEqual(linked.map((l) => l.source_ref), ['R-1', 'R-2', 'R-3'])
      })
    }

    it('selects registrations in SQL exactly as the domain predicate does', async () => {
      const selections: RegistrationSelection[] = [
        REPORT_SELECTION,
        { minors_only: true },
        { resident_nl_only: true, sources: ['calibrated'] },
        { societal_classes: ['f560'] },
        { units: ['limburg'], from: '2018-01-01', to_exclusive: '2019-01-01' },
      ]
      const rows = await t.conn.db
        .selectFrom('registration as r')
        .select(['r.id', sql<string>`to_char(r.reg_date, 'YYYY-MM-DD')`.as('date'), 'r.police_unit', 'r.societal_class', 'r.exploitation_form', 'r.source'])
        .execute()
      const persons = await t.conn.db
        .selectFrom('registration_person as rp')
        .innerJoin('person as p', 'p.id', 'rp.person_id')
        .select(['rp.registration_id', 'rp.age', 'p.birth_year', 'p.resident_nl'])
        .execute()
      for (const sel of selections) {
        const expected = rows
          .filter((r) =>
            isRegistrationSelected(
              {
                date: r.date, policeUnit: r.police_unit, societalClass: r.societal_class, exploitationForm: r.exploitation_form, source: r.source,
                persons: persons.filter((p) => p.registration_id === r.id).map((p) => ({ age: p.age, birthYear: p.birth_year, residentNl: p.resident_nl })),
              },
              sel,
            ),
          )
          .map((r) => r.id)
          .sort()
        const got = (await pageRegistrationTexts(t.conn.db, null, 10_000, sel)).map((r) => r.id).sort()
        assert.deepEqual(got, expected, JSON.stringify(sel))
        assert.equal(await countRegistrations(t.conn.db, sel), expected.length)
      }
      const aliased = await t.conn.db
        .selectFrom('registration as r')
        .select('r.id')
        .where((eb) => whereRegistrationSelected(eb, REPORT_SELECTION, 'r'))
        .execute()
      assert.deepEqual(aliased.map((r) => r.id).sort(), (await pageRegistrationTexts(t.conn.db, null, 10_000, REPORT_SELECTION)).map((r) => r.id).sort())
      const report = await pageRegistrationTexts(t.conn.db, null, 100, { ...REPORT_SELECTION, sources: ['calibrated'] })
      assert.deepEqual(report.map((r) => r.id).sort(), [registrationId('calibrated', 'JL-001'), registrationId('calibrated', 'JL-002')].sort())
    })
  })
}
