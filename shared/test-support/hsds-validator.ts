import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/**
 * Validators for Open Referral HSDS 3 objects, from the standard's published JSON schemas copied
 * into `./hsds-schema/` (see its README for the source and licence). The schemas reference each
 * other by file name (`"$ref": "phone.json"`), so each is registered under its file name.
 */
const folder = new URL("./hsds-schema/", import.meta.url).pathname;

function createAjv(): Ajv {
  // The schemas carry Frictionless Data keywords (`constraints`, `core`, …): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(folder, file), "utf8")), file);
  }
  return ajv;
}

let ajv: Ajv | undefined;

/** The validator of one HSDS table's object, e.g. `"organization"`, `"service"`, `"schedule"`. */
export function hsdsValidator(table: string): ValidateFunction {
  ajv ??= createAjv();
  const validate = ajv.getSchema(`${table}.json`);
  if (!validate) throw new Error(`no HSDS schema ${table}.json`);
  return validate;
}

/** The validation errors of `value` as short lines (empty when valid). */
export function hsdsErrors(table: string, value: unknown): string[] {
  const validate = hsdsValidator(table);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`);
}
