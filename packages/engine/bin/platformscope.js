#!/usr/bin/env node
// The engine runs from its TypeScript sources through tsx, so a fresh `npm install` is all the bin needs.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
