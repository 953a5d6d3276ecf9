/**
 * Coordination: a statement made once over a list holds for every item of it. Journalists name the
 * members, the participants or the places of one fact together ("Russia, Belarus and Kazakhstan took
 * part", «главами Армении, Казахстана и Киргизии», "Azerbaijan left the treaty in 1999, together with
 * Georgia and Uzbekistan"), and a reading of the sentence (a rule, the relation, learned or discourse
 * layer) may take one item and not the others. Read once here, behind every layer, on the sentence's
 * template: a proposal with an end in a list is proposed for each other item; where both ends are in
 * lists, a post's lists ("the presidents of Russia and Belarus, Vladimir Putin and Alexander Lukashenko")
 * and "… respectively" pair item with item, never crossed. Beside it, what only a list says: a plural
 * title's holders, a reference book's lines, exercises each with its place, a count before its list.
 */
import type { Slot, Template } from './template';
import type { ProposedFact } from './types';

/**
 * What stands between two items of a list: a comma or a conjunction ("and", «и», the additive "as well as", «а также»),
 * then maybe the preposition of the items said again ("in Belarus and in Kazakhstan", «в Белоруссии, в Казахстане»); a last
 * item may be hedged ("Russia, Tajikistan and, formally, Armenia", «и формально Армения»): still an item.
 */
const CONJUNCTION = /(?:^|[ ,])(?:and|и|as well as|а также)[ ,]/u;
const JOINED = /^"?(?:,(?: (?:and|и|as well as|а также))?|,? (?:and|и|as well as|а также))(?:,? (?:formally|nominally|technically|officially|on paper|at least on paper|формально|номинально|официально),?)? (?:(in|at|from|в|во|на|из) )?(?:the )?"?$/u;
/** A comitative before a list: the items after it do what the subject before it does. */
const COMITATIVE = /(?:^|[ ,])(?:together with|along with|alongside|вместе с|наряду с)(?: the)? "?$/u;
/** Kinds that stand in one list: a series and an edition are both meetings ("the Interaction and Search exercises"). */
const group = (kind: Slot['kind']) => (kind === 'INIT' ? 'EVENT' : kind);
const LISTED = new Set(['STATE', 'ORG', 'PERSON', 'EVENT', 'PLACE']);
/** Whose act a comitative shares: a state's or an organization's, not a person's (a title in apposition is no act). */
const ACTORS = new Set(['STATE', 'ORG']);
/** Types whose two lists pair item by item: each person holds the post of one state or organization. */
const PAIRED = new Set(['HOLDS_POSITION', 'HEADS', 'SUCCEEDED_BY']);
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|соответственно)(?![\p{L}])/iu;

const placeholder = (template: Template, i: number) => ({ start: template.at[i]!, end: template.at[i]! + `⟦${template.slots[i]!.kind}#${i}⟧`.length });

/**
 * Whether slot `next` is the item after `last` in a list. A preposition after a bare comma repeats the one before the item
 * before it ("в Белоруссии, в Казахстане"); otherwise the comma opens a phrase of its own ("организации, в Секретариате которой").
 */
function joined(template: Template, last: number, next: number): boolean {
  const between = JOINED.exec(template.text.slice(placeholder(template, last).end, template.at[next]!));
  if (!between) return false;
  if (!between[1] || CONJUNCTION.test(between[0])) return true;
  return new RegExp(`(?:^|[ ,])${between[1]}(?: the)? "?$`, 'u').test(template.text.slice(Math.max(0, template.at[last]! - 12), template.at[last]!));
}

/** The lists of a template: runs of two or more slots of one kind joined as items of a list, each as slot indices in order. */
export function listsOf(template: Template): number[][] {
  const order = template.slots.map((_, i) => i).sort((a, b) => template.at[a]! - template.at[b]!);
  const lists: number[][] = [];
  let run: number[] = [];
  // "X, Y and Z" is a list; "X, Y" alone an apposition ("the CRRF, the CSTO's main force"): a conjunction closes a list. Two
  // items with a comma before "and" are two clauses ("Leaders met in Astana, and in Minsk the protesters marched").
  const close = () => {
    const last = run.length > 1 ? template.text.slice(placeholder(template, run[run.length - 2]!).end, template.at[run[run.length - 1]!]!) : '';
    if (CONJUNCTION.test(last) && !(run.length === 2 && last.startsWith(','))) lists.push(run);
    run = [];
  };
  for (const i of order) {
    const slot = template.slots[i]!;
    if (!LISTED.has(group(slot.kind))) {
      if (slot.kind !== 'DATE') close();
      continue;
    }
    const last = run[run.length - 1];
    if (last !== undefined && group(template.slots[last]!.kind) === group(slot.kind) && joined(template, last, i)) run.push(i);
    else {
      close();
      run = [i];
    }
  }
  close();
  return lists;
}

