// Everything the CMS needs at start-up, safe to run again on every start and from any command
// that boots Strapi (`strapi admin:create-user`, the seed command, tests).
import path from "node:path";
import type { Core } from "@strapi/strapi";
import { ensureOfficeEditorRole } from "../access/office-editor-role";
import { contentUids, officeUid } from "../documents/content-types";
import { environment } from "../environment";
import { assignOfficeMedia } from "../media/assign-office-media";
import { createOfficeMedia } from "../media/office-media";
import { describeCounts, importFixtures } from "../seed/import-fixtures";
import { type DemoAccount, ensureDemoAccounts } from "./demo-accounts";
import { applyFieldHelp } from "./field-help";
import { ensureLocales } from "./locales";
import { ensureReadToken, removeDefaultTokens } from "./read-token";
import { shareScheduleHours } from "./shared-hours";

/** Imports the fixtures, then (re)creates the demo accounts for every office. */
export async function seedContent(strapi: Core.Strapi): Promise<DemoAccount[]> {
  const env = environment();
  const counts = await importFixtures(strapi, path.resolve(env.FIXTURES_DIR));
  strapi.log.info(`seed: ${describeCounts(counts)}`);
  return demoAccounts(strapi);
}

async function demoAccounts(strapi: Core.Strapi): Promise<DemoAccount[]> {
  const env = environment();
  const roleId = await ensureOfficeEditorRole(strapi);
  if (!env.DEMO_ACCOUNTS) return [];
  const accounts = await ensureDemoAccounts(
    strapi,
    {
      adminEmail: env.DEMO_ADMIN_EMAIL,
      adminPassword: env.DEMO_ADMIN_PASSWORD,
      editorEmailPattern: env.DEMO_EDITOR_EMAIL_PATTERN,
      editorPassword: env.DEMO_EDITOR_PASSWORD,
    },
    roleId,
  );
  return accounts;
}

function printAccounts(strapi: Core.Strapi, accounts: readonly DemoAccount[]): void {
  if (accounts.length === 0) return;
  const lines = accounts.map(
    (a) => `  ${a.role}${a.office ? ` (${a.office})` : ""}: ${a.email} / ${a.password}`,
  );
  strapi.log.info(`demo accounts (passwords from DEMO_*_PASSWORD):\n${lines.join("\n")}`);
}

export async function bootstrapCms(strapi: Core.Strapi): Promise<void> {
  const env = environment();
  await ensureLocales(strapi);
  await applyFieldHelp(strapi, contentUids);
  const removed = await removeDefaultTokens(strapi);
  if (removed > 0) strapi.log.info(`API tokens: removed Strapi's ${removed} unused default tokens`);
  await ensureReadToken(strapi, { value: env.STRAPI_READ_TOKEN, file: env.STRAPI_READ_TOKEN_FILE });
  if (!env.STRAPI_READ_TOKEN) {
    strapi.log.info(
      `read-only API token for site builds: ${path.resolve(env.STRAPI_READ_TOKEN_FILE)}`,
    );
  }
  const shared = await shareScheduleHours(strapi);
  if (shared > 0) {
    strapi.log.info(
      `schedules: ${shared} documents now hold one copy of their hours for every language`,
    );
  }
  const empty = (await strapi.db.query(officeUid).count()) === 0;
  const accounts =
    env.SEED_ON_START && empty ? await seedContent(strapi) : await demoAccounts(strapi);
  printAccounts(strapi, accounts);
  const media = await assignOfficeMedia(strapi, createOfficeMedia(strapi));
  if (media.moved > 0 || media.shared > 0) {
    strapi.log.info(
      `media: ${media.moved} files moved into their office's folder, ${media.shared} used by several offices left in place`,
    );
  }
}
