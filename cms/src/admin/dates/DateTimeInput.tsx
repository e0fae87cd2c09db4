// A `datetime` field of our content types (custom field `global::datetime`, stored as Strapi's
// `datetime`): a date picker and a time picker side by side, as Strapi's own input shows them,
// with every screen-reader name in Polish (the design system's DateTimePicker appends English
// words to its clear buttons' names, so the two pickers are composed here instead).
import { DatePicker, Field, Flex, TimePicker } from "@strapi/design-system";
import { useField } from "@strapi/strapi/admin";
import {
  CALENDAR_PROPS,
  type DateInputProps,
  dateTimeValue,
  MAX_DATE,
  PICKER_LABELS,
  timeOfDay,
} from "./picker-labels";

export default function DateTimeInput({
  name,
  label,
  hint,
  required,
  disabled,
  labelAction,
}: DateInputProps) {
  const field = useField<string | null>(name);
  const value = typeof field.value === "string" ? new Date(field.value) : undefined;
  const time = value ? timeOfDay(value) : "00:00";
  const set = (next: string | null) => field.onChange(name, next);
  return (
    <Field.Root error={field.error} name={name} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <Flex gap={1} wrap="wrap">
        <DatePicker
          name={name}
          aria-label={PICKER_LABELS.dateLabel}
          value={value}
          maxDate={MAX_DATE}
          disabled={disabled}
          {...CALENDAR_PROPS}
          onChange={(day) => set(dateTimeValue(day, time))}
          onClear={() => set(null)}
        />
        <TimePicker
          aria-label={PICKER_LABELS.timeLabel}
          value={value ? time : undefined}
          disabled={disabled}
          clearLabel={PICKER_LABELS.clearTimeLabel}
          onChange={(chosen) => set(dateTimeValue(value ?? new Date(), chosen ?? "00:00"))}
          onClear={value && time !== "00:00" ? () => set(dateTimeValue(value, "00:00")) : undefined}
        />
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
