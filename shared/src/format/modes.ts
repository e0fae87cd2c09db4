import type { ScheduleMode } from "../schemas/schedule-shape.ts";

/** How each mode reads next to a range of hours (in person adds nothing: it is the default). */
export const MODE_LABELS: Readonly<Record<ScheduleMode, string>> = {
  in_person: "",
  phone_only: "tylko telefonicznie",
  by_appointment: "po wcześniejszym umówieniu",
  priority: "pierwszeństwo dla umówionych",
};
