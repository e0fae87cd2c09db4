// Every content rule rejects a bad write with 400 and the field path, over REST and through the
// admin content manager, and leaves nothing behind; the same write made valid goes through.
// A news post saved without a slug gets one made from its title.
import { beforeAll, describe, expect, it } from "vitest";
import {
  contentApi,
  contentManager,
  createApiToken,
  type Entry,
  type ErrorBody,
  type Reply,
} from "../test-support/cms-client.ts";
import { tinyPng } from "../test-support/sample-files.ts";
import { cmsInstances } from "./cms-instances.ts";

const uids = {
  department: "api::department.department",
  schedule: "api::schedule.schedule",
  programme: "api::programme.programme",
  newsPost: "api::news-post.news-post",
} as const;

type Kind = keyof typeof uids;

const plural: Record<Kind, string> = {
  department: "departments",
  schedule: "schedules",
  programme: "programmes",
  newsPost: "news-posts",
};

interface Fixture {
  kutno: string;
  krasnikProgramme: string;
  kutnoDepartmentSlug: string;
  image: number;
}

const monday = { monday: true, tuesday: false, wednesday: false, thursday: false, friday: false };

/** A valid entry of each kind in Kutno; every case breaks exactly one rule of it. */
const valid = (kind: Kind, f: Fixture, unique: string): Record<string, unknown> =>
  ({
    department: { office: f.kutno, name: "Dział testowy", slug: `dzial-${unique}` },
    schedule: {
      office: f.kutno,
      label: "Dyżur testowy",
      rules: [{ ...monday, opens: "09:00", closes: "11:00", mode: "in_person" }],
    },
    programme: {
      office: f.kutno,
      title: "Program testowy",
      slug: `program-${unique}`,
      summary: "Opis.",
    },
    newsPost: {
      office: f.kutno,
      title: "Wpis testowy",
      slug: `wpis-${unique}`,
      date: "2026-11-23T10:00:00+01:00",
      lead: "Wstęp.",
      body: "Treść.",
    },
  })[kind];

interface RuleCase {
  rule: string;
  kind: Kind;
  change: (f: Fixture) => Record<string, unknown>;
  path: string;
}

const cases: RuleCase[] = [
  {
    rule: "closes after opens",
    kind: "schedule",
    change: () => ({ rules: [{ ...monday, opens: "10:00", closes: "09:00", mode: "in_person" }] }),
    path: "rules.0.closes",
  },
  {
    rule: "ranges of one day do not overlap",
    kind: "schedule",
    change: () => ({
      rules: [
        { ...monday, opens: "09:00", closes: "11:00", mode: "in_person" },
        { ...monday, opens: "10:00", closes: "12:00", mode: "phone_only" },
      ],
    }),
    path: "rules.1.opens",
  },
  {
    rule: "valid-to not before valid-from",
    kind: "schedule",
    change: () => ({ validFrom: "2021-06-08", validTo: "2021-06-01" }),
    path: "validTo",
  },
  {
    rule: "a programme ends not before it starts",
    kind: "programme",
    change: () => ({ startsOn: "2020-12-31", endsOn: "2020-01-01" }),
    path: "endsOn",
  },
  {
    rule: "amounts are not negative",
    kind: "programme",
    change: () => ({ incomeThresholds: [{ basis: "single_person", amount: -1 }] }),
    path: "incomeThresholds.0.amount",
  },
  {
    rule: "amounts have at most two decimals",
    kind: "programme",
    change: () => ({ incomeThresholds: [{ basis: "single_person", amount: 1542.205 }] }),
    path: "incomeThresholds.0.amount",
  },
  {
    rule: "funding amounts are not negative",
    kind: "programme",
    change: () => ({ funding: [{ source: "efs", totalValue: -5 }] }),
    path: "funding.0.totalValue",
  },
  {
    rule: "slug format",
    kind: "department",
    change: () => ({ slug: "Dział Testowy" }),
    path: "slug",
  },
  {
    rule: "slug unique within the office",
    kind: "department",
    change: (f) => ({ slug: f.kutnoDepartmentSlug }),
    path: "slug",
  },
  {
    rule: "a department's limited service status needs a reason",
    kind: "department",
    change: () => ({ serviceStatus: "limited" }),
    path: "serviceStatusReason",
  },
  {
    rule: "a department's service status ends not before it starts",
    kind: "department",
    change: () => ({ serviceStatusFrom: "2026-12-10", serviceStatusUntil: "2026-12-09" }),
    path: "serviceStatusUntil",
  },
  {
    rule: "cover image needs alt text",
    kind: "newsPost",
    change: (f) => ({ cover: f.image }),
    path: "coverAlt",
  },
  {
    rule: "links only http(s), mailto or tel",
    kind: "programme",
    change: () => ({ links: [{ label: "Kliknij", url: "javascript:alert(1)" }] }),
    path: "links.0.url",
  },
  {
    rule: "source URL is http(s)",
    kind: "newsPost",
    change: () => ({ sourceUrl: "ftp://example.org/plik" }),
    path: "sourceUrl",
  },
  {
    rule: "a size limit on Markdown",
    kind: "newsPost",
    change: () => ({ body: "a".repeat(50_001) }),
    path: "body",
  },
  {
    rule: "every entry belongs to an office",
    kind: "department",
    change: () => ({ office: null }),
    path: "office",
  },
  {
    rule: "related entries belong to the same office",
    kind: "schedule",
    change: (f) => ({ programme: f.krasnikProgramme }),
    path: "programme",
  },
];

