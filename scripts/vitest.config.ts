// Three projects: `unit` (fast, no servers beyond what a test starts itself), `int` (real
// processes: the toolchain bootstrap, the benchmark's CMS and a small benchmark run) and `e2e`
// (none at present: the publishing pipeline's are in publisher/).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.unit.test.ts"] } },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
