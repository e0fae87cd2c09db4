// Translations of an office's entries, as an office editor makes them in the admin: a new locale
// belongs to the same office as the Polish entry, can be created, edited, published, unpublished
// and deleted, and the Polish entry stays as it was. Before the office itself has a version in
// that language, a translation is refused with a message that says so, and nothing is saved.
import { beforeAll, describe, expect, it } from "vitest";
import { untranslatedOffice } from "../src/documents/locale-office.ts";
import {
  contentApi,
  contentManager,
  type Entry,
  editableFields,
} from "../test-support/cms-client.ts";
import { adminLogin } from "../tooling/launcher.ts";
import { cmsInstances } from "./cms-instances.ts";

const newsPost = "api::news-post.news-post";
const office = "api::office.office";
const editorPassword = "MopsRedaktor2026";

const login = (url: string, email: string) => adminLogin(url, { email, password: editorPassword });

/** Fields of an admin entry that a write may send back (no ids, dates, status, editors). */
const editable = (entry: Entry) => editableFields(entry, ["editorEmails"]);

const post = (officeId: string, slug: string) => ({
  office: officeId,
  title: "Zbiórka żywności – grudzień",
  slug,
  date: "2026-12-01T10:00:00+01:00",
  lead: "Zapraszamy do udziału w zbiórce.",
  body: "Szczegóły w siedzibie ośrodka.",
});

// No slug or date: those are one value for every language (not localized), kept from Polish.
const ukPost = {
  title: "Збір продуктів – грудень",
  lead: "Запрошуємо долучитися до збору продуктів.",
  body: "Подробиці – у приміщенні центру.",
};

describe.each(cmsInstances())("translations by an office editor on $database", (cms) => {
  let pl: ReturnType<typeof contentManager>;
  let uk: ReturnType<typeof contentManager>;
  const officeIds: Record<string, string> = {};

  beforeAll(async () => {
    const token = await login(cms.url, "redaktor.kutno@example.org");
    pl = contentManager(cms.url, token, "pl");
    uk = contentManager(cms.url, token, "uk");
    for (const entry of await contentApi(cms.url, cms.readToken).all("offices")) {
      officeIds[String(entry.slug)] = entry.documentId;
    }
  });

  /** The locales a news post has drafts in, as the super admin sees them. */
  async function localesOf(documentId: string): Promise<string[]> {
    const found: string[] = [];
    for (const locale of ["pl", "uk", "en"]) {
      const listed = await contentManager(cms.url, cms.adminToken, locale).list(
        newsPost,
        `filters[documentId][$eq]=${documentId}`,
      );
      if (listed.body.results.some((entry) => entry.locale === locale)) found.push(locale);
    }
    return found;
  }

  async function polishPost(slug: string): Promise<Entry> {
    const created = await pl.createAndPublish<{ data: Entry }>(
      newsPost,
      post(officeIds.kutno!, slug),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return created.body.data;
  }

  it("refuses a translation before the office has that language, and keeps the Polish entry", async () => {
    const original = await polishPost(`tlumaczenie-odmowa-${cms.database}`);
    const reply = await uk.update<{ error: { message: string; details: unknown } }>(
      newsPost,
      original.documentId,
      ukPost,
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toBe(untranslatedOffice("uk"));
    const polish = await pl.findOne<{ data: Entry }>(newsPost, original.documentId);
    expect(polish.status).toBe(200);
    expect(polish.body.data.title).toBe(original.title);
    expect(await localesOf(original.documentId)).toEqual(["pl"]);
  });

  it("creates, edits, publishes, unpublishes and deletes a translation in the office, Polish untouched", async () => {
    // The office first: its Ukrainian version, then the post's.
    const polishOffice = await pl.findOne<{ data: Entry }>(office, officeIds.kutno!);
    const officeUk = await uk.update(office, officeIds.kutno!, {
      ...editable(polishOffice.body.data),
      name: "Міський центр соціальної допомоги в Кутно",
    });
    expect(officeUk.status, JSON.stringify(officeUk.body)).toBe(200);
    expect((await uk.publish(office, officeIds.kutno!)).status).toBe(200);

    const original = await polishPost(`tlumaczenie-${cms.database}`);
    const polishBefore = (await pl.findOne<{ data: Entry }>(newsPost, original.documentId)).body
      .data;

    const created = await uk.update<{ data: Entry }>(newsPost, original.documentId, ukPost);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const edited = await uk.update<{ data: Entry }>(newsPost, original.documentId, {
      ...ukPost,
      lead: "Запрошуємо всіх охочих.",
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await uk.publish(newsPost, original.documentId)).status).toBe(200);

    const published = await contentApi(cms.url, cms.readToken).all(
      "news-posts",
      `locale=uk&filters[documentId][$eq]=${original.documentId}`,
    );
    expect(published.map((entry) => [entry.lead, (entry.office as Entry | null)?.slug])).toEqual([
      ["Запрошуємо всіх охочих.", "kutno"],
    ]);

    expect((await uk.unpublish(newsPost, original.documentId)).status).toBe(200);
    expect((await uk.delete(newsPost, original.documentId)).status).toBe(200);
    expect(await localesOf(original.documentId)).toEqual(["pl"]);

    const polishAfter = await pl.findOne<{ data: Entry }>(newsPost, original.documentId);
    expect(polishAfter.status).toBe(200);
    expect(editable(polishAfter.body.data)).toEqual(editable(polishBefore));
    const live = await contentApi(cms.url, cms.readToken).all(
      "news-posts",
      `filters[documentId][$eq]=${original.documentId}`,
    );
    expect(live.map((entry) => entry.title)).toEqual([original.title]);
  });

  it("refuses a translation of another office's entry and creates nothing", async () => {
    // A Kraśnik post without a Ukrainian version (the seed translates one of them).
    const api = contentApi(cms.url, cms.readToken);
    const krasnik = "filters[office][slug][$eq]=krasnik";
    const translated = new Set(
      (await api.all("news-posts", `locale=uk&${krasnik}`)).map((entry) => entry.documentId),
    );
    const foreign = (await api.all("news-posts", krasnik)).find(
      (entry) => !translated.has(entry.documentId),
    );
    expect(await localesOf(foreign!.documentId)).toEqual(["pl"]);
    const reply = await uk.update(newsPost, foreign!.documentId, ukPost);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(await localesOf(foreign!.documentId)).toEqual(["pl"]);
  });
});
