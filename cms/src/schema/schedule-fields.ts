// Fields shared by the schedule components: weekday flags and the reception mode.
import { boolean, enumeration } from "./fields";

export const scheduleModes = ["in_person", "phone_only", "by_appointment", "priority"] as const;

export const modeHelp =
  "Jak ośrodek przyjmuje w tych godzinach: osobiście, tylko telefonicznie, po wcześniejszym umówieniu albo z pierwszeństwem dla umówionych.";

export const weekdayFields = {
  monday: boolean("Poniedziałek", "Zaznacz, jeśli godziny obowiązują w poniedziałki.", false),
  tuesday: boolean("Wtorek", "Zaznacz, jeśli godziny obowiązują we wtorki.", false),
  wednesday: boolean("Środa", "Zaznacz, jeśli godziny obowiązują w środy.", false),
  thursday: boolean("Czwartek", "Zaznacz, jeśli godziny obowiązują w czwartki.", false),
  friday: boolean("Piątek", "Zaznacz, jeśli godziny obowiązują w piątki.", false),
  saturday: boolean("Sobota", "Zaznacz, jeśli godziny obowiązują w soboty.", false),
  sunday: boolean("Niedziela", "Zaznacz, jeśli godziny obowiązują w niedziele.", false),
};

export const modeField = (required: boolean) =>
  enumeration(scheduleModes, "Sposób przyjęć", modeHelp, {
    required,
    ...(required ? { default: "in_person" } : {}),
  });
