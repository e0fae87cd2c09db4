// Every option of every select in the schema reads in Polish: each enumeration value of the
// components and content types has a label, and the help texts no longer decode codes.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ENUM_LABELS } from "./enum-labels";

const src = join(import.meta.dirname, "..");

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.includes(".test.") ? [path] : [];
  });
}

interface Attribute {
  type?: string;
  enum?: string[];
  pluginOptions?: unknown;
}

async function enumerations(): Promise<[string, string, string[]][]> {
  const files = [
    ...schemaFiles(join(src, "components")),
    ...schemaFiles(join(src, "api")).filter((file) => file.endsWith("schema.ts")),
  ];
  const found: [string, string, string[]][] = [];
  for (const file of files) {
    const schema = (await import(file)).default as { attributes?: Record<string, Attribute> };
    for (const [name, attribute] of Object.entries(schema?.attributes ?? {})) {
      if (attribute.type === "enumeration") {
        found.push([relative(src, file), name, attribute.enum ?? []]);
      }
    }
  }
  return found;
}

const found = await enumerations();

describe("enumeration labels", () => {
  it("finds the schema's selects", () => {
    expect(found.map(([file, name]) => `${file} ${name}`)).toEqual(
      expect.arrayContaining([
        "components/schedule/rule.ts mode",
        "components/office/alert.ts level",
        "components/programme/funding.ts source",
      ]),
    );
  });

  it.each(found)("%s %s: every value has a Polish label", (_file, _name, values) => {
    expect(values.filter((value) => !ENUM_LABELS[value])).toEqual([]);
  });

  it.each(found)("%s %s: the help text names no code", (file, name, values) => {
    const text = readFileSync(join(src, file), "utf8");
    for (const value of values) expect(text).not.toContain(`${value} –`);
    expect(name).not.toBe("");
  });
});
