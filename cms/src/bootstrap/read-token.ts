// The read-only API token site builds use. Its value comes from STRAPI_READ_TOKEN when set (CI);
// otherwise it is generated once and kept in the git-ignored STRAPI_READ_TOKEN_FILE, which the
// site build reads. Safe to run on every start and from several commands.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Core } from "@strapi/strapi";

export const readTokenName = "Budowanie stron (tylko odczyt)";

interface TokenService {
  getByName(name: string): Promise<{ id: number } | null>;
  getByAccessKey(hash: string): Promise<{ id: number } | null>;
  hash(accessKey: string): string;
  create(attributes: Record<string, unknown>): Promise<{ id: number; accessKey: string }>;
  regenerate(id: number): Promise<{ accessKey: string }>;
}

export async function ensureReadToken(
  strapi: Core.Strapi,
  options: { value: string | undefined; file: string },
): Promise<string> {
  const tokens = strapi.service("admin::api-token-content-api") as unknown as TokenService;
  const existing = await tokens.getByName(readTokenName);
  const matches = async (value: string) =>
    existing !== null && (await tokens.getByAccessKey(tokens.hash(value)))?.id === existing.id;
  const create = () =>
    tokens.create({
      name: readTokenName,
      description: "Odczyt opublikowanych treści przy budowaniu stron ośrodków.",
      type: "read-only",
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
