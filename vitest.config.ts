import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A test's own waits on events (a bot's log line, an edit: 20–30 s each, several in one test) bound
    // it; this ceiling only catches a hang, so a slow, busy machine does not fail a test that is right.
    testTimeout: 90_000,
    hookTimeout: 30_000,
  },
});
