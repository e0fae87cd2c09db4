// Pages reused from the office's last build, through the warm build server against the real
// seeded CMS: after each kind of change (made by a proxy in front of the CMS), the server's build,
// which takes from its page store every post page whose inputs did not change, writes the same
// bytes in every file as a build that renders everything (the driver's CLI, which reuses
// nothing). The pages reused are counted from the server's log, so a test whose build reused
// nothing cannot pass by rendering everything.
import { type ChildProcess, fork, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { treeOf } from "../../test/support/file-tree.ts";
import { startTestServer, type TestServer } from "../../test/support/strapi-test-server.ts";

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cms = inject("cms")!;
const work = mkdtempSync(join(tmpdir(), "mops-page-reuse-"));
const NOW = "2026-11-23T10:00:00+01:00";
const OFFICE = "krasnik";

type Entry = Record<string, unknown>;
/** Changes one collection's entries in one locale, as the CMS would answer after an edit. */
type Change = (collection: string, locale: string, entries: Entry[]) => Entry[];
const unchanged: Change = (_collection, _locale, entries) => entries;
let change: Change = unchanged;

let proxy: TestServer;
let server: ChildProcess;
let serverLog = "";
let requestId = 0;

/** A build of the office by the warm build server; the pages it reused, from its log. */
async function serverBuild(offices = [OFFICE]): Promise<{ dir: string; reused: number }> {
  const id = ++requestId;
  const outRoot = join(work, `server-${id}`);
  const logFrom = serverLog.length;
  type Reply = { id?: number; results?: Array<{ ok: boolean; error?: string }>; error?: string };
  const reply = new Promise<Reply>((resolvePromise) => {
    const onMessage = (message: Reply) => {
      if (message.id !== id) return;
      server.off("message", onMessage);
      resolvePromise(message);
    };
    server.on("message", onMessage);
  });
  server.send({ id, offices, outRoot });
  const answer = await reply;
  expect(answer.error).toBeUndefined();
  for (const result of answer.results ?? []) expect(result.ok, result.error).toBe(true);
  const log = stripVTControlCharacters(serverLog.slice(logFrom));
  const reused = /reused (\d+) page\(s\)/.exec(log);
  expect(reused, log).not.toBeNull();
  return { dir: join(outRoot, OFFICE), reused: Number(reused?.[1]) };
}

/** A build that renders every page: the driver's CLI in a process of its own, no page store. */
async function fullBuild(): Promise<string> {
  const outRoot = join(work, `full-${++requestId}`);
  const args = ["--out", outRoot, "--cache", join(work, `full-cache-${requestId}`)];
  const child = spawn(
    process.execPath,
    ["scripts/build-offices.ts", ...args, "--strapi-url", proxy.url, "--now", NOW, OFFICE],
    { cwd: siteDir, env: { ...process.env, STRAPI_TOKEN: cms.readToken }, stdio: "pipe" },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((done) => child.on("close", done));
  expect(code, stderr).toBe(0);
  return join(outRoot, OFFICE);
}

/** Post pages of a built site, by language: `aktualnosci/<slug>/index.html` and translations. */
function postPages(dir: string): string[] {
  return [...treeOf(dir).keys()].filter((file) =>
    /^(?:(?:uk|en)\/)?aktualnosci\/(?!strona\/)[^/]+\/index\.html$/.test(file),
  );
}

beforeAll(async () => {
  proxy = await startTestServer([
    {
      proxyTo: cms.url,
      rewrite: (body, url) => {
        const page = body as { data?: unknown };
        const { pathname, searchParams } = new URL(url, "http://cms");
        const collection = /^\/api\/([\w-]+)/.exec(pathname)?.[1];
        if (!collection || !Array.isArray(page.data)) return body;
        const locale = searchParams.get("locale") ?? "pl";
        return { ...page, data: change(collection, locale, page.data as Entry[]) };
      },
    },
  ]);
  server = fork(
    join(siteDir, "scripts", "build-server.ts"),
    // Kept for every test: no restart past its usual memory limit.
    ["--cache", join(work, "server-cache"), "--now", NOW, "--recycle-mib", "16384"],
    {
      cwd: siteDir,
      env: { ...process.env, STRAPI_URL: proxy.url, STRAPI_TOKEN: cms.readToken },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    },
  );
  const keep = (chunk: Buffer) => {
    serverLog += chunk.toString("utf8");
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  await new Promise<void>((ready, failed) => {
    server.once("message", () => ready());
    server.once("exit", (code) => failed(new Error(`build server exited (${code}): ${serverLog}`)));
  });
});

afterAll(async () => {
  server?.disconnect();
  await proxy?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The first Polish post that has no translation (its page is the only one it changes). */
function untranslatedPost(dir: string): string {
  const pages = postPages(dir);
  const slug = pages
    .filter((file) => file.startsWith("aktualnosci/"))
    .map((file) => file.split("/")[1]!)
    .find(
      (candidate) => !pages.some((file) => file.endsWith(`/aktualnosci/${candidate}/index.html`)),
    );
  if (!slug) throw new Error("the office has no untranslated post");
  return slug;
}

const posts =
  (f: (entries: Entry[]) => Entry[]) => (collection: string, locale: string, entries: Entry[]) =>
    collection === "news-posts" && locale === "pl" ? f(entries) : entries;

/** Each change, and the post pages the server's build reuses (of `all`, the office's). */
const CHANGES: Array<{
  name: string;
  change: (base: string) => Change;
  reused: (all: number) => number | "fewer";
}> = [
  { name: "nothing", change: () => unchanged, reused: (all) => all },
  {
    name: "one post's title",
    change: (base) => {
      const slug = untranslatedPost(base);
      return posts((entries) =>
        entries.map((entry) =>
          entry.slug === slug ? { ...entry, title: "Nowy tytuł wpisu" } : entry,
        ),
      );
    },
    reused: (all) => all - 1,
  },
  {
    name: "a post unpublished",
    change: (base) => {
      const slug = untranslatedPost(base);
      return posts((entries) => entries.filter((entry) => entry.slug !== slug));
    },
    reused: (all) => all - 1,
  },
  {
    name: "a new post",
    change: () =>
      posts((entries) => [
        {
          ...entries[0],
          id: 999_999,
          documentId: "nowywpisnowywpisnowywpis",
          slug: "nowy-wpis-testowy",
          title: "Nowy wpis",
          date: "2026-11-22T09:00:00.000Z",
        },
        ...entries,
      ]),
    reused: (all) => all,
  },
  {
    name: "the office's short name",
    change: () => (collection, _locale, entries) =>
      collection === "offices"
        ? entries.map((entry) => ({ ...entry, shortName: `${String(entry.shortName)} (zmiana)` }))
        : entries,
    reused: () => 0,
  },
  {
    name: "a post's translation",
    change: () => (collection, locale, entries) =>
      collection === "news-posts" && locale === "uk"
        ? entries.map((entry, index) =>
            index === 0 ? { ...entry, title: "Новий заголовок" } : entry,
          )
        : entries,
    reused: () => "fewer",
  },
];

describe("page reuse in the warm build server", () => {
  let base = "";
  let all = 0;

  it("builds the office and stores its post pages", async () => {
    change = unchanged;
    const first = await serverBuild();
    expect(first.reused).toBe(0);
    base = first.dir;
    all = postPages(base).length;
    expect(all).toBeGreaterThan(2);
  });

  it("reuses what the office's last build wrote, whichever batch it was in", async () => {
    // A post changed and built in a batch with another office: built alone next, the office
    // renders no post page again (the store is the office's, not the batch's).
    change = CHANGES.find((test) => test.name === "one post's title")!.change(base);
    await serverBuild([OFFICE, "kutno"]);
    expect((await serverBuild()).reused).toBe(all);
  });

  it.each(CHANGES)("after $name, writes what a full build writes", async (test) => {
    change = unchanged;
    await serverBuild(); // the store holds the unchanged office
    change = test.change(base);
    const reused = await serverBuild();
    const full = await fullBuild();
    const expected = test.reused(all);
    if (expected === "fewer") {
      expect(reused.reused).toBeGreaterThan(0);
      expect(reused.reused).toBeLessThan(all);
    } else {
      expect(reused.reused).toBe(expected);
    }
    expect(existsSync(join(reused.dir, "index.html"))).toBe(true);
    expect(treeOf(reused.dir)).toEqual(treeOf(full));
  });
});