const errorPaths = (reply: Reply<unknown>) =>
  ((reply.body as ErrorBody).error?.details?.errors ?? []).map((e) => (e.path ?? []).join("."));

let counter = 0;
const uniqueSlug = () => `t${Date.now().toString(36)}${(counter++).toString(36)}`;

describe.each(cmsInstances())("content rules on $database", (cms) => {
  const f = {} as Fixture;
  let rest: ReturnType<typeof contentApi>;
  const admin = contentManager(cms.url, cms.adminToken);

  beforeAll(async () => {
    const token = await createApiToken(
      cms.url,
      cms.adminToken,
      `rules ${uniqueSlug()}`,
      "full-access",
    );
    rest = contentApi(cms.url, token);
    const reader = contentApi(cms.url, cms.readToken);
    const [kutno] = await reader.all("offices", "filters[slug][$eq]=kutno");
    const [programme] = await reader.all("programmes", "filters[office][slug][$eq]=krasnik");
    const [department] = await reader.all("departments", "filters[office][slug][$eq]=kutno");
    const form = new FormData();
    form.append("files", new Blob([tinyPng], { type: "image/png" }), "okladka.png");
    const upload = await fetch(`${cms.url}/api/upload`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const [image] = (await upload.json()) as { id: number }[];
    Object.assign(f, {
      kutno: kutno!.documentId,
      krasnikProgramme: programme!.documentId,
      kutnoDepartmentSlug: department!.slug,
      image: image!.id,
    });
  });

  // Drafts as the super admin's content manager lists them: REST serves published entries only.
  const draftsOf = async (kind: Kind) =>
    (await admin.list(uids[kind], "filters[office][slug][$eq]=kutno")).body.results;

  it.each(cases)(
    "REST create: $rule → 400 at $path, nothing saved",
    async ({ kind, change, path }) => {
      const before = await draftsOf(kind);
      const reply = await rest.post(plural[kind], {
        ...valid(kind, f, uniqueSlug()),
        ...change(f),
      });
      expect(reply.status).toBe(400);
      expect(errorPaths(reply)).toContain(path);
      expect(await draftsOf(kind)).toEqual(before);
    },
  );

  it.each(cases)(
    "admin create: $rule → 400 at $path, nothing saved",
    async ({ kind, change, path }) => {
      const before = await draftsOf(kind);
      const reply = await admin.create(uids[kind], {
        ...valid(kind, f, uniqueSlug()),
        ...change(f),
      });
      expect(reply.status).toBe(400);
      expect(errorPaths(reply)).toContain(path);
      expect(await draftsOf(kind)).toEqual(before);
    },
  );

  it.each(cases)(
    "REST update: $rule → 400 at $path, entry unchanged",
    async ({ kind, change, path }) => {
      const created = await rest.post<{ data: Entry }>(plural[kind], valid(kind, f, uniqueSlug()));
      const documentId = created.body.data.documentId;
      try {
        const before = await admin.findOne(uids[kind], documentId);
        const reply = await rest.put(`${plural[kind]}/${documentId}`, change(f));
        expect(reply.status).toBe(400);
        expect(errorPaths(reply)).toContain(path);
        expect(await admin.findOne(uids[kind], documentId)).toEqual(before);
      } finally {
        await rest.delete(`${plural[kind]}/${documentId}`);
      }
    },
  );

  it.each(Object.keys(uids) as Kind[])(
    "accepts a valid %s over REST and the admin (published)",
    async (kind) => {
      const viaRest = await rest.post<{ data: Entry }>(plural[kind], valid(kind, f, uniqueSlug()));
      const viaAdmin = await admin.createAndPublish(uids[kind], valid(kind, f, uniqueSlug()));
      expect([viaRest.status, viaAdmin.status]).toEqual([201, 200]);
      const published = (viaAdmin.body as { data: Entry }).data.documentId;
      const reader = contentApi(cms.url, cms.readToken);
      expect((await reader.get(`${plural[kind]}/${published}`)).status).toBe(200);
      await rest.delete(`${plural[kind]}/${viaRest.body.data.documentId}`);
      await admin.delete(uids[kind], published);
    },
  );

  it("writes the rule's Polish message for the admin form", async () => {
    const reply = await admin.create(uids.schedule, {
      ...valid("schedule", f, uniqueSlug()),
      rules: [{ ...monday, opens: "10:00", closes: "09:00", mode: "in_person" }],
    });
    const [error] = (reply.body as ErrorBody).error?.details?.errors ?? [];
    expect(error?.message).toMatch(/zamknięcia.*otwarcia/);
  });

  it("admin publish with a slug taken in the office → 400, nothing published", async () => {
    const slug = uniqueSlug();
    const created = await admin.create(uids.department, valid("department", f, slug));
    const documentId = (created.body as { data: Entry }).data.documentId;
    try {
      const other = await admin.create(uids.department, valid("department", f, `${slug}-b`));
      const otherId = (other.body as { data: Entry }).data.documentId;
      const published = await admin.publish(uids.department, otherId, { slug: `dzial-${slug}` });
      expect(published.status).toBe(400);
      expect(errorPaths(published)).toContain("slug");
      const reader = contentApi(cms.url, cms.readToken);
      expect(await reader.all("departments", `filters[slug][$eq]=dzial-${slug}-b`)).toEqual([]);
      await admin.delete(uids.department, otherId);
    } finally {
      await admin.delete(uids.department, documentId);
    }
  });
});

describe.each(cmsInstances())("slugs made from titles on $database", (cms) => {
  const admin = contentManager(cms.url, cms.adminToken);
  let kutno = "";

  beforeAll(async () => {
    const reader = contentApi(cms.url, cms.readToken);
    const [office] = await reader.all("offices", "filters[slug][$eq]=kutno");
    kutno = office!.documentId;
  });

  it("a news post saved without a slug gets one from its title, unique in the office", async () => {
    const unique = uniqueSlug();
    const post = {
      office: kutno,
      title: `Dodatek osłonowy – nabór wniosków ${unique}`,
      slug: "",
      date: "2026-11-23T10:00:00+01:00",
      lead: "Wstęp.",
      body: "Treść.",
    };
    const first = await admin.create(uids.newsPost, post);
    const second = await admin.create(uids.newsPost, post);
    const created = [first, second].map((reply) => reply.body.data);
    try {
      expect(created.map((entry) => entry?.slug)).toEqual([
        `dodatek-oslonowy-nabor-wnioskow-${unique}`,
        `dodatek-oslonowy-nabor-wnioskow-${unique}-2`,
      ]);
      const typed = await admin.create(uids.newsPost, { ...post, slug: `wlasny-${unique}` });
      expect(typed.body.data.slug).toBe(`wlasny-${unique}`);
      await admin.delete(uids.newsPost, typed.body.data.documentId);
    } finally {
      for (const entry of created)
        if (entry?.documentId) await admin.delete(uids.newsPost, entry.documentId);
    }
  });
});
