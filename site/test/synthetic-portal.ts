// A region of N synthetic offices for the portal's page models: each a copy of one of the five
// seed offices (so its schedules, departments and programmes are real content) under a new slug,
// name and area. Municipality names start with letters in roughly the proportions of Polish
// municipalities (many K, S, B, P, W; some Ł, Ś, Ż), so the A–Z pages split as a real region's.
import { officeSlugs } from "@mops/shared/fixtures";
import type { OfficeContent } from "../src/lib/content/office-content.ts";
import { fixtureContent } from "./fixture-content.ts";

const STEMS = [
  "Kra",
  "Kro",
  "Ko",
  "Ka",
  "Ku",
  "Ki",
  "Sta",
  "Sie",
  "So",
  "Su",
  "Sz",
  "Bia",
  "Bo",
  "Bra",
  "Pa",
  "Po",
  "Pr",
  "Wi",
  "Wo",
  "Wa",
  "Go",
  "Gra",
  "Ra",
  "Ro",
  "Lu",
  "Le",
  "Mi",
  "Mo",
  "Na",
  "No",
  "Dą",
  "Do",
  "Ch",
  "Ja",
  "Tu",
  "To",
  "Za",
  "Zb",
  "Łu",
  "Ło",
  "Św",
  "Ża",
  "Ol",
  "Os",
];
const ENDINGS = [
  "śnik",
  "czyn",
  "wice",
  "bork",
  "szów",
  "niki",
  "lin",
  "sko",
  "wola",
  "rzyce",
  "dzie",
  "mierz",
];

/** `count` offices; the i-th copies seed office i mod 5. */
export function syntheticRegion(count: number): OfficeContent[] {
  const seeds = officeSlugs.map(fixtureContent);
  return Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const town = `${STEMS[i % STEMS.length]}${ENDINGS[Math.floor(i / STEMS.length) % ENDINGS.length]}${i >= STEMS.length * ENDINGS.length ? ` ${Math.floor(i / (STEMS.length * ENDINGS.length)) + 1}` : ""}`;
    const code = (n: number) =>
      `${String(i % 100).padStart(2, "0")}-${String(Math.floor(i / 100) * 10 + n).padStart(3, "0")}`;
    const slug = `osrodek-${i + 1}`;
    return {
      ...seed,
      office: {
        ...seed.office,
        slug,
        name: `Ośrodek Pomocy Społecznej w gminie ${town}`,
        siteUrl: `https://${slug}.example.pl/`,
        areas: [
          {
            municipality: town,
            postalCodes: [code(0), code(1), ...(i % 3 === 0 ? [code(2)] : [])],
            places: [`${town} Dolny`, `${town} Górny`, `Nowa ${town}`],
          },
        ],
      },
    };
  });
}
