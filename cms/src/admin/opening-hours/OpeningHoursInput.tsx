// The opening-hours editor in the schedule's edit view: the week as a table (days as toggle chips,
// times, mode in Polish, note), the seasons with their own weeks, the exceptions, what residents
// will read and whether the office is open at a chosen moment. It edits the schedule's own
// `rules`, `seasons` and `exceptions` through the content manager's form, so storage and saving
// stay Strapi's; its own field stays empty.
// In a translation the hours (one copy for every language) are shown but not edited; a table
// translates their texts into the schedule's `hoursTranslations`.

import { minutesToHhmm, type ScheduleError, toWarsaw, warsawDate } from "@mops/shared";
import { useForm, useQueryParams } from "@strapi/strapi/admin";
import { type CSSProperties, useId, useMemo, useState } from "react";
import {
  errorAt,
  type FormException,
  type FormRule,
  type FormSeason,
  hoursErrors,
  hoursSummary,
  MODE_OPTIONS,
  newException,
  newRule,
  newSeason,
  patchItem,
  removeItem,
  statusText,
  timeText,
  timeValue,
  WEEKDAY_CHIPS,
} from "./hours-form";
import {
  editedLocale,
  type FormTranslatedHours,
  translationRows,
  withTranslation,
} from "./hours-translations";

type Props = { label?: string; hint?: unknown; disabled?: boolean };

const styles = {
  box: { display: "grid", gap: 16, width: "100%", fontSize: 14, lineHeight: 1.5 },
  fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: 600, fontSize: 14, padding: 0, marginBottom: 4 },
  table: { borderCollapse: "collapse", width: "100%" },
  caption: { textAlign: "left", fontWeight: 600, padding: "8px 0" },
  cell: { padding: "4px 8px 4px 0", verticalAlign: "top", textAlign: "left" },
  input: {
    font: "inherit",
    color: "inherit",
    background: "transparent",
    border: "1px solid #8e8ea9",
    borderRadius: 4,
    padding: "4px 6px",
  },
  chip: {
    font: "inherit",
    minWidth: 40,
    minHeight: 32,
    marginRight: 4,
    borderRadius: 16,
    border: "1px solid #8e8ea9",
    cursor: "pointer",
  },
  button: {
    font: "inherit",
    color: "inherit",
    background: "transparent",
    border: "1px solid #8e8ea9",
    borderRadius: 4,
    padding: "4px 12px",
    cursor: "pointer",
  },
  error: { color: "#d02b20", margin: "4px 0 0" },
  summary: { margin: 0, paddingLeft: 20 },
  hidden: {
    position: "absolute",
    width: 1,
    height: 1,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
} satisfies Record<string, CSSProperties>;

const chipStyle = (pressed: boolean): CSSProperties => ({
  ...styles.chip,
  background: pressed ? "#4945ff" : "transparent",
  color: pressed ? "#ffffff" : "inherit",
  fontWeight: pressed ? 600 : 400,
});

/** The first error of a field, its id and the attributes that tie it to the input. */
function fieldError(errors: readonly ScheduleError[], path: string, id: string) {
  const message = errors.find((e) => e.path === path)?.message;
  return {
    message,
    id,
    attributes: message ? { "aria-invalid": true as const, "aria-describedby": id } : {},
  };
}

function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} style={styles.error}>
      {message}
    </p>
  ) : null;
}

function nowInWarsaw(): { date: string; time: string } {
  const now = Date.now();
  return {
    date: warsawDate(now),
    time: minutesToHhmm(Math.floor(toWarsaw(now).msOfDay / 60_000)),
  };
}

