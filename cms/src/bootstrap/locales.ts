// Content locales: Polish is the default, Ukrainian and English are enabled for later translation.
// Their names are the ones the Polish admin shows in its language switch ("polski (pl)"); a
// database created with other names gets these at the next start.
import type { Core } from "@strapi/strapi";

export const contentLocales = [
  { code: "pl", name: "polski (pl)" },
  { code: "uk", name: "ukraiński (uk)" },
  { code: "en", name: "angielski (en)" },
] as const;

export const defaultLocale = "pl";

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin("i18n").service("locales");
  for (const locale of contentLocales) {
    const found = (await locales.findByCode(locale.code)) as { name?: string } | null;
    if (!found) await locales.create(locale);
    else if (found.name !== locale.name) {
      await strapi.db
        .query("plugin::i18n.locale")
        .update({ where: { code: locale.code }, data: { name: locale.name } });
    }
  }
  if ((await locales.getDefaultLocale()) !== defaultLocale) {
    await locales.setDefaultLocale({ code: defaultLocale });
  }
}
