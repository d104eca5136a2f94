// The annotated dev sets, in the order their annotators wrote them: output file, source-file prefix under source/,
// record-id prefix and record count. build-devset.mjs builds from this table, check-devset.mjs validates against it, and
// score-run.ts and the role scorer's training read the annotators and the sealed sets from it, so adding an annotator's
// set is one row here (and a new session's sealed sets one line: SEALED_SETS).
//
// tune and heldout come from the first annotator's records (source files without any prefix below, ids DEV-),
// split by a fixed seeded shuffle. tune-2 (DEV2-) is a second annotator's tuning set. The third to seventh annotators
// each wrote a tune-N and a heldout-(N-1) (DEV3- … DEV12-), putting every third record written into the heldout file.
// From heldout-7 (DEV13-) on, each set is one new annotator's, written outside the repository while the rules were
// tuned and added only when they were final (GUIDELINES.md says when each was scored).
export const FIRST_ANNOTATOR = { tune: 'tune', heldout: 'heldout', idPrefix: 'DEV', tuneRecords: 140, heldoutRecords: 70 }

export const LATER_SETS = [
  { name: 'tune-2', source: 'tune2-', idPrefix: 'DEV2', records: 150 },
  { name: 'tune-3', source: 'tune3-', idPrefix: 'DEV3', records: 150 },
  { name: 'heldout-2', source: 'heldout2-', idPrefix: 'DEV4', records: 75 },
  { name: 'tune-4', source: 'tune4-', idPrefix: 'DEV5', records: 150 },
  { name: 'heldout-3', source: 'heldout3-', idPrefix: 'DEV6', records: 75 },
  { name: 'tune-5', source: 'tune5-', idPrefix: 'DEV7', records: 150 },
  { name: 'heldout-4', source: 'heldout4-', idPrefix: 'DEV8', records: 75 },
  { name: 'tune-6', source: 'tune6-', idPrefix: 'DEV9', records: 150 },
  { name: 'heldout-5', source: 'heldout5-', idPrefix: 'DEV10', records: 75 },
  { name: 'tune-7', source: 'tune7-', idPrefix: 'DEV11', records: 150 },
  { name: 'heldout-6', source: 'heldout6-', idPrefix: 'DEV12', records: 75 },
  { name: 'heldout-7', source: 'heldout7-', idPrefix: 'DEV13', records: 150 },
  { name: 'heldout-8', source: 'heldout8-', idPrefix: 'DEV14', records: 150 },
  { name: 'heldout-9', source: 'heldout9-', idPrefix: 'DEV15', records: 150 },
  { name: 'heldout-10', source: 'heldout10-', idPrefix: 'DEV16', records: 150 },
  { name: 'heldout-11', source: 'heldout11-', idPrefix: 'DEV17', records: 150 },
  { name: 'heldout-12', source: 'heldout12-', idPrefix: 'DEV18', records: 150 },
  { name: 'heldout-13', source: 'heldout13-', idPrefix: 'DEV19', records: 150 },
  { name: 'heldout-14', source: 'heldout14-', idPrefix: 'DEV20', records: 150 },
  { name: 'heldout-15', source: 'heldout15-', idPrefix: 'DEV21', records: 150 },
  { name: 'heldout-16', source: 'heldout16-', idPrefix: 'DEV22', records: 150 },
  { name: 'heldout-17', source: 'heldout17-', idPrefix: 'DEV23', records: 150 },
  { name: 'heldout-18', source: 'heldout18-', idPrefix: 'DEV24', records: 150 },
  { name: 'heldout-19', source: 'heldout19-', idPrefix: 'DEV25', records: 150 },
  { name: 'heldout-20', source: 'heldout20-', idPrefix: 'DEV26', records: 150 },
  { name: 'heldout-21', source: 'heldout21-', idPrefix: 'DEV27', records: 150 },
  { name: 'heldout-22', source: 'heldout22-', idPrefix: 'DEV28', records: 150 },
  { name: 'heldout-23', source: 'heldout23-', idPrefix: 'DEV29', records: 150 },
  { name: 'heldout-24', source: 'heldout24-', idPrefix: 'DEV30', records: 150 },
  { name: 'heldout-25', source: 'heldout25-', idPrefix: 'DEV31', records: 150 },
  { name: 'heldout-26', source: 'heldout26-', idPrefix: 'DEV32', records: 150 },
  { name: 'heldout-27', source: 'heldout27-', idPrefix: 'DEV33', records: 150 },
  { name: 'heldout-28', source: 'heldout28-', idPrefix: 'DEV34', records: 150 },
  { name: 'heldout-29', source: 'heldout29-', idPrefix: 'DEV35', records: 150 },
  { name: 'heldout-30', source: 'heldout30-', idPrefix: 'DEV36', records: 150 },
  { name: 'heldout-31', source: 'heldout31-', idPrefix: 'DEV37', records: 150 },
  { name: 'heldout-32', source: 'heldout32-', idPrefix: 'DEV38', records: 150 },
  { name: 'heldout-33', source: 'heldout33-', idPrefix: 'DEV39', records: 150 },
  { name: 'heldout-34', source: 'heldout34-', idPrefix: 'DEV40', records: 150 },
  { name: 'heldout-35', source: 'heldout35-', idPrefix: 'DEV41', records: 150 },
  { name: 'heldout-36', source: 'heldout36-', idPrefix: 'DEV42', records: 150 },
  { name: 'heldout-37', source: 'heldout37-', idPrefix: 'DEV43', records: 150 },
  { name: 'heldout-38', source: 'heldout38-', idPrefix: 'DEV44', records: 150 },
  { name: 'heldout-39', source: 'heldout39-', idPrefix: 'DEV45', records: 150 },
  { name: 'heldout-40', source: 'heldout40-', idPrefix: 'DEV46', records: 150 },
  { name: 'heldout-41', source: 'heldout41-', idPrefix: 'DEV47', records: 150 },
  { name: 'heldout-42', source: 'heldout42-', idPrefix: 'DEV48', records: 150 },
]

