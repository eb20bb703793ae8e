import { defineConfig } from '@playwright/test'

/**
 * The browser suite: Debian's Chromium (never a downloaded browser) against the production build,
 * started by tests/helpers/e2eSetup.ts on a freshly seeded database. That setup sets E2E_BASE_URL
 * before the workers start, and they read this file again, so `baseURL` reaches every test.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  globalSetup: './tests/helpers/e2eSetup.ts',
  outputDir: '.tmp/playwright-results',
  // One file at a time: the files share the seeded catalogue, and some of them edit it.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // CI machines are slower and noisier than ours: one retry there, and the summary names every
  // test that needed it (scripts/test.sh), so a flaky test is seen and fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    navigationTimeout: 60_000,
    actionTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'],
    },
  },
})
