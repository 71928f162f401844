import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup/entities.ts'],
    // Test files run in parallel (vitest's default); the end-to-end file drives one Chromium and
    // the CLI tests spawn workers, so timeouts are generous for a loaded 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
