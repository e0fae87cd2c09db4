import { describe, expect, it } from "vitest";
import { asciiFold, slugify } from "./slug.ts";

describe("slugify", () => {
  it.each([
    ["Dąbrówka Górna", "dabrowka-gorna"],
    ["Łęków", "lekow"],
    ["Żurawisko-Źrebce", "zurawisko-zrebce"],
    ["Pomoc „Dobry start” – 300+", "pomoc-dobry-start-300"],
    ["  --Świerkowo--  ", "swierkowo"],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify(
      "Ośrodek Pomocy Społecznej zaprasza na spotkanie informacyjne dla seniorów",
      30,
    );
    expect(slug).toBe("osrodek-pomocy-spolecznej");
    expect(slug.length).toBeLessThanOrEqual(30);
  });

  it("folds Polish letters and typographic marks to ASCII", () => {
    expect(asciiFold("Źródło „Łodzi” – 5\u00a0zł")).toBe('Zrodlo "Lodzi" - 5 zl');
  });
});
