// Our date and date-time fields as Strapi custom fields (`global::date`, `global::datetime`,
// registered on the server in src/index.ts with Strapi's own `date` and `datetime` storage), so
// their pickers can speak Polish to screen readers; see ./picker-labels.ts.
import type { StrapiApp } from "@strapi/strapi/admin";
import { DATE_CUSTOM_FIELDS } from "../../schema/fields";

type DateFieldName = (typeof DATE_CUSTOM_FIELDS)[number]["name"];

const ADMIN_SIDE: Record<
  DateFieldName,
  { label: string; description: string; Input: () => Promise<unknown> }
> = {
  date: { label: "Data", description: "Dzień w kalendarzu.", Input: () => import("./DateInput") },
  datetime: {
    label: "Data i godzina",
    description: "Dzień i godzina.",
    Input: () => import("./DateTimeInput"),
  },
};

export function registerDateFields(app: StrapiApp): void {
  for (const { name, type } of DATE_CUSTOM_FIELDS) {
    const { label, description, Input } = ADMIN_SIDE[name];
    app.customFields.register({
      name,
      type,
      intlLabel: { id: `mops.${name}.label`, defaultMessage: label },
      intlDescription: { id: `mops.${name}.description`, defaultMessage: description },
      components: { Input: Input as never },
    });
  }
}