function RuleRow(props: {
  rule: FormRule;
  index: number;
  base: string;
  /** The rule's path in the shared rules' errors, e.g. `"rules[0]"`, `"seasons[1].rules[0]"`. */
  path: string;
  /** Which range, as screen readers hear it after a control's name: `"przedział 1"`. */
  where: string;
  errors: readonly ScheduleError[];
  disabled: boolean;
  change: (patch: Partial<FormRule>) => void;
  remove: () => void;
}) {
  const { rule, index, base, path, where, errors, disabled, change } = props;
  const n = index + 1;
  const opens = fieldError(errors, `${path}.opens`, `${base}-opens-error`);
  const closes = fieldError(errors, `${path}.closes`, `${base}-closes-error`);
  const days = fieldError(errors, `${path}.days`, `${base}-days-error`);
  const other = errorAt(
    errors.filter((e) => ![opens.message, closes.message, days.message].includes(e.message)),
    path,
  );
  return (
    <tr>
      <th scope="row" style={styles.cell}>
        {n}.
      </th>
      <td style={styles.cell}>
        <fieldset style={styles.fieldset} aria-describedby={days.message ? days.id : undefined}>
          <legend style={styles.hidden}>Dni, {where}</legend>
          {WEEKDAY_CHIPS.map(({ field, chip, name }) => (
            <button
              key={field}
              type="button"
              aria-pressed={rule[field] === true}
              aria-label={`${chip} (${name}), ${where}`}
              disabled={disabled}
              style={chipStyle(rule[field] === true)}
              onClick={() => change({ [field]: rule[field] !== true })}
            >
              {chip}
            </button>
          ))}
        </fieldset>
        <ErrorText id={days.id} message={days.message} />
      </td>
      <td style={styles.cell}>
        <input
          type="text"
          inputMode="numeric"
          size={6}
          aria-label={`Od godziny, ${where}`}
          placeholder="9:00"
          value={timeText(rule.opens)}
          disabled={disabled}
          style={styles.input}
          onChange={(event) => change({ opens: timeValue(event.target.value) })}
          {...opens.attributes}
        />
        <ErrorText id={opens.id} message={opens.message} />
      </td>
      <td style={styles.cell}>
        <input
          type="text"
          inputMode="numeric"
          size={6}
          aria-label={`Do godziny, ${where}`}
          placeholder="15:00"
          value={timeText(rule.closes)}
          disabled={disabled}
          style={styles.input}
          onChange={(event) => change({ closes: timeValue(event.target.value) })}
          {...closes.attributes}
        />
        <ErrorText id={closes.id} message={closes.message} />
      </td>
      <td style={styles.cell}>
        <select
          aria-label={`Sposób przyjęć, ${where}`}
          value={rule.mode ?? "in_person"}
          disabled={disabled}
          style={styles.input}
          onChange={(event) => change({ mode: event.target.value })}
        >
          {MODE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </td>
      <td style={styles.cell}>
        <input
          type="text"
          aria-label={`Uwaga, ${where}`}
          value={rule.note ?? ""}
          disabled={disabled}
          style={styles.input}
          onChange={(event) =>
            change({ note: event.target.value === "" ? null : event.target.value })
          }
        />
        <ErrorText id={`${base}-error`} message={other} />
      </td>
      <td style={styles.cell}>
        <button
          type="button"
          aria-label={`Usuń ${where}`}
          disabled={disabled}
          style={styles.button}
          onClick={props.remove}
        >
          Usuń
        </button>
      </td>
    </tr>
  );
}

function ExceptionRow(props: {
  exception: FormException;
  index: number;
  base: string;
  errors: readonly ScheduleError[];
  disabled: boolean;
  change: (patch: Partial<FormException>) => void;
  remove: () => void;
}) {
  const { exception, index, base, errors, disabled, change } = props;
  const n = index + 1;
  const path = `exceptions[${index}]`;
  const from = fieldError(errors, `${path}.from`, `${base}-from-error`);
  const to = fieldError(errors, `${path}.to`, `${base}-to-error`);
  const opens = fieldError(errors, `${path}.opens`, `${base}-opens-error`);
  const closes = fieldError(errors, `${path}.closes`, `${base}-closes-error`);
  const reason = fieldError(errors, `${path}.reason`, `${base}-reason-error`);
  const closed = exception.closed !== false;
  return (
    <tr>
      <th scope="row" style={styles.cell}>
        {n}.
      </th>
      <td style={styles.cell}>
        <input
          type="date"
          aria-label={`Od dnia, wyjątek ${n}`}
          value={exception.from ?? ""}
          disabled={disabled}
          style={styles.input}
          onChange={(event) => change({ from: event.target.value || null })}
          {...from.attributes}
        />
        <ErrorText id={from.id} message={from.message} />
      </td>
      <td style={styles.cell}>
        <input
          type="date"
          aria-label={`Do dnia, wyjątek ${n}`}
          value={exception.to ?? ""}
          disabled={disabled}
          style={styles.input}
          onChange={(event) => change({ to: event.target.value || null })}
          {...to.attributes}
        />
        <ErrorText id={to.id} message={to.message} />
      </td>
      <td style={styles.cell}>
        <label>
          <input
            type="checkbox"
            aria-label={`Nieczynne, wyjątek ${n}`}
            checked={closed}
            disabled={disabled}
            onChange={(event) => change({ closed: event.target.checked })}
          />{" "}
          nieczynne
        </label>
      </td>
      <td style={styles.cell}>
        <input
          type="text"
          inputMode="numeric"
          size={6}
          aria-label={`Od godziny, wyjątek ${n}`}
          value={timeText(exception.opens)}
          disabled={disabled || closed}
          style={styles.input}
          onChange={(event) => change({ opens: timeValue(event.target.value) })}
          {...opens.attributes}
        />
        <ErrorText id={opens.id} message={opens.message} />
      </td>
      <td style={styles.cell}>
        <input
          type="text"
          inputMode="numeric"
          size={6}
          aria-label={`Do godziny, wyjątek ${n}`}
          value={timeText(exception.closes)}
          disabled={disabled || closed}
          style={styles.input}
          onChange={(event) => change({ closes: timeValue(event.target.value) })}
          {...closes.attributes}
        />
        <ErrorText id={closes.id} message={closes.message} />
      </td>
      <td style={styles.cell}>
        <input
          type="text"
          aria-label={`Powód, wyjątek ${n}`}
          placeholder="np. urlop, dzień wewnętrzny"
          value={exception.reason ?? ""}
          disabled={disabled}
          style={styles.input}
          onChange={(event) => change({ reason: event.target.value })}
          {...reason.attributes}
        />
        <ErrorText id={reason.id} message={reason.message} />
      </td>
      <td style={styles.cell}>
        <button
          type="button"
          aria-label={`Usuń wyjątek ${n}`}
          disabled={disabled}
          style={styles.button}
          onClick={props.remove}
        >
          Usuń
        </button>
      </td>
    </tr>
  );
}

/** A week as a table of ranges, with its add button: the schedule's own or a season's. */
function WeekTable(props: {
  caption: string;
  rules: FormRule[];
  /** Where the rules are in the shared rules' errors: `"rules"`, `"seasons[0].rules"`. */
  path: string;
  whereOf: (n: number) => string;
  addLabel: string;
  base: string;
  errors: readonly ScheduleError[];
  disabled: boolean;
  setRules: (next: FormRule[]) => void;
}) {
  const { rules, path, base, disabled, setRules } = props;
  const errors = props.errors.filter((e) => e.path.startsWith(`${path}[`));
  const listError = props.errors.find((e) => e.path === path)?.message;
  return (
    <div>
      <table style={styles.table}>
        <caption style={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            {["Nr", "Dni", "Od", "Do", "Sposób przyjęć", "Uwaga", "Usuń"].map((heading) => (
              <th key={heading} scope="col" style={styles.cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, index) => (
            <RuleRow
              key={rule.__temp_key__ ?? rule.id ?? index}
              rule={rule}
              index={index}
              base={`${base}-rule-${index}`}
              path={`${path}[${index}]`}
              where={props.whereOf(index + 1)}
              errors={errors}
              disabled={disabled}
              change={(patch) => setRules(patchItem(rules, index, patch))}
              remove={() => setRules(removeItem(rules, index))}
            />
          ))}
        </tbody>
      </table>
      <ErrorText id={`${base}-rules-error`} message={listError} />
      <button
        type="button"
        disabled={disabled}
        style={styles.button}
        onClick={() => setRules([...rules, newRule(rules)])}
      >
        {props.addLabel}
      </button>
    </div>
  );
}

/** One season: its name and days of the year, and its own week. */
function SeasonBlock(props: {
  season: FormSeason;
  index: number;
  base: string;
  errors: readonly ScheduleError[];
  disabled: boolean;
  change: (patch: Partial<FormSeason>) => void;
  remove: () => void;
}) {
  const { season, index, base, errors, disabled, change } = props;
  const n = index + 1;
  const path = `seasons[${index}]`;
  const label = fieldError(errors, `${path}.label`, `${base}-label-error`);
  const from = fieldError(errors, `${path}.fromMonthDay`, `${base}-from-error`);
  const to = fieldError(errors, `${path}.toMonthDay`, `${base}-to-error`);
  const text = (field: "label" | "fromMonthDay" | "toMonthDay", value: string) =>
    change({ [field]: value === "" ? null : value });
  return (
    <fieldset style={{ ...styles.fieldset, borderLeft: "3px solid #8e8ea9", paddingLeft: 12 }}>
      <legend style={styles.legend}>
        Okres {n}: {season.label?.trim() || "bez nazwy"}
      </legend>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 16, marginBottom: 8 }}>
        <div>
          <label htmlFor={`${base}-label`}>Nazwa okresu </label>
          <input
            id={`${base}-label`}
            type="text"
            aria-label={`Nazwa okresu ${n}`}
            placeholder="np. lipiec – sierpień"
            value={season.label ?? ""}
            disabled={disabled}
            style={styles.input}
            onChange={(event) => text("label", event.target.value)}
            {...label.attributes}
          />
          <ErrorText id={label.id} message={label.message} />
        </div>
        <div>
          <label htmlFor={`${base}-from`}>Od dnia (MM-DD) </label>
          <input
            id={`${base}-from`}
            type="text"
            inputMode="numeric"
            size={6}
            aria-label={`Od dnia (MM-DD), okres ${n}`}
            placeholder="07-01"
            value={season.fromMonthDay ?? ""}
            disabled={disabled}
            style={styles.input}
            onChange={(event) => text("fromMonthDay", event.target.value.trim())}
            {...from.attributes}
          />
          <ErrorText id={from.id} message={from.message} />
        </div>
        <div>
          <label htmlFor={`${base}-to`}>Do dnia (MM-DD) </label>
          <input
            id={`${base}-to`}
            type="text"
            inputMode="numeric"
            size={6}
            aria-label={`Do dnia (MM-DD), okres ${n}`}
            placeholder="08-31"
            value={season.toMonthDay ?? ""}
            disabled={disabled}
            style={styles.input}
            onChange={(event) => text("toMonthDay", event.target.value.trim())}
            {...to.attributes}
          />
          <ErrorText id={to.id} message={to.message} />
        </div>
      </div>
      <WeekTable
        caption={`Godziny w okresie ${n}`}
        rules={season.rules ?? []}
        path={`${path}.rules`}
        whereOf={(r) => `przedział ${r}, okres ${n}`}
        addLabel={`Dodaj przedział godzin w okresie ${n}`}
        base={`${base}-week`}
        errors={errors}
        disabled={disabled}
        setRules={(rules) => change({ rules })}
      />
      <div style={{ marginTop: 8 }}>
        <button
          type="button"
          aria-label={`Usuń okres ${n}`}
          disabled={disabled}
          style={styles.button}
          onClick={props.remove}
        >
          Usuń okres
        </button>
      </div>
    </fieldset>
  );
}

/** The seasons, each with its week, and the button that adds one. */
function SeasonsSection(props: {
  seasons: FormSeason[];
  base: string;
  errors: readonly ScheduleError[];
  disabled: boolean;
  setSeasons: (next: FormSeason[]) => void;
}) {
  const { seasons, base, errors, disabled, setSeasons } = props;
  return (
    <section aria-labelledby={`${base}-heading`} style={{ display: "grid", gap: 12 }}>
      <p id={`${base}-heading`} style={{ ...styles.caption, margin: 0 }}>
        Okresy sezonowe: w tych dniach roku obowiązują ich godziny zamiast zwykłych
      </p>
      {seasons.map((season, index) => (
        <SeasonBlock
          key={season.__temp_key__ ?? season.id ?? index}
          season={season}
          index={index}
          base={`${base}-${index}`}
          errors={errors}
          disabled={disabled}
          change={(patch) => setSeasons(patchItem(seasons, index, patch))}
          remove={() => setSeasons(removeItem(seasons, index))}
        />
      ))}
      <div>
        <button
          type="button"
          disabled={disabled}
          style={styles.button}
          onClick={() => setSeasons([...seasons, newSeason(seasons)])}
        >
          Dodaj okres sezonowy
        </button>
      </div>
    </section>
  );
}

function TranslationTable(props: {
  values: FormTranslatedHours;
  disabled: boolean;
  change: (next: Record<string, string>) => void;
}) {
  const rows = translationRows(props.values);
  if (rows.length === 0) {
    return <p style={{ margin: 0 }}>Godziny nie mają uwag ani powodów do przetłumaczenia.</p>;
  }
  return (
    <table style={styles.table}>
      <caption style={styles.caption}>Tłumaczenie uwag, powodów i nazw okresów</caption>
      <thead>
        <tr>
          <th scope="col" style={styles.cell}>
            Tekst po polsku
          </th>
          <th scope="col" style={styles.cell}>
            Tłumaczenie
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.text}>
            <th scope="row" style={{ ...styles.cell, fontWeight: 400 }}>
              {row.text}
            </th>
            <td style={styles.cell}>
              <input
                type="text"
                aria-label={`Tłumaczenie: ${row.text}`}
                value={row.translation}
                disabled={props.disabled}
                style={{ ...styles.input, width: "100%" }}
                onChange={(event) =>
                  props.change(withTranslation(props.values, row.text, event.target.value))
                }
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function OpeningHoursInput(props: Props) {
  const base = useId().replaceAll(":", "");
  const values = useForm("OpeningHoursInput", (state) => state.values) as FormTranslatedHours;
  const onChange = useForm("OpeningHoursInput", (state) => state.onChange);
  const [{ query }] = useQueryParams();
  // A translation shows the hours, one copy for every language, and translates their texts.
  const translating = editedLocale(query) !== "pl";
  const disabled = props.disabled === true || translating;
  const rules = values.rules ?? [];
  const exceptions = values.exceptions ?? [];
  const [moment, setMoment] = useState(nowInWarsaw);
  const errors = useMemo(() => hoursErrors(values), [values]);
  const summary = useMemo(() => hoursSummary(values), [values]);
  const status = statusText(values, moment.date, moment.time);
  const setRules = (next: FormRule[]) => onChange("rules", next);
  const setExceptions = (next: FormException[]) => onChange("exceptions", next);
  const setSeasons = (next: FormSeason[]) => onChange("seasons", next);
  const seasons = values.seasons ?? [];
  const hint = typeof props.hint === "string" ? props.hint : undefined;

  return (
    <fieldset
      data-hours-editor=""
      style={styles.fieldset}
      aria-describedby={hint ? `${base}-hint` : undefined}
    >
      <legend style={styles.legend}>{props.label ?? "Godziny"}</legend>
      <div style={styles.box}>
        {hint ? (
          <p id={`${base}-hint`} style={{ margin: 0 }}>
            {hint}
          </p>
        ) : null}
        {translating ? (
          <>
            <p style={{ margin: 0 }}>
              Godziny są wspólne dla wszystkich wersji językowych: zmieniasz je w wersji polskiej.
              Tutaj przetłumacz uwagi, powody wyjątków i nazwy okresów; bez tłumaczenia strona
              pokaże tekst po polsku.
            </p>
            <TranslationTable
              values={values}
              disabled={props.disabled === true}
              change={(next) => onChange("hoursTranslations", next)}
            />
          </>
        ) : null}
        <p role="status" style={{ margin: 0 }}>
          {errors.length === 0
            ? "Godziny są poprawne."
            : `Do poprawienia przed zapisaniem: ${errors.length}.`}
        </p>
        <WeekTable
          caption="Godziny w tygodniu"
          rules={rules}
          path="rules"
          whereOf={(n) => `przedział ${n}`}
          addLabel="Dodaj przedział godzin"
          base={`${base}-week`}
          errors={errors}
          disabled={disabled}
          setRules={setRules}
        />

        <SeasonsSection
          seasons={seasons}
          base={`${base}-seasons`}
          errors={errors}
          disabled={disabled}
          setSeasons={setSeasons}
        />

        <table style={styles.table}>
          <caption style={styles.caption}>
            Wyjątki: zamknięcia, urlop, inne godziny w wybrane dni
          </caption>
          <thead>
            <tr>
              <th scope="col" style={styles.cell}>
                Nr
              </th>
              <th scope="col" style={styles.cell}>
                Od dnia
              </th>
              <th scope="col" style={styles.cell}>
                Do dnia
              </th>
              <th scope="col" style={styles.cell}>
                Nieczynne
              </th>
              <th scope="col" style={styles.cell}>
                Od
              </th>
              <th scope="col" style={styles.cell}>
                Do
              </th>
              <th scope="col" style={styles.cell}>
                Powód
              </th>
              <th scope="col" style={styles.cell}>
                Usuń
              </th>
            </tr>
          </thead>
          <tbody>
            {exceptions.map((exception, index) => (
              <ExceptionRow
                key={exception.__temp_key__ ?? exception.id ?? index}
                exception={exception}
                index={index}
                base={`${base}-exception-${index}`}
                errors={errors}
                disabled={disabled}
                change={(patch) => setExceptions(patchItem(exceptions, index, patch))}
                remove={() => setExceptions(removeItem(exceptions, index))}
              />
            ))}
          </tbody>
        </table>
        <div>
          <button
            type="button"
            disabled={disabled}
            style={styles.button}
            onClick={() => setExceptions([...exceptions, newException(exceptions, moment.date)])}
          >
            Dodaj wyjątek
          </button>
        </div>

        <div>
          <p id={`${base}-summary`} style={{ margin: "0 0 4px", fontWeight: 600 }}>
            Tak zobaczą to mieszkańcy:
          </p>
          {summary.length > 0 ? (
            <ul aria-labelledby={`${base}-summary`} style={styles.summary}>
              {summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p style={{ margin: 0 }}>
              {errors.length > 0 ? "Popraw błędy, aby zobaczyć godziny." : "Brak godzin."}
            </p>
          )}
        </div>

        <fieldset style={styles.fieldset}>
          <legend style={styles.legend}>Czy będzie otwarte?</legend>
          <label>
            Dzień{" "}
            <input
              type="date"
              value={moment.date}
              style={styles.input}
              onChange={(event) => setMoment({ ...moment, date: event.target.value })}
            />
          </label>{" "}
          <label>
            Godzina{" "}
            <input
              type="text"
              inputMode="numeric"
              size={6}
              value={moment.time}
              style={styles.input}
              onChange={(event) => setMoment({ ...moment, time: event.target.value })}
            />
          </label>
          <p aria-live="polite" style={{ margin: "4px 0 0" }}>
            {status ? `Wtedy: ${status}` : "Podaj dzień i godzinę (GG:MM)."}
          </p>
        </fieldset>
      </div>
    </fieldset>
  );
}
