import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { contactPage, noContactNotice } from "./contact-page.ts";

const TODAY = "2026-11-23";

describe("contactPage", () => {
  it("lists Kraśnik's two district locations with their own phones", () => {
    const view = contactPage(fixtureContent("krasnik"), TODAY);
    expect(
      view.locations.map((location) => [
        location.label,
        location.lines[0],
        location.phones.map((p) => p.href),
      ]),
    ).toEqual([
      ["Dzielnica Fabryczna", "ul. Grunwaldzka 4A", ["tel:+48818251581", "tel:+48601979977"]],
      ["Dzielnica Stara", "Al. Tysiąclecia 3b", ["tel:+48818252014", "tel:+48601979087"]],
    ]);
    expect(view.hours.map((table) => table.caption)).toEqual([
      "Sprawy z zakresu pomocy społecznej",
    ]);
  });

  it("shows the electronic inboxes and the BIP link when the office has them", () => {
    const kutno = fixtureContent("kutno");
    const view = contactPage(
      {
        ...kutno,
        office: {
          ...kutno.office,
          epuapAddress: "/mopskutno/SkrytkaESP",
          eDeliveryAddress: "AE:PL-12345-67890-ABCDE-12",
          bipUrl: "https://bip.mops.kutno.pl/",
        },
      },
      TODAY,
    );
    expect(view.inboxes).toEqual([
      { label: "Adres skrytki ePUAP", value: "/mopskutno/SkrytkaESP" },
      { label: "Adres do e-Doręczeń", value: "AE:PL-12345-67890-ABCDE-12" },
    ]);
    expect(view.bip).toEqual({
      label: "Biuletyn Informacji Publicznej",
      href: "https://bip.mops.kutno.pl/",
      hint: "link zewnętrzny",
    });
    expect(view.emails).toEqual([
      {
        text: "sekretariat@mops.kutno.pl",
        href: "mailto:sekretariat@mops.kutno.pl",
        label: "sekretariat",
      },
    ]);
  });

  it("leaves out what the office has not given", () => {
    const view = contactPage(fixtureContent("kalisz"), TODAY);
    expect(view).toMatchObject({ inboxes: [], phones: [], emails: [], hours: [] });
    expect(view.bip).toBeUndefined();
  });

  it.each([
    { office: "kalisz", says: true },
    { office: "krasnik", says: false },
    { office: "kutno", says: false },
  ] as const)(
    "says so when $office has published no phone and no e-mail: $says",
    ({ office, says }) => {
      const view = contactPage(fixtureContent(office), TODAY);
      expect(view.noContact).toBe(says ? noContactNotice : undefined);
    },
  );
});