/**
 * The list a comitative after slot `i` opens ("X … together with Y and Z", «X … вместе с Y и Z»): no other item of X's kind
 * between them (else that one is the subject it joins), and no semicolon or colon (another statement).
 */
function comitativeList(template: Template, i: number, lists: number[][]): number[] {
  const own = lists.find((list) => list.includes(i)) ?? [i];
  const after = placeholder(template, own[own.length - 1]!).end;
  for (const list of [...lists, ...template.slots.map((_, j) => [j])]) {
    const first = list[0]!;
    const at = template.at[first]!;
    if (at < after || group(template.slots[first]!.kind) !== group(template.slots[i]!.kind)) continue;
    const between = template.text.slice(after, at);
    if (!COMITATIVE.test(between) || /[;:]/.test(between)) continue;
    // Nothing of the item's kind between the item and the comitative: it is the subject the list is joined to.
    if (template.slots.some((slot, j) => !own.includes(j) && group(slot.kind) === group(template.slots[i]!.kind) && template.at[j]! > after && template.at[j]! < at)) continue;
    return list;
  }
  return [];
}

/**
 * The pairs a statement over two lists makes: item by item where each item of one has one of the other (a person holds
 * one post; "… respectively"), none where such lists differ in length, and every item with every other otherwise
 * ("troops from Russia and Belarus took part in Interaction and Search").
 */
export function pairedOrCrossed<T>(type: string, text: string, froms: T[], tos: T[]): Array<[T, T]> {
  if (froms.length > 1 && tos.length > 1 && (PAIRED.has(type) || RESPECTIVELY.test(text))) return froms.length === tos.length ? froms.map((a, n) => [a, tos[n]!]) : [];
  return froms.flatMap((a) => tos.map((b): [T, T] => [a, b]));
}

/** The slots of a template that an end names, by its entity. */
const slotsNaming = (template: Template, entityId: string | undefined) => (entityId ? template.slots.flatMap((slot, i) => (slot.entityId === entityId ? [i] : [])) : []);

/**
 * Every proposal's fact for the other items of the lists its ends stand in, in its own sentence. `templates` holds each
 * sentence's template by `${paragraph}|${start}` (paragraph 1-based, as the evidence gives it). A fact already proposed
 * anywhere in the article is not proposed again.
 */
