export {
  type HolidayEventOptions,
  type HolidaysJson,
  holidayEventLines,
  holidaysICalendar,
  holidaysJson,
  holidaysOfYears,
} from "./holidays-feed.ts";
export {
  type HsdsSchedule,
  type HsdsScheduleOptions,
  toHsdsSchedules,
} from "./hsds-schedules.ts";
export { escapeText, foldLine, type ICalendarOptions, toICalendar } from "./icalendar.ts";
export { type OsmOptions, osmDays, toOsmOpeningHours } from "./osm.ts";
export {
  type OpeningHoursSpecification,
  type SchemaOrgHours,
  type SchemaOrgOptions,
  toSchemaOrgHours,
} from "./schema-org.ts";
export {
  SERVICE_CATEGORIES,
  type ServiceCategory,
  serviceCategoriesOf,
} from "./service-categories.ts";
export { stableUuid } from "./stable-uuid.ts";
