/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { getViteConfig } from "astro/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default getViteConfig(
  {
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            include: [
              "src/**/*.unit.test.ts",
              "scripts/**/*.unit.test.ts",
              "test/**/*.unit.test.ts",
            ],
          },
        },
        {
          extends: true,
          test: {
            name: "int",
            include: ["src/**/*.int.test.ts", "scripts/**/*.int.test.ts", "test/**/*.int.test.ts"],
            globalSetup: ["test/global-setup.ts"],
            testTimeout: 120_000,
            hookTimeout: 600_000,
            fileParallelism: false,
          },
        },
        {
          extends: true,
          test: {
            name: "e2e",
            include: ["src/**/*.e2e.test.ts", "test/**/*.e2e.test.ts"],
            globalSetup: ["test/global-setup.ts"],
            testTimeout: 60_000,
            hookTimeout: 600_000,
            fileParallelism: false,
          },
        },
      ],
    },
  },
  { root, logLevel: "warn" },
);
