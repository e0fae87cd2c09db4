// Less typing for an editor of one office: a new entry of an office-scoped type that names no
// office gets the editor's only office. Nothing else is filled: an editor of several offices must
// choose (the rules then ask for the office), and an office an entry names is checked as before.
import { isOwnedUid } from "../documents/content-types";

export interface OfficeFillCase {
  uid: string;
  action: string;
  /** The entry's office after the write as asked (empty when it names none). */
  officeAfter: readonly string[];
  /** The offices the editor edits. */
  editorOffices: readonly string[];
}

/** The office to give the new entry, or undefined to leave the write as it is. */
export function officeToFill(write: OfficeFillCase): string | undefined {
  if (write.action !== "create" || !isOwnedUid(write.uid)) return undefined;
  if (write.officeAfter.length > 0 || write.editorOffices.length !== 1) return undefined;
  return write.editorOffices[0];
}
