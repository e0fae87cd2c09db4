// The content API: nothing without a token, reads of published entries only with the site's
// token, and one fixed populate per content type whatever the client asks for.
import { describe, expect, it } from "vitest";
import { readTokenName, readTokenPermissions } from "../src/bootstrap/read-token.ts";
import {
  adminApi,
  contentApi,
  contentManager,
  type Entry,
  single,
} from "../test-support/cms-client.ts";
import { cmsInstances } from "./cms-instances.ts";

const collections = ["offices", "departments", "schedules", "programmes", "news-posts"] as const;

const writes = [
  { collection: "departments", data: { name: "Dział testowy", slug: "dzial-testowy" } },
  { collection: "news-posts", data: { title: "Wpis testowy", slug: "wpis-testowy" } },
] as const;

const uidOf: Record<(typeof writes)[number]["collection"], string> = {
  departments: "api::department.department",
  "news-posts": "api::news-post.news-post",
};

const keys = (value: unknown) => Object.keys(value as object).sort();

describe.each(cmsInstances())("content API on $database", (cms) => {
  const anonymous = contentApi(cms.url);
  const reader = contentApi(cms.url, cms.readToken);
  const admin = contentManager(cms.url, cms.adminToken);

  it.each(collections)("refuses to list %s without a token (401)", async (collection) => {
    const reply = await anonymous.get(collection);
    expect(reply.status).toBe(401);
  });

  it.each(collections)("refuses one of %s without a token (401)", async (collection) => {
    const [entry] = await reader.all(collection);
    const reply = await anonymous.get(`${collection}/${entry?.documentId}`);
    expect(reply.status).toBe(401);
  });

  it.each(collections)("lets the read-only token read %s", async (collection) => {
    const reply = await reader.get<{ data: Entry[] }>(collection);
    expect(reply.status).toBe(200);
    expect(reply.body.data.length).toBeGreaterThan(0);
  });

  it.each(writes)(
    "refuses to create $collection with the read-only token",
    async ({ collection, data }) => {
      const before = (await admin.list(uidOf[collection])).body.pagination.total;
      const reply = await reader.post(collection, data);
      expect(reply.status).toBe(403);
      expect((await admin.list(uidOf[collection])).body.pagination.total).toBe(before);
    },
  );

  it.each(collections)(
    "refuses to change or delete %s with the read-only token",
    async (collection) => {
      const [entry] = await reader.all(collection);
      const updated = await reader.put(`${collection}/${entry?.documentId}`, { slug: "zmieniony" });
      const deleted = await reader.delete(`${collection}/${entry?.documentId}`);
      expect([updated.status, deleted.status]).toEqual([403, 403]);
      const after = await reader.get<{ data: Entry }>(`${collection}/${entry?.documentId}`);
      expect(after.body.data).toEqual(entry);
    },
  );

  it("fixes the populate of a news post whatever the client asks for", async () => {
    const asked = single(
      await reader.all("news-posts", "filters[slug][$eq]=zostan-wolontariuszem&populate=*"),
    );
    const plain = single(
      await reader.all("news-posts", "filters[slug][$eq]=zostan-wolontariuszem"),
    );
    expect(asked).toEqual(plain);
    expect(keys(plain.office)).toEqual(["documentId", "id", "name", "shortName", "slug"]);
    const [attachment] = plain.attachments as { file: object }[];
    expect(keys(attachment?.file)).toEqual(
      [
        "alternativeText",
        "documentId",
        "ext",
        "height",
        "id",
        "mime",
        "name",
        "size",
        "url",
        "width",
      ].sort(),
    );
    expect(keys((plain.programmes as object[])[0])).toEqual(["documentId", "id", "slug", "title"]);
    expect(plain).not.toHaveProperty("createdBy");
  });

  it("populates every component and the relations a schedule needs", async () => {
    const schedule = single(
      await reader.all(
        "schedules",
        `filters[office][slug][$eq]=pruszkow&filters[label][$eq]=${encodeURIComponent("Dyżur psychologa")}&populate[office][fields][0]=siteUrl`,
      ),
    );
    expect(keys(schedule.office)).toEqual(["documentId", "id", "name", "shortName", "slug"]);
    expect(keys(schedule.department)).toEqual(["documentId", "id", "name", "slug"]);
    expect(schedule.programme).toBeNull();
    const [season] = schedule.seasons as { rules: unknown[] }[];
    expect(season?.rules).toHaveLength(1);
    expect(schedule.exceptions).toEqual([]);
  });

  it("populates nested phones of an office's locations", async () => {
    const office = single(await reader.all("offices", "filters[slug][$eq]=krasnik"));
    const locations = office.locations as { label: string; phones: { number: string }[] }[];
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.every((location) => location.phones.length > 0)).toBe(true);
    for (const key of ["phones", "emails", "statutoryTasks", "alerts", "accessibility", "gdpr"]) {
      expect(office).toHaveProperty(key);
    }
    expect(office).not.toHaveProperty("editorEmails");
  });
});

