/**
 * A body spoken of by the head noun of its name after it was named: «Парламентская ассамблея ОДКБ …
 * Статус наблюдателя при ассамблее …», "the Council of Defence Ministers … the council". The noun
 * refers to the last organization named whose name has that noun; Russian nouns are compared by
 * their stem, so a case ending does not matter.
 */
import { indexed } from './gazetteer';
import type { Gazetteer } from './types';
import type { Slot } from './template';

/** The part of a noun that all its case forms share, near enough: «ассамблее» and «Ассамблея» share «ассамбл». */
function stemOf(word: string): string {
  const lower = word.toLocaleLowerCase();
  return lower.slice(0, Math.max(4, lower.length - 3));
}

/** Whether one of the entity's names has a word that begins as the noun does. */
export function namesHead(gazetteer: Gazetteer, entityId: string, head: string): boolean {
  const entry = indexed(gazetteer).entry(entityId);
  const stem = stemOf(head);
  return Boolean(entry && [entry.name, ...entry.aliases.map((alias) => alias.name)].some((name) => name.toLocaleLowerCase().split(/[^\p{L}-]+/u).some((word) => word.startsWith(stem))));
}

/** The last of the slots (in text order) that names a known organization with this head noun. */
export function lastNamedByHead(gazetteer: Gazetteer, slots: Slot[], head: string): Slot | undefined {
  return slots.filter((slot) => slot.kind === 'ORG' && slot.entityId && namesHead(gazetteer, slot.entityId, head)).pop();
}
