import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.spec.ts', 'response-cache.spec.ts', 'observability.spec.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          // After the unit project: its global setup starts the production server.
          sequence: { groupOrder: 1 },
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          setupFiles: ['tests/helpers/shortKeepAliveSetup.ts', 'tests/helpers/freshDatabase.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          maxWorkers: 2,
        },
      },
    ],
  },
})
