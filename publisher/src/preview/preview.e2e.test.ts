// The preview end to end: a real seeded Strapi with the preview configured, its real preview
// handler behind the editors' route scope, the preview service building an office from drafts with
// the site's own warm build server, and the publishing pipeline building the public release. An
// office editor works through the admin API, as the admin panel does.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  contentApi,
  contentManager,
  type Entry,
  type StrapiProcess,
  startStrapi,
} from "@mops/cms/testing";
import { signDraftGrant } from "@mops/shared/protocol/preview-signature";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../../test-support/wait-until.ts";
import { type Publishing, startPublishing } from "../pipeline.ts";
import { createLogger } from "../rebuild/log.ts";
import { reservePort } from "../reserve-port.ts";
import type { PreviewService } from "./preview-service.ts";
import { startPreview } from "./start-preview.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const newsPost = "api::news-post.news-post";
const rebuildSecret = randomBytes(24).toString("hex");
const previewSecret = randomBytes(24).toString("hex");
const readToken = randomBytes(32).toString("hex");
const root = mkdtempSync(join(tmpdir(), "mops-preview-e2e-"));
const publicData = join(root, "public");
const publishedWord = `opublikowane${randomBytes(4).toString("hex")}`;
const draftWord = `roboczetajne${randomBytes(4).toString("hex")}`;
const slug = "wpis-do-podgladu";

const log = createLogger({ clock: { now: Date.now }, write: () => undefined });
let cms: StrapiProcess;
let pipeline: Publishing;
let preview: PreviewService;
let previewUrl = "";
let postId = "";
let krasnikPostId = "";
let officeIds: Record<string, string> = {};

const editorTokens = new Map<string, Promise<string>>();
/** An editor's admin token, one login per office (the admin limits logins per minute). */
function editorOf(office: string): Promise<string> {
  const login = cms.logins.editor(office);
  if (!editorTokens.has(office))
    editorTokens.set(office, cms.adminLogin(login.email, login.password));
  return editorTokens.get(office)!;
}

/** The preview link the CMS gives `token`'s holder for an entry, as the edit view asks for it. */
async function previewLinkFor(token: string, uid: string, documentId: string, locale = "pl") {
  const response = await fetch(
    `${cms.url}/content-manager/preview/url/${uid}?documentId=${documentId}&locale=${locale}&status=draft`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const body = response.ok ? ((await response.json()) as { data: { url?: string } }) : undefined;
  return { status: response.status, url: body?.data.url };
}

/** Opens a preview link as the frame does: the build, then the page it redirects to. */
async function openPreview(url: string) {
  const opened = await fetch(url, { redirect: "manual" });
  const location = opened.headers.get("location");
  const page = location ? await fetch(new URL(location, url)) : undefined;
  return { opened, location, page, html: page ? await page.text() : await opened.text() };
}

/** Every text of a built site, Pagefind's gzipped index files unpacked. */
function siteText(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  );
  return files
    .map((file) => {
      const path = join(file.parentPath, file.name);
      if (/\.(br|gz|png|ico|avif|webp|jpe?g|wasm)$/.test(file.name)) return "";
      const bytes = readFileSync(path);
      return /\.pf_(fragment|index|meta)$/.test(file.name)
        ? gunzipSync(bytes).toString("utf8")
        : bytes.toString("utf8");
    })
    .join("\n");
}

/** Ten news drafts of `office` dated on November `day` 2026, newer than its other posts. */
async function createNewerDrafts(office: string, slugPrefix: string, day: number) {
  const editor = contentManager(cms.url, await editorOf(office));
  const slugs = Array.from({ length: 10 }, (_, index) => `${slugPrefix}-${index + 1}`);
  const ids: string[] = [];
  for (const [index, newerSlug] of slugs.entries()) {
    const created = await editor.create<{ data: Entry }>(newsPost, {
      office: officeIds[office],
      title: `Nowszy wpis ${index + 1}`,
      slug: newerSlug,
      date: `2026-11-${day}T${String(10 + index)}:00:00+01:00`,
      lead: "Informacja.",
      body: "Treść.",
    });
    expect([200, 201]).toContain(created.status);
    ids.push(created.body.data.documentId);
  }
  return { slugs, ids };
}

const liveDir = (office: string) => join(publicData, "live", office);

