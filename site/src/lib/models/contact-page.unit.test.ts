import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { NO_PHONE_NOR_EMAIL } from "./contact-fallback.ts";
import { contactPage } from "./contact-page.ts";

const TODAY = "2026-11-23";

describe("contactPage", () => {
  it("lists Kraśnik's two district locations with their own phones, not again as general ones", () => {
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
    expect(view.phones).toEqual([]);
    expect(view.hours.map((table) => table.caption)).toEqual([
      "Sprawy z zakresu pomocy społecznej",
    ]);
  });

  it("gives Pruszków's Punkt its own address and its numbers once", () => {
    const view = contactPage(fixtureContent("pruszkow"), TODAY);
    const punkt = view.departments.find(
      (place) => place.name === "Punkt Przeciwdziałania Przemocy",
    );
    expect(punkt?.location?.lines).toEqual(["ul. Jasna 3", "Pruszków"]);
    expect(punkt?.phones.map((phone) => [phone.href, phone.label])).toEqual([
      ["tel:+48227284497", "umawianie wizyt"],
      ["tel:+48500135649", "psycholog – dyżur telefoniczny w lipcu i sierpniu"],
    ]);
    expect(view.programmes.map((place) => place.phones.map((phone) => phone.href))).toEqual([
      ["tel:+48227706018"],
      ["tel:+48502602991"],
    ]);
  });

  it("lists only a programme's own numbers and says it shares the office's", () => {
    const view = contactPage(fixtureContent("krasnik"), TODAY);
    expect(
      view.programmes.map((place) => ({
        name: place.name,
        phones: place.phones.map((phone) => phone.href),
        shares: place.sharedNote,
      })),
    ).toEqual([
      {
        name: "Pomoc żywnościowa – Fundacja Bank Żywności w Lublinie",
        phones: [],
        shares: "Kontakt: telefony ośrodka podane wyżej.",
      },
      {
        name: "Wspieraj Seniora",
        phones: ["tel:+48225051111"],
        shares: "Także telefony ośrodka podane wyżej.",
      },
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
    expect(view).toMatchObject({ inboxes: [], phones: [], emails: [], hours: [], departments: [] });
    expect(view.bip).toBeUndefined();
    expect(view.printable).toBeUndefined();
  });

  it.each([
    { office: "kalisz", printable: false },
    { office: "krasnik", printable: true },
    { office: "kutno", printable: true },
    { office: "orzesze", printable: true },
    { office: "pruszkow", printable: true },
  ] as const)("links the printable sheet for $office: $printable", ({ office, printable }) => {
    const view = contactPage(fixtureContent(office), TODAY);
    expect(view.printable?.href).toBe(printable ? "/godziny-i-kontakt/" : undefined);
  });

  it.each([
    { office: "kalisz", notice: NO_PHONE_NOR_EMAIL },
    { office: "pruszkow", notice: NO_PHONE_NOR_EMAIL },
    { office: "krasnik", notice: undefined },
    { office: "kutno", notice: undefined },
    { office: "orzesze", notice: undefined },
  ] as const)("says when $office gave no general phone: $notice", ({ office, notice }) => {
    expect(contactPage(fixtureContent(office), TODAY).fallback?.notice).toBe(notice);
  });
});
