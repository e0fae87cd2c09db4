// An office editor ("Redaktor ośrodka") works on their office only: every read, update, publish,
// unpublish, delete and re-assign of another office's entry fails through the admin API and
// changes nothing, while the same actions on their own office's entries work.
import { beforeAll, describe, expect, it } from "vitest";
import { contentApi, contentManager, type Entry, type Reply } from "../test-support/cms-client.ts";
import { cmsInstances } from "./cms-instances.ts";

const uid = {
  office: "api::office.office",
  department: "api::department.department",
  schedule: "api::schedule.schedule",
  programme: "api::programme.programme",
  newsPost: "api::news-post.news-post",
} as const;

const ownedTypes = [
  ["departments", uid.department],
  ["schedules", uid.schedule],
  ["programmes", uid.programme],
  ["news-posts", uid.newsPost],
] as const;

const editorPassword = "MopsRedaktor2026";
const failed = (reply: Reply<unknown>) => reply.status >= 400;

async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data: { token: string } };
  return body.data.token;
}

describe.each(cmsInstances())("office editor on $database", (cms) => {
  const reader = contentApi(cms.url, cms.readToken);
  const superAdmin = contentManager(cms.url, cms.adminToken);
  let editor: ReturnType<typeof contentManager>;
  const offices: Record<string, string> = {};
  /** One published entry of Kraśnik per type: the other office's entries the editor must not touch. */
  const foreign: Record<string, Entry> = {};

  const snapshot = async (model: string, documentId: string) =>
    (await superAdmin.findOne<{ data: Entry }>(model, documentId)).body.data;

  beforeAll(async () => {
    editor = contentManager(
      cms.url,
      await login(cms.url, "redaktor.kutno@example.org", editorPassword),
    );
    for (const office of await reader.all("offices"))
      offices[String(office.slug)] = office.documentId;
    for (const [plural] of ownedTypes) {
      const [entry] = await reader.all(plural, "filters[office][slug][$eq]=krasnik");
      if (!entry) throw new Error(`Kraśnik has no ${plural}`);
      foreign[plural] = entry;
    }
  });

  /** Every entry (drafts included) of an office, as the super admin's content manager lists it. */
  const entriesOf = async (model: string, office: string) =>
    (await superAdmin.list(model, `filters[office][slug][$eq]=${office}`)).body.results;

  it.each(ownedTypes)("lists only the editor's office's %s", async (_plural, model) => {
    const listed = await editor.list(model);
    const kutno = await entriesOf(model, "kutno");
    expect(listed.status).toBe(200);
    expect(listed.body.results.map((e) => e.documentId).sort()).toEqual(
      kutno.map((e) => e.documentId).sort(),
    );
  });

  it("lists only the editor's own office", async () => {
    const listed = await editor.list(uid.office);
    expect(listed.body.results.map((e) => e.slug)).toEqual(["kutno"]);
  });

  it.each(ownedTypes)("cannot read another office's %s", async (plural, model) => {
    const reply = await editor.findOne(model, foreign[plural]!.documentId);
    expect(reply.status).toBe(404);
  });

  it("cannot read another office", async () => {
    expect((await editor.findOne(uid.office, offices.krasnik!)).status).toBe(404);
  });

  it.each(ownedTypes)("cannot update another office's %s", async (plural, model) => {
    const target = foreign[plural]!;
    const before = await snapshot(model, target.documentId);
    const reply = await editor.update(model, target.documentId, { slug: "przejete" });
    expect(failed(reply)).toBe(true);
    expect(await snapshot(model, target.documentId)).toEqual(before);
  });

  it.each(ownedTypes)(
    "cannot unpublish, publish or delete another office's %s",
    async (plural, model) => {
      const target = foreign[plural]!;
      const before = await snapshot(model, target.documentId);
      const replies = [
        await editor.unpublish(model, target.documentId),
        await editor.publish(model, target.documentId),
        await editor.delete(model, target.documentId),
      ];
      expect(replies.map(failed)).toEqual([true, true, true]);
      expect(await snapshot(model, target.documentId)).toEqual(before);
      expect((await reader.get(`${plural}/${target.documentId}`)).status).toBe(200);
    },
  );

  it("cannot create an entry in another office", async () => {
    const before = await entriesOf(uid.department, "krasnik");
    const reply = await editor.create(uid.department, {
      office: offices.krasnik,
      name: "Dział obcy",
      slug: "dzial-obcy",
    });
    expect(reply.status).toBe(403);
    expect(await entriesOf(uid.department, "krasnik")).toEqual(before);
  });

  it("cannot move an own entry to another office", async () => {
    const [own] = await reader.all("programmes", "filters[office][slug][$eq]=kutno");
    const id = own!.documentId;
    const replies = [
      await editor.update(uid.programme, id, { office: offices.krasnik }),
      await editor.update(uid.programme, id, {
        office: { connect: [{ documentId: offices.krasnik, locale: "pl" }], disconnect: [] },
      }),
    ];
    expect(replies.map((r) => r.status)).toEqual([403, 403]);
    const office = await fetch(
      `${cms.url}/content-manager/relations/${uid.programme}/${id}/office?locale=pl`,
      { headers: { authorization: `Bearer ${cms.adminToken}` } },
    );
    const { results } = (await office.json()) as { results: { documentId: string }[] };
    expect(results.map((r) => r.documentId)).toEqual([offices.kutno]);
  });

  it("cannot create, delete or change the editors of an office", async () => {
    const created = await editor.create(uid.office, {
      name: "Nowy",
      shortName: "Nowy",
      slug: "nowy",
      siteUrl: "https://nowy.example",
    });
    const deleted = await editor.delete(uid.office, offices.kutno!);
    const before = (await snapshot(uid.office, offices.kutno!)).editorEmails;
    // The content manager drops the field the role may not write; the middleware refuses it too.
    await editor.update(uid.office, offices.kutno!, { editorEmails: "ktos@example.org" });
    expect([created.status, deleted.status]).toEqual([403, 403]);
    expect((await snapshot(uid.office, offices.kutno!)).editorEmails).toBe(before);
    expect(String(before)).toContain("redaktor.kutno@example.org");
    expect((await reader.all("offices")).map((o) => o.slug)).toContain("kutno");
  });

  it("sees only the own office's programmes in the relation picker", async () => {
    const options = await editor.relationOptions(uid.newsPost, "programmes");
    const kutno = await entriesOf(uid.programme, "kutno");
    expect(options.status).toBe(200);
    expect(options.body.results.map((e) => e.documentId).sort()).toEqual(
      kutno.map((e) => e.documentId).sort(),
    );
  });

  it("cannot read the history of another office's entry", async () => {
    // Content history is not part of the Community edition (404); with it, the route answers 403.
    const reply = await editor.historyVersions(uid.newsPost, foreign["news-posts"]!.documentId);
    expect([403, 404]).toContain(reply.status);
  });

  it("creates, publishes, edits and deletes an entry of the own office", async () => {
    const created = await editor.create(uid.department, {
      office: offices.kutno,
      name: "Dział redaktora",
      slug: "dzial-redaktora",
    });
    expect(created.status).toBe(201);
    const id = (created.body as { data: Entry }).data.documentId;
    const published = await editor.publish(uid.department, id);
    const updated = await editor.update(uid.department, id, { name: "Dział redaktora (zmiana)" });
    expect([published.status, updated.status]).toEqual([200, 200]);
    expect((await reader.get(`departments/${id}`)).status).toBe(200);
    expect((await editor.delete(uid.department, id)).status).toBe(200);
    expect((await reader.get(`departments/${id}`)).status).toBe(404);
  });

  it("sets a department's service status in the own office only, published as saved", async () => {
    const status = {
      serviceStatus: "limited",
      serviceStatusReason: "Remont pokoju 12.",
      serviceStatusFrom: "2026-11-16",
      serviceStatusUntil: "2026-11-30",
    };
    const created = await editor.create(uid.department, {
      office: offices.kutno,
      name: "Dział w remoncie",
      slug: "dzial-w-remoncie",
      ...status,
    });
    expect(created.status).toBe(201);
    const id = (created.body as { data: Entry }).data.documentId;
    try {
      expect((await editor.publish(uid.department, id)).status).toBe(200);
      const published = await reader.get<{ data: Entry }>(`departments/${id}`);
      expect(published.body.data).toMatchObject(status);

      const target = foreign.departments!;
      const before = await snapshot(uid.department, target.documentId);
      const reply = await editor.update(uid.department, target.documentId, {
        serviceStatus: "suspended",
        serviceStatusReason: "Przejęte.",
      });
      expect(failed(reply)).toBe(true);
      expect(await snapshot(uid.department, target.documentId)).toEqual(before);
    } finally {
      await editor.delete(uid.department, id);
    }
  });
});
