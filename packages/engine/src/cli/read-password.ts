import { createInterface } from 'node:readline'
import { AppError } from '../domain/errors.ts'

/**
 * A password from the first line of stdin (--password-stdin), or typed at a terminal without echo (twice when
 * `confirm`). Never from an argument: those end up in shell history and process lists.
 */
export async function readPassword(fromStdin: boolean, confirm: boolean): Promise<string> {
  if (fromStdin) return firstLineOfStdin()
  if (!process.stdin.isTTY) {
    throw new AppError('usage', { reason: 'geen terminal: geef het wachtwoord via --password-stdin' })
  }
  const first = await promptHidden('Wachtwoord: ')
  if (confirm) {
    const second = await promptHidden('Herhaal wachtwoord: ')
    if (first !== second) throw new AppError('usage', { reason: 'de wachtwoorden verschillen' })
  }
  return first
}

async function firstLineOfStdin(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false })
  for await (const line of rl) {
    rl.close()
    return line
  }
  throw new AppError('usage', { reason: 'geen wachtwoord op stdin' })
}

function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin
  process.stderr.write(question)
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  let typed = ''
  return new Promise((resolve, reject) => {
    const done = () => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stderr.write('\n')
    }
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          done()
          resolve(typed)
          return
        }
        if (ch === '\u0003' || ch === '\u0004') {
          done()
          reject(new AppError('usage', { reason: 'afgebroken' }))
          return
        }
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1)
        else typed += ch
      }
    }
    stdin.on('data', onData)
  })
}
