export {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatMonthDayRange,
  formatShortDate,
} from "./date.ts";
export {
  CLOSED,
  type ClosedDays,
  formatDayList,
  formatEffectiveWeek,
  formatException,
  formatRanges,
  formatRules,
  formatSchedule,
  formatValidity,
  groupWeek,
  type HoursLine,
  type HoursSection,
  type WeekRanges,
  weekOfRules,
} from "./hours.ts";
export { MODE_LABELS } from "./modes.ts";
export { formatInteger, formatMoney, groupThousands, NBSP } from "./money.ts";
export {
  dateWords,
  dayPhrase,
  dayStateWord,
  openingPhrase,
  statusParts,
  statusPhrase,
  todayLine,
} from "./phrases.ts";
