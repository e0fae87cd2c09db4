import opening_hours from "opening_hours";
import { describe, expect, it, vi } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { departmentList, departmentPage } from "./department-page.ts";

const TODAY = "2026-11-23";
/** Where opening_hours.js takes Polish public holidays from. */
const POLAND = { lat: 52.23, lon: 21.01, address: { country_code: "pl", state: "" } };
const kutno = fixtureContent("kutno");
const department = (slug: string) => kutno.departments.find((d) => d.slug === slug)!;

describe("departmentPage", () => {
  it("gives Centrum Seniora its services, its club's hours and its programmes", () => {
    const view = departmentPage(kutno, department("centrum-seniora"), TODAY);
    expect(view.services.map((service) => service.name)).toEqual([
      "Posiłki",
      "Sekcja Dzienna Domu Pomocy Społecznej",
      "Sekcja Integracyjna",
      "Klub Seniora",
    ]);
    expect(view.hours.map((table) => table.caption)).toEqual(["Zajęcia Klubu Seniora"]);
    expect(view.hours[0]?.variants[0]?.rows.map((row) => `${row.day}: ${row.hours}`)).toEqual([
      "poniedziałek: nieczynne",
      "wtorek: 10:00–15:00",
      "środa: nieczynne",
      "czwartek: 10:00–15:00",
      "piątek: nieczynne",
      "sobota: nieczynne",
      "niedziela: nieczynne",
    ]);
    expect(view.programmes.map((link) => link.href)).toEqual([
      "/programy/klub-seniora/",
      "/programy/sekcja-dzienna-domu-pomocy-spolecznej/",
    ]);
  });

  it("gives the open-now block the schedule's week, no build-day status, without a place (the page is it)", () => {
    const view = departmentPage(kutno, department("dzial-pomocy-srodowiskowej"), TODAY);
    expect(view.openNow?.groups).toEqual([
      {
        entries: [
          {
            label: "Przyjęcia interesantów",
            week: [
              {
                hours:
                  "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym)",
              },
              { hours: "środa: nieczynne" },
            ],
          },
        ],
      },
    ]);
    expect(view.descriptionHtml).toBe(
      "<p>Przyjęcia interesantów po uprzednim kontakcie telefonicznym z pracownikiem socjalnym.</p>",
    );
  });
});

describe("departmentPage map data", () => {
  it("gives each schedule's OSM opening_hours from the build day, which opening_hours.js reads without warnings", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(`${TODAY}T08:00:00Z`));
    try {
      for (const item of kutno.departments) {
        const view = departmentPage(kutno, item, TODAY);
        expect(view.mapData.map((entry) => entry.label)).toEqual(
          view.hours.map((table) => table.caption),
        );
        for (const entry of view.mapData) {
          const oh = new opening_hours(entry.openingHours, POLAND);
          expect([entry.openingHours, oh.getWarnings()]).toEqual([entry.openingHours, []]);
        }
      }
      expect(departmentPage(kutno, department("centrum-seniora"), TODAY).mapData).toEqual([
        { label: "Zajęcia Klubu Seniora", openingHours: "Tu,Th 10:00-15:00; We off; PH off" },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("departmentList", () => {
  it("summarises each department's hours in lines", () => {
    const dps = departmentList(kutno).find(
      (item) => item.href === "/dzialy/dzial-pomocy-srodowiskowej/",
    );
    expect(dps?.hours[0]?.lines).toEqual([
      "poniedziałek – wtorek, czwartek – piątek: 9:00–11:00 i 13:00–14:00 (po wcześniejszym umówieniu, po uprzednim kontakcie telefonicznym z pracownikiem socjalnym)",
      "środa: nieczynne",
    ]);
  });
});

describe("departmentPage's repeated notes", () => {
  const pruszkow = fixtureContent("pruszkow");
  const punkt = pruszkow.departments.find((d) => d.slug === "punkt-przeciwdzialania-przemocy")!;
  const view = departmentPage(pruszkow, punkt, TODAY);
  const call =
    'Na wizytę należy wcześniej umówić się telefonicznie: <a href="tel:+48227284497">22 728 44 97</a>.';

  it("says once what all four duties' notes repeat", () => {
    expect(view.sharedNotesHtml).toEqual(["W dni ustawowo wolne od pracy nieczynne.", call]);
  });

  it("keeps under each table only its own sentences", () => {
    expect(view.hours.map((table) => table.notesHtml)).toEqual([
      [],
      [],
      [],
      [
        'W lipcu i sierpniu dyżur odbywa się tylko telefonicznie pod numerem <a href="tel:+48500135649">500 135 649</a>.',
      ],
    ]);
  });
});
