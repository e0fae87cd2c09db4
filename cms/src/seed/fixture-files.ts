// Reads the office fixtures (docs/content-model.md, "Fixtures") from a folder: every
// `offices/<slug>.json`, in file-name order. Only the envelope the importer relies on is checked
// here; the content itself goes through the Document Service and the content rules.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export class FixtureFileError extends Error {
  override name = "FixtureFileError";
}

const entry = z.looseObject({});
const slugged = z.looseObject({ slug: z.string() });
const nullableSlug = z.string().nullable().optional();

const fixtureEnvelope = z.object({
  office: z.looseObject({ slug: z.string(), favicon: z.string().optional() }),
  departments: z.array(slugged).default([]),
  programmes: z.array(z.looseObject({ slug: z.string(), department: nullableSlug })).default([]),
  schedules: z
    .array(z.looseObject({ label: z.string(), department: nullableSlug, programme: nullableSlug }))
    .default([]),
  newsPosts: z
    .array(
      z.looseObject({
        slug: z.string(),
        cover: z.string().nullable().optional(),
        programmes: z.array(z.string()).default([]),
        attachments: z.array(z.looseObject({ title: z.string(), file: z.string() })).default([]),
      }),
    )
    .default([]),
});

export type OfficeFixtureFile = z.infer<typeof fixtureEnvelope>;
export type FixtureEntry = z.infer<typeof entry>;

export function readFixtureFiles(dir: string): OfficeFixtureFile[] {
  const officesDir = path.join(dir, "offices");
  let names: string[];
  try {
    names = readdirSync(officesDir).filter((name) => name.endsWith(".json"));
  } catch (error) {
    throw new FixtureFileError(`cannot read ${officesDir}`, { cause: error });
  }
  return names.sort().map((name) => {
    const file = path.join(officesDir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new FixtureFileError(`${name}: not valid JSON`, { cause: error });
    }
    const parsed = fixtureEnvelope.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FixtureFileError(
        `${name}: ${issue?.path.join(".")} ${issue?.message ?? "invalid"}`,
      );
    }
    return parsed.data;
  });
}

/** Absolute path of a file a fixture names (`files/<office>/<name>`); never outside `dir/files`. */
export function fixtureFile(dir: string, file: string): string {
  const filesDir = path.resolve(dir, "files");
  const resolved = path.resolve(dir, file);
  if (!resolved.startsWith(`${filesDir}${path.sep}`)) {
    throw new FixtureFileError(`file "${file}" is outside ${filesDir}`);
  }
  return resolved;
}