beforeAll(async () => {
  const rebuildPort = await reservePort(0, "127.0.0.1");
  const previewPort = await reservePort(0, "127.0.0.1");
  previewUrl = `http://127.0.0.1:${previewPort.port}`;
  cms = await startStrapi({
    timeoutMs: 600_000,
    env: {
      STRAPI_READ_TOKEN: readToken,
      REBUILD_URL: `http://127.0.0.1:${rebuildPort.port}/hooks/rebuild`,
      REBUILD_SECRET: rebuildSecret,
      PREVIEW_URL: previewUrl,
      PREVIEW_SECRET: previewSecret,
    },
  });
  await rebuildPort.release();
  await previewPort.release();
  pipeline = await startPublishing({
    repoRoot,
    dataDir: publicData,
    strapiUrl: cms.url,
    strapiToken: readToken,
    secret: rebuildSecret,
    rebuildPort: rebuildPort.port,
    servePort: 0,
    log,
    settings: { REBUILD_OFFICES: "kutno,krasnik" },
  });
  preview = await startPreview({
    repoRoot,
    dataDir: join(root, "preview"),
    strapiUrl: cms.url,
    strapiToken: readToken,
    secret: previewSecret,
    frameAncestors: [cms.url],
    port: previewPort.port,
    log,
  });
  officeIds = Object.fromEntries(
    (await contentApi(cms.url, readToken).all("offices")).map((o: Entry) => [
      String(o.slug),
      o.documentId,
    ]),
  );
  // Kutno publishes a post, then changes it without publishing: the change is a draft.
  const kutno = contentManager(cms.url, await editorOf("kutno"));
  const created = await kutno.createAndPublish<{ data: Entry }>(newsPost, {
    office: officeIds.kutno,
    title: `Wpis ${publishedWord}`,
    slug,
    date: "2026-11-23T10:00:00+01:00",
    lead: "Informacja dla mieszkańców.",
    body: `Treść opublikowana: ${publishedWord}.`,
  });
  expect([200, 201]).toContain(created.status);
  postId = created.body.data.documentId;
  const draft = await kutno.update(newsPost, postId, {
    title: `Wpis ${draftWord}`,
    body: `Treść robocza: ${draftWord}.`,
  });
  expect(draft.status).toBe(200);
  const krasnik = contentManager(cms.url, await editorOf("krasnik"));
  const other = await krasnik.create<{ data: Entry }>(newsPost, {
    office: officeIds.krasnik,
    title: "Wpis Kraśnika",
    slug: "wpis-krasnika",
    date: "2026-11-23T10:00:00+01:00",
    lead: "Informacja.",
    body: "Treść Kraśnika.",
  });
  krasnikPostId = other.body.data.documentId;
  // The public site of Kutno with the published version of the post.
  await waitUntil(
    "Kutno's live site shows the published post",
    () => {
      try {
        return readFileSync(
          join(liveDir("kutno"), "aktualnosci", slug, "index.html"),
          "utf8",
        ).includes(publishedWord);
      } catch {
        return false;
      }
    },
    { timeout: 480_000, interval: 250 },
  );
  await pipeline.service.idle();
});

