import { timingSafeEqual } from 'node:crypto';

export type Access = 'editor' | 'reader' | 'none';

export interface AccessSettings {
  editorKeys: string[];
  readerKeys: string[];
}

function matches(candidate: string, keys: string[]): boolean {
  const given = Buffer.from(candidate);
  // Compare with every key in constant time, so timing reveals neither keys nor which one matched.
  return keys.reduce((found, key) => {
    const expected = Buffer.from(key);
    return (expected.length === given.length && timingSafeEqual(expected, given)) || found;
  }, false);
}

/**
 * What the bearer of an `Authorization: Bearer <key>` header may do: an editor key writes and reads,
 * a reader key reads; without a key one may read unless reader keys are configured. A key that is
 * not valid gets nothing (and the error says the key is wrong, rather than missing).
 */
export function accessOf(authorization: string | undefined, settings: AccessSettings): { access: Access; invalidKey: boolean } {
  const key = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (key === undefined) return { access: settings.readerKeys.length === 0 ? 'reader' : 'none', invalidKey: false };
  if (matches(key, settings.editorKeys)) return { access: 'editor', invalidKey: false };
  if (matches(key, settings.readerKeys)) return { access: 'reader', invalidKey: false };
  return { access: 'none', invalidKey: true };
}
