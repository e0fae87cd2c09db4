// Three projects: `unit` (fast, no servers beyond what a test starts itself), `int` (real
// processes: the rebuild service with a tiny real build, restarts, the relay against a local
// receiver, the CMS's notifier against the service) and `e2e` (the whole publishing pipeline and
// the main job: a real seeded Strapi, the rebuild service, real Astro builds).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.unit.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["src/**/*.e2e.test.ts"],
          // Each file starts its own CMS and builds sites: one file at a time on two cores.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
