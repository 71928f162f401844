import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup/entities.ts'],
    // Test files run in parallel. Vitest's default is one worker fewer than the cores, which on a
    // 2-core machine (CI, the team's) runs the files one after the other although many of them spend
    // their time waiting for child processes (the CLI, Chromium): two workers at least. The
    // end-to-end file drives one Chromium and the CLI tests spawn workers, so timeouts are generous
    // for a loaded 2-core machine.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
