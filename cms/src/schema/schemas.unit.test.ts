// The content types and components match the contract in docs/content-model.md field by field,
// and every field carries a Polish label and help text for the admin.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentUids } from "../documents/content-types";

interface Schema {
  info: { displayName: string };
  attributes: Record<string, { type: string; component?: string; pluginOptions?: unknown }>;
  config: { metadatas: Record<string, { edit: { label: string; description: string } }> };
}

const srcDir = path.join(__dirname, "..");
const docPath = path.join(srcDir, "..", "..", "docs", "content-model.md");

/** Fields the CMS adds to the contract, documented in docs/content-model.md ("CMS-only fields"). */
const cmsOnly: Record<string, string[]> = {
  office: ["editorEmails"],
  schedule: ["hoursEditor"],
};

async function load(file: string): Promise<Schema> {
  return ((await import(file)) as { default: Schema }).default;
}

const typeFiles = readdirSync(path.join(srcDir, "api")).map((name) => ({
  name,
  file: path.join(srcDir, "api", name, "content-types", name, "schema.ts"),
}));

/** The content the sites publish (the contract); the rest are the CMS's internal tables. */
const contentTypeFiles = typeFiles.filter(({ name }) =>
  (contentUids as readonly string[]).includes(`api::${name}.${name}`),
);
const internalTypeFiles = typeFiles.filter((file) => !contentTypeFiles.includes(file));

const componentFiles = readdirSync(path.join(srcDir, "components")).flatMap((category) =>
  readdirSync(path.join(srcDir, "components", category)).map((file) => ({
    name: `${category}.${path.basename(file, ".ts")}`,
    file: path.join(srcDir, "components", category, file),
  })),
);

/** Field names per row of the doc's "Shapes at a glance" tables: backticked names outside parentheses. */
function documentedFields(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  const doc = readFileSync(docPath, "utf8");
  const start = doc.indexOf("## Shapes at a glance");
  const shapes = doc.slice(start, doc.indexOf("\n## ", start + 1));
  for (const line of shapes.split("\n")) {
    const cells = /^\|\s*`([a-z.-]+)`\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (!cells) continue;
    let fields = cells[2]!.replace(
      /`monday` … `sunday`/,
      "`monday` `tuesday` `wednesday` `thursday` `friday` `saturday` `sunday`",
    );
    let previous = "";
    while (previous !== fields) {
      previous = fields;
      fields = fields.replace(/\([^()]*\)/g, "");
    }
    rows.set(
      cells[1]!,
      [...fields.matchAll(/`([a-zA-Z]+)(?:\[\])?\??`/g)].map((m) => m[1]!),
    );
  }
  return rows;
}

describe("schemas", () => {
  const documented = documentedFields();

  it.each([...contentTypeFiles, ...componentFiles])(
    "$name has the documented fields",
    async ({ name, file }) => {
      const schema = await load(file);
      const expected = [...(documented.get(name) ?? []), ...(cmsOnly[name] ?? [])];
      expect(Object.keys(schema.attributes).sort()).toEqual(expected.sort());
    },
  );

  it.each([...contentTypeFiles, ...componentFiles])(
    "$name has a Polish label and help on every field",
    async ({ file }) => {
      const schema = await load(file);
      for (const name of Object.keys(schema.attributes)) {
        const edit = schema.config.metadatas[name]?.edit;
        expect(edit?.label, name).toMatch(/\S/);
        expect(edit?.description, name).toMatch(/\S{3}/);
      }
    },
  );

  it.each(contentTypeFiles)(
    "$name marks each field localized or not, and avoids `status`",
    async ({ file }) => {
      const schema = await load(file);
      expect(schema.attributes).not.toHaveProperty("status");
      for (const [name, attribute] of Object.entries(schema.attributes)) {
        if (attribute.type === "relation") continue;
        expect(attribute.pluginOptions, name).toEqual({ i18n: { localized: expect.any(Boolean) } });
      }
    },
  );

  it.each(internalTypeFiles)(
    "internal $name is neither translated nor drafted, and hidden from the type builder",
    async ({ file }) => {
      const schema = (await load(file)) as Schema & {
        options: { draftAndPublish: boolean };
        pluginOptions: Record<string, unknown>;
      };
      expect(schema.options.draftAndPublish).toBe(false);
      expect(schema.pluginOptions).toMatchObject({
        i18n: { localized: false },
        "content-type-builder": { visible: false },
      });
    },
  );

  it.each(componentFiles)("$name uses only components that exist", async ({ file }) => {
    const schema = await load(file);
    const known = componentFiles.map((c) => c.name);
    for (const attribute of Object.values(schema.attributes)) {
      if (attribute.component) expect(known).toContain(attribute.component);
    }
  });
});
