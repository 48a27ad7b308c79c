#!/usr/bin/env node
import { main, outputFailed } from '../dist/bundle/cli.js';

const ctx = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
// A pipe closed early (`ip due | head`) or a full disk ends the run plainly, not with Node's stack trace.
process.stdout.on('error', (error) => process.exit(outputFailed(error, process.argv, ctx)));
process.exitCode = await main(process.argv, ctx);
