// Synthetic offices for the bench, in the fixture shape of docs/content-model.md. The structured
// parts (departments, programmes with thresholds and funding, schedules with seasons and
// exceptions) are drawn from the five real seed offices, so they pass every content rule; the
// prose is recombined from the seeds' sentences. Office `i` depends only on the seed, `i`, the
// post count and the reference instant: it is the same in a run of 5 offices and of 500.
import type { OfficeFixture } from "@mops/shared/fixtures";
import { markdownBody, paragraph, type TextCorpus, title } from "./polish-text.ts";
import { type Random, streamFor } from "./prng.ts";
import { slugify } from "./slug.ts";
import { tinyPdf } from "./tiny-pdf.ts";
import { townName, townSlug } from "./town-names.ts";
import { warsawDateTime } from "./warsaw-date.ts";

export interface SyntheticOptions {
  seed: number;
  /** News posts per office. */
  posts: number;
  /** The instant the newest post is dated on (a parameter: nothing here reads the clock). */
  now: Date;
}

export interface SyntheticOffice {
  fixture: OfficeFixture;
  /** Files the fixture references, by path relative to the fixtures folder. */
  files: { path: string; bytes: Buffer }[];
}

type Department = OfficeFixture["departments"][number];
type Programme = OfficeFixture["programmes"][number];
type Schedule = OfficeFixture["schedules"][number];
type NewsPost = OfficeFixture["newsPosts"][number];

/** Departments, programmes and schedules of every seed office, to draw from. */
export interface SeedPools {
  templates: readonly OfficeFixture[];
  departments: readonly Department[];
  programmes: readonly Programme[];
  generalSchedules: readonly Schedule[];
  departmentSchedules: readonly Schedule[];
  programmeSchedules: readonly Schedule[];
  statutoryTasks: readonly unknown[];
}

export class SyntheticError extends Error {
  override name = "SyntheticError";
}

function uniqueBySlug<T extends { slug: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.slug)) seen.set(item.slug, item);
  return [...seen.values()];
}

export function seedPools(templates: readonly OfficeFixture[]): SeedPools {
  const schedules = templates.flatMap((t) => t.schedules);
  const pools: SeedPools = {
    templates,
    departments: uniqueBySlug(templates.flatMap((t) => t.departments)),
    programmes: uniqueBySlug(templates.flatMap((t) => t.programmes)),
    generalSchedules: schedules.filter((s) => s.department === null && s.programme === null),
    departmentSchedules: schedules.filter((s) => s.department !== null && s.programme === null),
    programmeSchedules: schedules.filter((s) => s.programme !== null),
    statutoryTasks: templates.flatMap((t) =>
      Array.isArray(t.office.statutoryTasks) ? t.office.statutoryTasks : [],
    ),
  };
  for (const [name, pool] of Object.entries(pools)) {
    if (pool.length === 0) throw new SyntheticError(`the seed offices have no ${name}`);
  }
  return pools;
}

const clone = <T>(value: T): T => structuredClone(value);

const postalCode = (random: Random) =>
  `${String(random.int(0, 99)).padStart(2, "0")}-${String(random.int(0, 999)).padStart(3, "0")}`;

const kinds = [
  { name: "Gminny Ośrodek Pomocy Społecznej", short: "GOPS" },
  { name: "Miejsko-Gminny Ośrodek Pomocy Społecznej", short: "MGOPS" },
] as const;

function withCity(location: unknown, town: string, random: Random): unknown {
  if (typeof location !== "object" || location === null) return location;
  return { ...location, city: town, postalCode: postalCode(random) };
}

interface OfficeParts {
  departments: Department[];
  programmes: Programme[];
  schedules: Schedule[];
}

