import { setFlagsFromString } from 'node:v8';

/**
 * A run of ip is short and runs once: V8 spends a large part of it compiling
 * the code that gets hot (on 10,000 plans, 1.2-1.6 s of the 3.0-3.2 s of CPU
 * that ip validate takes, on V8's helper threads and on the worker), and
 * inlining is what makes the largest functions costly to compile. With a
 * fifth of V8's default budget for inlining into one function (920 bytes of
 * bytecode), that compiling took 0.8-1.1 s and the code ran as fast.
 * Measured on 2 cores, medians of 12-14 alternating runs: ip validate on
 * 10,000 plans 1.80 -> 1.71 s (CPU 3.19 -> 2.89 s; the same flag given to
 * node: 1.74 s), ip due 1.40 -> 1.31 s (CPU 2.37 -> 2.18 s); 100,000 plans
 * no slower. Budgets from 50 to 400 bytes measured alike.
 *
 * V8 reads the value each time it optimises a function, and for the whole
 * process: set once, it covers every thread. It is set after the worker
 * threads have started, never before: V8 will not use the code Node caches
 * for its own modules when the flags differ from Node's, and a worker
 * started after the change took 75-105 ms instead of 35-50 ms to start.
 * So a worker sets it as it starts, and the main thread only where it
 * starts no worker (loadPlans).
 */
export function limitInlining(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
