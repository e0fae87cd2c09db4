import { describe, expect, it } from "vitest";
import { departmentSchema } from "./department.ts";
import { newsPostSchema } from "./news-post.ts";
import { officeSchema } from "./office.ts";
import { programmeSchema } from "./programme.ts";
import { strapiListSchema } from "./strapi.ts";

const strapiKeys = {
  id: 1,
  createdAt: "2025-01-10T09:00:00.000Z",
  updatedAt: "2025-01-10T09:00:00.000Z",
  publishedAt: "2025-01-10T09:00:00.000Z",
};
const phone = (number: string, label: string | null = null) => ({ id: 9, number, label });

const orzesze = {
  ...strapiKeys,
  documentId: "orzesze0office",
  locale: "pl",
  name: "Miejski Ośrodek Pomocy Społecznej w Orzeszu",
  shortName: "MOPS Orzesze",
  slug: "orzesze",
  siteUrl: "https://mops.orzesze.pl",
  locations: [
    {
      id: 2,
      label: null,
      street: "ul. Powstańców 5B",
      postalCode: "43-180",
      city: "Orzesze",
      phones: [phone("32 22 15 520")],
      note: null,
    },
  ],
  phones: [phone("797843833", "kom."), phone("32 22 15 520")],
  emails: [{ id: 4, address: "mops@orzesze.pl", label: null }],
  epuapAddress: null,
  eDeliveryAddress: "",
  bipUrl: null,
  director: {
    id: 5,
    name: "Danuta Lyra",
    title: "Kierownik Miejskiego Ośrodka Pomocy Społecznej",
    honorific: "mgr",
  },
  foundedOn: "1990-02-27",
  statutoryTasks: [
    {
      id: 6,
      text: "organizowanie pracy socjalnej",
      basis: "Ustawa z dnia 12 marca 2004 r. o pomocy społecznej",
    },
  ],
  about: "Ośrodek rozpoczął działalność 1 lipca 1990 r.",
  history: null,
  alerts: [],
  accessibility: {
    id: 7,
    coordinatorName: "Jan Kowalski",
    coordinatorEmail: "dostepnosc@orzesze.pl",
    coordinatorPhone: "32 22 15 520",
    statementPublishedOn: "2020-09-23",
    statementUpdatedOn: "2025-03-31",
    complianceStatus: "partial",
    nonAccessibleContent: null,
    architecturalAccessibility: "Wejście od ul. Powstańców.",
    easyToRead: null,
    pjmVideoUrl: null,
  },
  gdpr: {
    id: 8,
    controller: "Kierownik MOPS w Orzeszu, ul. Powstańców 5B, 43-180 Orzesze",
    dpoName: null,
    dpoEmail: "iod@orzesze.pl",
    dpoPhone: null,
  },
};

describe("officeSchema", () => {
  it("parses an office and drops Strapi's keys and empty optionals", () => {
    const office = officeSchema.parse(orzesze);
    expect(office).not.toHaveProperty("id");
    expect(office).not.toHaveProperty("publishedAt");
    expect(office.epuapAddress).toBeUndefined();
    expect(office.eDeliveryAddress).toBeUndefined();
    expect(office.phones).toEqual([
      { number: "797843833", label: "kom." },
      { number: "32 22 15 520" },
    ]);
    expect(office.director).toEqual({
      name: "Danuta Lyra",
      title: "Kierownik Miejskiego Ośrodka Pomocy Społecznej",
      honorific: "mgr",
    });
    expect(office.locations[0]).toEqual({
      street: "ul. Powstańców 5B",
      postalCode: "43-180",
      city: "Orzesze",
      phones: [{ number: "32 22 15 520" }],
    });
  });

  it.each([
    ["a bad slug", { slug: "Orzesze" }],
    ["a site URL without scheme", { siteUrl: "mops.orzesze.pl" }],
    ["an unpopulated accessibility component", { accessibility: undefined }],
    ["a bad postal code", { locations: [{ ...orzesze.locations[0], postalCode: "43180" }] }],
  ])("rejects %s", (_name, change) => {
    expect(officeSchema.safeParse({ ...orzesze, ...change }).success).toBe(false);
  });
});

describe("departmentSchema", () => {
  it("parses a department with its office reference", () => {
    expect(
      departmentSchema.parse({
        ...strapiKeys,
        documentId: "kutno0dps",
        locale: "pl",
        office: {
          ...strapiKeys,
          documentId: "kutno0office",
          slug: "kutno",
          name: "Miejski Ośrodek Pomocy Społecznej w Kutnie",
          shortName: "MOPS Kutno",
        },
        name: "Dział Pomocy Środowiskowej",
        slug: "dzial-pomocy-srodowiskowej",
        description: null,
        location: null,
        phones: [phone("24 253 78 47")],
        emails: [],
        services: [{ id: 3, name: "praca socjalna", description: null }],
        serviceStatus: "normal",
        serviceStatusReason: null,
        serviceStatusFrom: null,
        serviceStatusUntil: null,
      }),
    ).toEqual({
      documentId: "kutno0dps",
      locale: "pl",
      office: {
        documentId: "kutno0office",
        slug: "kutno",
        name: "Miejski Ośrodek Pomocy Społecznej w Kutnie",
      },
      name: "Dział Pomocy Środowiskowej",
      slug: "dzial-pomocy-srodowiskowej",
      phones: [{ number: "24 253 78 47" }],
      emails: [],
      services: [{ name: "praca socjalna" }],
      serviceStatus: "normal",
    });
  });
});

