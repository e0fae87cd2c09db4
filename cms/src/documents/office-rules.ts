// The rules that need the database: every entry belongs to an existing office, related entries
// belong to the same office, and a slug is unique within its office (among offices for an office).
// The rules of the fields themselves come from @mops/shared.
import { ContentRuleError, SLUG_PATTERN } from "@mops/shared";
import { type ContentUid, isOwnedUid, officeUid } from "./content-types";
import type { DocumentStore } from "./document-store";
import { checkedRelations, type EntryAfterWrite } from "./entry-after-write";

export async function officeRuleErrors(
  store: DocumentStore,
  uid: ContentUid,
  documentId: string | undefined,
  entry: EntryAfterWrite,
): Promise<ContentRuleError[]> {
  const errors: ContentRuleError[] = [];
  const office = entry.relations.office?.[0];

  if (isOwnedUid(uid)) {
    if (!office || !(await store.exists(officeUid, office))) {
      errors.push(
        new ContentRuleError(
          "office",
          "Wybierz ośrodek, do którego należy wpis",
          `office is missing or unknown: ${JSON.stringify(entry.relations.office)}`,
        ),
      );
    } else {
      for (const [name, target] of checkedRelations(uid).filter(([n]) => n !== "office")) {
        const related = entry.relations[name] ?? [];
        const offices = await store.officeOfEach(target, related);
        related.forEach((id, index) => {
          if (offices.get(id) === office) return;
          const path = name === "programmes" ? `${name}[${index}]` : name;
          errors.push(
            new ContentRuleError(
              path,
              offices.has(id)
                ? "Powiązany wpis należy do innego ośrodka: wybierz wpis tego samego ośrodka"
                : "Powiązany wpis nie istnieje",
              `${path} (${id}) belongs to office ${offices.get(id) ?? "none"}, not ${office}`,
            ),
          );
        });
      }
    }
  }

  const slug = entry.fields.slug;
  if (typeof slug === "string" && SLUG_PATTERN.test(slug) && (uid === officeUid || office)) {
    if (await store.slugTaken(uid, slug, office, documentId)) {
      errors.push(
        new ContentRuleError(
          "slug",
          uid === officeUid
            ? `Adres (slug) „${slug}” ma już inny ośrodek`
            : `Adres (slug) „${slug}” ma już inny wpis tego rodzaju w tym ośrodku`,
          `slug "${slug}" is taken in ${uid} (office ${office ?? "-"})`,
        ),
      );
    }
  }
  return errors;
}
