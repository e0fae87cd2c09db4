import { describe, expect, it } from "vitest";
import type { ContentUid } from "./content-types";
import type { EntryAfterWrite } from "./entry-after-write";
import { slugToFill } from "./slug-fill";

const newsPost = "api::news-post.news-post";
const title = "Dodatek osłonowy – nabór wniosków 2026";
const base = "dodatek-oslonowy-nabor-wnioskow-2026";

/** Slugs in use by office, as the database would answer `slugsInUse`. */
function storeWith(inUse: Record<string, string[]>) {
  const calls: unknown[][] = [];
  return {
    calls,
    async slugsInUse(uid: string, slugBase: string, office: string, documentId?: string) {
      calls.push([uid, slugBase, office, documentId]);
      return new Set(
        (inUse[office] ?? []).filter(
          (slug) => slug === slugBase || slug.startsWith(`${slugBase}-`),
        ),
      );
    },
  };
}

const entry = (
  fields: Record<string, unknown>,
  office: string[] = ["kutno-id"],
): EntryAfterWrite => ({
  fields,
  relations: { office },
});

describe.each<
  [string, ContentUid, Record<string, unknown>, Record<string, string[]>, string | undefined]
>([
  ["a news post without a slug", newsPost, { title }, {}, base],
  ["an empty slug", newsPost, { title, slug: "" }, {}, base],
  ["a blank slug", newsPost, { title, slug: "  " }, {}, base],
  ["a null slug", newsPost, { title, slug: null }, {}, base],
  [
    "a slug taken in the office",
    newsPost,
    { title },
    { "kutno-id": [base, `${base}-2`] },
    `${base}-3`,
  ],
  ["a slug taken only in another office", newsPost, { title }, { "kalisz-id": [base] }, base],
  [
    "a programme",
    "api::programme.programme",
    { title: "Asystent osobisty" },
    {},
    "asystent-osobisty",
  ],
  [
    "a department, from its name",
    "api::department.department",
    { name: "Dział Świadczeń Rodzinnych" },
    {},
    "dzial-swiadczen-rodzinnych",
  ],
  ["a Ukrainian title", newsPost, { title: "Допомога дітям" }, {}, "dopomoha-ditiam"],
  ["a slug typed by the editor", newsPost, { title, slug: "moj-adres" }, {}, undefined],
  ["a title with nothing to make a slug of", newsPost, { title: "– … –" }, {}, undefined],
  ["no title", newsPost, { slug: "" }, {}, undefined],
  [
    "an office (its slug names its site)",
    "api::office.office",
    { name: "MOPS Kutno" },
    {},
    undefined,
  ],
  ["a schedule (no slug)", "api::schedule.schedule", { label: "Przyjęcia" }, {}, undefined],
])("slugToFill for %s", (_name, uid, fields, inUse, expected) => {
  it(`is ${expected ?? "nothing"}`, async () => {
    expect(await slugToFill(storeWith(inUse), uid, "doc-1", entry(fields))).toBe(expected);
  });
});

describe("slugToFill", () => {
  it("fills nothing for an entry without an office (the rules report the office)", async () => {
    expect(
      await slugToFill(storeWith({}), newsPost, undefined, entry({ title }, [])),
    ).toBeUndefined();
  });

  it("looks up the slugs of other documents of the type in the entry's office", async () => {
    const store = storeWith({});
    await slugToFill(store, newsPost, "doc-1", entry({ title }));
    expect(store.calls).toEqual([[newsPost, base, "kutno-id", "doc-1"]]);
  });
});