export function withCoordinated(proposals: ProposedFact[], templates: Map<string, Template>): ProposedFact[] {
  // A membership frozen or suspended is a fact of its own beside the membership: "froze its participation" elsewhere does not
  // state the plain membership a list gives ("The CSTO groups Russia, … and, formally, Armenia").
  const held = (fact: ProposedFact) => (fact.type === 'MEMBER_OF' && /frozen|suspended/.test(fact.status ?? '') ? `|${fact.status}` : '');
  const key = (type: string, from: string | undefined, to: string | undefined, status = '') => `${type}|${from}|${to}${status}`;
  const known = new Set(proposals.map((fact) => key(fact.type, fact.from.entityId ?? fact.from.text, fact.to.entityId ?? fact.to.text, held(fact))));
  const added: ProposedFact[] = [];
  const listsByTemplate = new Map<Template, number[][]>();
  for (const fact of proposals) {
    const template = templates.get(`${fact.evidence.paragraph}|${fact.evidence.start}`);
    // An end a pronoun stood for ("hosted them", "so did X") was not read where its name stands: its list is not the statement's.
    if (!template || /pronoun|echo/.test(fact.rule)) continue;
    const lists = listsByTemplate.get(template) ?? listsOf(template);
    listsByTemplate.set(template, lists);
    const froms = slotsNaming(template, fact.from.entityId);
    const tos = slotsNaming(template, fact.to.entityId);
    // An end named twice in a sentence is not read from one place of it.
    if (froms.length > 1 || tos.length > 1) continue;
    const [from, to] = [froms[0], tos[0]];
    const listOf = (i: number | undefined) => (i === undefined ? undefined : lists.find((list) => list.includes(i)));
    const [fromList, toList] = [listOf(from), listOf(to)];
    const pairs: Array<[number | undefined, number | undefined]> = [];
    if (fromList && toList) {
      // The same list on both ends is no statement over it.
      if (fromList === toList) continue;
      const read = pairedOrCrossed(fact.type, template.text, fromList, toList);
      // The fact's own pair out of its place in paired lists is no reading of them.
      if (!read.some(([a, b]) => a === from && b === to)) continue;
      pairs.push(...read);
    } else if (fromList) fromList.forEach((item) => pairs.push([item, to]));
    else if (toList) toList.forEach((item) => pairs.push([from, item]));
    // "Azerbaijan left the treaty, together with Georgia": a state's or an organization's act, not a person's title in apposition.
    // Not a fact dated after the companions, which another verb of the subject's states («Узбекистан, вышедший в 1999 году вместе с
    // Азербайджаном и Грузией, вернулся в 2006-м»: the return is Uzbekistan's alone).
    const companions = from !== undefined && !toList && ACTORS.has(template.slots[from]!.kind) ? comitativeList(template, from, lists) : [];
    const year = (fact.since ?? fact.until)?.slice(0, 4);
    const lastCompanion = companions.length > 0 ? fact.evidence.quote.lastIndexOf(template.slots[companions[companions.length - 1]!]!.text) : -1;
    if (!(year && lastCompanion >= 0 && fact.evidence.quote.indexOf(year) > lastCompanion)) for (const item of companions) pairs.push([item, to]);
    for (const [a, b] of pairs) {
      const [fromSlot, toSlot] = [a === undefined ? undefined : template.slots[a]!, b === undefined ? undefined : template.slots[b]!];
      const fromEnd = fromSlot ? (fromSlot.entityId ? { entityId: fromSlot.entityId, text: fromSlot.text } : undefined) : fact.from;
      const toEnd = toSlot ? (toSlot.entityId ? { entityId: toSlot.entityId, text: toSlot.text } : undefined) : fact.to;
      if (!fromEnd || !toEnd || (fromEnd.entityId && fromEnd.entityId === toEnd.entityId)) continue;
      const k = key(fact.type, fromEnd.entityId ?? fromEnd.text, toEnd.entityId ?? toEnd.text, held(fact));
      if (known.has(k)) continue;
      known.add(k);
      added.push({ ...fact, from: fromEnd, to: toEnd, rule: `${fact.rule}+list` });
    }
  }
  return [...proposals, ...added];
}

/** A title in the plural, over several states' holders: "the presidents of", «президенты», «министры иностранных дел». */
const PLURAL_TITLE =
  /(?<![\p{L}])(presidents|prime ministers|foreign ministers|defen[cs]e ministers|ministers of (?:foreign affairs|defen[cs]e)|президент(?:ы|ов|ам|ами)|премьер-министр(?:ы|ов|ам|ами)|министр(?:ы|ов|ам|ами) (?:иностранных дел|обороны))(?: of)?(?: the)? $/iu;
const ITEM = /^⟦(STATE|PERSON|NAME)#(\d+)⟧/u;
const ITEM_JOINER = /^(?:,? (?:and|и) |, | of (?:the )?)/u;

/** A person and the state whose post a plural title before them gives, as slot indices, with the title. */
export interface TitledPair {
  person: number;
  state: number;
  title: string;
}

/**
 * The holders a plural title names with their states, in the three orders journalists write them: the states then the
 * people ("the presidents of Russia and Belarus, Vladimir Putin and Alexander Lukashenko"), each state with its holder
 * («президенты Белоруссии Александр Лукашенко, Казахстана Касым-Жомарт Токаев и …»), each holder with his state
 * ("Presidents Vladimir Putin of Russia and Alexander Lukashenko of Belarus"). Lists that do not pair one to one give nothing.
 */
