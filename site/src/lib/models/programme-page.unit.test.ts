import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { programmeGroups, programmePage } from "./programme-page.ts";

const TODAY = "2026-11-23";
const krasnik = fixtureContent("krasnik");
const pruszkow = fixtureContent("pruszkow");
const programme = (content: typeof krasnik, slug: string) =>
  content.programmes.find((p) => p.slug === slug)!;

describe("programmePage", () => {
  it("lists Kraśnik's food aid income thresholds in złoty with no-break spaces", () => {
    const view = programmePage(krasnik, programme(krasnik, "pomoc-zywnosciowa"), TODAY);
    expect(view.thresholds).toEqual([
      { label: "dla osoby samotnie gospodarującej", amount: "1542,20\u00a0zł" },
      { label: "dla osoby w rodzinie", amount: "1161,60\u00a0zł" },
    ]);
    expect(view.state).toBeUndefined();
  });

  it("shows Wspieraj Seniora as ended, for people of 70 and over, funded from the state budget", () => {
    const view = programmePage(krasnik, programme(krasnik, "wspieraj-seniora"), TODAY);
    expect(view.state).toEqual({ key: "ended", label: "zakończony" });
    expect(view.period).toBe("do 31 grudnia 2020");
    expect(view.minimumAge).toBe("70 lat i więcej");
    expect(view.funding).toEqual([
      {
        source: "budżet państwa",
        programmeName: "Solidarnościowy Korpus Wsparcia Seniorów",
        amounts: [],
        note: "Rządowy program finansowany z budżetu państwa.",
        eu: false,
      },
    ]);
    expect(view.euFunded).toBe(false);
    expect(view.links).toEqual([
      {
        label: "Miasto wspiera seniorów w czasie pandemii – krasnik.eu",
        href: "https://www.krasnik.eu/aktualnosci/miasto-wspiera-seniorow-w-czasie-pandemii",
        hint: "link zewnętrzny",
      },
    ]);
    expect(view.hours.map((table) => table.caption)).toHaveLength(2);
  });

  it("marks Pruszków's innovation project as EU-funded with its contribution and period", () => {
    const view = programmePage(
      pruszkow,
      programme(pruszkow, "innowacyjny-miejski-osrodek-pomocy-spolecznej-w-pruszkowie"),
      TODAY,
    );
    expect(view.period).toBe("1 października 2019 – 31 października 2020");
    expect(view.euFunded).toBe(true);
    expect(view.funding[0]?.amounts).toEqual([
      { label: "Dofinansowanie z Unii Europejskiej", value: "674\u00a0011,25\u00a0zł" },
    ]);
    expect(view.news.map((link) => link.href)).toContain(
      "/aktualnosci/projekt-innowacyjny-mops-w-pruszkowie/",
    );
  });

  it.each([
    { today: "2019-09-30", state: "upcoming", label: "wkrótce" },
    { today: "2020-05-01", state: "active", label: "trwa" },
    { today: "2020-11-01", state: "ended", label: "zakończony" },
  ])("on $today the project is $state", ({ today, state, label }) => {
    const view = programmePage(
      pruszkow,
      programme(pruszkow, "innowacyjny-miejski-osrodek-pomocy-spolecznej-w-pruszkowie"),
      today,
    );
    expect(view.state).toEqual({ key: state, label });
  });
});

describe("programmeGroups", () => {
  it("puts current programmes first and ended ones last", () => {
    const groups = programmeGroups(krasnik, TODAY);
    expect(groups.map((group) => [group.heading, group.items.map((item) => item.href)])).toEqual([
      ["Aktualne programy i formy pomocy", ["/programy/pomoc-zywnosciowa/"]],
      ["Zakończone", ["/programy/wspieraj-seniora/"]],
    ]);
  });
});