describe("programmeSchema", () => {
  it("reads decimals as numbers, from SQLite numbers or PostgreSQL strings", () => {
    const programme = programmeSchema.parse({
      ...strapiKeys,
      documentId: "krasnik0food",
      locale: "pl",
      title: "Pomoc żywnościowa",
      slug: "pomoc-zywnosciowa",
      summary: "Paczki żywnościowe z Banku Żywności w Lublinie.",
      body: null,
      audience: null,
      eligibility: null,
      minimumAge: null,
      incomeThresholds: [
        {
          id: 1,
          basis: "single_person",
          label: "dla osoby samotnie gospodarującej",
          amount: 1542.2,
        },
        { id: 2, basis: "per_person_in_family", label: "dla osoby w rodzinie", amount: "1161.60" },
      ],
      howToApply: null,
      phones: [],
      emails: [],
      startsOn: null,
      endsOn: null,
      funding: [
        {
          id: 3,
          source: "power",
          programmeName: "Program Operacyjny Wiedza Edukacja Rozwój",
          totalValue: null,
          euContribution: "674011.25",
          stateBudget: null,
          ownContribution: null,
          note: null,
        },
      ],
      department: null,
      links: [
        {
          id: 4,
          label: "Źródło",
          url: "https://www.krasnik.eu/aktualnosci/miasto-wspiera-seniorow-w-czasie-pandemii",
        },
      ],
    });
    expect(programme.incomeThresholds.map((t) => t.amount)).toEqual([1542.2, 1161.6]);
    expect(programme.funding[0]).toEqual({
      source: "power",
      programmeName: "Program Operacyjny Wiedza Edukacja Rozwój",
      euContribution: 674011.25,
    });
  });
});

describe("newsPostSchema", () => {
  const post = {
    ...strapiKeys,
    documentId: "kalisz0post",
    locale: "pl",
    title: "Współpraca Miejskiego Ośrodka Pomocy Społecznej z innymi podmiotami",
    slug: "wspolpraca-mops-z-innymi-podmiotami",
    date: "2017-12-05T08:06:48.000Z",
    author: "MOPS Kalisz",
    lead: "Konferencja podsumowująca 2017 rok.",
    body: "To tytuł piątkowej konferencji…",
    cover: {
      id: 3,
      documentId: "m1",
      name: "konferencja.jpg",
      alternativeText: null,
      caption: null,
      width: 1200,
      height: 800,
      formats: {},
      hash: "k_1",
      ext: ".jpg",
      mime: "image/jpeg",
      size: 182.4,
      url: "/uploads/konferencja.jpg",
      previewUrl: null,
      provider: "local",
    },
    coverAlt: "Uczestnicy konferencji w sali obrad",
    attachments: [
      {
        id: 5,
        title: "Program konferencji (PDF)",
        file: {
          id: 6,
          documentId: "m2",
          name: "program.pdf",
          alternativeText: null,
          width: null,
          height: null,
          ext: ".pdf",
          mime: "application/pdf",
          size: 56.1,
          url: "/uploads/program.pdf",
        },
      },
    ],
    sourceUrl: null,
    programmes: [
      {
        ...strapiKeys,
        documentId: "kalisz0rowni",
        slug: "rowni-na-starcie",
        title: "Równi na starcie",
      },
    ],
  };

  it("parses media and references into the domain shape", () => {
    const parsed = newsPostSchema.parse(post);
    expect(parsed.cover).toEqual({
      url: "/uploads/konferencja.jpg",
      mime: "image/jpeg",
      size: 182.4,
      width: 1200,
      height: 800,
      name: "konferencja.jpg",
      ext: ".jpg",
    });
    expect(parsed.attachments[0]?.file).toEqual({
      url: "/uploads/program.pdf",
      mime: "application/pdf",
      size: 56.1,
      name: "program.pdf",
      ext: ".pdf",
    });
    expect(parsed.programmes).toEqual([
      { documentId: "kalisz0rowni", slug: "rowni-na-starcie", title: "Równi na starcie" },
    ]);
  });

  it("requires alt text when a cover is set", () => {
    const result = newsPostSchema.safeParse({ ...post, coverAlt: null });
    expect(result.error?.issues[0]?.path).toEqual(["coverAlt"]);
  });

  it("parses a paged list response", () => {
    const list = strapiListSchema(newsPostSchema).parse({
      data: [post],
      meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } },
    });
    expect(list.data).toHaveLength(1);
    expect(list.meta.pagination.total).toBe(1);
  });
});
