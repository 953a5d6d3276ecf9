/**
 * Coordination: a statement made once over a list holds for every item of it. Journalists name the
 * members, the participants or the places of one fact together ("Russia, Belarus and Kazakhstan took
 * part", «главами Армении, Казахстана и Киргизии», "Azerbaijan left the treaty in 1999, together with
 * Georgia and Uzbekistan"), and a reading of the sentence (a rule, the relation, learned or discourse
 * layer) may take one item and not the others. Read once here, behind every layer, on the sentence's
 * template: a proposal with an end in a list is proposed for each other item; where both ends are in
 * two lists of the same length ("the presidents of Russia and Belarus, Vladimir Putin and Alexander
 * Lukashenko", "… respectively"), item pairs with item, never crossed.
 */
import type { Slot, Template } from './template';
import type { ProposedFact } from './types';

/**
 * What stands between two items of a list: a comma or a conjunction ("and", «и», the additive "as well as", «а также»),
 * then maybe the preposition of the items said again ("in Belarus and in Kazakhstan", «в Белоруссии, в Казахстане»).
 */
const CONJUNCTION = /(?:^|[ ,])(?:and|и|as well as|а также) /u;
const JOINED = /^"?(?:,(?: (?:and|и|as well as|а также))?|,? (?:and|и|as well as|а также)) (?:(in|at|from|в|во|на|из) )?(?:the )?"?$/u;
/** A comitative before a list: the items after it do what the subject before it does. */
const COMITATIVE = /(?:^|[ ,])(?:together with|along with|alongside|вместе с|наряду с)(?: the)? "?$/u;
/** Kinds that stand in one list: a series and an edition are both meetings ("the Interaction and Search exercises"). */
const group = (kind: Slot['kind']) => (kind === 'INIT' ? 'EVENT' : kind);
const LISTED = new Set(['STATE', 'ORG', 'PERSON', 'EVENT', 'PLACE']);
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
 * The list a comitative after slot `i` opens in its clause ("X … together with Y and Z", «X … вместе с Y и Z»): no other
 * item of X's kind between them, and no clause of its own (a semicolon, a relative pronoun of another subject).
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

/** The slots of a template that an end names, by its entity. */
const slotsNaming = (template: Template, entityId: string | undefined) => (entityId ? template.slots.flatMap((slot, i) => (slot.entityId === entityId ? [i] : [])) : []);

/**
 * Every proposal's fact for the other items of the lists its ends stand in, in its own sentence. `templates` holds each
 * sentence's template by `${paragraph}|${start}` (paragraph 1-based, as the evidence gives it). A fact already proposed
 * anywhere in the article is not proposed again.
 */
export function withCoordinated(proposals: ProposedFact[], templates: Map<string, Template>): ProposedFact[] {
  const key = (type: string, from: string | undefined, to: string | undefined) => `${type}|${from}|${to}`;
  const known = new Set(proposals.map((fact) => key(fact.type, fact.from.entityId ?? fact.from.text, fact.to.entityId ?? fact.to.text)));
  const added: ProposedFact[] = [];
  for (const fact of proposals) {
    const template = templates.get(`${fact.evidence.paragraph}|${fact.evidence.start}`);
    // An end a pronoun stood for ("hosted them", "so did X") was not read where its name stands: its list is not the statement's.
    if (!template || /pronoun|echo/.test(fact.rule)) continue;
    const lists = listsOf(template);
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
      if (PAIRED.has(fact.type) || RESPECTIVELY.test(template.text)) {
        // Paired item by item, the fact's own pair in its place: a person holds one post, "… respectively".
        if (fromList.length !== toList.length || fromList.indexOf(from!) !== toList.indexOf(to!)) continue;
        fromList.forEach((item, n) => pairs.push([item, toList[n]]));
      } else for (const a of fromList) for (const b of toList) pairs.push([a, b]);
    } else if (fromList) fromList.forEach((item) => pairs.push([item, to]));
    else if (toList) toList.forEach((item) => pairs.push([from, item]));
    // "Azerbaijan left the treaty, together with Georgia": a state's or an organization's act, not a person's title in apposition.
    if (from !== undefined && !toList && ACTORS.has(template.slots[from]!.kind)) for (const item of comitativeList(template, from, lists)) pairs.push([item, to]);
    for (const [a, b] of pairs) {
      const [fromSlot, toSlot] = [a === undefined ? undefined : template.slots[a]!, b === undefined ? undefined : template.slots[b]!];
      const fromEnd = fromSlot ? (fromSlot.entityId ? { entityId: fromSlot.entityId, text: fromSlot.text } : undefined) : fact.from;
      const toEnd = toSlot ? (toSlot.entityId ? { entityId: toSlot.entityId, text: toSlot.text } : undefined) : fact.to;
      if (!fromEnd || !toEnd || (fromEnd.entityId && fromEnd.entityId === toEnd.entityId)) continue;
      const k = key(fact.type, fromEnd.entityId ?? fromEnd.text, toEnd.entityId ?? toEnd.text);
      if (known.has(k)) continue;
      known.add(k);
      added.push({ ...fact, from: fromEnd, to: toEnd, rule: `${fact.rule}+list` });
    }
  }
  return [...proposals, ...added];
}
