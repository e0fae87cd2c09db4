import { officeSchema, RULES_BY_CONTENT_TYPE } from "@mops/shared";
import { officeFixtures, parseOfficeFixture } from "@mops/shared/fixtures";
import { describe, expect, it } from "vitest";
import { buildCorpus, markdownBody, title } from "./polish-text.ts";
import { createRandom } from "./prng.ts";
import { seedPools, syntheticOffice } from "./synthetic-offices.ts";

const seeds = officeFixtures();
const corpus = buildCorpus(seeds);
const pools = seedPools(seeds);
const options = { seed: 1, posts: 40, now: new Date("2026-11-23T12:00:00+01:00") };
const office = (index: number, change: Partial<typeof options> = {}) =>
  syntheticOffice(index, { ...options, ...change }, corpus, pools);

type RuleType = keyof typeof RULES_BY_CONTENT_TYPE;
const ruleErrors = (type: RuleType, entry: unknown) =>
  RULES_BY_CONTENT_TYPE[type](entry as Record<string, unknown>).map((e) => e.message);

describe("synthetic offices", () => {
  it.each([0, 1, 2, 3, 4, 17, 399, 400, 2_499])(
    "office %d passes the fixture checks and every content rule",
    (index) => {
      const { fixture } = office(index);
      expect(() => parseOfficeFixture(fixture.office.slug, structuredClone(fixture))).not.toThrow();
      expect(officeSchema.safeParse({ documentId: "x", ...fixture.office }).success).toBe(true);
      const entries: [RuleType, unknown][] = [
        ["office", fixture.office],
        ...fixture.departments.map((e): [RuleType, unknown] => ["department", e]),
        ...fixture.programmes.map((e): [RuleType, unknown] => ["programme", e]),
        ...fixture.schedules.map((e): [RuleType, unknown] => ["schedule", e]),
        ...fixture.newsPosts.map((e): [RuleType, unknown] => ["news-post", e]),
      ];
      for (const [type, entry] of entries) expect(ruleErrors(type, entry)).toEqual([]);
    },
  );

  it("has departments, schedules, programmes and M news posts with unique slugs", () => {
    const { fixture } = office(5);
    expect(fixture.departments.length).toBeGreaterThanOrEqual(3);
    expect(fixture.programmes.length).toBeGreaterThanOrEqual(3);
    expect(fixture.schedules.length).toBeGreaterThan(fixture.departments.length);
    expect(
      fixture.schedules.filter((s) => s.department === null && s.programme === null),
    ).toHaveLength(1);
    expect(fixture.newsPosts).toHaveLength(40);
    expect(new Set(fixture.newsPosts.map((p) => p.slug)).size).toBe(40);
  });

  it("is the same office whatever else the run holds, and another with another seed", () => {
    expect(office(7)).toEqual(office(7));
    expect(office(7).fixture.newsPosts.slice(0, 10)).toEqual(
      office(7, { posts: 10 })
        .fixture.newsPosts.slice(0, 10)
        .map((post, i) => ({
          ...post,
          slug: post.slug.replace(/-\d+$/, `-${40 - i}`),
        })),
    );
    expect(office(7, { seed: 2 }).fixture.newsPosts[0]).not.toEqual(office(7).fixture.newsPosts[0]);
  });

  it("dates posts newest first, from the reference day back, with Warsaw offsets", () => {
    const posts = office(3, { posts: 200 }).fixture.newsPosts;
    const instants = posts.map((p) => Date.parse(p.date));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(instants[0]).toBeLessThan(Date.parse("2026-11-23T00:00:00+01:00"));
    for (const post of posts) {
      const month = Number(post.date.slice(5, 7));
      if (month >= 5 && month <= 9) expect(post.date.endsWith("+02:00")).toBe(true);
      if (month <= 2 || (month >= 11 && post.date >= "2026-11"))
        expect(post.date.endsWith("+01:00")).toBe(true);
    }
  });

  it("writes Polish prose of realistic length, from the seeds' own sentences", () => {
    const posts = office(11, { posts: 200 }).fixture.newsPosts;
    const average = posts.reduce((sum, p) => sum + p.body.length, 0) / posts.length;
    expect(average).toBeGreaterThan(800);
    expect(average).toBeLessThan(4_000);
    const text = posts.map((p) => `${p.lead} ${p.body}`).join(" ");
    expect(text).toMatch(/[ąćęłńóśźż]/);
    expect(text).not.toMatch(/lorem|ipsum/i);
    for (const post of posts) expect(corpus.sentences).toContain(post.lead);
  });

  it("lets some posts carry attachments of the office's own files, written next to the fixture", () => {
    const { fixture, files } = office(2, { posts: 200 });
    const attached = fixture.newsPosts.flatMap((p) => p.attachments.map((a) => a.file));
    expect(attached.length).toBeGreaterThan(0);
    const paths = files.map((f) => f.path);
    for (const file of attached) expect(paths).toContain(file);
    for (const file of files) {
      expect(file.path).toMatch(
        new RegExp(`^files/${fixture.office.slug}/[a-z]+-${fixture.office.slug}\\.pdf$`),
      );
      expect(file.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    }
  });
});

describe("polish text", () => {
  it("harvests whole sentences, not fragments cut at abbreviations", () => {
    expect(corpus.sentences.length).toBeGreaterThan(100);
    for (const sentence of corpus.sentences) {
      expect(sentence).toMatch(/[.!?]$/);
      expect(sentence).not.toMatch(/(?:^|\s)(?:ul|pn|tel|nr|tzw|np)\.$/);
    }
  });

  it("builds Markdown with paragraphs and sometimes lists, headings and links", () => {
    const random = createRandom("markdown");
    const bodies = Array.from({ length: 200 }, () => markdownBody(random, corpus, 4));
    for (const body of bodies) expect(body.split("\n\n").length).toBeGreaterThanOrEqual(4);
    expect(bodies.some((b) => /^- /m.test(b))).toBe(true);
    expect(bodies.some((b) => /^## /m.test(b))).toBe(true);
    expect(bodies.some((b) => /\[[^\]]+\]\(https:\/\/[^)]+\)/.test(b))).toBe(true);
  });

  it("makes short titles without trailing punctuation", () => {
    const random = createRandom("titles");
    for (let i = 0; i < 200; i++) {
      const text = title(random, corpus);
      expect(text.length).toBeGreaterThan(3);
      expect(text).not.toMatch(/[\s,;:.–]$/);
    }
  });
});
