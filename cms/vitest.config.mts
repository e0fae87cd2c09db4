// Three projects: `unit` (no servers), `int` (real Strapi processes: one seeded CMS on SQLite and
// one on PostgreSQL, started once in tests/global-setup.ts and shared by the test files, which run
// one at a time because they read counts the others could change; the notifier against a real
// HTTP receiver) and `e2e` (the admin panel, built once per source state, in Debian's Chromium).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "src/**/*.unit.test.ts",
            "scripts/**/*.unit.test.ts",
            "tooling/**/*.unit.test.ts",
            "test-support/**/*.unit.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts", "tooling/**/*.int.test.ts", "tests/**/*.int.test.ts"],
          globalSetup: ["tests/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/**/*.e2e.test.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