afterAll(async () => {
  await preview?.stop();
  await pipeline?.stop();
  await cms?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("preview of drafts (real Strapi, real Astro builds)", () => {
  it("gives Kutno's editor a link that shows the draft on the post's page, privately", async () => {
    const link = await previewLinkFor(await editorOf("kutno"), newsPost, postId);
    expect(link.status).toBe(200);
    expect(link.url?.startsWith(`${previewUrl}/open?`)).toBe(true);
    const { opened, location, page, html } = await openPreview(link.url!);
    expect(opened.status).toBe(303);
    expect(location).toMatch(new RegExp(`^/s/[0-9a-f]{32}/aktualnosci/${slug}/$`));
    expect(page?.status).toBe(200);
    expect(html).toContain(draftWord);
    expect(html).not.toContain(publishedWord);
    // Built privately, with no search index of the drafts.
    const session = join(root, "preview", "sessions", location!.split("/")[2]!, "kutno");
    expect(existsSync(join(session, "aktualnosci", slug, "index.html"))).toBe(true);
    expect(existsSync(join(session, "pagefind"))).toBe(false);
    // The site's real page: its layout and inlined styles, as the public page has them.
    const published = readFileSync(
      join(liveDir("kutno"), "aktualnosci", slug, "index.html"),
      "utf8",
    );
    const styles = (text: string) => text.match(/<style>[\s\S]*?<\/style>/g) ?? [];
    expect(styles(html)).toEqual(styles(published));
    expect(styles(html).length).toBeGreaterThan(0);
    for (const response of [opened, page!]) {
      expect(response.headers.get("x-robots-tag")).toContain("noindex");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-security-policy")).toBe(`frame-ancestors ${cms.url}`);
    }
  });

  it("previews a Ukrainian translation's draft on its Ukrainian page", async () => {
    const ukSlug = "pomoc-zywnosciowa-bank-zywnosci-w-lublinie";
    const reader = contentApi(cms.url, readToken);
    const [post] = await reader.all(
      "news-posts",
      `filters[office][slug][$eq]=krasnik&filters[slug][$eq]=${ukSlug}&locale=uk`,
    );
    expect(post, "Kraśnik's seeded Ukrainian post").toBeDefined();
    const ukDraftWord = `чернетка${randomBytes(4).toString("hex")}`;
    const uk = contentManager(cms.url, await editorOf("krasnik"), "uk");
    const changed = await uk.update(newsPost, post!.documentId, {
      lead: `Чернетка для перегляду: ${ukDraftWord}.`,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const link = await previewLinkFor(await editorOf("krasnik"), newsPost, post!.documentId, "uk");
    expect(link.status).toBe(200);
    const { location, page, html } = await openPreview(link.url!);
    expect(location).toMatch(new RegExp(`^/s/[0-9a-f]{32}/uk/aktualnosci/${ukSlug}/$`));
    expect(page?.status).toBe(200);
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain(ukDraftWord);
    // The Polish edit view of the same post still previews the Polish page.
    const polish = await previewLinkFor(await editorOf("krasnik"), newsPost, post!.documentId);
    expect((await openPreview(polish.url!)).location).toMatch(
      new RegExp(`^/s/[0-9a-f]{32}/aktualnosci/${ukSlug}/$`),
    );
  });

  it.each([
    ["office", "offices", "filters[slug][$eq]", /^\/$/],
    ["department", "departments", "filters[office][slug][$eq]", /^\/dzialy\/[a-z0-9-]+\/$/],
    [
      "schedule",
      "schedules",
      "filters[office][slug][$eq]",
      /^\/(dzialy|programy)\/[a-z0-9-]+\/$|^\/kontakt\/$/,
    ],
    ["programme", "programmes", "filters[office][slug][$eq]", /^\/programy\/[a-z0-9-]+\/$/],
  ])("previews a draft %s on its page", async (type, endpoint, filter, pathPattern) => {
    const reply = await contentApi(cms.url, readToken).get<{ data: Entry[] }>(
      `${endpoint}?${filter}=kutno&locale=pl&pagination[pageSize]=1`,
    );
    const entry = reply.body.data[0]!;
    const link = await previewLinkFor(
      await editorOf("kutno"),
      `api::${type}.${type}`,
      entry.documentId,
    );
    const { opened, location, page, html } = await openPreview(link.url!);
    expect(opened.status).toBe(303);
    const path = location!.replace(/^\/s\/[0-9a-f]{32}/, "");
    expect(path).toMatch(pathPattern);
    expect(page?.status).toBe(200);
    // The page the public site has at that path, now built from drafts.
    const published = readFileSync(join(liveDir("kutno"), path, "index.html"), "utf8");
    const heading = (text: string) => text.match(/<h1[^>]*>[\s\S]*?<\/h1>/)?.[0];
    expect(heading(html)).toBe(heading(published));
  });

  it("gives no editor a link for another office's entry", async () => {
    expect((await previewLinkFor(await editorOf("krasnik"), newsPost, postId)).status).toBe(404);
    expect((await previewLinkFor(await editorOf("kutno"), newsPost, krasnikPostId)).status).toBe(
      404,
    );
    // The super admin may preview any office's entry.
    expect((await previewLinkFor(cms.adminToken, newsPost, krasnikPostId)).url).toContain(
      "office=krasnik",
    );
  });

  it.each([
    ["another office", (q: URLSearchParams) => q.set("office", "krasnik")],
    ["another document", (q: URLSearchParams) => q.set("document", krasnikPostId)],
    [
      "a later expiry",
      (q: URLSearchParams) => q.set("expires", String(Number(q.get("expires")) + 3600)),
    ],
    ["a changed signature", (q: URLSearchParams) => q.set("sig", "0".repeat(64))],
  ])("refuses a link changed to %s", async (_name, change) => {
    const link = await previewLinkFor(await editorOf("kutno"), newsPost, postId);
    const url = new URL(link.url!);
    change(url.searchParams);
    const { opened, html } = await openPreview(url.href);
    expect(opened.status).toBe(403);
    expect(html).toContain("Podgląd niedostępny");
    expect(html).not.toContain(draftWord);
  });

  it("reads drafts over REST only with a grant, and only the grant's office", async () => {
    const read = (path: string, grant?: string) =>
      fetch(`${cms.url}/api/${path}`, {
        headers: {
          Authorization: `Bearer ${readToken}`,
          ...(grant ? { "x-mops-draft-grant": grant } : {}),
        },
      });
    const now = Math.floor(Date.now() / 1000);
    const kutnoGrant = signDraftGrant(previewSecret, "kutno", now + 60);
    const text = async (response: Response) => `${response.status} ${await response.text()}`;
    expect(await text(await read("news-posts?locale=pl&status=draft"))).not.toContain(draftWord);
    expect(await text(await read("news-posts?locale=pl", kutnoGrant))).toContain(draftWord);
    const foreign = await (
      await read("news-posts?locale=pl&filters[office][slug][$eq]=krasnik", kutnoGrant)
    ).json();
    expect(foreign).toMatchObject({ data: [] });
    const offices = (await (await read("offices?locale=pl", kutnoGrant)).json()) as {
      data: Entry[];
    };
    expect(offices.data.map((office) => office.slug)).toEqual(["kutno"]);
    const tampered = kutnoGrant.replace("kutno", "krasnik");
    expect((await read("news-posts?locale=pl", tampered)).status).toBe(401);
    expect(
      (await read("news-posts?locale=pl", signDraftGrant("x".repeat(20), "kutno", now + 60)))
        .status,
    ).toBe(401);
  });

  it("keeps the draft out of the public release and its search index", async () => {
    await pipeline.service.idle();
    const text = siteText(liveDir("kutno"));
    expect(text).toContain(publishedWord);
    expect(text).not.toContain(draftWord);
    const index = readdirSync(join(liveDir("kutno"), "pagefind", "fragment"))
      .map((name) =>
        gunzipSync(readFileSync(join(liveDir("kutno"), "pagefind", "fragment", name))).toString(
          "utf8",
        ),
      )
      .join("\n");
    expect(index).toContain(publishedWord);
    expect(index).not.toContain(draftWord);
    // Nothing of the preview lives next to the public releases.
    expect(readdirSync(publicData).sort()).not.toContain("preview");
  });

  it("builds the newest page of news and the previewed post, not older posts", async () => {
    // Ten newer drafts fill the first page of the news list; the post to preview is now older.
    const { slugs: newer, ids: newerIds } = await createNewerDrafts("kutno", "nowszy-wpis", 24);
    const postDirs = (location: string) => {
      const news = join(
        root,
        "preview",
        "sessions",
        location.split("/")[2]!,
        "kutno",
        "aktualnosci",
      );
      return readdirSync(news, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    };
    // The older post's own preview: its page, beside the first page's posts.
    const own = await openPreview(
      (await previewLinkFor(await editorOf("kutno"), newsPost, postId)).url!,
    );
    expect(own.page?.status).toBe(200);
    expect(own.html).toContain(draftWord);
    expect(postDirs(own.location!)).toEqual([...newer, slug].sort());
    // Another entry's preview: the first page's posts only; older ones say they are not in it.
    const other = await previewLinkFor(await editorOf("kutno"), newsPost, newerIds[0]!);
    const opened = await openPreview(other.url!);
    expect(postDirs(opened.location!)).toEqual([...newer].sort());
    const session = opened.location!.split("/").slice(0, 3).join("/");
    const missing = await fetch(new URL(`${session}/aktualnosci/${slug}/`, other.url!));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Tej strony nie ma w podglądzie.");
    const secondPage = await fetch(new URL(`${session}/aktualnosci/strona/2/`, other.url!));
    expect(secondPage.status).toBe(404);
  });
  it("copies the attachments of the posts it builds, not those of older posts", async () => {
    // Pruszków's volunteering post has a PDF; ten newer drafts push it off the first page.
    const volunteering = (await contentApi(cms.url, readToken).all("news-posts")).find(
      (post: Entry) => post.slug === "zostan-wolontariuszem",
    );
    expect(volunteering?.documentId).toBeTruthy();
    const { ids: newerIds } = await createNewerDrafts("pruszkow", "nowa-informacja", 25);
    const filesIn = (location: string) => {
      const files = join(root, "preview", "sessions", location.split("/")[2]!, "pruszkow", "pliki");
      return existsSync(files) ? readdirSync(files).sort() : [];
    };
    const token = await editorOf("pruszkow");
    const own = await openPreview(
      (await previewLinkFor(token, newsPost, volunteering!.documentId)).url!,
    );
    expect(own.page?.status).toBe(200);
    expect(filesIn(own.location!)).toEqual([volunteering!.documentId]);
    const other = await openPreview((await previewLinkFor(token, newsPost, newerIds[0]!)).url!);
    expect(other.page?.status).toBe(200);
    expect(filesIn(other.location!)).toEqual([]);
  });
});
