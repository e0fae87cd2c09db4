import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.unit.test.ts"],
          environment: "node",
          // Property tests run thousands of evaluations; a generous limit, not a timing assertion.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
