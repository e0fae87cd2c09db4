// What editors read in the admin's selects instead of the stored codes: the content manager
// shows an enumeration's option through the interface translation whose id is the value, so
// these labels are added to the admin's Polish (src/admin/app.ts). One label per code across
// all selects: a code used by two fields reads the same in both. The unit test checks that
// every enumeration value of the schema has a label.
export const ENUM_LABELS: Readonly<Record<string, string>> = {
  // Reception mode (schedule ranges and exceptions).
  in_person: "przyjęcia osobiste",
  phone_only: "tylko telefonicznie",
  by_appointment: "po wcześniejszym umówieniu",
  priority: "pierwszeństwo dla umówionych",
  // Accessibility compliance.
  full: "w pełni zgodna",
  partial: "częściowo zgodna",
  none: "niezgodna",
  // Alert level.
  info: "informacja",
  warning: "ostrzeżenie",
  urgent: "pilne (wyróżnione na górze strony)",
  // Income threshold basis.
  single_person: "osoba samotnie gospodarująca",
  per_person_in_family: "na osobę w rodzinie",
  household: "gospodarstwo domowe",
  // Funding source.
  efs: "Europejski Fundusz Społeczny",
  power: "PO Wiedza Edukacja Rozwój",
  pokl: "PO Kapitał Ludzki",
  state_budget: "budżet państwa",
  own_funds: "środki własne",
  eu_other: "inne środki UE",
  other: "inne",
  // Department service status.
  normal: "działa normalnie",
  limited: "działa w ograniczonym zakresie",
  suspended: "zawieszone (dział nie przyjmuje)",
};
