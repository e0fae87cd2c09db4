// Builders for Strapi attribute definitions that carry their Polish label and help text, so that no
// field of a content type or component can be declared without them. The help text becomes the
// field's description in the admin edit view (content-manager metadata `edit.description`).

export type Attribute = { type: string } & Record<string, unknown>;

export interface Field {
  attribute: Attribute;
  label: string;
  help: string;
  /** Translated per locale (i18n). Only meaningful on content-type fields. */
  localized: boolean;
  /** The field of a related entry shown in relation pickers. */
  mainField?: string;
  /** Left out of the admin edit view (another field edits it, e.g. the opening-hours editor). */
  hidden?: boolean;
}

interface Options {
  required?: boolean;
  localized?: boolean;
  private?: boolean;
  /** Left out of the admin edit view; see `Field.hidden`. */
  hidden?: boolean;
}

function field(
  type: string,
  label: string,
  help: string,
  options: Options,
  extra: Record<string, unknown> = {},
): Field {
  const attribute: Attribute = { type, ...extra };
  if (options.required) attribute.required = true;
  if (options.private) attribute.private = true;
  return {
    attribute,
    label,
    help,
    localized: options.localized ?? false,
    ...(options.hidden ? { hidden: true } : {}),
  };
}

/** Short single-line text. */
export const string = (label: string, help: string, options: Options = {}) =>
  field("string", label, help, options);

/** Longer plain text without formatting. */
export const text = (label: string, help: string, options: Options = {}) =>
  field("text", label, help, options);

/** Markdown, edited in Strapi's Markdown editor (`richtext`). */
export const markdown = (label: string, help: string, options: Options = {}) =>
  field("richtext", label, help, options);

export const email = (label: string, help: string, options: Options = {}) =>
  field("email", label, help, options);

/**
 * A calendar day: Strapi's `date`, edited through our custom field `global::date`
 * (src/admin/dates), whose picker names its calendar and selects in Polish for screen readers.
 */
export const date = (label: string, help: string, options: Options = {}) =>
  customField(DATE_FIELD_UIDS.date, label, help, options);

/** A day and a time: Strapi's `datetime`, edited through our custom field `global::datetime`. */
export const datetime = (label: string, help: string, options: Options = {}) =>
  customField(DATE_FIELD_UIDS.datetime, label, help, options);

/** Our date custom fields: the name each is registered under and the storage type it keeps. */
export const DATE_CUSTOM_FIELDS = [
  { name: "date", type: "date" },
  { name: "datetime", type: "datetime" },
] as const;

const DATE_FIELD_UIDS = { date: "global::date", datetime: "global::datetime" } as const;

export const time = (label: string, help: string, options: Options = {}) =>
  field("time", label, help, options);

export const boolean = (
  label: string,
  help: string,
  defaultValue: boolean,
  options: Options = {},
) => field("boolean", label, help, options, { default: defaultValue });

/** A whole number, optionally between `range.min` and `range.max` (Strapi checks both). */
export const integer = (
  label: string,
  help: string,
  options: Options = {},
  range: { min?: number; max?: number } = {},
) => field("integer", label, help, options, range);

/** An amount in PLN; the rules allow at most two decimals. */
export const decimal = (label: string, help: string, options: Options = {}) =>
  field("decimal", label, help, options);

export const enumeration = (
  values: readonly string[],
  label: string,
  help: string,
  options: Options & { default?: string } = {},
) =>
  field("enumeration", label, help, options, {
    enum: [...values],
    ...(options.default ? { default: options.default } : {}),
  });

/** Free-form JSON (Strapi's `json`), e.g. a map of texts; its shape is checked by the shared schema. */
export const json = (label: string, help: string, options: Options = {}) =>
  field("json", label, help, options);

export const component = (
  uid: string,
  repeatable: boolean,
  label: string,
  help: string,
  options: Options = {},
) => field("component", label, help, options, { component: uid, repeatable });

export const media = (
  allowedTypes: readonly ("images" | "files" | "videos" | "audios")[],
  label: string,
  help: string,
  options: Options = {},
) => field("media", label, help, options, { multiple: false, allowedTypes: [...allowedTypes] });

export const relation = (
  kind: "manyToOne" | "manyToMany",
  target: string,
  mainField: string,
  label: string,
  help: string,
) => ({ ...field("relation", label, help, {}, { relation: kind, target }), mainField });

/**
 * A custom field (`strapi.customFields.register`), stored as its registered `type`, e.g.
 * `global::opening-hours`.
 */
export const customField = (uid: string, label: string, help: string, options: Options = {}) =>
  field("customField", label, help, options, { customField: uid });
