import { z } from "zod";
import {
  amount,
  isoDate,
  isoDateTime,
  linkUrl,
  list,
  markdown,
  optional,
  optionalText,
  text,
  webUrl,
} from "./fields.ts";
import { mediaSchema } from "./media.ts";

/** `shared.phone`: a phone number as the office writes it. */
export const phoneSchema = z.object({
  /** The number as written, e.g. `"81 825 15 81"`. */
  number: text(),
  /** What the number is for, e.g. `"Dzielnica Fabryczna"`, `"kom."`, `"infolinia"`. */
  label: optionalText(),
});
export type Phone = z.output<typeof phoneSchema>;

/** `shared.email`: an e-mail address. */
export const emailSchema = z.object({
  /** The address, e.g. `"sekretariat@mops.kutno.pl"`. */
  address: z.email(),
  /** What the address is for. */
  label: optionalText(),
});
export type Email = z.output<typeof emailSchema>;

/** `shared.link`: a labelled link (http(s), mailto: or tel: only). */
export const linkSchema = z.object({
  /** Link text. */
  label: text(),
  /** Target URL. */
  url: linkUrl(),
});
export type Link = z.output<typeof linkSchema>;

/** `shared.location`: an address with its own phones. */
export const locationSchema = z.object({
  /** Name of the place, e.g. `"Dzielnica Fabryczna"`. */
  label: optionalText(),
  /** Street and number, e.g. `"ul. Grunwaldzka 4A"`. */
  street: text(),
  /** Postal code, `NN-NNN`. */
  postalCode: optional(z.string().regex(/^\d{2}-\d{3}$/)),
  /** City, e.g. `"Kraśnik"`. */
  city: text(),
  /** Phones of this location. */
  phones: list(phoneSchema),
  /** Free text, e.g. the entrance to use. */
  note: optionalText(),
});
export type Location = z.output<typeof locationSchema>;

/** `shared.person`: a named person with a function. */
export const personSchema = z.object({
  /** Full name, e.g. `"Danuta Lyra"`. */
  name: text(),
  /** Function, e.g. `"Kierownik Miejskiego Ośrodka Pomocy Społecznej"`. */
  title: text(),
  /** Academic title written before the name, e.g. `"mgr"`. */
  honorific: optionalText(),
});
export type Person = z.output<typeof personSchema>;

/** Alert levels, least to most pressing. */
export const ALERT_LEVELS = ["info", "warning", "urgent"] as const;

/** `office.alert`: a notice shown on the office's pages while valid. */
export const alertSchema = z.object({
  /** Heading, e.g. `"Komunikat w sprawie obsługi interesantów"`. */
  title: text(),
  /** Markdown body. */
  body: markdown(),
  /** How pressing the alert is. */
  level: z.enum(ALERT_LEVELS),
  /** First instant the alert is shown (ISO datetime). */
  validFrom: optional(isoDateTime()),
  /** Last instant the alert is shown (ISO datetime). */
  validTo: optional(isoDateTime()),
});
export type Alert = z.output<typeof alertSchema>;

/** `office.statutory-task`: one task the office performs by law. */
export const statutoryTaskSchema = z.object({
  /** The task, e.g. `"organizowanie pracy socjalnej"`. */
  text: text(),
  /** The act it comes from, e.g. `"Ustawa z dnia 12 marca 2004 r. o pomocy społecznej"` or `"Inne ustawy"`. */
  basis: text(),
});
export type StatutoryTask = z.output<typeof statutoryTaskSchema>;

/** A Polish postal code, `NN-NNN`. */
export const POSTAL_CODE_PATTERN = /^\d{2}-\d{3}$/;

/** Splits an editor's list ("23-200, 23-204" or one per line) into its items, blanks dropped. */
export const splitList = (value: string | undefined): string[] =>
  (value ?? "")
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * `office.area`: one municipality (or part of one) the office serves, with its postal codes and
 * the places (villages, estates) residents look for. Editors write the lists comma-separated or
 * one per line; the schema gives arrays.
 */
