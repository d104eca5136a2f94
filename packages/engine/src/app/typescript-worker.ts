import { Worker, type WorkerOptions } from 'node:worker_threads'

/**
 * A worker thread running one of the engine's TypeScript modules. Node 20 gives a thread neither the loader hooks
 * of its parent nor those of an inherited `--import tsx`, so the thread registers tsx itself when a .ts module
 * will not load otherwise. (A failed import is cached, hence the query string on the second try.)
 */
export function startTypeScriptWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  const boot = `
    const url = ${JSON.stringify(moduleUrl.href)}
    try { await import(url) } catch (e) {
      if (e?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e
      const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
      register()
      await import(url + '?tsx')
    }`
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options)
}
