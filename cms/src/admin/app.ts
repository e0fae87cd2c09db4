// The admin panel speaks Polish: `pl` is the only extra interface language, and the login page
// switches to it unless the browser already chose a language.
import type { StrapiApp } from "@strapi/strapi/admin";
import { registerOpeningHours } from "./opening-hours/register";

const languageKey = "strapi-admin-language";

export default {
  config: {
    locales: ["pl"],
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    registerOpeningHours(app);
    if (typeof window !== "undefined" && window.localStorage.getItem(languageKey) === null) {
      window.localStorage.setItem(languageKey, "pl");
    }
  },
  bootstrap(_app: StrapiApp) {},
};
