import { boolean, date, string, time } from "../../schema/fields";
import { componentSchema } from "../../schema/models";
import { modeField } from "../../schema/schedule-fields";

export default componentSchema({
  category: "schedule",
  name: "exception",
  displayName: "Wyjątek",
  description: "Dzień lub kilka dni zamknięcia albo innych godzin.",
  icon: "cross",
  fields: {
    from: date("Od dnia", "Pierwszy dzień wyjątku.", { required: true }),
    to: date("Do dnia", "Ostatni dzień wyjątku (włącznie). Puste: tylko jeden dzień."),
    closed: boolean("Nieczynne", "Zaznacz, jeśli w tych dniach nie ma przyjęć.", true),
    opens: time("Od godziny", "Godzina otwarcia, gdy nie jest nieczynne."),
    closes: time("Do godziny", "Godzina zamknięcia, gdy nie jest nieczynne."),
    mode: modeField(false),
    reason: string("Powód", "Np. „dzień wewnętrzny”, „Wigilia”, „awaria”.", { required: true }),
  },
});
