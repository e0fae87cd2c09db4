// Names of synthetic municipalities ("gminy"), built like Polish place names from a stem and an
// ending (Brzezowo, Lipno, Dąbrówka), then as double names (Lipno-Dąbrówka), so that 2,500
// offices get distinct names and slugs. Office `i` always gets the same name.
import { slugify } from "./slug.ts";

const stems = [
  "Brzez",
  "Dąbr",
  "Grab",
  "Jabłon",
  "Jawor",
  "Kalin",
  "Klon",
  "Lip",
  "Modrzew",
  "Olsz",
  "Sosn",
  "Wierzb",
  "Buk",
  "Głog",
  "Jarzęb",
  "Leszczyn",
  "Osik",
  "Świerk",
  "Topol",
  "Kamien",
  "Piask",
  "Błot",
  "Łęk",
  "Mokr",
  "Zawad",
  "Wol",
  "Strzel",
  "Krzyw",
  "Biel",
  "Czarn",
  "Zielon",
  "Złot",
  "Rud",
  "Wilk",
  "Sokol",
  "Orzech",
  "Gołęb",
  "Żuraw",
  "Kruk",
  "Borow",
] as const;

const endings = ["owo", "no", "ice", "iec", "ówka", "na", "isko", "ewo", "ów", "ka"] as const;

const singleNames: readonly string[] = stems.flatMap((stem) =>
  endings.map((ending) => `${stem}${ending}`),
);

export class TownNameError extends Error {
  override name = "TownNameError";
}

export const MAX_TOWNS = singleNames.length * singleNames.length;

/** Double names pair each single name with every other one. */
const others = singleNames.length - 1;

/** The name of municipality `index` (0-based): single names first, then double names. */
export function townName(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_TOWNS) {
    throw new TownNameError(`town ${index}: need a whole number below ${MAX_TOWNS}`);
  }
  // A stride coprime to the list length spreads neighbours over different stems.
  const at = (n: number) => singleNames[(n * 37) % singleNames.length]!;
  if (index < singleNames.length) return at(index);
  const rest = index - singleNames.length;
  const first = Math.floor(rest / others);
  const second = (first + 1 + (rest % others)) % singleNames.length;
  return `${at(first)}-${at(second)}`;
}

export const townSlug = (index: number) => slugify(townName(index), 80);
