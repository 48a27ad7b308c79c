import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that run the built binary start Node processes; a loaded 2-core machine needs room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
