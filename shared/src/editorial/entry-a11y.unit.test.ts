import { describe, expect, it } from "vitest";
import { entryA11yWarnings, type MarkdownContentType } from "./entry-a11y.ts";

const VAGUE = "Regulamin: [tutaj](https://x.pl/r).";

describe.each<[MarkdownContentType, Record<string, unknown>, string[]]>([
  ["office", { about: VAGUE, history: "Historia.", name: VAGUE }, ["about"]],
  [
    "office",
    { accessibility: { easyToRead: VAGUE, coordinatorName: VAGUE } },
    ["accessibility.easyToRead"],
  ],
  ["office", { alerts: [{ body: "Tekst." }, { body: VAGUE }] }, ["alerts[1].body"]],
  ["department", { description: VAGUE, name: VAGUE }, ["description"]],
  [
    "programme",
    { body: VAGUE, eligibility: VAGUE, howToApply: null, summary: VAGUE },
    ["body", "eligibility"],
  ],
  ["news-post", { body: VAGUE, lead: VAGUE }, ["body"]],
  ["schedule", { name: VAGUE }, []],
])("entryA11yWarnings(%s, …)", (type, entry, fields) => {
  it(`checks ${fields.join(", ") || "no field"}`, () => {
    expect(entryA11yWarnings(type, entry).map((warning) => warning.field)).toEqual(fields);
  });
});

describe("a news post's attachments", () => {
  const body = "Zapraszamy do składania wniosków w punkcie obsługi od poniedziałku do piątku.";

  it.each([
    [
      "Strapi media",
      { title: "Regulamin naboru", file: { name: "r.pdf", ext: ".pdf", mime: "application/pdf" } },
    ],
    ["a fixture file", { title: "Regulamin naboru", file: "files/kutno/regulamin.pdf" }],
  ])("are checked against the body (%s)", (_name, attachment) => {
    expect(entryA11yWarnings("news-post", { body, attachments: [attachment] })).toMatchObject([
      { field: "body", code: "pdf-attachment-no-summary", excerpt: "Regulamin naboru" },
    ]);
  });
});