export const areaSchema = z.object({
  /** The municipality, e.g. `"Kraśnik"` or `"gmina Orzesze"`. */
  municipality: text(),
  /** Postal codes, e.g. `"23-200, 23-204, 23-210"`. */
  postalCodes: optionalText()
    .transform(splitList)
    .refine((codes) => codes.every((code) => POSTAL_CODE_PATTERN.test(code)), {
      message: "kody pocztowe w postaci NN-NNN, oddzielone przecinkami",
    }),
  /** Villages, estates or districts, e.g. `"Zawiść, Gardawice"`. */
  places: optionalText().transform(splitList),
});
export type Area = z.output<typeof areaSchema>;

/** Compliance with the accessibility act, as stated in the declaration. */
export const COMPLIANCE_STATUSES = ["full", "partial", "none"] as const;

/** `office.accessibility`: data for the accessibility statement (deklaracja dostępności). */
export const accessibilitySchema = z.object({
  /** Name of the accessibility coordinator. */
  coordinatorName: text(),
  /** E-mail of the coordinator. */
  coordinatorEmail: z.email(),
  /** Phone of the coordinator, as written; missing when the office has not given one. */
  coordinatorPhone: optionalText(),
  /** Date the statement was first published. */
  statementPublishedOn: isoDate(),
  /** Date the statement was last reviewed. */
  statementUpdatedOn: isoDate(),
  /** Whether the site complies fully, partially or not at all. */
  complianceStatus: z.enum(COMPLIANCE_STATUSES),
  /** Markdown list of content that is not accessible, with reasons. */
  nonAccessibleContent: optionalText(),
  /** Markdown description of the building's accessibility. */
  architecturalAccessibility: markdown(),
  /** Markdown easy-to-read (ETR) text about the office. */
  easyToRead: optionalText(),
  /** URL of the Polish Sign Language (PJM) video. */
  pjmVideoUrl: optional(webUrl()),
});
export type Accessibility = z.output<typeof accessibilitySchema>;

/** `office.gdpr`: data for the GDPR information clause. */
export const gdprSchema = z.object({
  /** Name and address of the data controller. */
  controller: text(),
  /** Name of the data protection officer. */
  dpoName: optionalText(),
  /** E-mail of the data protection officer. */
  dpoEmail: z.email(),
  /** Phone of the data protection officer. */
  dpoPhone: optionalText(),
});
export type Gdpr = z.output<typeof gdprSchema>;

/** `department.service`: a service a department provides. */
export const serviceSchema = z.object({
  /** Name, e.g. `"świadczenia rodzinne"`. */
  name: text(),
  /** Short description. */
  description: optionalText(),
});
export type Service = z.output<typeof serviceSchema>;

/** What an income threshold is counted per. */
export const INCOME_BASES = [
  "single_person",
  "per_person_in_family",
  "household",
  "other",
] as const;

/** `programme.income-threshold`: a maximum income to qualify. */
export const incomeThresholdSchema = z.object({
  /** What the amount is counted per. */
  basis: z.enum(INCOME_BASES),
  /** Label shown instead of the basis name, e.g. `"dla osoby samotnie gospodarującej"`. */
  label: optionalText(),
  /** Amount in PLN, at most two decimals. */
  amount: amount(),
});
export type IncomeThreshold = z.output<typeof incomeThresholdSchema>;

/** Funding sources of a programme. */
export const FUNDING_SOURCES = [
  "efs",
  "power",
  "pokl",
  "state_budget",
  "own_funds",
  "eu_other",
  "other",
] as const;

/** `programme.funding`: where a programme's money comes from. */
export const fundingSchema = z.object({
  /** The source. */
  source: z.enum(FUNDING_SOURCES),
  /** Name of the funding programme, e.g. `"Program Operacyjny Wiedza Edukacja Rozwój"`. */
  programmeName: optionalText(),
  /** Total value in PLN. */
  totalValue: optional(amount()),
  /** EU contribution in PLN. */
  euContribution: optional(amount()),
  /** State budget contribution in PLN. */
  stateBudget: optional(amount()),
  /** Own contribution in PLN. */
  ownContribution: optional(amount()),
  /** Free text. */
  note: optionalText(),
});
export type Funding = z.output<typeof fundingSchema>;

/** `news.attachment`: a downloadable file of a news post. */
export const attachmentSchema = z.object({
  /** Link text, e.g. `"Porozumienie wolontarystyczne (PDF)"`. */
  title: text(),
  /** The file. */
  file: mediaSchema,
});
export type Attachment = z.output<typeof attachmentSchema>;
