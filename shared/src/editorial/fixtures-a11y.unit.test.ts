// The check over the real texts of the seed offices: every Markdown field of every fixture.
import { describe, expect, it } from "vitest";
import { officeFixtures } from "../../fixtures/index.ts";
import { entryA11yWarnings, MARKDOWN_FIELDS } from "./entry-a11y.ts";

type Entry = Record<string, unknown>;

const fixtures = officeFixtures();

describe.each(fixtures.map((fixture) => [fixture.office.slug, fixture] as const))(
  "the fixture of %s",
  (_slug, fixture) => {
    const checked: [string, Entry][] = [
      ["office", fixture.office as Entry],
      ...fixture.departments.map((entry) => ["department", entry as Entry] as [string, Entry]),
      ...fixture.programmes.map((entry) => ["programme", entry as Entry] as [string, Entry]),
      ...fixture.newsPosts.map((entry) => ["news-post", entry as Entry] as [string, Entry]),
    ];

    it("has Markdown to check", () => {
      const fields = checked.flatMap(([type, entry]) =>
        MARKDOWN_FIELDS[type as keyof typeof MARKDOWN_FIELDS](entry),
      );
      expect(fields.length).toBeGreaterThan(3);
    });

    // The seed texts are real office pages in good shape: headings in order, no bare links,
    // no tables or images; the one PDF (Pruszków's volunteering agreement) is described.
    it("gets no warnings", () => {
      const warnings = checked.flatMap(([type, entry]) =>
        entryA11yWarnings(type as keyof typeof MARKDOWN_FIELDS, entry).map(
          (warning) => `${type} ${String(entry.slug ?? "")} ${warning.field}: ${warning.code}`,
        ),
      );
      expect(warnings).toEqual([]);
    });
  },
);

describe("the PDF attachment of Pruszków's volunteering post", () => {
  const pruszkow = fixtures.find((fixture) => fixture.office.slug === "pruszkow");
  const post = pruszkow?.newsPosts.find((entry) => entry.slug === "zostan-wolontariuszem") as
    | Entry
    | undefined;

  it("is described in the body", () => {
    expect(post?.attachments).toHaveLength(1);
    expect(entryA11yWarnings("news-post", post ?? {})).toEqual([]);
  });

  it("would be reported without the paragraph about it", () => {
    const body = String(post?.body)
      .split("\n\n")
      .filter((paragraph) => !/porozumieni/.test(paragraph))
      .join("\n\n");
    expect(entryA11yWarnings("news-post", { ...post, body }).map((w) => [w.field, w.code])).toEqual(
      [["body", "pdf-attachment-no-summary"]],
    );
  });
});