describe.each(cmsInstances())("the site's read token on $database", (cms) => {
  const reader = contentApi(cms.url, cms.readToken);
  const admin = contentManager(cms.url, cms.adminToken);
  const platform = adminApi(cms.url, cms.adminToken);
  const department = "api::department.department";

  it("reads published entries only, whatever status the query asks for", async () => {
    const [kutno] = await reader.all("offices", "filters[slug][$eq]=kutno");
    const draft = await admin.create<{ data: Entry }>(department, {
      office: kutno!.documentId,
      name: "Dział w przygotowaniu",
      slug: "dzial-w-przygotowaniu",
    });
    const [published] = await reader.all("departments", "filters[office][slug][$eq]=kutno");
    const id = published!.documentId;
    await admin.update(department, id, { name: "Nazwa jeszcze nieopublikowana" });
    try {
      for (const status of ["draft", "published", "", "*"]) {
        const listed = await reader.all(
          "departments",
          `status=${status}&filters[office][slug][$eq]=kutno`,
        );
        expect(listed.map((e) => e.documentId)).not.toContain(draft.body.data.documentId);
        const one = await reader.get<{ data: Entry }>(`departments/${id}?status=${status}`);
        expect(one.body.data.name).toBe(published!.name);
        const hidden = await reader.get(
          `departments/${draft.body.data.documentId}?status=${status}`,
        );
        expect(hidden.status).toBe(404);
      }
    } finally {
      await platform.post(
        `/content-manager/collection-types/${department}/${id}/actions/discard?locale=pl`,
      );
      await admin.delete(department, draft.body.data.documentId);
    }
  });

  it.each([
    ["GET", "users"],
    ["GET", "users/me"],
    ["POST", "auth/local/register"],
    ["POST", "auth/local"],
  ])("serves no end-user route: %s /api/%s", async (method, route) => {
    for (const token of [cms.readToken, undefined]) {
      const reply = await fetch(`${cms.url}/api/${route}`, {
        method,
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(method === "POST"
          ? {
              body: JSON.stringify({
                username: "x",
                email: "x@example.org",
                password: "Haslo12345",
              }),
            }
          : {}),
      });
      // 404, or 405 where only the public folder's GET route matches the path.
      expect([404, 405]).toContain(reply.status);
    }
  });

  it.each([
    ["GET", "upload/files"],
    ["GET", "i18n/locales"],
    ["POST", "upload"],
  ])("is refused beyond the CMS's content: %s /api/%s", async (method, route) => {
    const reply = await fetch(`${cms.url}/api/${route}`, {
      method,
      headers: { authorization: `Bearer ${cms.readToken}` },
    });
    expect(reply.status).toBe(403);
  });

  it("holds find and findOne of the CMS's content types and nothing else", async () => {
    const tokens = await platform.get<{ data: { id: number; name: string }[] }>(
      "/admin/api-tokens",
    );
    const names = tokens.body.data.map((token) => token.name);
    expect(names).not.toContain("Read Only");
    expect(names).not.toContain("Full Access");
    const site = tokens.body.data.find((token) => token.name === readTokenName);
    const detail = await platform.get<{ data: { type: string; permissions: string[] } }>(
      `/admin/api-tokens/${site!.id}`,
    );
    expect(detail.body.data.type).toBe("custom");
    expect([...detail.body.data.permissions].sort()).toEqual([...readTokenPermissions].sort());
  });

  it("runs in production mode", async () => {
    const info = await platform.get<{ data: { currentEnvironment: string } }>("/admin/information");
    expect(info.body.data.currentEnvironment).toBe("production");
  });
});
