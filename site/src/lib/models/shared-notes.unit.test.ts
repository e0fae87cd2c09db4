import { describe, expect, it } from "vitest";
import type { HoursTableView } from "./hours-table.ts";
import { noteSentences, shareRepeatedNotes } from "./shared-notes.ts";

const CALL =
  'Na wizytę należy umówić się telefonicznie: <a href="tel:+48227284497">22 728 44 97</a>.';

describe("noteSentences", () => {
  it.each([
    { note: "Jedno zdanie.", sentences: ["Jedno zdanie."] },
    {
      note: `${CALL} W lipcu tylko telefonicznie.`,
      sentences: [CALL, "W lipcu tylko telefonicznie."],
    },
    {
      note: "Wejście od ul. Jasnej. Drugie piętro.",
      sentences: ["Wejście od ul. Jasnej.", "Drugie piętro."],
    },
    {
      note: "Obowiązuje od 1 lipca 2020 r. Potem nie.",
      sentences: ["Obowiązuje od 1 lipca 2020 r. Potem nie."],
    },
    { note: "Dzwoń pod tel. 22 728 44 97.", sentences: ["Dzwoń pod tel. 22 728 44 97."] },
    { note: "", sentences: [] },
  ])("$note", ({ note, sentences }) => {
    expect(noteSentences(note)).toEqual(sentences);
  });
});

const table = (caption: string, notesHtml: string[]): HoursTableView => ({
  id: caption,
  caption,
  variants: [],
  notesHtml,
});

describe("shareRepeatedNotes", () => {
  it.each([
    {
      name: "a sentence in every table is said once",
      notes: [[CALL], [CALL], [`${CALL} W lipcu tylko telefonicznie.`]],
      shared: [CALL],
      left: [[], [], ["W lipcu tylko telefonicznie."]],
    },
    {
      name: "a sentence in only some tables stays with them",
      notes: [[CALL], [CALL], ["Inaczej."]],
      shared: [],
      left: [[CALL], [CALL], ["Inaczej."]],
    },
    {
      name: "one table keeps its notes",
      notes: [[CALL]],
      shared: [],
      left: [[CALL]],
    },
    {
      name: "several shared sentences, in the first table's order",
      notes: [["A jest.", "B jest."], ["B jest. A jest."]],
      shared: ["A jest.", "B jest."],
      left: [[], []],
    },
  ])("$name", ({ notes, shared, left }) => {
    const result = shareRepeatedNotes(notes.map((n, i) => table(`t${i}`, n)));
    expect(result.sharedNotesHtml).toEqual(shared);
    expect(result.tables.map((t) => t.notesHtml)).toEqual(left);
  });
});
