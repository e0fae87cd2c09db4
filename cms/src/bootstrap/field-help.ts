// The content manager copies a model's labels and help texts (schema `config.metadatas`) into its
// stored edit-view configuration only when it first meets the model. This re-applies them on every
// start, so a changed help text, or a field the schema hides from the edit view (`visible: false`),
// reaches the admin without resetting the view by hand.
import type { Core } from "@strapi/strapi";

interface EditMetadata {
  label?: string;
  description?: string;
  /** False for a field the schema leaves out of the edit view (`Field.hidden`). */
  visible?: boolean;
}

interface Metadatas {
  [field: string]: { edit?: EditMetadata; list?: { label?: string } };
}

interface ModelWithHelp {
  uid: string;
  config?: { metadatas?: Metadatas };
}

interface StoredConfiguration {
  metadatas?: Metadatas;
  [key: string]: unknown;
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<StoredConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: StoredConfiguration): Promise<unknown>;
}

/** The stored configuration with the schema's labels and help texts; `undefined` if unchanged. */
export function withSchemaHelp(
  stored: StoredConfiguration,
  help: Metadatas,
): StoredConfiguration | undefined {
  const metadatas: Metadatas = { ...stored.metadatas };
  let changed = false;
  for (const [field, meta] of Object.entries(help)) {
    const current = metadatas[field];
    if (!current) continue;
    const edit = { ...current.edit, ...meta.edit };
    const list = { ...current.list, ...(meta.list?.label ? { label: meta.list.label } : {}) };
    if (
      JSON.stringify({ edit, list }) !== JSON.stringify({ edit: current.edit, list: current.list })
    ) {
      metadatas[field] = { ...current, edit, list };
      changed = true;
    }
  }
  return changed ? { ...stored, metadatas } : undefined;
}

export async function applyFieldHelp(strapi: Core.Strapi, uids: readonly string[]): Promise<void> {
  const contentManager = strapi.plugin("content-manager");
  const services: [ConfigurationService, Record<string, ModelWithHelp>][] = [
    [
      contentManager.service("content-types"),
      strapi.contentTypes as unknown as Record<string, ModelWithHelp>,
    ],
    [
      contentManager.service("components"),
      strapi.components as unknown as Record<string, ModelWithHelp>,
    ],
  ];
  for (const [service, models] of services) {
    for (const model of Object.values(models)) {
      const help = model.config?.metadatas;
      const ours = uids.includes(model.uid) || !model.uid.includes("::");
      if (!help || !ours) continue;
      const updated = withSchemaHelp(await service.findConfiguration(model), help);
      if (updated) await service.updateConfiguration(model, updated);
    }
  }
}
