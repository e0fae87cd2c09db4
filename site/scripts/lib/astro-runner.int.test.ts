// The in-process runner (the warm build server's and the astro worker's, real Astro) on a
// one-page project: builds one after another, each written in the process's fixed folder and
// moved to the folder asked for, and Astro's sync (type generation, the content layer) on the
// first build only. The second build's log fails this test if Astro stops honouring its
// builder's `sync` option (docs/decisions.md, "Kept processes sync once").
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify, stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import type { AstroRun } from "./astro-runner.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
// Inside the site, so that Vite finds Astro in the site's node_modules.
const project = join(siteDir, ".tmp", `astro-runner-test-${process.pid}`);
const cacheDir = join(project, "cache");

const CONFIG = `export const siteConfig = (env) => ({ outDir: env.OUT_DIR, output: "static" });\n`;
const PAGE = `---\nconst answer = 6 * 7;\n---\n<html lang="pl"><body><p>Odpowiedź: {answer}</p></body></html>\n`;

/**
 * The runner's results for builds into `outDirs`, one after another in one Node process (as the
 * warm build server runs them; the site's Vitest setup replaces the `astro` package).
 */
async function buildInOneProcess(outDirs: string[]): Promise<AstroRun[]> {
  // Logged at Astro's info level (what the test reads) to the child's own output, not ours.
  const results = join(project, "runs.json");
  const runnerUrl = pathToFileURL(join(siteDir, "scripts", "lib", "astro-runner.ts")).href;
  const script = `
    const { inProcessAstroRunner } = await import(${JSON.stringify(runnerUrl)});
    const runner = inProcessAstroRunner(${JSON.stringify(project)});
    const runs = [];
    for (const outDir of ${JSON.stringify(outDirs)}) runs.push(await runner({ OUT_DIR: outDir, CACHE_DIR: ${JSON.stringify(cacheDir)} }, false));
    (await import("node:fs")).writeFileSync(${JSON.stringify(results)}, JSON.stringify(runs));`;
  // In colour, as where a terminal or FORCE_COLOR asks for it (CI): the test reads the plain text.
  await promisify(execFile)(process.execPath, ["--input-type=module", "--eval", script], {
    cwd: project,
    env: { ...process.env, FORCE_COLOR: "1" },
  });
  const runs = JSON.parse(readFileSync(results, "utf8")) as AstroRun[];
  return runs.map((run) => ({ ...run, log: stripVTControlCharacters(run.log) }));
}

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("inProcessAstroRunner", () => {
  it("builds one after another, with Astro's sync on the first build only", async () => {
    mkdirSync(join(project, "src", "pages"), { recursive: true });
    writeFileSync(join(project, "astro.config.ts"), CONFIG);
    writeFileSync(join(project, "src", "pages", "index.astro"), PAGE);
    const outDirs = ["first", "second"].map((name) => join(project, "out", name));
    const runs = await buildInOneProcess(outDirs);
    for (const [index, outDir] of outDirs.entries()) {
      expect(runs[index]?.code, runs[index]?.log).toBe(0);
      expect(readFileSync(join(outDir, "index.html"), "utf8")).toContain("Odpowiedź: 42");
    }
    expect(runs[0]?.log).toMatch(/\[types\] Generated/);
    expect(runs[1]?.log).not.toMatch(/\[types\] Generated/);
    expect(runs[1]?.log).toMatch(/page\(s\) built in/);
    expect(existsSync(join(project, ".astro"))).toBe(true);
    // Nothing of the fixed folders is left: the output moved, the cache link removed.
    expect(readdirSync(join(project, "out")).sort()).toEqual(["first", "second"]);
  });
});
