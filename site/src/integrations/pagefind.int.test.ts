// The search index integration on the real Pagefind indexer: a kept build process keeps the
// indexer for its next build and writes the same index as a fresh one; when the kept indexer died
// in between, the build indexes again on a fresh one.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { close } from "pagefind";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { listFiles } from "../lib/checks/built-site.ts";
import { pagefindIndex } from "./pagefind.ts";

const root = await mkdtemp(join(tmpdir(), "mops-pagefind-"));
afterEach(() => close());
afterAll(() => rm(root, { recursive: true, force: true }));

/** Pids of the running Pagefind indexers this process started (not those that exited). */
function indexers(): number[] {
  let out = "";
  try {
    out = execFileSync("ps", ["-o", "pid=,stat=,comm=", "--ppid", String(process.pid)], {
      encoding: "utf8",
    });
  } catch {
    // ps exits with 1 when this process has no child.
  }
  return out
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, stat, comm]) => comm?.includes("pagefind") && !stat?.startsWith("Z"))
    .map(([pid]) => Number(pid));
}

/** The indexers once none is left: a closed indexer is killed, and exits a moment later. */
async function noIndexerLeft(): Promise<number[]> {
  while (indexers().length > 0) await new Promise((resolve) => setImmediate(resolve));
  return indexers();
}

const page = (title: string, text: string) =>
  `<!doctype html><html lang="pl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A build's output folder with two offices of two pages each. */
async function builtSite(name: string): Promise<string> {
  const dir = join(root, name);
  for (const office of ["kutno", "orzesze"]) {
    await mkdir(join(dir, office, "kontakt"), { recursive: true });
    await writeFile(join(dir, office, "index.html"), page(`MOPS ${office}`, "Pomoc społeczna"));
    await writeFile(join(dir, office, "kontakt", "index.html"), page("Kontakt", "Godziny"));
  }
  return dir;
}

async function runHook(dir: string, offices: string[], keepIndexer: boolean): Promise<void> {
  const hook = pagefindIndex(offices, { keepIndexer }).hooks[
    "astro:build:done"
  ] as unknown as (options: {
    dir: URL;
    logger: Record<"info" | "warn", (message: string) => void>;
  }) => Promise<void>;
  const logger = { info: () => undefined, warn: () => undefined };
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
}

async function indexFiles(dir: string): Promise<Map<string, Buffer>> {
  const indexDir = join(dir, "kutno", "pagefind");
  const files = await listFiles(indexDir);
  return new Map(
    await Promise.all(
      files.map(async (file) => [file, await readFile(join(indexDir, file))] as const),
    ),
  );
}

describe("pagefindIndex in a kept build process", () => {
  it("keeps one indexer from build to build, and writes what a fresh indexer writes", async () => {
    const fresh = await builtSite("fresh");
    await runHook(fresh, ["kutno", "orzesze"], false);
    expect(await noIndexerLeft()).toEqual([]);

    const first = await builtSite("kept-1");
    await runHook(first, ["kutno", "orzesze"], true);
    const kept = indexers();
    expect(kept).toHaveLength(1);
    const second = await builtSite("kept-2");
    await runHook(second, ["kutno", "orzesze"], true);
    expect(indexers()).toEqual(kept);

    const expected = await indexFiles(fresh);
    expect(expected.size).toBeGreaterThan(0);
    expect(await indexFiles(second)).toEqual(expected);
  });

  it("indexes again on a fresh indexer when the kept one died since the last build", async () => {
    const first = await builtSite("before-death");
    await runHook(first, ["kutno"], true);
    const [dead] = indexers();
    expect(dead).toBeDefined();
    process.kill(dead!, "SIGKILL");
    expect(await noIndexerLeft()).toEqual([]);

    const next = await builtSite("after-death");
    await runHook(next, ["kutno", "orzesze"], true);
    const after = indexers();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual([dead]);
    const fresh = await builtSite("fresh-oracle");
    await runHook(fresh, ["kutno", "orzesze"], false);
    expect(await indexFiles(next)).toEqual(await indexFiles(fresh));
  });
});
