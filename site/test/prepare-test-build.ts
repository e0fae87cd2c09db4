// Builds the five seed offices for the test stages (int, a11y, e2e) unless a current build
// exists. Runs before vitest starts: Astro inside vitest shares site/.astro with the builds.
// Usage: node site/test/prepare-test-build.ts
import { ensureTestBuild } from "./test-build.ts";

const started = performance.now();
try {
  const build = await ensureTestBuild();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `test build: ${build.offices.map((office) => office.slug).join(", ")} ready in ${seconds} s`,
  );
} catch (error) {
  console.error(
    `test build: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  );
  process.exit(1);
}
