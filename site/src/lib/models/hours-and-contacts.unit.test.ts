import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { hoursAndContacts, hoursAndContactsHasContent } from "./hours-and-contacts.ts";

const TODAY = "2026-11-23";
const SLUGS = ["kalisz", "krasnik", "kutno", "orzesze", "pruszkow"] as const;

describe.each(SLUGS)("%s", (slug) => {
  const content = fixtureContent(slug);
  const view = hoursAndContacts(content, TODAY);
  const schedules = view.groups.flatMap((group) => group.schedules);

  it("shows every schedule once, under the place it belongs to", () => {
    expect(schedules.map((schedule) => schedule.label).sort()).toEqual(
      content.schedules.map((schedule) => schedule.label).sort(),
    );
  });

  it("writes every day of the week in each schedule's lines", () => {
    const days = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"];
    for (const schedule of schedules) {
      const text = schedule.linesHtml.join(" ");
      const covered = days.filter(
        (day, index) =>
          text.includes(day) ||
          days.some((from, i) =>
            days.some((to, j) => i < index && index < j && text.includes(`${from} – ${to}`)),
          ),
      );
      expect(covered, schedule.label).toEqual(days);
    }
  });

  it("is built exactly when it has something to show", () => {
    expect(hoursAndContactsHasContent(content)).toBe(view.groups.length > 0);
  });
});

describe("Pruszków's sheet", () => {
  const view = hoursAndContacts(fixtureContent("pruszkow"), TODAY);
  const punkt = view.groups.find((group) => group.name === "Punkt Przeciwdziałania Przemocy");

  it("puts the Punkt's four duty hours beside its own address and numbers", () => {
    expect(punkt?.locations.map((location) => location.lines.join(", "))).toEqual([
      "ul. Jasna 3, Pruszków",
    ]);
    expect(punkt?.phones.map((phone) => phone.href)).toEqual([
      "tel:+48227284497",
      "tel:+48500135649",
    ]);
    expect(punkt?.schedules.map((schedule) => schedule.label)).toEqual([
      "Dyżur konsultanta ds. przeciwdziałania przemocy",
      "Dyżur prawnika",
      "Dyżur konsultanta ds. przeciwdziałania narkomanii",
      "Dyżur psychologa",
    ]);
  });

  it("says once for the Punkt the call every duty's note begins with", () => {
    expect(punkt?.sharedNotesHtml).toEqual([
      'Na wizytę należy wcześniej umówić się telefonicznie: <a href="tel:+48227284497">22 728 44 97</a>.',
    ]);
    expect(punkt?.schedules.map((schedule) => schedule.notesHtml.length)).toEqual([0, 0, 0, 1]);
  });

  it("says the sentence every schedule repeats once", () => {
    expect(view.sharedNotesHtml).toEqual(["W dni ustawowo wolne od pracy nieczynne."]);
    const notes = view.groups.flatMap((group) => group.schedules.flatMap((s) => s.notesHtml));
    expect(notes.join(" ")).not.toContain("W dni ustawowo wolne od pracy nieczynne.");
  });

  it("dates the sheet and gives the address of its current version", () => {
    expect(view.asOf).toMatch(/^Stan na 23 listopada 2026/);
    expect(view.url).toBe("https://pruszkow.mops.example/godziny-i-kontakt/");
  });
});
