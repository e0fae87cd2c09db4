// The content API: nothing without a token, reads only with the read-only token, and one fixed
// populate per content type whatever the client asks for.
import { describe, expect, it } from "vitest";
import { contentApi, type Entry, single } from "../test-support/cms-client.ts";
import { cmsInstances } from "./cms-instances.ts";

const collections = ["offices", "departments", "schedules", "programmes", "news-posts"] as const;

const writes = [
  { collection: "departments", data: { name: "Dział testowy", slug: "dzial-testowy" } },
  { collection: "news-posts", data: { title: "Wpis testowy", slug: "wpis-testowy" } },
] as const;

const keys = (value: unknown) => Object.keys(value as object).sort();

describe.each(cmsInstances())("content API on $database", (cms) => {
  const anonymous = contentApi(cms.url);
  const reader = contentApi(cms.url, cms.readToken);

  it.each(collections)("refuses to list %s without a token (403)", async (collection) => {
    const reply = await anonymous.get(collection);
    expect(reply.status).toBe(403);
  });

  it.each(collections)("refuses one of %s without a token (403)", async (collection) => {
    const [entry] = await reader.all(collection);
    const reply = await anonymous.get(`${collection}/${entry?.documentId}`);
    expect(reply.status).toBe(403);
  });

  it.each(collections)("lets the read-only token read %s", async (collection) => {
    const reply = await reader.get<{ data: Entry[] }>(collection);
    expect(reply.status).toBe(200);
    expect(reply.body.data.length).toBeGreaterThan(0);
  });

  it.each(writes)(
    "refuses to create $collection with the read-only token",
    async ({ collection, data }) => {
      const before = (await reader.all(collection, "status=draft")).length;
      const reply = await reader.post(collection, data);
      expect(reply.status).toBe(403);
      expect(await reader.all(collection, "status=draft")).toHaveLength(before);
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
