import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { contactFallback, NO_PHONE, NO_PHONE_NOR_EMAIL } from "./contact-fallback.ts";

const pruszkow = fixtureContent("pruszkow");
const kalisz = fixtureContent("kalisz");
const text = (view: ReturnType<typeof contactFallback>) =>
  view?.ways.map((way) => `${way.text}${way.link ? `[${way.link.label}](${way.link.href})` : ""}`);

describe("contactFallback", () => {
  it.each([
    {
      name: "Pruszków: the Punkt's numbers, then a visit",
      content: pruszkow,
      notice: NO_PHONE_NOR_EMAIL,
      ways: [
        "zadzwonić bezpośrednio do działu lub programu: [numery działów i programów](/kontakt/#dzialy-i-programy)",
        "przyjść osobiście: ul. Helenowska 3a, 05-804 Pruszków.",
      ],
    },
    {
      name: "an office with an e-mail, an ePUAP inbox and a BIP but no phone",
      content: {
        ...kalisz,
        office: {
          ...kalisz.office,
          emails: [{ address: "mops@kalisz.example" }],
          epuapAddress: "/mopskalisz/skrytka",
          bipUrl: "https://bip.kalisz.example/",
        },
      },
      notice: NO_PHONE,
      ways: [
        "napisać e-mail: [mops@kalisz.example](mailto:mops@kalisz.example)",
        "wysłać pismo przez ePUAP na adres skrytki /mopskalisz/skrytka.",
        "sprawdzić dane kontaktowe w [Biuletynie Informacji Publicznej](https://bip.kalisz.example/)",
      ],
    },
    {
      name: "Kalisz, with nothing else: the accessibility coordinator",
      content: kalisz,
      notice: NO_PHONE_NOR_EMAIL,
      ways: [
        `napisać do koordynatora do spraw dostępności ośrodka: [${kalisz.office.accessibility.coordinatorEmail}](mailto:${kalisz.office.accessibility.coordinatorEmail})`,
      ],
    },
  ])("$name", ({ content, notice, ways }) => {
    const view = contactFallback(content, "/kontakt/");
    expect(view?.notice).toBe(notice);
    expect(text(view)).toEqual(ways);
  });

  it.each(["krasnik", "kutno", "orzesze"] as const)("is not needed for %s", (slug) => {
    expect(contactFallback(fixtureContent(slug), "/kontakt/")).toBeUndefined();
  });
});
