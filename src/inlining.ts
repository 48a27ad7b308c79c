import { setFlagsFromString } from 'node:v8';

/**
 * A run of ip is short and runs once, so V8 spends a large part of it
 * compiling the code that gets hot, and inlining is what makes the largest
 * functions costly to compile. With a fifth of V8's default budget for
 * inlining into one function, a caseload run spent markedly less CPU
 * compiling and the code ran as fast (measured on whole runs of 10,000
 * plans, in alternating pairs). V8 reads the flag each time it optimises a
 * function, so setting it once, before the plans are read, covers the run.
 */
export function limitInlining(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
