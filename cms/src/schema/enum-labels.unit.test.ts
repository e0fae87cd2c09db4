// Every option of every select in the schema reads in Polish: each enumeration value of the
// components and content types has a label, and the help texts no longer decode codes.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ENUM_LABELS } from "./enum-labels";

const src = join(__dirname, "..");

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

type Found = [file: string, name: string, values: string[], help: string];

async function enumerations(): Promise<Found[]> {
  const files = [
    ...schemaFiles(join(src, "components")),
    ...schemaFiles(join(src, "api")).filter((file) => file.endsWith("schema.ts")),
  ];
  const found: Found[] = [];
  for (const file of files) {
    const schema = (await import(file)).default as {
      attributes?: Record<string, Attribute>;
      config?: { metadatas?: Record<string, { edit?: { description?: string } }> };
    };
    for (const [name, attribute] of Object.entries(schema?.attributes ?? {})) {
      if (attribute.type === "enumeration") {
        const help = schema.config?.metadatas?.[name]?.edit?.description ?? "";
        found.push([relative(src, file), name, attribute.enum ?? [], help]);
      }
    }
  }
  return found;
}

describe("enumeration labels", () => {
  it("covers every select of the schema, with help texts that name no code", async () => {
    const found = await enumerations();
    expect(found.map(([file, name]) => `${file} ${name}`)).toEqual(
      expect.arrayContaining([
        "components/schedule/rule.ts mode",
        "components/office/alert.ts level",
        "components/programme/funding.ts source",
      ]),
    );
    const unlabelled = found.flatMap(([file, name, values]) =>
      values.filter((value) => !ENUM_LABELS[value]).map((value) => `${file} ${name} ${value}`),
    );
    expect(unlabelled).toEqual([]);
    expect(found.every(([, , , help]) => help.length > 0)).toBe(true);
    const decoded = found.flatMap(([file, name, values, help]) =>
      values.filter((value) => help.includes(value)).map((value) => `${file} ${name} ${value}`),
    );
    expect(decoded).toEqual([]);
  });
});
