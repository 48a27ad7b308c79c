#!/usr/bin/env node
import { main } from '../dist/cli.js';

const ctx = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
process.exitCode = await main(process.argv, ctx);
