import { string, time } from "../../schema/fields";
import { componentSchema } from "../../schema/models";
import { modeField, weekdayFields } from "../../schema/schedule-fields";

export default componentSchema({
  category: "schedule",
  name: "rule",
  displayName: "Godziny w tygodniu",
  description: "Jeden przedział godzin w zaznaczone dni tygodnia.",
  icon: "clock",
  fields: {
    ...weekdayFields,
    opens: time("Od godziny", "Początek przedziału, np. 09:00.", { required: true }),
    closes: time("Do godziny", "Koniec przedziału, późniejszy niż początek, np. 11:00.", {
      required: true,
    }),
    mode: modeField(true),
    note: string(
      "Uwaga",
      "Dopisek dla mieszkańców, np. „po uprzednim kontakcie telefonicznym z pracownikiem socjalnym”.",
    ),
  },
});
