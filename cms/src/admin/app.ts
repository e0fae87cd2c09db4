// The admin panel speaks Polish: `pl` is the only extra interface language, and the login page
// switches to it unless the browser already chose a language. The dashboard shows the build
// status of the editor's offices; the edit view shows it for the entry's office, and the
// accessibility check of the entry's Markdown fields (warnings, never blocking). Platform-wide
// widgets are left to super admins.
import type { StrapiApp } from "@strapi/strapi/admin";
import { ENUM_LABELS } from "../schema/enum-labels";
import { A11yPanel } from "./a11y/a11y-panel";
import { BuildStatusIcon } from "./build-status/build-status-icon";
import { BuildStatusPanel, type SidePanel } from "./build-status/build-status-panel";
import { registerDateFields } from "./dates/register";
import { registerOpeningHours } from "./opening-hours/register";
import { polishAdminTexts } from "./translations-pl";

const languageKey = "strapi-admin-language";
/** The permission that opens the platform-wide statistics widget. */
const PLATFORM_STATISTICS_PERMISSION = "admin::users.read";

interface ContentManagerApis {
  addEditViewSidePanel(panels: (SidePanel | typeof A11yPanel)[]): void;
}

export default {
  config: {
    locales: ["pl"],
    translations: { pl: { ...ENUM_LABELS, ...polishAdminTexts } },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    registerOpeningHours(app);
    registerDateFields(app);
    if (typeof window !== "undefined" && window.localStorage.getItem(languageKey) === null) {
      window.localStorage.setItem(languageKey, "pl");
    }
    // Strapi's "project statistics" widget counts the whole platform (every office's entries,
    // the admin users); office editors may not read those counts (the gate refuses its route), so
    // it is shown only to those who may read the admin users, i.e. the platform's super admins.
    app.widgets.register((widgets) =>
      widgets.map((widget) =>
        widget.pluginId === "admin" && widget.id === "key-statistics"
          ? { ...widget, permissions: [{ action: PLATFORM_STATISTICS_PERMISSION }] }
          : widget,
      ),
    );
    app.widgets.register({
      id: "mops-build-status",
      icon: BuildStatusIcon,
      title: { id: "mops.build-status.title", defaultMessage: "Publikacja na stronie" },
      component: async () => (await import("./build-status/BuildStatusWidget")).BuildStatusWidget,
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin("content-manager") as unknown as {
      apis: ContentManagerApis;
    };
    contentManager.apis.addEditViewSidePanel([BuildStatusPanel, A11yPanel]);
  },
};
