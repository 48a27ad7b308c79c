#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main, outputFailed } from '../dist/bundle/cli.js';

// A run over a caseload is short and runs once, so V8 spends much of it compiling the code that
// gets hot; with a fifth of its default inlining budget it spends less. And it makes garbage fast,
// plan after plan: a heap that grows by a fifth at a time keeps a run of 100,000 plans under 300 MB
// where V8's own growth took it near 400 MB (README, Performance).
const CASELOAD_COMMANDS = new Set(['validate', 'due', 'render', 'report', 'export']);
if (process.argv.slice(2, 4).some((arg) => CASELOAD_COMMANDS.has(arg))) {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
  setFlagsFromString('--heap-growing-percent=20');
}
const ctx = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
// A pipe closed early (`ip due | head`) or a full disk ends the run plainly, not with Node's stack trace.
process.stdout.on('error', (error) => process.exit(outputFailed(error, process.argv, ctx)));
process.exitCode = await main(process.argv, ctx);
