export { escapeText, foldLine, type ICalendarOptions, toICalendar } from "./icalendar.ts";
export { type OsmOptions, osmDays, toOsmOpeningHours } from "./osm.ts";
export {
  type OpeningHoursSpecification,
  type SchemaOrgOptions,
  toSchemaOrgOpeningHours,
} from "./schema-org.ts";
