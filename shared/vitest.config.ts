import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          // The fixtures (shared/fixtures, another owner) carry their own unit tests.
          include: ["src/**/*.unit.test.ts", "fixtures/**/*.unit.test.ts"],
          environment: "node",
          // Property tests run thousands of evaluations; a generous limit, not a timing assertion.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
