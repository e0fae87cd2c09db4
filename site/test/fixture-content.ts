// The seed offices as the site sees them after loading, for unit tests of page models: each
// fixture is put into Strapi's REST shape (documentIds, populated relations, media objects)
// and parsed with the same shared schemas the loader uses.
import { statSync } from "node:fs";
import type { Language } from "@mops/shared";
import {
  departmentSchema,
  newsPostSchema,
  officeSchema,
  programmeSchema,
  scheduleSchema,
} from "@mops/shared";
import {
  fixtureFilePath,
  loadOfficeFixture,
  loadOfficeTranslations,
  type OfficeFixture,
  type OfficeSlug,
} from "@mops/shared/fixtures";
import {
  assembleOfficeContent,
  type LoadedCollections,
  type OfficeContent,
} from "../src/lib/content/office-content.ts";

const MIME: Record<string, string> = {
  ".pdf": "application/pdf",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".jpg": "image/jpeg",
  ".png": "image/png",
};

function media(file: string) {
  const name = file.split("/").pop() ?? file;
  const ext = name.slice(name.lastIndexOf("."));
  return {
    url: `/uploads/${name}`,
    alternativeText: null,
    mime: MIME[ext] ?? "application/octet-stream",
    size: Math.round((statSync(fixtureFilePath(file)).size / 1024) * 100) / 100,
    width: null,
    height: null,
    name,
    ext,
  };
}

type Loose = Record<string, unknown>;

export interface FixtureRest {
  offices: Loose[];
  departments: Loose[];
  schedules: Loose[];
  programmes: Loose[];
  newsPosts: Loose[];
}

/** One seed office's entries in the shape Strapi's REST API returns them. */
export function fixtureRest(slug: OfficeSlug): FixtureRest {
  const fixture = loadOfficeFixture(slug);
  return restOf(
    slug,
    fixture,
    fixture.schedules.map((schedule, index) => ({ index, schedule })),
  );
}

/** An office's entries in REST shape; schedules keep their Polish positions in their ids. */
function restOf(
  slug: OfficeSlug,
  fixture: OfficeFixture,
  schedules: Array<{ index: number; schedule: OfficeFixture["schedules"][number] }>,
): FixtureRest {
  const officeRef = { documentId: `office-${slug}`, slug, name: fixture.office.name };
  const departmentRef = (departmentSlug: string | null) => {
    const department = fixture.departments.find((d) => d.slug === departmentSlug);
    return department
      ? { documentId: `dep-${department.slug}`, slug: department.slug, name: department.name }
      : null;
  };
  const programmeRef = (programmeSlug: string | null) => {
    const programme = fixture.programmes.find((p) => p.slug === programmeSlug);
    return programme
      ? { documentId: `prog-${programme.slug}`, slug: programme.slug, title: programme.title }
      : null;
  };
  return {
    offices: [{ ...fixture.office, documentId: officeRef.documentId, locale: "pl" }],
    departments: fixture.departments.map((department) => ({
      ...department,
      documentId: `dep-${department.slug}`,
      office: officeRef,
    })),
    schedules: schedules.map(({ schedule, index }) => ({
      ...(schedule as Loose),
      documentId: `sched-${slug}-${index}`,
      office: officeRef,
      department: departmentRef(schedule.department),
      programme: programmeRef(schedule.programme),
    })),
    programmes: fixture.programmes.map((programme) => ({
      ...(programme as Loose),
      documentId: `prog-${programme.slug}`,
      office: officeRef,
      department: departmentRef(programme.department),
    })),
    newsPosts: fixture.newsPosts.map((post) => ({
      ...(post as Loose),
      documentId: `post-${post.slug}`,
      office: officeRef,
      cover: null,
      attachments: post.attachments.map((attachment) => ({
        title: attachment.title,
        file: media(attachment.file),
      })),
      programmes: post.programmes.map(programmeRef),
    })),
  };
}

/** The offices' collections as the loader stores them (parsed, not yet split or sorted). */
export function fixtureCollections(slug: OfficeSlug): LoadedCollections {
  return parseRest(fixtureRest(slug));
}

function parseRest(rest: FixtureRest): LoadedCollections {
  return {
    offices: rest.offices.map((entry) => officeSchema.parse(entry)),
    departments: rest.departments.map((entry) => departmentSchema.parse(entry)),
    schedules: rest.schedules.map((entry) => scheduleSchema.parse(entry)),
    programmes: rest.programmes.map((entry) => programmeSchema.parse(entry)),
    newsPosts: rest.newsPosts.map((entry) => newsPostSchema.parse(entry)),
  };
}

export function fixtureContent(slug: OfficeSlug): OfficeContent {
  return assembleOfficeContent(slug, fixtureCollections(slug));
}

/**
 * A seed office's content in Ukrainian or English as the loader returns a locale: only the
 * translated entries (relations to untranslated ones left empty); `undefined` without a
 * translation of the office.
 */
export function fixtureTranslatedContent(
  slug: OfficeSlug,
  language: Exclude<Language, "pl">,
): OfficeContent | undefined {
  const translation = loadOfficeTranslations(slug)[language];
  if (!translation) return undefined;
  const fixture: OfficeFixture = {
    ...loadOfficeFixture(slug),
    office: translation.office,
    departments: translation.departments,
    programmes: translation.programmes,
    newsPosts: translation.newsPosts,
  };
  return assembleOfficeContent(slug, parseRest(restOf(slug, fixture, translation.schedules)));
}