/**
 * The sealed sets: written by new annotators outside the repository while a session's rules were tuned, and scored once
 * when they were final (GUIDELINES.md says when). score-run.ts refuses --errors on them and leaves them out of --set all,
 * and the learned role scorer never trains on them, until the next session makes them tuning data.
 */
export const SEALED_SETS = ['heldout-40', 'heldout-41', 'heldout-42']

/**
 * Every annotator's sets, in the order they wrote them: A1 tune and heldout, A2 tune-2, the third to seventh annotators
 * a tune-N each with its heldout-(N-1), and from heldout-7 on one set per annotator (heldout-N is A(N+1)'s).
 */
export function annotatorGroups() {
  const groups = [{ name: 'A1', sets: [FIRST_ANNOTATOR.tune, FIRST_ANNOTATOR.heldout] }]
  for (const { name } of LATER_SETS) {
    const [kind, k] = name.split('-')
    const n = Number(k)
    if (kind === 'tune') groups.push({ name: `A${n}`, sets: [name] })
    else if (n <= 6) groups[groups.length - 1].sets.push(name)
    else groups.push({ name: `A${n + 1}`, sets: [name] })
  }
  return groups
}

/** output file → expected record count, for every set */
export const EXPECTED_RECORDS = Object.fromEntries([
  [`${FIRST_ANNOTATOR.tune}.jsonl`, FIRST_ANNOTATOR.tuneRecords],
  [`${FIRST_ANNOTATOR.heldout}.jsonl`, FIRST_ANNOTATOR.heldoutRecords],
  ...LATER_SETS.map((s) => [`${s.name}.jsonl`, s.records]),
])

/** every record-id prefix in use */
export const ID_PREFIXES = new Set([FIRST_ANNOTATOR.idPrefix, ...LATER_SETS.map((s) => s.idPrefix)])