function officeParts(random: Random, corpus: TextCorpus, pools: SeedPools, town: string) {
  const departments = random
    .sample(pools.departments, random.int(3, 5))
    .map((department): Department => {
      const copy = clone(department);
      copy.description = markdownBody(random, corpus, random.int(2, 4));
      if (copy.location) copy.location = withCity(copy.location, town, random);
      return copy;
    });
  const departmentSlugs = departments.map((d) => d.slug);
  const programmes = random
    .sample(pools.programmes, random.int(3, 6))
    .map((programme): Programme => {
      const copy = clone(programme);
      copy.body = markdownBody(random, corpus, random.int(3, 6));
      copy.department = random.chance(0.5) ? random.pick(departmentSlugs) : null;
      return copy;
    });
  const general = { ...clone(random.pick(pools.generalSchedules)), department: null };
  const schedules: Schedule[] = [general];
  for (const department of departments) {
    schedules.push({
      ...clone(random.pick(pools.departmentSchedules)),
      department: department.slug,
      programme: null,
    });
  }
  for (const programme of programmes) {
    if (!random.chance(0.4)) continue;
    schedules.push({
      ...clone(random.pick(pools.programmeSchedules)),
      department: null,
      programme: programme.slug,
    });
  }
  return { departments, programmes, schedules } satisfies OfficeParts;
}

type Attachment = NewsPost["attachments"][number];

function attachmentFiles(slug: string, officeName: string) {
  const make = (name: string, heading: string) => ({
    attachment: { title: heading, file: `files/${slug}/${name}-${slug}.pdf` } satisfies Attachment,
    bytes: tinyPdf([officeName, heading, "Dokument wygenerowany na potrzeby testów wydajności."]),
  });
  return [make("wniosek", "Wniosek o przyznanie pomocy"), make("regulamin", "Regulamin naboru")];
}

function newsPosts(
  random: Random,
  corpus: TextCorpus,
  options: SyntheticOptions,
  author: string,
  programmes: readonly Programme[],
  attachments: readonly Attachment[],
): NewsPost[] {
  const posts: NewsPost[] = [];
  let daysBefore = 0;
  for (let j = 0; j < options.posts; j++) {
    daysBefore += random.int(1, 4);
    const heading = title(random, corpus);
    posts.push({
      title: heading,
      // Numbered from the oldest, so a post keeps its slug when later posts are added.
      slug: `${slugify(heading, 60)}-${options.posts - j}`,
      date: warsawDateTime(
        options.now,
        daysBefore,
        random.int(8, 15),
        random.pick([0, 15, 30, 45]),
      ),
      author,
      lead: paragraph(random, corpus, 1, 1),
      body: markdownBody(random, corpus, random.int(2, 7)),
      programmes: random.chance(0.25) ? [random.pick(programmes).slug] : [],
      attachments: random.chance(0.15) ? random.sample(attachments, random.int(1, 2)) : [],
    });
  }
  return posts;
}

/** Office `index` (0-based) of a bench run. */
export function syntheticOffice(
  index: number,
  options: SyntheticOptions,
  corpus: TextCorpus,
  pools: SeedPools,
): SyntheticOffice {
  const random = streamFor(options.seed, "office", index);
  const template = pools.templates[index % pools.templates.length]!;
  const town = townName(index);
  const slug = townSlug(index);
  const kind = random.pick(kinds);
  const name = `${kind.name} w Gminie ${town}`;
  const shortName = `${kind.short} ${town}`;
  const locations = (Array.isArray(template.office.locations) ? template.office.locations : [])
    .slice(0, 2)
    .map((location) => withCity(clone(location), town, random));
  const street = (locations[0] as { street?: string } | undefined)?.street ?? "ul. Słoneczna 1";
  const files = attachmentFiles(slug, name);
  const parts = officeParts(random, corpus, pools, town);
  const fixture: OfficeFixture = {
    office: {
      ...clone(template.office),
      name,
      shortName,
      slug,
      siteUrl: `https://${slug}.mops.example`,
      locations,
      emails: [{ address: `sekretariat@${slug}.mops.example` }],
      statutoryTasks: clone(random.sample(pools.statutoryTasks, random.int(6, 18))),
      about: markdownBody(random, corpus, random.int(4, 7)),
      history: markdownBody(random, corpus, random.int(2, 3)),
      accessibility: {
        ...clone(template.office.accessibility as Record<string, unknown>),
        coordinatorEmail: `dostepnosc@${slug}.mops.example`,
      },
      gdpr: {
        ...clone(template.office.gdpr as Record<string, unknown>),
        controller: `${name}, ${street}, ${town}`,
        dpoEmail: `iod@${slug}.mops.example`,
      },
    },
    ...parts,
    newsPosts: newsPosts(
      random,
      corpus,
      options,
      shortName,
      parts.programmes,
      files.map((f) => f.attachment),
    ),
  };
  return { fixture, files: files.map((f) => ({ path: f.attachment.file, bytes: f.bytes })) };
}
