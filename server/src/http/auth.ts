import { timingSafeEqual } from 'node:crypto';

export type Access = 'editor' | 'reader' | 'none';

export interface AccessSettings {
  editorKeys: string[];
  readerKeys: string[];
}

/** An editor key with its name, the author of the releases it writes. */
export interface NamedKey {
  name: string;
  key: string;
}

const NAMED = /^([A-Za-z0-9_.-]{1,64}):(.+)$/;

/**
 * ORGRAPH_EDITOR_KEYS entries: `name:key`, or a plain key, named editor-1, editor-2, … in the order
 * the plain keys are given. (A plain key that contains a colon must be given a name.)
 */
export function namedKeys(entries: readonly string[]): NamedKey[] {
  let plain = 0;
  return entries.map((entry) => {
    const named = NAMED.exec(entry);
    return named ? { name: named[1]!, key: named[2]! } : { name: `editor-${++plain}`, key: entry };
  });
}

/** The name of the key that matches, if one does. */
function matching(candidate: string, keys: NamedKey[]): string | undefined {
  const given = Buffer.from(candidate);
  // Compare with every key in constant time, so timing reveals neither keys nor which one matched.
  return keys.reduce<string | undefined>((found, { name, key }) => {
    const expected = Buffer.from(key);
    return expected.length === given.length && timingSafeEqual(expected, given) ? name : found;
  }, undefined);
}

const matches = (candidate: string, keys: string[]) => matching(candidate, keys.map((key) => ({ name: '', key }))) !== undefined;

/**
 * What the bearer of an `Authorization: Bearer <key>` header may do: an editor key writes and reads,
 * a reader key reads; without a key one may read unless reader keys are configured. A key that is
 * not valid gets nothing (and the error says the key is wrong, rather than missing).
 */
export function accessOf(authorization: string | undefined, settings: AccessSettings): { access: Access; invalidKey: boolean; editor?: string } {
  const key = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (key === undefined) return { access: settings.readerKeys.length === 0 ? 'reader' : 'none', invalidKey: false };
  const editor = matching(key, namedKeys(settings.editorKeys));
  if (editor !== undefined) return { access: 'editor', invalidKey: false, editor };
  if (matches(key, settings.readerKeys)) return { access: 'reader', invalidKey: false };
  return { access: 'none', invalidKey: true };
}
