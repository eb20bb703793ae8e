import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['lib/**/*.spec.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'int',
          // Projects run one after another: each integration project starts its own server.
          sequence: { groupOrder: 1 },
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          setupFiles: ['tests/helpers/shortKeepAliveSetup.ts', 'tests/helpers/freshDatabase.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['tests/helpers/e2eSetup.ts'],
          setupFiles: ['tests/helpers/shortKeepAliveSetup.ts'],
          // Generous: `next dev` compiles each page on its first visit, slowly on a busy 2-core machine.
          testTimeout: 600_000,
          hookTimeout: 900_000,
          // One file at a time: parallel first compiles in `next dev` slow each other down.
          maxWorkers: 1,
        },
      },
    ],
  },
})
