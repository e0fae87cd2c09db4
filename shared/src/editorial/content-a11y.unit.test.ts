import { describe, expect, it } from "vitest";
import { A11Y_MESSAGES, type A11yWarningCode } from "./a11y-messages.ts";
import { markdownA11yWarnings, normalizedLinkText } from "./content-a11y.ts";
import type { A11yAttachment } from "./pdf-summary.ts";

const codes = (markdown: string, attachments?: A11yAttachment[]) =>
  markdownA11yWarnings(markdown, { attachments }).map((warning) => warning.code);

const SUMMARY =
  "Wniosek składa się do 30 czerwca w punkcie obsługi albo przez ePUAP, z dochodami z poprzedniego roku.";

describe.each<[string, string, A11yWarningCode[]]>([
  ["## then ####", "## Zasady\n\nTekst.\n\n#### Kto może", ["heading-skipped"]],
  ["### then ##### inside a list", "### A\n\n- ##### B", ["heading-skipped"]],
  ["a level-1 heading", "# Dodatek osłonowy\n\nTekst.", ["heading-level-1"]],
  ["# then ###", "# A\n\n### B", ["heading-level-1", "heading-skipped"]],
  ["a link without text", "Zobacz [](https://mops.kutno.pl/wnioski).", ["link-empty"]],
  [
    "a link around an image without alt",
    "[![](logo.png)](https://bip.pl)",
    ["link-empty", "image-no-alt"],
  ],
  ["a link without a target", "Wypełnij [wniosek]().", ["link-no-target"]],
  ["a link to #", "Wypełnij [wniosek](#).", ["link-no-target"]],
  ["„kliknij tutaj”", "Wniosek: [kliknij tutaj](https://x.pl/w).", ["link-vague"]],
  ["„TUTAJ”", "Wniosek jest [TUTAJ](https://x.pl/w).", ["link-vague"]],
  ["„więcej…” with punctuation", "Nabór trwa. [(więcej…)](https://x.pl/w)", ["link-vague"]],
  ["„Więcej” without diacritics", "Nabór trwa. [wiecej](https://x.pl/w)", ["link-vague"]],
  ["„Czytaj więcej »”", "Nabór trwa. [Czytaj więcej »](https://x.pl/w)", ["link-vague"]],
  ["„link”", "Formularz: [link](https://x.pl/w)", ["link-vague"]],
  ["„here”", "Form: [here](https://x.pl/w)", ["link-vague"]],
  ["a vague reference link", "Nabór: [tutaj][w]\n\n[w]: https://x.pl/w", ["link-vague"]],
  [
    "a vague link in a table cell",
    "| Co | Gdzie |\n|-|-|\n| Wniosek | [tu](https://x.pl) |",
    ["link-vague"],
  ],
  ["an image without alt", "![](https://mops.kutno.pl/zdjecie.jpg)", ["image-no-alt"]],
  ["an image with blank alt", "![  ](zdjecie.jpg)", ["image-no-alt"]],
  [
    "a paragraph in capitals",
    "UWAGA! OD 1 LIPCA ZMIANA GODZIN PRZYJĘĆ INTERESANTÓW.",
    ["capitals"],
  ],
  [
    "capitals with Polish letters only",
    "ŚWIADCZENIA WYPŁACANE SĄ ŁĄCZNIE Z ZASIŁKIEM",
    ["capitals"],
  ],
  [
    "a list item in capitals",
    "- Wnioski\n- PROSIMY O PRZYNOSZENIE WSZYSTKICH DOKUMENTÓW",
    ["capitals"],
  ],
  [
    "a quoted paragraph in capitals",
    "> PROSIMY O PRZYNOSZENIE WSZYSTKICH DOKUMENTÓW",
    ["capitals"],
  ],
  ["a table with an empty header", "| | |\n|-|-|\n| Dział | 24 254 |", ["table-no-header"]],
  [
    "a table with one empty header cell",
    "| Dział | |\n|-|-|\n| DPS | 24 254 |",
    ["table-empty-header-cell"],
  ],
  ["a PDF link alone", "[Regulamin](https://x.pl/regulamin.PDF)", ["pdf-link-no-summary"]],
  ["a PDF link with a query", "Pobierz: [Regulamin](/r.pdf?v=2)", ["pdf-link-no-summary"]],
  [
    "PDF links in a list under a heading",
    "## Do pobrania\n\n- [Wniosek](w.pdf)\n- [Zał. 1](z.pdf)",
    ["pdf-link-no-summary", "pdf-link-no-summary"],
  ],
  [
    "a PDF attachment not mentioned",
    "Zapraszamy do składania wniosków w punkcie obsługi przy ul. Jasnej 3, od poniedziałku do piątku.",
    ["pdf-attachment-no-summary"],
  ],
])("warns about %s", (_name, markdown, expected) => {
  it(`reports ${expected.join(", ")}`, () => {
    const attachments = expected.includes("pdf-attachment-no-summary")
      ? [{ title: "Oświadczenie o dochodach", mime: "application/pdf" }]
      : undefined;
    expect(codes(markdown, attachments)).toEqual(expected);
  });
});

