/**
 * A sentence as the fact rules read it: each mention, date and name becomes a slot written ⟦KIND#n⟧
 * (STATE, ORG, PERSON, PLACE, EVENT, INIT, TOPIC, DATE, NAME), quotes and dashes are folded and spaces
 * collapsed, so that a rule is one regular expression over words and slots.
 */
import type { EntityKindName } from '../model/vocabulary';
import type { FoundDate } from './dates';
import type { Edition, Found } from './mentions';
import type { Span } from './sentences';
import type { FactEnd } from './types';
import { takeInPlaceClassNouns } from './place-class-noun';
import { DEMONYMS } from './state-units';

export type SlotKind = 'STATE' | 'ORG' | 'PERSON' | 'PLACE' | 'EVENT' | 'INIT' | 'TOPIC' | 'DATE' | 'NAME';

export interface Slot {
  kind: SlotKind;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
  entityId?: string;
  date?: FoundDate;
  /** A name no entity has, proposed as a new entity of this kind when a rule uses it. */
  newKind?: EntityKindName;
  /** The words name another entity than this one stands for (a capital for its state): it replaces the mention's slot. */
  metonym?: boolean;
  /** The words take in a mention's and name another entity by it ("a programme to fortify ⟦the border⟧"): it replaces the slots inside it. */
  covers?: boolean;
}

export interface Template {
  text: string;
  slots: Slot[];
  /** Offset in `text` of each slot's placeholder. */
  at: number[];
}

/** A fact's end for what a slot names: its entity, with the words the text uses. */
export const slotEnd = (slot: Slot): FactEnd => ({ entityId: slot.entityId, text: slot.text });

export const SLOT_OF_KIND: Record<EntityKindName, SlotKind> = {
  ORGANIZATION: 'ORG', STATE: 'STATE', PERSON: 'PERSON', PLACE: 'PLACE', EVENT: 'EVENT', INITIATIVE: 'INIT', TOPIC: 'TOPIC',
};

const FUNCTION_WORDS = new Set(
  ('The A An In On At For Of And But By From With This That These Those Next Last It Its He She They We Our His Her Their After Before ' +
    'During Since Until Under Over Meanwhile However Also Col Gen Lt Maj Mr Mrs Ms Dr President Prime Minister Deputy Foreign Defence Defense ' +
    'Affairs Secretary-General Secretary General Chairman Chief Head Acting Colonel General Lieutenant Major Ambassador Commander Permanent Representative ' +
    // A state's institutions and officers: "Russia's Security Council", "the Interior Ministry spokesman" are no one's name.
    'Security Ministry Administration Spokesman Spokeswoman Spokesperson Aide ' +
    // A chamber's chairman: "Russian State Duma Speaker Vyacheslav Volodin" is a post, then a name.
    'Speaker Duma ' +
    'В На С По Для Как Но И А Он Она Они Его Ее Её Их После До При Также Президент Премьер-министр Генеральный Генеральным Министр ' +
    // Titles capitalised in Russian official style: "Первого заместителя Председателя Правительства" is not a name.
    'Глава Главы Главой Минобороны Совбеза Председатель Председателя Председателем Председателю Правительства Правительство Правительством Первый Первого Первым Заместитель Заместителя Заместителем Министра Министром Министру Секретарь Секретаря Секретарём Секретарем Секретарю Генерального Безопасности ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday')
    .split(' '),
);

/** Runs of capitalised words; names are the parts of two or three words between titles and function words. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?)+(?![\p{L}\p{N}])/gu;
const WORD_IN_RUN = /\S+/g;

/** Capitalised words together that no mention covers: a name the graph may not have ("Kyrgyz President Sooronbay Jeenbekov" → "Sooronbay Jeenbekov"). */
export function unknownNames(paragraph: string, sentence: Span, taken: Array<Pick<Slot, 'start' | 'end'>>): Slot[] {
  const names: Slot[] = [];
  const text = paragraph.slice(sentence.start, sentence.end);
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    let part: Array<{ word: string; start: number }> = [];
    const flush = () => {
      if (part.length >= 2) {
        const words = part.slice(0, 3);
        const start = sentence.start + run.index + words[0]!.start;
        const last = words[words.length - 1]!;
        const end = sentence.start + run.index + last.start + last.word.length;
        if (!taken.some((slot) => start < slot.end && end > slot.start)) names.push({ kind: 'NAME', start, end, text: paragraph.slice(start, end) });
      }
      part = [];
    };
    for (const word of run[0].matchAll(WORD_IN_RUN)) {
      const bare = word[0].replace(/['’]s$|[.'’]/g, '');
      const at = sentence.start + run.index + word.index;
      // A known name inside the run ends it: "Киргизии Жээнбека Кулубаева" is a state, then a name.
      const known = taken.some((slot) => at < slot.end && at + word[0].length > slot.start);
      if (known || FUNCTION_WORDS.has(bare) || DEMONYM_WORDS.has(bare.toLowerCase())) flush();
      else part.push({ word: word[0], start: word.index });
    }
    flush();
  }
  // «Министром обороны … А. Белоусовым», "M.V. Ryzhenkov": a surname after initials, as official releases write names.
  for (const match of text.matchAll(INITIALS_NAME)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (![...taken, ...names].some((slot) => start < slot.end && end > slot.start)) names.push({ kind: 'NAME', start, end, text: match[0] });
  }
  return names.sort((a, b) => a.start - b.start);
}

