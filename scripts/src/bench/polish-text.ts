// Polish text for synthetic content, recombined from the real sentences of the seed offices
// (shared/fixtures): sentences, list items and headings harvested once, then drawn with a seeded
// generator into paragraphs, Markdown bodies and titles of realistic length. No lorem ipsum.
import type { OfficeFixture } from "@mops/shared/fixtures";
import type { Random } from "./prng.ts";

export interface TextCorpus {
  sentences: readonly string[];
  listItems: readonly string[];
  headings: readonly string[];
}

export class CorpusError extends Error {
  override name = "CorpusError";
}

/** Fields whose text is running prose (Markdown or plain). */
const proseKeys = new Set([
  "about",
  "history",
  "body",
  "lead",
  "description",
  "summary",
  "eligibility",
  "howToApply",
  "easyToRead",
  "architecturalAccessibility",
]);

/** Fields whose text is a short heading-like name. */
const headingKeys = new Set(["title", "name", "label"]);

/**
 * A sentence ends with . ! or ? and the next one starts with a capital letter or a quote; not
 * after an abbreviation ("ul. Jasna", "pn. „Droga…”", "2020 r. Ośrodek" stays one sentence).
 */
const sentenceBoundary =
  /(?<=[.!?])(?<!(?:^|[\s(„])(?:ul|al|Al|pn|tel|nr|godz|ok|tzw|np|ds|im|św|pkt|ust|art|tj|kom|dr|mgr|inż|m\.in|r)\.)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„])/u;

function collect(value: unknown, key: string, visit: (key: string, text: string) => void): void {
  if (typeof value === "string") visit(key, value);
  else if (Array.isArray(value)) for (const item of value) collect(item, key, visit);
  else if (typeof value === "object" && value !== null) {
    for (const [childKey, child] of Object.entries(value)) collect(child, childKey, visit);
  }
}

/** Plain text of one Markdown line: no list marker, heading marks, emphasis or link syntax. */
function plainLine(line: string): string {
  return line
    .replace(/^\s*(?:[-*]|\d+\.)\s+/, "")
    .replace(/^#+\s+/, "")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .trim();
}

export function buildCorpus(fixtures: readonly OfficeFixture[]): TextCorpus {
  const sentences = new Set<string>();
  const listItems = new Set<string>();
  const headings = new Set<string>();
  for (const fixture of fixtures) {
    collect(fixture, "", (key, text) => {
      if (key === "text") listItems.add(text.replace(/[,;.]$/, ""));
      if (headingKeys.has(key) && /^[^,;]{12,90}$/.test(text) && !/[.:–]$/.test(text)) {
        headings.add(text);
      }
      if (!proseKeys.has(key)) return;
      for (const line of text.split("\n")) {
        if (/^\s*(?:[-*]|\d+\.)\s+/.test(line)) {
          const item = plainLine(line).replace(/[,;.]$/, "");
          if (item.length >= 8) listItems.add(item);
          continue;
        }
        for (const sentence of plainLine(line).split(sentenceBoundary)) {
          const trimmed = sentence.trim();
          if (trimmed.length >= 30 && trimmed.length <= 400 && /[.!?]$/.test(trimmed)) {
            sentences.add(trimmed);
          }
        }
      }
    });
  }
  const corpus = { sentences: [...sentences], listItems: [...listItems], headings: [...headings] };
  for (const [name, items] of Object.entries(corpus)) {
    if (items.length < 10)
      throw new CorpusError(`the seed fixtures gave only ${items.length} ${name}`);
  }
  return corpus;
}

export function paragraph(random: Random, corpus: TextCorpus, min = 1, max = 4): string {
  return Array.from({ length: random.int(min, max) }, () => random.pick(corpus.sentences)).join(
    " ",
  );
}

/** A short title: a seed heading, or the opening words of a seed sentence. */
export function title(random: Random, corpus: TextCorpus): string {
  if (random.chance(0.4)) return random.pick(corpus.headings);
  const words = random.pick(corpus.sentences).split(/\s+/);
  const cut = words.slice(0, random.int(4, 9)).join(" ");
  return cut
    .replace(/[\s,;:–(„]+$/u, "")
    .replace(/[.!?]$/, "")
    .replace(/[,;:]$/, "");
}

const links: readonly (readonly [label: string, url: string])[] = [
  ["Portal Emp@tia", "https://empatia.mpips.gov.pl/"],
  ["Ministerstwo Rodziny, Pracy i Polityki Społecznej", "https://www.gov.pl/web/rodzina"],
  ["Zakład Ubezpieczeń Społecznych", "https://www.zus.pl/"],
  ["Biuletyn Informacji Publicznej", "https://www.gov.pl/web/bip"],
];

/**
 * A Markdown body of `paragraphs` paragraphs, sometimes with a sub-heading, a bulleted list, a
 * bold opening sentence and an external link, like the seed posts.
 */
export function markdownBody(random: Random, corpus: TextCorpus, paragraphs: number): string {
  const blocks: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && random.chance(0.15)) blocks.push(`## ${random.pick(corpus.headings)}`);
    let text = paragraph(random, corpus);
    if (random.chance(0.12)) {
      const [first, ...rest] = text.split(sentenceBoundary);
      text = [`**${first}**`, ...rest].join(" ");
    }
    blocks.push(text);
    if (random.chance(0.12)) {
      const items = random.sample(corpus.listItems, random.int(3, 6));
      blocks.push(
        items.map((item, n) => `- ${item}${n === items.length - 1 ? "." : ","}`).join("\n"),
      );
    }
  }
  if (random.chance(0.2)) {
    const [label, url] = random.pick(links);
    blocks.push(`Więcej informacji: [${label}](${url}).`);
  }
  return blocks.join("\n\n");
}
