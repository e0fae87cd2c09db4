// Walks Strapi models (content types and their components) to build a deep populate and to
// normalise what a write sends. Only the few attribute properties used here are typed.

export interface AttributeShape {
  type: string;
  component?: string;
  repeatable?: boolean;
  target?: string;
  relation?: string;
}

export interface ModelShape {
  attributes: Readonly<Record<string, AttributeShape>>;
}

export type GetModel = (uid: string) => ModelShape | undefined;

export type PopulateShape = {
  [attribute: string]: true | { populate?: PopulateShape; select?: string[] };
};

/** Every component (nested), media and relation (document id only) of a model, for `db.query`. */
export function deepPopulate(getModel: GetModel, uid: string): PopulateShape {
  const model = getModel(uid);
  const populate: PopulateShape = {};
  for (const [name, attribute] of Object.entries(model?.attributes ?? {})) {
    if (attribute.type === "component" && attribute.component) {
      const nested = deepPopulate(getModel, attribute.component);
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    } else if (attribute.type === "media") {
      populate[name] = { select: ["id"] };
    } else if (attribute.type === "relation" && attribute.target?.startsWith("api::")) {
      populate[name] = { select: ["documentId"] };
    }
  }
  return populate;
}

const shortTime = /^([01]\d|2[0-3]):[0-5]\d$/;

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A copy of `data` with `"HH:MM"` times completed to Strapi's `"HH:MM:SS.mmm"`, in components too,
 * so editors, fixtures and REST clients may write times the way people read them.
 */
export function completeTimes(getModel: GetModel, uid: string, data: Data): Data {
  const model = getModel(uid);
  if (!model) return data;
  const result: Data = { ...data };
  for (const [name, value] of Object.entries(data)) {
    const attribute = model.attributes[name];
    if (!attribute) continue;
    if (attribute.type === "time" && typeof value === "string" && shortTime.test(value)) {
      result[name] = `${value}:00.000`;
    } else if (attribute.type === "component" && attribute.component) {
      const component = attribute.component;
      if (Array.isArray(value)) {
        result[name] = value.map((item) =>
          isData(item) ? completeTimes(getModel, component, item) : item,
        );
      } else if (isData(value)) {
        result[name] = completeTimes(getModel, component, value);
      }
    }
  }
  return result;
}

const mediaId = (value: unknown): unknown => (isData(value) && "id" in value ? value.id : value);

/**
 * The media file ids a write names, in components too. A media value is an id, `{ id }`, a list of
 * them or null; anything else is returned as it is, so that a malformed value is refused as an
 * unknown file rather than overlooked.
 */
export function mediaIdsIn(getModel: GetModel, uid: string, data: Data): unknown[] {
  const model = getModel(uid);
  if (!model) return [];
  const ids: unknown[] = [];
  for (const [name, value] of Object.entries(data)) {
    const attribute = model.attributes[name];
    if (!attribute || value === undefined || value === null) continue;
    if (attribute.type === "media") {
      ids.push(...(Array.isArray(value) ? value : [value]).map(mediaId));
    } else if (attribute.type === "component" && attribute.component) {
      const component = attribute.component;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (isData(item)) ids.push(...mediaIdsIn(getModel, component, item));
      }
    }
  }
  return ids;
}
