import { Command, CommanderError } from 'commander'
import { AppError } from '../domain/errors.ts'
import { messagesNl } from './messages.nl.ts'
import { statusCommand } from './commands/status.ts'
import { serveCommand } from './commands/serve.ts'
import { userCommand } from './commands/user.ts'
import { auditCommand } from './commands/audit.ts'
import { importCommand } from './commands/import.ts'
import { generateCommand } from './commands/generate.ts'
import { extractCommand } from './commands/extract.ts'
import { pictureCommand } from './commands/picture.ts'
import { demoCommand } from './commands/demo.ts'

/** Exit codes (ARCHITECTURE.md): 0 success, 1 bad input, 2 usage. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const

export function buildProgram(): Command {
  const program = new Command('platformscope')
    .description(
      'Platform involvement in sexual exploitation of minors: import registrations, extract platforms and roles, build the intelligence picture.',
    )
    .option('--verbose', 'print internal details and stack traces on errors')
    .exitOverride()
    .showHelpAfterError()
  program.addCommand(statusCommand())
  program.addCommand(serveCommand())
  program.addCommand(userCommand())
  program.addCommand(auditCommand())
  program.addCommand(importCommand())
  program.addCommand(generateCommand())
  program.addCommand(extractCommand())
  program.addCommand(pictureCommand())
  program.addCommand(demoCommand())
  for (const cmd of program.commands) cmd.exitOverride()
  return program
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram()
  try {
    await program.parseAsync(argv)
    return EXIT.ok
  } catch (error) {
    return reportError(error, argv.includes('--verbose'))
  }
}

function reportError(error: unknown, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // help and version exit through here with code 0
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage
  }
  if (error instanceof AppError) {
    process.stderr.write(`fout: ${messagesNl[error.code](error.details)}\n`)
    if (verbose) process.stderr.write(`${JSON.stringify(error.details)}\n${String(error.stack)}\n`)
    return error.code === 'usage' ? EXIT.usage : EXIT.badInput
  }
  process.stderr.write(`interne fout: ${error instanceof Error ? error.message : String(error)}\n`)
  if (verbose && error instanceof Error) process.stderr.write(`${String(error.stack)}\n`)
  return EXIT.badInput
}

const isEntryPoint = process.argv[1] !== undefined && /platformscope(\.js)?$|cli\/main\.ts$/.test(process.argv[1])
if (isEntryPoint) {
  process.exitCode = await main(process.argv)
}
