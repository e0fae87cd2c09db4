import { describe, expect, it } from "vitest";
import { mentionsTitle } from "./pdf-summary.ts";

describe.each([
  ["Prosimy o podpisanie porozumienia wolontarystycznego.", "Porozumienie wolontarystyczne", true],
  [
    "Wnioski o dodatek osłonowy przyjmujemy do 30 kwietnia.",
    "Wniosek o dodatek osłonowy (PDF)",
    true,
  ],
  ["Do wniosku dołącz oświadczenie o dochodach.", "Oświadczenie o dochodach", true],
  ["Jeżeli chcesz zostać wolontariuszem, zadzwoń.", "Porozumienie wolontarystyczne", false],
  ["Zapraszamy od poniedziałku do piątku.", "Regulamin naboru", false],
  ["Krótko.", "PDF", false],
  ["Dokument opisuje wszystkie zasady przyznawania pomocy w tym roku.", "", true],
])("mentionsTitle(%j, %j)", (text, title, mentioned) => {
  it(`is ${mentioned}`, () => expect(mentionsTitle(text, title)).toBe(mentioned));
});
