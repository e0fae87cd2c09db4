// The API token site builds and the rebuild service read with. It may call `find` and `findOne` of
// the CMS's own content types and read the offices' content versions, nothing else (a custom token: no users, no uploads, no i18n, no writes), and those
// routes serve published entries only, whatever the query asks (src/middlewares/fixed-populate.ts).
// Its value comes from STRAPI_READ_TOKEN when set (CI, the main job); otherwise it is generated
// once and kept in the git-ignored STRAPI_READ_TOKEN_FILE, which the site build reads. Safe to run
// on every start and from several commands; an older token is narrowed to these permissions.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Core } from "@strapi/strapi";
import { contentUids } from "../documents/content-types";

export const readTokenName = "Budowanie stron (tylko odczyt)";

/** The only content-API actions the site's token holds (and the offices' content versions). */
export const readTokenPermissions = [
  ...contentUids.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  "api::content-version.content-version.all",
];

interface TokenRow {
  id: number;
  type?: string;
  permissions?: string[];
}

interface TokenService {
  getByName(name: string): Promise<TokenRow | null>;
  getById(id: number): Promise<TokenRow | null>;
  getByAccessKey(hash: string): Promise<{ id: number } | null>;
  hash(accessKey: string): string;
  create(attributes: Record<string, unknown>): Promise<{ id: number; accessKey: string }>;
  update(id: number, attributes: Record<string, unknown>): Promise<TokenRow>;
  regenerate(id: number): Promise<{ accessKey: string }>;
}

const tokenService = (strapi: Core.Strapi) =>
  strapi.service("admin::api-token-content-api") as unknown as TokenService;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Narrows an existing token to the read permissions when it holds anything else. */
async function narrow(tokens: TokenService, id: number): Promise<void> {
  const token = await tokens.getById(id);
  if (token?.type === "custom" && sameSet(token.permissions ?? [], readTokenPermissions)) return;
  await tokens.update(id, { type: "custom", permissions: readTokenPermissions });
}

export async function ensureReadToken(
  strapi: Core.Strapi,
  options: { value: string | undefined; file: string },
): Promise<string> {
  const tokens = tokenService(strapi);
  const existing = await tokens.getByName(readTokenName);
  if (existing) await narrow(tokens, existing.id);
  const matches = async (value: string) =>
    existing !== null && (await tokens.getByAccessKey(tokens.hash(value)))?.id === existing.id;
  const create = () =>
    tokens.create({
      name: readTokenName,
      description: "Odczyt opublikowanych treści przy budowaniu stron ośrodków.",
      type: "custom",
      permissions: readTokenPermissions,
      lifespan: null,
    });

  if (options.value) {
    if (await matches(options.value)) return options.value;
    const id = existing?.id ?? (await create()).id;
    const encryptedKey = strapi.service("admin::encryption").encrypt(options.value);
    await strapi.db.query("admin::api-token").update({
      where: { id },
      data: { accessKey: tokens.hash(options.value), encryptedKey },
    });
    return options.value;
  }

  const file = path.resolve(options.file);
  const stored = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (stored && (await matches(stored))) return stored;
  const value = existing
    ? (await tokens.regenerate(existing.id)).accessKey
    : (await create()).accessKey;
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

/**
 * Strapi creates a "Read Only" and a "Full Access" token on a fresh database. Nothing uses them,
 * and a full-access token is a standing risk: they are removed. Returns how many were.
 */
export async function removeDefaultTokens(strapi: Core.Strapi): Promise<number> {
  const removed = await strapi.db.query("admin::api-token").deleteMany({
    where: {
      name: { $in: ["Read Only", "Full Access"] },
      description: { $startsWith: "A default API token" },
    },
  });
  return Number(removed?.count ?? 0);
}