describe.each<[string, string, A11yAttachment[]?]>([
  ["an empty text", ""],
  ["plain paragraphs", "Ośrodek przyjmuje wnioski.\n\nZapraszamy od poniedziałku do piątku."],
  ["headings in order", "## Zasady\n\n### Kto może\n\n### Jak złożyć\n\n## Kontakt"],
  ["headings going back up any number of levels", "## A\n\n### B\n\n#### C\n\n## D"],
  ["a text whose first heading is level 3", "### Kto może\n\nKażdy.\n\n#### Dokumenty"],
  ["a descriptive link", "Pobierz [wniosek o dodatek osłonowy](https://x.pl/wniosek)."],
  [
    "a link whose text contains a vague word",
    "Szczegóły [tutaj, w regulaminie programu](https://x.pl/r).",
  ],
  ["„więcej o programie”", "[Więcej o programie Wspieraj Seniora](https://x.pl/ws)"],
  ["an autolink", "Strona BIP: <https://bip.mops.kutno.pl>"],
  ["a bare URL", "Strona BIP: https://bip.mops.kutno.pl"],
  ["an image with alt text", "![Budynek ośrodka od ul. Jasnej](budynek.jpg)"],
  [
    "acronyms in a normal sentence",
    "MOPS, PCPR, ZUS i KRUS przyjmują wnioski o świadczenia od stycznia.",
  ],
  ["a short capitalised warning", "**UWAGA!** Od lipca zmieniamy godziny przyjęć."],
  ["a heading in capitals", "## DODATEK OSŁONOWY 2026\n\nNabór wniosków trwa."],
  ["a table with a header", "| Dział | Telefon |\n|-|-|\n| DPS | 24 254 |"],
  ["a PDF link in a described paragraph", `${SUMMARY} [Wniosek (PDF)](https://x.pl/w.pdf)`],
  [
    "PDF links after a describing paragraph",
    `${SUMMARY}\n\n- [Wniosek](w.pdf)\n- [Oświadczenie](o.pdf)`,
  ],
  ["a link to a page, not a PDF", "[Regulamin](https://x.pl/pdf-regulamin)"],
  ["a Word attachment", "Tekst.", [{ title: "Wniosek", ext: ".docx", mime: "application/msword" }]],
  [
    "a PDF attachment mentioned in an inflected form",
    "Prosimy o wypełnienie porozumienia wolontarystycznego załączonego poniżej.",
    [{ title: "Porozumienie wolontarystyczne", name: "porozumienie.pdf" }],
  ],
  [
    "a PDF attachment without a title and a described body",
    SUMMARY,
    [{ url: "/uploads/wniosek_1a2b.pdf" }],
  ],
])("does not warn about %s", (_name, markdown, attachments) => {
  it("reports nothing", () => {
    expect(markdownA11yWarnings(markdown, { attachments })).toEqual([]);
  });
});

describe("warnings", () => {
  it("say why and how in Polish, with the text they are about", () => {
    expect(markdownA11yWarnings("## Zasady\n\n#### Kto może")).toEqual([
      {
        code: "heading-skipped",
        message:
          "Nagłówek poziomu 4 po nagłówku poziomu 2: pominięto poziom. Czytniki ekranu pokazują nagłówki jako spis treści – użyj poziomu 3.",
        excerpt: "Kto może",
      },
    ]);
  });

  it("shorten long excerpts to one line", () => {
    const shout = `${"BARDZO WAŻNA INFORMACJA DLA MIESZKAŃCÓW ".repeat(5)}\nKONIEC`;
    const [warning] = markdownA11yWarnings(shout);
    expect(warning?.excerpt).toHaveLength(80);
    expect(warning?.excerpt).toMatch(/^BARDZO WAŻNA [^\n]*…$/);
  });

  it.each(Object.entries(A11Y_MESSAGES))(
    "%s has a Polish message with typographic quotes",
    (_code, message) => {
      const text = message({ level: 4, previousLevel: 2, column: 2, text: "tutaj" });
      expect(text).toMatch(/^\p{Lu}.*\.$/u);
      expect(text).not.toMatch(/["']|\s-\s/);
    },
  );
});

describe.each([
  ["Kliknij TUTAJ!", "kliknij tutaj"],
  ["  (więcej…) ", "wiecej"],
  ["Czytaj   więcej »", "czytaj wiecej"],
  ["„Link”", "link"],
])("normalizedLinkText(%j)", (text, normalized) => {
  it(`is ${normalized}`, () => expect(normalizedLinkText(text)).toBe(normalized));
});
