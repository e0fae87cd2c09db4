// Two projects: `unit` (request routing, no sockets) and `int` (the server over real release
// directories and a real HTTP socket).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.unit.test.ts"] } },
      { extends: true, test: { name: "int", include: ["src/**/*.int.test.ts"] } },
    ],
  },
});
