// The body the CMS sends: which offices to rebuild ("*" for all), a unique id (so that two
// notifications with the same content in the same second still differ, and only a true replay
// is refused) and, for the logs, the changes that caused it.
import { z } from "zod";

export const officeSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "is not an office slug");

export const notificationSchema = z.object({
  id: z.string().max(100).optional(),
  offices: z.union([z.literal("*"), z.array(officeSlug).min(1).max(1_000)]),
  events: z
    .array(
      z.object({
        uid: z.string().max(200),
        action: z.string().max(50),
        documentId: z.string().max(100).optional(),
      }),
    )
    .max(100)
    .optional(),
});

export type Notification = z.infer<typeof notificationSchema>;

export class NotificationError extends Error {
  override name = "NotificationError";
}

export function parseNotification(body: Buffer): Notification {
  let json: unknown;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw new NotificationError(`body is not JSON: ${(error as Error).message}`);
  }
  const result = notificationSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".") || "body"} ${i.message}`);
  throw new NotificationError(`body does not match the schema: ${problems.join("; ")}`);
}
