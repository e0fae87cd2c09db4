// The body the CMS sends the rebuild service: which offices to rebuild ("*" for all), a unique
// id (so that two notifications with the same content in the same second still differ, and only
// a true replay is refused) and, for the logs, the changes that caused it. The CMS's notifier
// writes it, the service parses it with this schema; signature.ts signs and verifies it.
import { z } from "zod";
import { officeSlugSchema } from "./slug.ts";

/** The most offices one notification names; more become "*". */
export const NOTIFICATION_MAX_OFFICES = 1_000;

/** The most change events one notification carries (the latest ones). */
export const NOTIFICATION_MAX_EVENTS = 100;

export const notificationEventSchema = z.object({
  uid: z.string().max(200),
  action: z.string().max(50),
  documentId: z.string().max(100).optional(),
});

export const notificationSchema = z.object({
  id: z.string().max(100).optional(),
  offices: z.union([
    z.literal("*"),
    z.array(officeSlugSchema).min(1).max(NOTIFICATION_MAX_OFFICES),
  ]),
  events: z.array(notificationEventSchema).max(NOTIFICATION_MAX_EVENTS).optional(),
});

export type Notification = z.infer<typeof notificationSchema>;
export type NotificationEvent = z.infer<typeof notificationEventSchema>;

export class NotificationError extends Error {
  override name = "NotificationError";
}

/** The notification in a request body (UTF-8 text); throws a `NotificationError` naming why not. */
export function parseNotification(body: string): Notification {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new NotificationError(`body is not JSON: ${(error as Error).message}`);
  }
  const result = notificationSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".") || "body"} ${i.message}`);
  throw new NotificationError(`body does not match the schema: ${problems.join("; ")}`);
}