/** Initials, then a surname: «А. Белоусов», «М.В. Рыженкова», "B. Dyusebayev". */
const INITIALS_NAME = /(?<![\p{L}.])\p{Lu}\.(?: ?\p{Lu}\.)? ?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?![\p{L}])/gu;

/** Adjectives of nationality: before a name they are not part of it. */
const DEMONYM_WORDS = new Set(Object.keys(DEMONYMS));

function fold(text: string): string {
  return text
    .replace(/[«»“”„‟"]/g, '"')
    .replace(/[‘’‚‛`]/g, "'")
    .replace(/[–—]/g, '—')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ');
}

export function buildTemplate(paragraph: string, sentence: Span, mentions: Found[], dates: FoundDate[], extra: Slot[]): Template {
  const slots: Slot[] = [];
  const editions = new Map<Slot, Edition>();
  for (const mention of mentions) {
    if (mention.start < sentence.start || mention.end > sentence.end) continue;
    const slot: Slot = { kind: SLOT_OF_KIND[mention.variant.kind], start: mention.start, end: mention.end, text: mention.text, entityId: mention.entityId };
    slots.push(slot);
    if (mention.edition) editions.set(slot, mention.edition);
  }
  takeInPlaceClassNouns(paragraph, sentence.start, slots);
  // "CSTO Collective Security Council": the organization's name before its body's is part of the body's;
  // in Russian it comes after, in the genitive ("Совет коллективной безопасности ОДКБ"): the body is the first.
  for (let i = slots.length - 1; i > 0; i--) {
    const [before, after] = [slots[i - 1]!, slots[i]!];
    if (before.kind === 'ORG' && after.kind === 'ORG' && /^\s$/.test(paragraph.slice(before.end, after.start))) {
      const body = /\p{Script=Cyrillic}/u.test(after.text) ? before : after;
      body.start = before.start;
      body.end = after.end;
      body.text = paragraph.slice(body.start, body.end);
      slots.splice(body === before ? i : i - 1, 1);
    }
  }
  // A series followed by a year is an edition ("Interaction-2025") the graph lacks: the series itself when
  // it recurs (mentions.ts), else an event proposed as new.
  for (const [slot, edition] of editions) {
    if (slot.kind !== 'INIT') continue;
    slot.end = edition.end;
    slot.text = paragraph.slice(slot.start, slot.end);
    slot.kind = 'EVENT';
    if (!edition.ofSeries) {
      slot.entityId = undefined;
      slot.newKind = 'EVENT';
    }
  }
  for (const slot of extra) {
    const named = slot.metonym ? slots.findIndex((other) => other.start === slot.start && other.end === slot.end) : -1;
    const inside = slot.covers ? slots.filter((other) => other.start >= slot.start && other.end <= slot.end) : [];
    if (named >= 0) slots[named] = slot;
    else if (!slots.some((other) => !inside.includes(other) && slot.start < other.end && slot.end > other.start)) {
      for (const other of inside) slots.splice(slots.indexOf(other), 1);
      slots.push(slot);
    }
  }
  for (const date of dates) {
    const start = sentence.start + date.start;
    const end = sentence.start + date.end;
    if (slots.some((other) => start < other.end && end > other.start)) continue;
    slots.push({ kind: 'DATE', start, end, text: paragraph.slice(start, end), date });
  }
  for (const name of unknownNames(paragraph, sentence, slots)) slots.push(name);
  slots.sort((a, b) => a.start - b.start);
  let text = '';
  const at: number[] = [];
  let cursor = sentence.start;
  slots.forEach((slot, i) => {
    text += fold(paragraph.slice(cursor, slot.start));
    at.push(text.length);
    text += `⟦${slot.kind}#${i}⟧`;
    cursor = slot.end;
  });
  text += fold(paragraph.slice(cursor, sentence.end));
  return { text, slots, at };
}

/** The words a stretch of the template stands for, slots written back as their text. */
export function restore(template: Template, text: string): string {
  return text.replace(/⟦\w+#(\d+)⟧/g, (_whole, index: string) => template.slots[Number(index)]!.text).trim();
}

/** The slots a stretch of the template holds. */
export function slotsIn(template: Template, text: string): Slot[] {
  return [...text.matchAll(/⟦\w+#(\d+)⟧/g)].map((match) => template.slots[Number(match[1])]!);
}
