// A `date` field of our content types (custom field `global::date`, stored as Strapi's `date`):
// the design system's DatePicker, as Strapi's own date input renders it, with its screen-reader
// names in Polish.
import { DatePicker, Field } from "@strapi/design-system";
import { useField } from "@strapi/strapi/admin";
import { CALENDAR_PROPS, type DateInputProps, dateValue, MAX_DATE } from "./picker-labels";

export default function DateInput({
  name,
  label,
  hint,
  required,
  disabled,
  labelAction,
}: DateInputProps) {
  const field = useField<string | null>(name);
  const value = typeof field.value === "string" ? new Date(field.value) : undefined;
  return (
    <Field.Root error={field.error} name={name} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <DatePicker
        name={name}
        value={value}
        maxDate={MAX_DATE}
        disabled={disabled}
        {...CALENDAR_PROPS}
        onChange={(chosen) => field.onChange(name, chosen ? dateValue(chosen) : null)}
        onClear={() => field.onChange(name, null)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
