/**
 * Wall and CPU seconds of the work done on batches of streamed items, and nothing else: reading and parsing the input
 * between batches is not counted. `push` collects an item and runs `work` on every full batch; `done` runs the rest.
 */
export function timedBatches<T>(work: (batch: readonly T[]) => void, size = 2000): {
  push(item: T): void
  done(): { seconds: number; cpu: number }
} {
  let seconds = 0
  let cpu = 0
  let batch: T[] = []
  const run = (): void => {
    const u0 = process.cpuUsage()
    const t0 = performance.now()
    work(batch)
    seconds += (performance.now() - t0) / 1000
    const u = process.cpuUsage(u0)
    cpu += (u.user + u.system) / 1e6
    batch = []
  }
  return {
    push(item) {
      batch.push(item)
      if (batch.length === size) run()
    },
    done() {
      run()
      return { seconds, cpu }
    },
  }
}
