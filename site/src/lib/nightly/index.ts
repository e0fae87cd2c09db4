// The nightly run's entry point for other packages (`@mops/site/date-state`).
export {
  type DateState,
  type DateStateOptions,
  dateStateOptionsFrom,
  kindOf,
  type OfficeVersions,
  officeDateState,
  STATE_KINDS,
  type StateKind,
} from "./date-state.ts";
export { type DateInputsSource, readDateInputs } from "./read-date-inputs.ts";
export { RENDERING_CODE, siteCodeVersion } from "./site-code.ts";
