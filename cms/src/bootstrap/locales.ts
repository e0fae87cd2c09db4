// Content locales: Polish is the default, Ukrainian and English are enabled for later translation.
import type { Core } from "@strapi/strapi";

export const contentLocales = [
  { code: "pl", name: "Polish (pl)" },
  { code: "uk", name: "Ukrainian (uk)" },
  { code: "en", name: "English (en)" },
] as const;

export const defaultLocale = "pl";

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin("i18n").service("locales");
  for (const locale of contentLocales) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== defaultLocale) {
    await locales.setDefaultLocale({ code: defaultLocale });
  }
}
