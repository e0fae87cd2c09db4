// The seeded CMS holds every fixture entry, published, with exact values, read over REST with the
// read-only token the site uses; importing the fixtures again creates nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentApi, contentManager, type Entry, single } from "../test-support/cms-client.ts";
import { runCmsScript } from "../test-support/cms-command.ts";
import { cmsDir } from "../tooling/compiled-cms.ts";
import { cmsInstances } from "./cms-instances.ts";

const fixturesDir = path.join(cmsDir, "..", "shared", "fixtures", "offices");

interface FixtureCounts {
  departments: unknown[];
  programmes: unknown[];
  schedules: unknown[];
  newsPosts: unknown[];
}

const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => ({
    office: path.basename(name, ".json"),
    data: JSON.parse(readFileSync(path.join(fixturesDir, name), "utf8")) as FixtureCounts,
  }));

const types = [
  ["departments", "departments"],
  ["programmes", "programmes"],
  ["schedules", "schedules"],
  ["news-posts", "newsPosts"],
] as const;

const countCases = fixtures.flatMap(({ office, data }) =>
  types.map(([plural, key]) => ({ office, plural, expected: data[key].length })),
);

const inOffice = (office: string) => `filters[office][slug][$eq]=${office}`;

interface Rule {
  monday: boolean;
  tuesday: boolean;
  wednesday: boolean;
  thursday: boolean;
  friday: boolean;
  saturday: boolean;
  sunday: boolean;
  opens: string;
  closes: string;
  mode: string;
}

const weekdays = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

/** A rule as `"mon,tue 09:00–11:00 mode"`, to compare schedules in one readable line. */
const describeRule = (rule: Rule) =>
  `${weekdays
    .filter((day) => rule[day])
    .map((day) => day.slice(0, 3))
    .join(",")} ${rule.opens.slice(0, 5)}–${rule.closes.slice(0, 5)} ${rule.mode}`;

