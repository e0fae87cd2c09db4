// Three projects: `unit` (fast, no servers beyond what a test starts itself), `int` (real
// processes: the rebuild service, the static server, the toolchain bootstrap) and `e2e` (the
// whole publishing pipeline: a real seeded Strapi, the rebuild service, real Astro builds). The
// CMS notifier in cms/src/notify is framework-free, so its tests run here too.
import { defineConfig } from "vitest/config";

const notifier = "../cms/src/notify";

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.unit.test.ts", `${notifier}/**/*.unit.test.ts`],
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts", `${notifier}/**/*.int.test.ts`],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["src/**/*.e2e.test.ts", `${notifier}/**/*.e2e.test.ts`],
          // Each file starts its own CMS and builds sites: one file at a time on two cores.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
