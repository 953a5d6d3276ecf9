import Ajv, { type ErrorObject } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';

const SCHEMAS = path.join(repoRoot, 'server', 'src', 'interchange', 'popolo-schemas');
const SCHEMA_BASE = 'http://www.popoloproject.com/schemas/';

/** The draft-03 keywords the conversion knows; any other one stops it rather than being ignored. */
const UNSUPPORTED_DRAFT3 = ['extends', 'disallow', 'divisibleBy', 'dependencies'];

/**
 * Popolo's schemas are JSON Schema draft 03, which Ajv does not read. The conversion is mechanical:
 * the root `id` becomes `$id`, and each property's `required: true` moves into its parent's
 * `required` list (draft 04 onwards). Nothing else in these schemas differs between the drafts.
 */
export function fromDraft3(schema: Record<string, unknown>, root = true): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (UNSUPPORTED_DRAFT3.includes(key)) throw new Error(`Popolo schema uses draft-03 "${key}", which the conversion does not handle`);
    if (root && key === '$schema') continue;
    if (root && key === 'id') converted.$id = value;
    else if (key === 'required' && typeof value === 'boolean') continue;
    else if (key === 'properties') {
      const properties = value as Record<string, Record<string, unknown>>;
      converted.properties = Object.fromEntries(Object.entries(properties).map(([name, sub]) => [name, fromDraft3(sub, false)]));
      const required = Object.keys(properties).filter((name) => properties[name]!.required === true);
      if (required.length > 0) converted.required = required;
    } else if (key === 'items' && value && typeof value === 'object') converted.items = fromDraft3(value as Record<string, unknown>, false);
    else converted[key] = value;
  }
  return converted;
}

/** Validates Popolo records against the vendored schemas (organization, person, post, membership, …). */
export function popoloValidator(): (schema: string, data: unknown) => ErrorObject[] {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
  // The formats these schemas name; ajv-formats is not a dependency, and these three are all it would add here.
  ajv.addFormat('uri', /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  for (const file of fs.readdirSync(SCHEMAS).filter((name) => name.endsWith('.json'))) {
    ajv.addSchema(fromDraft3(JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8'))));
  }
  return (schema, data) => {
    const validate = ajv.getSchema(`${SCHEMA_BASE}${schema}.json`);
    if (!validate) throw new Error(`No Popolo schema "${schema}"`);
    return validate(data) ? [] : [...(validate.errors ?? [])];
  };
}
