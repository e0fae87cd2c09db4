export { easterSundayDay } from "./easter.ts";
export {
  type Closure,
  closureLookup,
  type Holiday,
  polishHolidayCalendar,
  polishHolidayMap,
  polishHolidays,
  saturdayHolidays,
} from "./polish.ts";