describe.each(cmsInstances())("seeded CMS on $database", (cms) => {
  const api = contentApi(cms.url, cms.readToken);

  it("holds the five offices with their Polish names", async () => {
    const offices = await api.all("offices");
    const names = Object.fromEntries(offices.map((o) => [o.slug, o.name]));
    expect(Object.keys(names).sort()).toEqual(fixtures.map((f) => f.office).sort());
    expect(names.krasnik).toBe("Miejski Ośrodek Pomocy Społecznej w Kraśniku");
    expect(names.pruszkow).toBe("Miejski Ośrodek Pomocy Społecznej w Pruszkowie");
  });

  it.each(countCases)(
    "has every $plural entry of $office ($expected)",
    async ({ office, plural, expected }) => {
      const entries = await api.all(plural, inOffice(office));
      expect(entries).toHaveLength(expected);
    },
  );

  it("keeps Kraśnik's food aid thresholds to the grosz", async () => {
    const programme = single(
      await api.all("programmes", `${inOffice("krasnik")}&filters[slug][$eq]=pomoc-zywnosciowa`),
    );
    const thresholds = programme.incomeThresholds as { basis: string; amount: number }[];
    expect(thresholds.map((t) => [t.basis, t.amount])).toEqual([
      ["single_person", 1542.2],
      ["per_person_in_family", 1161.6],
    ]);
  });

  it("keeps the funding amounts of Orzesze's EU project", async () => {
    const programme = single(
      await api.all(
        "programmes",
        `${inOffice("orzesze")}&filters[slug][$eq]=droga-dokad-do-samodzielnosci`,
      ),
    );
    const funding = programme.funding as Record<string, unknown>[];
    expect(
      funding.map((f) => [
        f.source,
        f.totalValue,
        f.euContribution,
        f.stateBudget,
        f.ownContribution,
      ]),
    ).toEqual([
      ["pokl", 429066.32, 410879.39, 18186.93, null],
      ["own_funds", null, null, null, 54318.48],
    ]);
  });

  const scheduleCases = [
    {
      what: "Kutno's split hours, no reception on Wednesday, by appointment",
      office: "kutno",
      filter: "filters[department][slug][$eq]=dzial-pomocy-srodowiskowej",
      rules: [
        "mon,tue,thu,fri 09:00–11:00 by_appointment",
        "mon,tue,thu,fri 13:00–14:00 by_appointment",
      ],
    },
    {
      what: "Kutno's housing benefits, Thursday to 15:00",
      office: "kutno",
      filter: "filters[department][slug][$eq]=dzial-dodatkow-mieszkaniowych",
      rules: ["mon,tue,fri 10:00–14:00 in_person", "thu 10:00–15:00 in_person"],
    },
    {
      what: "Kutno's Klub Seniora on Tuesday and Thursday",
      office: "kutno",
      filter: "filters[programme][slug][$eq]=klub-seniora",
      rules: ["tue,thu 10:00–15:00 in_person"],
    },
    {
      what: "Kraśnik's phone appointments first within the office hours",
      office: "krasnik",
      filter: "filters[department][slug][$eq]=stypendia-szkolne",
      rules: [
        "mon,tue,wed,thu,fri 07:00–10:00 priority",
        "mon,tue,wed,thu,fri 10:00–15:00 in_person",
      ],
    },
    {
      what: "Pruszków's benefits desk, Thursday and Friday closed",
      office: "pruszkow",
      filter: "filters[department][slug][$eq]=swiadczenia",
      rules: ["mon 10:30–17:00 in_person", "tue,wed 08:30–15:00 in_person"],
    },
    {
      what: "Orzesze's office hours",
      office: "orzesze",
      filter: "filters[label][$eq]=Godziny urzędowania",
      rules: ["mon,tue,wed,thu,fri 07:30–15:30 in_person"],
    },
  ];

  it.each(scheduleCases)("expresses $what", async ({ office, filter, rules }) => {
    const schedule = single(await api.all("schedules", `${inOffice(office)}&${encodeURI(filter)}`));
    expect((schedule.rules as Rule[]).map(describeRule)).toEqual(rules);
  });

  it("expresses Wspieraj Seniora's intake and service hours", async () => {
    const schedules = await api.all(
      "schedules",
      `${inOffice("krasnik")}&filters[programme][slug][$eq]=wspieraj-seniora`,
    );
    const lines = schedules.flatMap((s) => (s.rules as Rule[]).map(describeRule)).sort();
    expect(lines).toEqual([
      "mon,tue,wed,thu,fri 07:00–15:00 phone_only",
      "mon,tue,wed,thu,fri 07:00–18:00 in_person",
    ]);
  });

  it("expresses the psychologist's phone-only July and August in Pruszków", async () => {
    const schedule = single(
      await api.all(
        "schedules",
        `${inOffice("pruszkow")}&filters[label][$eq]=${encodeURIComponent("Dyżur psychologa")}`,
      ),
    );
    const seasons = schedule.seasons as {
      fromMonthDay: string;
      toMonthDay: string;
      rules: Rule[];
    }[];
    expect((schedule.rules as Rule[]).map(describeRule)).toEqual([
      "mon,wed,fri 09:00–13:00 by_appointment",
    ]);
    expect(seasons.map((s) => [s.fromMonthDay, s.toMonthDay, s.rules.map(describeRule)])).toEqual([
      ["07-01", "08-31", ["mon,wed,fri 09:00–13:00 phone_only"]],
    ]);
  });

  it("serves the volunteering agreement as a downloadable PDF attachment", async () => {
    const post = single(
      await api.all(
        "news-posts",
        `${inOffice("pruszkow")}&filters[slug][$eq]=zostan-wolontariuszem`,
      ),
    );
    const [attachment] = post.attachments as {
      title: string;
      file: { url: string; mime: string };
    }[];
    expect(attachment?.file.mime).toBe("application/pdf");
    const download = await fetch(`${cms.url}${attachment?.file.url}`);
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it("publishes every entry: drafts and published versions match", async () => {
    const admin = contentManager(cms.url, cms.adminToken);
    for (const [plural] of [["offices"], ...types]) {
      const published = (await api.all(plural)).map((e: Entry) => e.documentId).sort();
      const listed = await admin.list(
        `api::${plural.replace(/s$/, "")}.${plural.replace(/s$/, "")}`,
      );
      const drafts = listed.body.results.map((e: Entry) => e.documentId).sort();
      expect(listed.body.pagination.total).toBe(drafts.length);
      expect(published).toEqual(drafts);
    }
  });

  it("imports nothing twice when the seed command runs again", async () => {
    const before = await Promise.all(types.map(([plural]) => api.all(plural)));
    const result = await runCmsScript("seed", [cms.distDir], cms.env);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/seed: offices 0 new, 5 existing; departments 0 new/);
    // Kraśnik: uk office, 2 departments, 1 programme, 3 schedules, 1 post; en office, 2, 3.
    expect(result.output).toMatch(/translations 0 new, 14 existing/);
    const after = await Promise.all(types.map(([plural]) => api.all(plural)));
    expect(after.map((list) => list.length)).toEqual(before.map((list) => list.length));
  });
});

describe.each(cmsInstances())("seeded translations on $database", (cms) => {
  const api = contentApi(cms.url, cms.readToken);
  const krasnik = (plural: string, locale: string, query = "") =>
    api.all(plural, `${inOffice("krasnik")}&locale=${locale}${query}`);

  it.each([
    ["uk", "Міський центр соціальної допомоги в Красніку"],
    ["en", "Municipal Social Welfare Centre in Kraśnik"],
  ])("publishes Kraśnik in %s, and no other office in that language", async (locale, name) => {
    const offices = await api.all("offices", `locale=${locale}`);
    expect(offices.map((o) => [o.slug, o.name])).toEqual([["krasnik", name]]);
  });

  it("gives the Ukrainian food aid the Polish thresholds with Ukrainian labels", async () => {
    const programme = single(
      await krasnik("programmes", "uk", "&filters[slug][$eq]=pomoc-zywnosciowa"),
    );
    expect(programme.title).toBe("Продовольча допомога – Фонд «Банк продовольства в Любліні»");
    const thresholds = programme.incomeThresholds as {
      basis: string;
      label: string;
      amount: number;
    }[];
    expect(thresholds.map((t) => [t.basis, t.amount, t.label])).toEqual([
      ["single_person", 1542.2, "для особи, яка веде господарство самостійно"],
      ["per_person_in_family", 1161.6, "на особу в сімʼї"],
    ]);
  });

  it.each(["uk", "en"])("gives the %s schedules the Polish hours and relations", async (locale) => {
    const polish = await krasnik("schedules", "pl", "&populate=*");
    const translated = await krasnik("schedules", locale, "&populate=*");
    expect(translated).toHaveLength(3);
    const hours = (entry: Entry) => ({
      rules: (entry.rules as Rule[]).map(describeRule),
      department: (entry.department as Entry | null)?.documentId ?? null,
    });
    for (const entry of translated) {
      const original = polish.find((p) => p.documentId === entry.documentId);
      expect(original?.label).not.toBe(entry.label);
      expect(hours(entry)).toEqual(hours(original as Entry));
    }
  });

  it("publishes the Ukrainian food aid post, dated as the Polish one, linked to its programme", async () => {
    const post = single(await krasnik("news-posts", "uk", "&populate=programmes"));
    const polish = single(
      await krasnik("news-posts", "pl", `&filters[documentId][$eq]=${post.documentId}`),
    );
    expect([post.slug, post.date]).toEqual([polish.slug, polish.date]);
    expect(post.title).toBe("Продовольча допомога разом із Фондом «Банк продовольства в Любліні»");
    expect((post.programmes as Entry[]).map((p) => p.slug)).toEqual(["pomoc-zywnosciowa"]);
  });
});
