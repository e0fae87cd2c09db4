// Less typing: an editor of one office saves a new entry of any office-scoped type without
// picking the office and it lands in their office; an editor of two offices is asked to choose
// (in Polish), an editor still cannot name another office, and a super admin's entry without an
// office is refused by the rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentApi, contentManager, type ErrorBody } from "../test-support/cms-client.ts";
import { cmsInstances } from "./cms-instances.ts";

const office = "api::office.office";
const editorPassword = "MopsRedaktor2026";
const editorEmail = "redaktor.kutno@example.org";

/** One new entry per office-scoped type, with no office, as the admin sends it. */
const newEntries = [
  [
    "news-posts",
    "api::news-post.news-post",
    {
      title: "Zbiórka żywności – grudzień",
      lead: "Zbieramy żywność dla potrzebujących.",
      body: "Zapraszamy do punktu przy ul. Wojska Polskiego.",
      date: "2026-12-03T10:00:00.000Z",
      office: { connect: [], disconnect: [] },
    },
    "zbiorka-zywnosci-grudzien",
  ],
  [
    "departments",
    "api::department.department",
    { name: "Dział Próbny Łączności" },
    "dzial-probny-lacznosci",
  ],
  ["schedules", "api::schedule.schedule", { label: "Dyżur próbny" }, undefined],
] as const;

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: editorPassword }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

describe.each(cmsInstances())("a new entry without an office on $database", (cms) => {
  const superAdmin = contentManager(cms.url, cms.adminToken);
  const reader = contentApi(cms.url, cms.readToken);
  const offices: Record<string, string> = {};
  let editor: ReturnType<typeof contentManager>;
  const created: [string, string][] = [];

  beforeAll(async () => {
    for (const entry of await reader.all("offices")) offices[String(entry.slug)] = entry.documentId;
    editor = contentManager(cms.url, await login(cms.url, editorEmail));
  });

  afterAll(async () => {
    for (const [uid, documentId] of created) await superAdmin.delete(uid, documentId);
  });

  it.each(newEntries)(
    "%s: gets the office of an editor of one office",
    async (plural, uid, data, slug) => {
      const reply = await editor.createAndPublish(uid, data);
      expect(reply.status).toBe(200);
      const documentId = reply.body.data.documentId;
      created.push([uid, documentId]);
      const [entry] = await reader.all(
        plural,
        `filters[documentId][$eq]=${documentId}&populate[office][fields][0]=slug`,
      );
      expect(entry?.office).toMatchObject({ slug: "kutno" });
      if (slug) expect(entry?.slug).toBe(slug);
    },
  );

  it("cannot be given another office by an editor of one office", async () => {
    const reply = await editor.create("api::schedule.schedule", {
      label: "Dyżur w cudzym ośrodku",
      office: { connect: [{ documentId: offices.krasnik }], disconnect: [] },
    });
    expect(reply.status).toBe(403);
  });

  describe("for an editor of two offices", () => {
    let krasnikEditors = "";

    beforeAll(async () => {
      const krasnik = offices.krasnik!;
      krasnikEditors = String((await superAdmin.findOne(office, krasnik)).body.data.editorEmails);
      const added = await superAdmin.update(office, krasnik, {
        editorEmails: `${krasnikEditors}\n${editorEmail}`,
      });
      expect(added.status).toBe(200);
    });

    afterAll(async () => {
      await superAdmin.update(office, offices.krasnik!, { editorEmails: krasnikEditors });
    });

    it("asks in Polish to choose the office", async () => {
      const reply = await editor.create<ErrorBody>("api::schedule.schedule", {
        label: "Dyżur bez ośrodka",
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error?.details?.errors).toContainEqual(
        expect.objectContaining({
          path: ["office"],
          message: "Wybierz ośrodek, do którego należy wpis",
        }),
      );
    });

    it("saves the entry in the office they chose", async () => {
      const reply = await editor.createAndPublish("api::schedule.schedule", {
        label: "Dyżur w Kraśniku",
        office: { connect: [{ documentId: offices.krasnik }], disconnect: [] },
      });
      expect(reply.status).toBe(200);
      created.push(["api::schedule.schedule", reply.body.data.documentId]);
      const [entry] = await reader.all(
        "schedules",
        `filters[documentId][$eq]=${reply.body.data.documentId}&populate[office][fields][0]=slug`,
      );
      expect(entry?.office).toMatchObject({ slug: "krasnik" });
    });
  });

  it("is refused for a super admin, who has every office to choose from", async () => {
    const reply = await superAdmin.create("api::schedule.schedule", { label: "Bez ośrodka" });
    expect(reply.status).toBe(400);
  });
});
