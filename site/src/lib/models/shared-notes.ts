// A page with several hours tables often repeats the same sentence under each ("Na wizytę należy
// wcześniej umówić się telefonicznie: 22 728 44 97."). A sentence every table's notes contain is
// said once for the page, and the tables keep only what is their own.
import type { HoursTableView } from "./hours-table.ts";

/** Words that end with a period without ending a sentence ("ul. Jasna", "tel. 22…", "2020 r. W"). */
const ABBREVIATIONS = new Set(
  "ul al pl os tel nr godz wew kom św im ks dr mgr inż r ok pn wt śr czw pt sob ndz zob np tj"
    .split(" ")
    .map((word) => word.toLowerCase()),
);

/** The sentences of a note given as HTML (no sentence ends inside an element). */
export function noteSentences(html: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of html.matchAll(/\.(?:<\/a>)?\s+(?=\p{Lu})/gu)) {
    const end = match.index + match[0].trimEnd().length;
    const before = html.slice(start, match.index).replace(/<[^>]+>/g, "");
    const word = /([\p{L}]+)$/u.exec(before)?.[1]?.toLowerCase();
    if (word !== undefined && ABBREVIATIONS.has(word)) continue;
    sentences.push(html.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(html.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

export interface TablesWithSharedNotes {
  /** Sentences every table's notes contain, in the first table's order, as HTML. */
  sharedNotesHtml: string[];
  tables: HoursTableView[];
}

/** Moves the sentences all of a page's tables (two or more) repeat to one list for the page. */
export function shareRepeatedNotes(tables: readonly HoursTableView[]): TablesWithSharedNotes {
  const split = tables.map((table) => table.notesHtml.map(noteSentences));
  const everywhere = (sentence: string) =>
    split.every((notes) => notes.some((sentences) => sentences.includes(sentence)));
  const shared = tables.length < 2 ? [] : [...new Set((split[0] ?? []).flat().filter(everywhere))];
  if (shared.length === 0) return { sharedNotesHtml: [], tables: [...tables] };
  return {
    sharedNotesHtml: shared,
    tables: tables.map((table, index) => ({
      ...table,
      notesHtml: split[index]!.map((sentences) =>
        sentences.filter((sentence) => !shared.includes(sentence)).join(" "),
      ).filter((note) => note.length > 0),
    })),
  };
}
