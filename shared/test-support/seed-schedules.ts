import { type ScheduleInput, scheduleInputSchema } from "../src/schemas/schedule.ts";

/**
 * Schedules from the seed websites, written here in the editor input shape (weekday booleans)
 * for table-driven tests. Not imported from `shared/fixtures` on purpose: the tests pin the
 * engine's reading of the seed text, independently of the fixture transcription.
 */

const MON_TUE_THU_FRI = { monday: true, tuesday: true, thursday: true, friday: true };
const MON_FRI = { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true };

export const SEED_SCHEDULE_INPUTS = {
  /** MOPS Kutno, Dział Świadczeń Rodzinnych i Alimentacyjnych. */
  kutnoSwiadczenia: {
    label: "Dział Świadczeń Rodzinnych i Alimentacyjnych",
    rules: [{ ...MON_TUE_THU_FRI, opens: "10:00", closes: "14:00" }],
  },
  /** MOPS Kutno, Dział Dodatków Mieszkaniowych. */
  kutnoDodatki: {
    label: "Dział Dodatków Mieszkaniowych",
    rules: [
      { monday: true, tuesday: true, friday: true, opens: "10:00", closes: "14:00" },
      { thursday: true, opens: "10:00", closes: "15:00" },
    ],
  },
  /** MOPS Kutno, Dział Pomocy Środowiskowej: split hours by appointment. */
  kutnoSrodowiskowa: {
    label: "Dział Pomocy Środowiskowej",
    rules: [
      {
        ...MON_TUE_THU_FRI,
        opens: "09:00",
        closes: "11:00",
        mode: "by_appointment",
        note: "po uprzednim kontakcie telefonicznym z pracownikiem socjalnym",
      },
      {
        ...MON_TUE_THU_FRI,
        opens: "13:00",
        closes: "14:00",
        mode: "by_appointment",
        note: "po uprzednim kontakcie telefonicznym z pracownikiem socjalnym",
      },
    ],
  },
  /** MOPS Kraśnik: phone appointments served first 7:00–10:00, then in order of arrival. */
  krasnik: {
    label: "Obsługa interesantów",
    rules: [
      { ...MON_FRI, opens: "07:00", closes: "10:00", mode: "priority" },
      { ...MON_FRI, opens: "10:00", closes: "15:00" },
    ],
  },
  /** Kraśnik, "Wspieraj Seniora": intake by the hotline, until the end of 2020. */
  wspierajSenioraIntake: {
    label: "Zgłoszenia",
    validTo: "2020-12-31",
    rules: [{ ...MON_FRI, opens: "07:00:00.000", closes: "15:00:00.000", mode: "phone_only" }],
  },
  /** Kraśnik, "Wspieraj Seniora": support delivered, until the end of 2020. */
  wspierajSenioraService: {
    label: "Wsparcie",
    validTo: "2020-12-31",
    rules: [{ ...MON_FRI, opens: "07:00", closes: "18:00" }],
  },
  /** MOPS Pruszków, violence prevention consultant, from 1 July 2020. */
  pruszkowPrzemoc: {
    label: "Konsultant ds. przeciwdziałania przemocy",
    validFrom: "2020-07-01",
    rules: [{ tuesday: true, wednesday: true, opens: "12:00", closes: "16:00" }],
  },
  /** MOPS Pruszków, lawyer. */
  pruszkowPrawnik: {
    label: "Prawnik",
    validFrom: "2020-07-01",
    rules: [{ thursday: true, opens: "08:00", closes: "12:00" }],
  },
  /** MOPS Pruszków, drug addiction consultant. */
  pruszkowNarkomania: {
    label: "Konsultant ds. przeciwdziałania narkomanii",
    validFrom: "2020-07-01",
    rules: [{ friday: true, opens: "11:00", closes: "16:00" }],
  },
  /** MOPS Pruszków, psychologist: phone only in July and August. */
  pruszkowPsycholog: {
    label: "Psycholog",
    validFrom: "2020-07-01",
    rules: [{ monday: true, wednesday: true, friday: true, opens: "09:00", closes: "13:00" }],
    seasons: [
      {
        label: "lipiec – sierpień",
        fromMonthDay: "07-01",
        toMonthDay: "08-31",
        rules: [
          {
            monday: true,
            wednesday: true,
            friday: true,
            opens: "09:00",
            closes: "13:00",
            mode: "phone_only",
            note: "tel. 500 135 649",
          },
        ],
      },
    ],
  },
  /** MOPS Pruszków, benefits desk: Thursday and Friday are internal days. */
  pruszkowSwiadczenia: {
    label: "Godziny urzędowania",
    rules: [
      { monday: true, opens: "10:30", closes: "17:00" },
      { tuesday: true, wednesday: true, opens: "08:30", closes: "15:00" },
    ],
    note: "Czwartek i piątek – nieczynne (dzień wewnętrzny).",
  },
  /** MOPS Orzesze, office hours. */
  orzesze: {
    label: "Godziny urzędowania",
    rules: [{ ...MON_FRI, opens: "07:30", closes: "15:30" }],
  },
  /** MOPS Kutno, Klub Seniora. */
  kutnoKlubSeniora: {
    label: "Klub Seniora",
    rules: [{ tuesday: true, thursday: true, opens: "10:00", closes: "15:00" }],
  },
} satisfies Record<string, ScheduleInput>;

export type SeedName = keyof typeof SEED_SCHEDULE_INPUTS;

/** The seed schedules parsed to the domain shape. */
export const SEED = Object.fromEntries(
  Object.entries(SEED_SCHEDULE_INPUTS).map(([name, input]) => [
    name,
    scheduleInputSchema.parse(input),
  ]),
) as Record<SeedName, ReturnType<typeof scheduleInputSchema.parse>>;
