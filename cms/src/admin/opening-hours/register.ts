// The opening-hours editor as a Strapi custom field (`global::opening-hours`, registered on the
// server in src/index.ts). Its Input edits the schedule's `rules` and `exceptions`.
import type { StrapiApp } from "@strapi/strapi/admin";

const loadInput = () => import("./OpeningHoursInput");

export function registerOpeningHours(app: StrapiApp): void {
  app.customFields.register({
    name: "opening-hours",
    type: "json",
    intlLabel: { id: "mops.opening-hours.label", defaultMessage: "Godziny przyjęć" },
    intlDescription: {
      id: "mops.opening-hours.description",
      defaultMessage:
        "Tabela godzin w tygodniu i wyjątków z podglądem tego, co zobaczą mieszkańcy.",
    },
    components: { Input: loadInput },
  });
}