function titledPairs(template: Template): TitledPair[] {
  const { text } = template;
  const pairs: TitledPair[] = [];
  for (let i = 0; i < template.slots.length; i++) {
    const title = PLURAL_TITLE.exec(text.slice(Math.max(0, template.at[i]! - 60), template.at[i]!));
    if (!title) continue;
    // The items after the title, with what joins each to the one before.
    const items: Array<{ slot: number; kind: string; joiner: string }> = [];
    let rest = template.at[i]!;
    let joiner = '';
    for (let item = ITEM.exec(text.slice(rest)); item; item = ITEM.exec(text.slice(rest))) {
      items.push({ slot: Number(item[2]), kind: item[1] === 'STATE' ? 'S' : 'P', joiner });
      rest += item[0].length;
      const next = ITEM_JOINER.exec(text.slice(rest));
      // Two slots side by side are a state and its holder («Белоруссии Александр Лукашенко»).
      joiner = next ? next[0] : text.startsWith(' ⟦', rest) ? ' ' : '';
      if (!next && !joiner) break;
      rest += joiner.length;
    }
    const shape = items.map((item) => item.kind).join('');
    const found: Array<[number, number]> = [];
    const states = /^(S+)(P+)$/.exec(shape);
    if (states && states[1]!.length === states[2]!.length && states[1]!.length > 1 && /^,? $/.test(items[states[1]!.length]!.joiner)) {
      const n = states[1]!.length;
      for (let k = 0; k < n; k++) found.push([items[n + k]!.slot, items[k]!.slot]);
    } else if (/^(?:SP){2,}$/.test(shape) && items.every((item, k) => (k % 2 === 1 ? item.joiner === ' ' : k === 0 || item.joiner !== ' '))) {
      for (let k = 0; k < items.length; k += 2) found.push([items[k + 1]!.slot, items[k]!.slot]);
    } else if (/^(?:PS){2,}$/.test(shape) && items.every((item, k) => (k % 2 === 1 ? /^ of /.test(item.joiner) : k === 0 || !/^ of /.test(item.joiner)))) {
      for (let k = 0; k < items.length; k += 2) found.push([items[k]!.slot, items[k + 1]!.slot]);
    }
    for (const [person, state] of found) pairs.push({ person, state, title: title[1]! });
    i = Math.max(i, ...found.flat());
  }
  return pairs;
}

/**
 * A count before a list after a dash or a colon ("two exercises: Interaction and Search", «в ОДКБ состоят три — Казахстан,
 * Кыргызстан и Таджикистан», «прошло в три этапа — в Белоруссии, Казахстане и Киргизии»): the list stands where the count
 * does, in apposition to it.
 */
const COUNTED_HEAD =
  /(?<![\p{L}])(?:(?:в|во|на|in|at) )?(?:two|three|four|five|six|seven|both|два|две|двух|три|трёх|трех|четыре|четырёх|четырех|пять|пяти|шесть|шести|семь|семи|оба|обе|обоих)(?: [\p{L}-]+){0,2}(?: —|:) (?=(?:(?:в|во|на|in|at) )?"?⟦(?:STATE|ORG|PLACE|EVENT|INIT|PERSON)#\d+⟧"?(?:,? (?:and|и) |, ))/giu;

/**
 * The template with each count before a list read as the list itself (the count's words taken out), with the stretches of
 * the template taken out; undefined when it has none.
 */
