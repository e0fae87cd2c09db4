// Two projects: `unit` (fast, no servers beyond what a test starts itself) and `int` (real
// processes: the rebuild service, the static server, the toolchain bootstrap). The CMS notifier
// in cms/src/notify is framework-free, so its tests run here too.
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
    ],
  },
});
