/**
 * A body spoken of by the head noun of its name after it was named: «Парламентская ассамблея ОДКБ …
 * Статус наблюдателя при ассамблее …», "the Council of Defence Ministers … the council". The noun
 * refers to the last organization named whose name has that noun as its head; Russian nouns are
 * compared by their stem, so a case ending does not matter.
 */
import { indexed } from './gazetteer';
import type { Gazetteer } from './types';
import type { Slot } from './template';

/** The part of a noun that all its case forms share, near enough: «ассамблее» and «Ассамблея» share «ассамбл». */
function stemOf(word: string): string {
  const lower = word.toLocaleLowerCase();
  return lower.slice(0, Math.max(4, lower.length - 3));
}

/** Words that end a name's head phrase: what follows them qualifies the head ("Treaty Organization" is an organization). */
const QUALIFIERS = new Set(['of', 'for', 'on', 'to', 'in', 'against', 'о', 'об', 'по', 'при', 'для', 'на']);
/** Russian adjective endings: the head of «Парламентская ассамблея» is its first word that is no adjective. */
const ADJECTIVE_END = /(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ого|его)$/u;

/** The head noun of a name: the last word before a qualifier in English, the first noun in Russian. */
export function headWord(name: string): string | undefined {
  const words = name.replace(/\([^)]*\)/g, ' ').toLocaleLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const cut = words.findIndex((word) => QUALIFIERS.has(word));
  const phrase = cut < 0 ? words : words.slice(0, cut);
  if (phrase.some((word) => /\p{Script=Cyrillic}/u.test(word))) return phrase.find((word) => !ADJECTIVE_END.test(word));
  return phrase[phrase.length - 1];
}

/** Whether one of the entity's names has this noun as its head ("the treaty" is no "Treaty Organization"). */
function namesHead(gazetteer: Gazetteer, entityId: string, head: string): boolean {
  const entry = indexed(gazetteer).entry(entityId);
  const stem = stemOf(head);
  return Boolean(entry && [entry.name, ...entry.aliases.map((alias) => alias.name)].some((name) => headWord(name)?.startsWith(stem)));
}

/** The last of the slots (in text order) that names a known organization or initiative with this head noun. */
export function lastNamedByHead(gazetteer: Gazetteer, slots: Slot[], head: string): Slot | undefined {
  return slots.filter((slot) => (slot.kind === 'ORG' || slot.kind === 'INIT') && slot.entityId && namesHead(gazetteer, slot.entityId, head)).pop();
}

/**
 * The document an organization's own name is built on, spoken of by its head noun without being named: "left
 * the treaty" in an article about the Collective Security Treaty Organization is the Collective Security Treaty,
 * as "the treaty" beside the North Atlantic Treaty Organization would be the North Atlantic Treaty. English names
 * the document by the words up to the noun, Russian by the noun and the words after it («Организация Договора о
 * коллективной безопасности» → «Договор о коллективной безопасности», the noun in the case the text gave).
 */
export function documentInName(gazetteer: Gazetteer, organization: string, head: string): string | undefined {
  const index = indexed(gazetteer);
  const entry = index.entry(organization);
  if (!entry) return undefined;
  const stem = stemOf(head);
  for (const name of [entry.name, ...entry.aliases.map((alias) => alias.name)]) {
    const words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/u).filter(Boolean);
    const at = words.findIndex((word) => word.toLocaleLowerCase().startsWith(stem));
    if (at < 0) continue;
    const candidates = /\p{Script=Cyrillic}/u.test(name)
      ? [[head, ...words.slice(at + 1)].join(' ')]
      : at > 0 ? [words.slice(0, at + 1).join(' ')] : [];
    for (const candidate of candidates) {
      const id = index.idsNamed(candidate).find((found) => found !== organization && index.kind(found) === 'INITIATIVE');
      if (id) return id;
    }
  }
  return undefined;
}

/**
 * A document told by its noun and its year, not named: "a 2009 agreement", "an agreement signed in Dushanbe in 2007",
 * «соглашения 2007 года» (round 23). The one known document with that head noun whose name or id carries the year;
 * none or two: undefined (the other readings decide).
 */
export function documentOfYear(gazetteer: Gazetteer, head: string, words: string): string | undefined {
  const years = new Set(words.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? []);
  if (years.size !== 1) return undefined;
  const [year] = [...years];
  const index = indexed(gazetteer);
  const found: string[] = [];
  for (const id of index.ids()) {
    if (index.kind(id) !== 'INITIATIVE' || !namesHead(gazetteer, id, head)) continue;
    const entry = index.entry(id)!;
    if ([id, entry.name, ...entry.aliases.map((alias) => alias.name)].some((name) => new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(name))) found.push(id);
  }
  return found.length === 1 ? found[0] : undefined;
}
