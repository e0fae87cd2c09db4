// The admin's build status against a real CMS and a stand-in rebuild service that checks each
// office's bearer token with the shared rule: an office editor sees their office only (another
// office's status answers 404, as a missing one does), a super admin sees every office, and the
// CMS asks the service with the token of the office asked about.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { OfficeStatus } from "@mops/shared/protocol/office-status";
import { officeStatusAuthorized } from "@mops/shared/protocol/signature";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentApi } from "../test-support/cms-client.ts";
import { type StrapiProcess, startStrapi } from "../test-support/strapi-process.ts";

const secret = "build-status-test-secret-0123";

const published = (office: string): OfficeStatus => ({
  office,
  state: "published",
  published: { at: "2026-12-03T09:42:05.000Z", durationMs: 1_400 },
});

/** Answers `/offices/<slug>/status` to that office's token only; accepts notifications. */
async function startStandIn(): Promise<{ server: Server; port: number; asked: string[] }> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    request.resume();
    const slug = /^\/offices\/([a-z0-9-]+)\/status$/.exec(request.url ?? "")?.[1];
    if (!slug) {
      response.writeHead(202, { "content-type": "application/json" }).end("{}");
      return;
    }
    if (!officeStatusAuthorized(secret, slug, request.headers.authorization)) {
      response.writeHead(401).end();
      return;
    }
    asked.push(slug);
    response
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify(published(slug)));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { server, port: (server.address() as AddressInfo).port, asked };
}

interface Answer {
  status: number;
  body: { data?: unknown; error?: unknown };
}

async function get(url: string, path: string, token?: string): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

describe("the build status in the admin", () => {
  let standIn: Awaited<ReturnType<typeof startStandIn>>;
  let cms: StrapiProcess;
  let kutnoEditor: string;

  beforeAll(async () => {
    standIn = await startStandIn();
    cms = await startStrapi({
      env: {
        REBUILD_URL: `http://127.0.0.1:${standIn.port}/hooks/rebuild`,
        REBUILD_SECRET: secret,
      },
    });
    const { email, password } = cms.logins.editor("kutno");
    kutnoEditor = await cms.adminLogin(email, password);
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    standIn?.server.close();
  });

  it("gives an office editor their office's status, asked with that office's token", async () => {
    standIn.asked.length = 0;
    expect(await get(cms.url, "/admin/build-status/kutno", kutnoEditor)).toEqual({
      status: 200,
      body: {
        data: {
          office: "kutno",
          name: expect.any(String),
          page: expect.stringMatching(/^https:\/\/[^/]+\/$/),
          status: published("kutno"),
        },
      },
    });
    expect(standIn.asked).toEqual(["kutno"]);
  });

  it("lists only the editor's offices", async () => {
    const answer = await get(cms.url, "/admin/build-status", kutnoEditor);
    expect(answer.status).toBe(200);
    expect((answer.body.data as { office: string }[]).map((row) => row.office)).toEqual(["kutno"]);
  });

  it.each(["krasnik", "kalisz", "no-such-office"])(
    "answers an office editor 404 for %s, without asking the service",
    async (office) => {
      standIn.asked.length = 0;
      const answer = await get(cms.url, `/admin/build-status/${office}`, kutnoEditor);
      expect(answer.status).toBe(404);
      expect(JSON.stringify(answer.body)).not.toContain("published");
      expect(standIn.asked).toEqual([]);
    },
  );

  const newsModel = "api::news-post.news-post";
  const newsOf = async (office: string) => {
    const [post] = await contentApi(cms.url, cms.readToken).all(
      "news-posts",
      `filters[office][slug][$eq]=${office}`,
    );
    if (!post) throw new Error(`${office} has no news post`);
    return post;
  };

  // Every type's edit view shows the panel: a type without a slug (schedule) included.
  it.each([
    ["offices", "api::office.office", "filters[slug][$eq]=kutno", () => "/"],
    ["departments", "api::department.department", "", (slug?: string) => `/dzialy/${slug}/`],
    ["schedules", "api::schedule.schedule", "", () => "/kontakt/"],
    ["programmes", "api::programme.programme", "", (slug?: string) => `/programy/${slug}/`],
    ["news-posts", newsModel, "", (slug?: string) => `/aktualnosci/${slug}/`],
  ] as const)(
    "gives a %s entry's office with a link to its page",
    async (endpoint, model, filter, path) => {
      const [entry] = await contentApi(cms.url, cms.readToken).all(
        endpoint,
        filter || "filters[office][slug][$eq]=kutno",
      );
      if (!entry) throw new Error(`Kutno has no ${endpoint} entry`);
      const answer = await get(
        cms.url,
        `/admin/build-status?model=${model}&document=${entry.documentId}`,
        kutnoEditor,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual([
        {
          office: "kutno",
          name: expect.any(String),
          page: expect.stringMatching(
            new RegExp(`^https://[^/]+${path(entry.slug as string | undefined)}$`),
          ),
          status: published("kutno"),
        },
      ]);
    },
  );

  it("answers an office editor 404 for another office's entry", async () => {
    const post = await newsOf("krasnik");
    const answer = await get(
      cms.url,
      `/admin/build-status?model=${newsModel}&document=${post.documentId}`,
      kutnoEditor,
    );
    expect(answer.status).toBe(404);
    expect(JSON.stringify(answer.body)).not.toContain("krasnik");
  });

  it("refuses a request without a session", async () => {
    expect((await get(cms.url, "/admin/build-status")).status).toBe(401);
    expect((await get(cms.url, "/admin/build-status/kutno")).status).toBe(401);
  });

  it("gives a super admin every office", async () => {
    const answer = await get(cms.url, "/admin/build-status", cms.adminToken);
    expect(answer.status).toBe(200);
    const rows = answer.body.data as { office: string; status: OfficeStatus | null }[];
    expect(rows.map((row) => row.office).sort()).toEqual(
      expect.arrayContaining(["kalisz", "krasnik", "kutno"]),
    );
    for (const row of rows) expect(row.status).toEqual(published(row.office));
  });
});