export function countedListsJoined(template: Template): { template: Template; cuts: Array<{ start: number; end: number }> } | undefined {
  const cuts = [...template.text.matchAll(COUNTED_HEAD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (cuts.length === 0) return undefined;
  let text = template.text;
  for (const cut of [...cuts].reverse()) text = text.slice(0, cut.start) + text.slice(cut.end);
  const shift = (at: number) => at - cuts.filter((cut) => cut.start < at).reduce((sum, cut) => sum + cut.end - cut.start, 0);
  return { template: { text, slots: template.slots, at: template.at.map(shift) }, cuts };
}

/** A fact coordination reads without another layer: its ends as slot indices, with the date stretch of the template. */
export interface ListFind {
  type: 'HOLDS_POSITION' | 'HELD_IN' | 'CONDUCTS' | 'PARTICIPATES_IN';
  from: number;
  to: number;
  title?: string;
  dating: 'span' | 'none';
  rule: string;
  /** The stretch of the template the find was read from, where its date is nearest (a list's items each with their own time); the sentence otherwise. */
  stretch?: { start: number; end: number };
}

const HEAD_ITEMS =
  /^(?:(?:exercises?|drills?|учени[ея]|маневры|манёвры) )?((?:"?⟦(?:EVENT|INIT)#\d+⟧"?(?:, | and | и |, and )?)+)(?: \(⟦ORG#(\d+)⟧\))?: ((?:⟦(?:STATE|PLACE)#\d+⟧(?:, | and | и |, and )?)+)(?=[,.;]|$)/iu;
const FORCES_LINE = /^⟦ORG#(\d+)⟧(?: \([^)]*\)| of [^:;⟦]{1,60})?: [^⟦]*?(?:battalions|units|contingents|troops|subunits|батальон\p{L}*|подразделени\p{L}*|контингент\p{L}*|част\p{L}*) (?:from|of|из|от) ((?:⟦STATE#\d+⟧(?:, | and | и |, and ))*⟦STATE#\d+⟧)(?=[,.;]|$)/u;
const indices = (text: string) => [...text.matchAll(/#(\d+)⟧/g)].map((match) => Number(match[1]));

/**
 * A reference book's line, a label and its entries after a colon: "Interaction-2026 and Search-2026 (CRRF): Belarus,
 * September." (each exercise held there, the forces in brackets taking part), «КСОР: … ; подразделения из России,
 * Белоруссии и Казахстана» (each state takes part in the forces the line is about).
 */
function referenceLine(template: Template): ListFind[] {
  const { text } = template;
  const held = HEAD_ITEMS.exec(text);
  if (held) {
    const [events, places] = [indices(held[1]!), indices(held[3]!)];
    return [
      ...events.flatMap((event) => places.map((place): ListFind => ({ type: 'HELD_IN', from: event, to: place, dating: 'span', rule: 'coordination.reference-line' }))),
      // The forces in brackets name the exercises as theirs: they take part in them (forces-exercises.ts).
      ...(held[2] ? events.map((event): ListFind => ({ type: 'PARTICIPATES_IN', from: Number(held[2]), to: event, dating: 'span', rule: 'coordination.reference-line' })) : []),
    ];
  }
  const forces = FORCES_LINE.exec(text);
  if (forces) return indices(forces[2]!).map((state) => ({ type: 'PARTICIPATES_IN', from: state, to: Number(forces[1]), dating: 'none', rule: 'coordination.reference-line' }));
  return [];
}

/**
 * Exercises and where they are, as a list names them: "Interaction in Belarus", «учение «Поиск» на полигонах Белоруссии», several
 * sharing their place ("Interaction and Search in Belarus"), each item maybe with its own time after the place ("Rubezh in
 * Kyrgyzstan last year, Interaction in Belarus this autumn"; the date is a slot).
 */
const PLACED_NAME = '"?⟦(?:EVENT|INIT)#\\d+⟧"?';
/** An item's own time after its place: a date ("last year", «в октябре») or a season («весной», "in the spring"). */
const PLACED_WHEN = '(?: (?:in |on |в |во )?⟦DATE#\\d+⟧(?: (?:года|году))?| (?:in |during )?(?:the )?(?:spring|summer|autumn|fall|winter)(?![\\p{L}])| (?:весной|летом|осенью|зимой)(?![\\p{L}]))?';
const PLACED_EVENT = `(?:(?:the )?(?:exercises?|drills?|учени[ея]) )?(${PLACED_NAME}(?:(?:, | and | и |, and )${PLACED_NAME})*) (?:in|at|near|on the ranges of|в|во|под|на полигонах|на полигоне) "?⟦(?:STATE|PLACE)#(\\d+)⟧"?${PLACED_WHEN}`;
const PLACED_JOINER = '(?:, | and | и |, and |, а |,? а также |,? as well as |; )';
const PLACED_LIST = new RegExp(`${PLACED_EVENT}(?:${PLACED_JOINER}${PLACED_EVENT})+`, 'giu');
const PLACED_ONE = new RegExp(PLACED_EVENT, 'giu');

/**
 * Exercises listed each with its place ("Interaction in Belarus and Indestructible Brotherhood in Kyrgyzstan", «учение
 * «Взаимодействие» в Белоруссии, а учение «Поиск» в Таджикистане», "Rubezh in Kyrgyzstan, Interaction and Search in Belarus"):
 * each held in its own place, never the other's. Two pairs at least (one alone is a phrase other readers take); nothing in a
 * sentence that takes statements back.
 */
function placedEvents(template: Template, refused: (words: string) => boolean): ListFind[] {
  if (refused(template.text.replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase())) return [];
  return [...template.text.matchAll(PLACED_LIST)].flatMap((list) => {
    // Where items have times of their own, one without is undated: another item's time is not its.
    const ownTimes = /⟦DATE#/.test(list[0]);
    return [...list[0].matchAll(PLACED_ONE)].flatMap((pair) => {
      const start = list.index + pair.index;
      const stretch = { start, end: start + pair[0].length };
      const dating = !ownTimes || /⟦DATE#/.test(pair[0]) ? 'span' : 'none';
      return indices(pair[1]!).map((event): ListFind => ({ type: 'HELD_IN', from: event, to: Number(pair[2]), dating, rule: 'coordination.placed-events', stretch }));
    });
  });
}

/**
 * A body that held exercises, listed after a colon or a dash ("The Joint Staff has run a dense programme of exercises: Rubezh in
 * Kyrgyzstan, Interaction and Search in Belarus", «Объединённый штаб провёл три учения — «Кобальт», «Поиск» и «Эшелон»»): it conducts
 * each. The list runs to the end of the statement; places and times inside it are the items' own. Not talks or a meeting about
 * exercises, whose object the list is not.
 */
const HELD_LIST =
  /⟦ORG#(\d+)⟧(?:'s|’s)?(?:[^:;.⟦—]|⟦(?:PERSON|NAME|DATE)#\d+⟧){0,80}? (?:has |have |had |will )?(?:held|hold|holds|conducted|conducts|conduct|run|ran|runs|staged|stages|organi[sz]ed|провел[аи]?|провёл|проводит|проводил[аи]?|организовал[аи]?)(?![\p{L}])(?:(?!talks|meeting|session|consultation|discussion|briefing|conference|переговор|встреч|совещани|заседани|обсуждени|консультаци)[^:;.⟦—]|⟦DATE#\d+⟧){0,60}?(?:exercises|drills|manoeuvres|maneuvers|учени[йяе]|манёвр\p{L}*|маневр\p{L}*)(?:[^:;.⟦—]|⟦DATE#\d+⟧){0,30}?(?::| —) ((?:the )?(?:"?⟦(?:EVENT|INIT)#\d+⟧"?)(?:[^;.⟦]|⟦(?:EVENT|INIT|STATE|PLACE|DATE)#\d+⟧)*)/iu;

function conductedList(template: Template): ListFind[] {
  const held = HELD_LIST.exec(template.text);
  if (!held) return [];
  const list = held[2]!;
  const offset = held.index + held[0].length - list.length;
  // Items with times of their own date each of their exercises ("Rubezh in Kyrgyzstan last year, …"); a list without any, the sentence.
  const timed = /⟦DATE#/.test(list) ? [...list.matchAll(PLACED_ONE)].map((pair) => ({ start: offset + pair.index, end: offset + pair.index + pair[0].length, text: pair[0] })) : [];
  return [...list.matchAll(/⟦(?:EVENT|INIT)#(\d+)⟧/g)].map((match): ListFind => {
    const find: ListFind = { type: 'CONDUCTS', from: Number(held[1]), to: Number(match[1]), dating: 'span', rule: 'coordination.conducted-list' };
    if (timed.length === 0) return find;
    const at = offset + match.index;
    const item = timed.find((pair) => at >= pair.start && at < pair.end);
    return item && /⟦DATE#/.test(item.text) ? { ...find, stretch: { start: item.start, end: item.end } } : { ...find, dating: 'none' };
  });
}

/** What coordination reads of a sentence by itself: the posts of a plural title's holders, a reference book's lines, exercises each with its place. */
export function listFinds(template: Template, refused: (words: string) => boolean): ListFind[] {
  const words = template.text.replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase();
  return [
    ...placedEvents(template, refused),
    ...(refused(words) ? [] : conductedList(template)),
    ...titledPairs(template).map((pair): ListFind => ({ type: 'HOLDS_POSITION', from: pair.person, to: pair.state, title: pair.title, dating: 'none', rule: 'coordination.titled-list' })),
    ...referenceLine(template),
  ];
}

/**
 * The dates "respectively" gives a list's items, in order ("Russia and Kazakhstan chaired it in 2026 and 2024
 * respectively", «в 2026 и 2024 годах соответственно»): a run of as many dates as items, joined as a list; none otherwise.
 */
export function respectiveDates(template: Template, items: number): Slot[] | undefined {
  if (items < 2 || !RESPECTIVELY.test(template.text)) return undefined;
  const dates = template.slots.map((slot, i) => ({ slot, i })).filter(({ slot }) => slot.kind === 'DATE').sort((a, b) => template.at[a.i]! - template.at[b.i]!);
  for (let first = 0; first + items <= dates.length; first++) {
    const run = dates.slice(first, first + items);
    if (run.every(({ i }, n) => n === 0 || /^(?:,? (?:and|и) |, )$/u.test(template.text.slice(placeholder(template, run[n - 1]!.i).end, template.at[i]!)))) return run.map(({ slot }) => slot);
  }
  return undefined;
}
