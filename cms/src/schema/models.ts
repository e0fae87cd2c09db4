// Turns field lists into Strapi content-type and component schemas. Labels and help texts go into
// `config.metadatas`, which the content manager uses when it first creates a model's edit view
// (bootstrap re-applies them afterwards, see src/bootstrap/field-help.ts).
import type { Attribute, Field } from "./fields";

export type Fields = Readonly<Record<string, Field>>;

interface Metadata {
  edit: { label: string; description: string; mainField?: string; visible?: false };
  list: { label: string };
}

function metadatas(fields: Fields): Record<string, Metadata> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [
      name,
      {
        edit: {
          label: f.label,
          description: f.help,
          ...(f.mainField ? { mainField: f.mainField } : {}),
          ...(f.hidden ? { visible: false as const } : {}),
        },
        list: { label: f.label },
      },
    ]),
  );
}

export interface CollectionTypeDefinition {
  singularName: string;
  pluralName: string;
  displayName: string;
  description: string;
  fields: Fields;
  /**
   * Fields the database indexes, each on its own (Strapi's `indexes`, synced with the schema).
   * Lookups by slug (REST filters, the per-office uniqueness rule) need them once a CMS holds
   * hundreds of offices; see docs/benchmarks.md.
   */
  indexed?: ReadonlyArray<string>;
}

export function collectionType(definition: CollectionTypeDefinition) {
  const attributes: Record<string, Attribute> = {};
  for (const [name, f] of Object.entries(definition.fields)) {
    attributes[name] =
      f.attribute.type === "relation"
        ? f.attribute
        : { ...f.attribute, pluginOptions: { i18n: { localized: f.localized } } };
  }
  const collectionName = definition.pluralName.replaceAll("-", "_");
  const indexes = (definition.indexed ?? []).map((field) => {
    if (!(field in definition.fields)) {
      throw new Error(`${definition.singularName}: cannot index unknown field "${field}"`);
    }
    const column = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    return { name: `${collectionName}_${column}_idx`, columns: [column] };
  });
  return {
    kind: "collectionType",
    collectionName,
    info: {
      singularName: definition.singularName,
      pluralName: definition.pluralName,
      displayName: definition.displayName,
      description: definition.description,
    },
    options: { draftAndPublish: true },
    pluginOptions: { i18n: { localized: true } },
    attributes,
    ...(indexes.length > 0 ? { indexes } : {}),
    config: { metadatas: metadatas(definition.fields) },
  };
}

export interface ComponentDefinition {
  category: string;
  name: string;
  displayName: string;
  description: string;
  icon: string;
  fields: Fields;
}

export function componentSchema(definition: ComponentDefinition) {
  return {
    collectionName: `components_${definition.category}_${definition.name.replaceAll("-", "_")}`,
    info: {
      displayName: definition.displayName,
      description: definition.description,
      icon: definition.icon,
    },
    options: {},
    attributes: Object.fromEntries(
      Object.entries(definition.fields).map(([n, f]) => [n, f.attribute]),
    ),
    config: { metadatas: metadatas(definition.fields) },
  };
}
