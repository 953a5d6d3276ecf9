/**
 * The features of a candidate pair for the learned relation layer (learned.ts): what a sentence says
 * between and around two ends, never who the ends are. An entity's name or id would not carry to new
 * text, so the ends are their kinds, other mentions are their kinds, numbers and dates placeholders, and
 * words are lower-cased and crudely stemmed (English and Russian suffixes), so that "joined", "joins"
 * and "вступила", "вступили" are one feature each. Pure.
 */
import { GUARDS, triggersIn, type RelationUnit } from './relations';
import type { Language } from './types';

const RU_SUFFIXES = [
  'иями', 'иях', 'иям', 'ием', 'ию', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ия', 'ие', 'ий', 'ый', 'ой', 'ей', 'ая', 'яя', 'ое', 'ее', 'ые',
  'ов', 'ев', 'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'ую', 'юю', 'ью', 'ии', 'ла', 'ли', 'ло', 'ть', 'ет', 'ит', 'ут', 'ют', 'ат', 'ят',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'л',
].sort((a, b) => b.length - a.length);
const EN_SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ed', 'es', 's'];

/** A crude stem: a Russian or an English word without its ending, keeping at least three letters. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (/\p{Script=Cyrillic}/u.test(lower)) {
    const bare = lower.replace(/(?:ся|сь)$/u, '');
    const suffix = RU_SUFFIXES.find((s) => bare.endsWith(s) && bare.length - s.length >= 3);
    return suffix ? bare.slice(0, -suffix.length) : bare;
  }
  if (lower.length <= 4) return lower;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  const suffix = EN_SUFFIXES.find((s) => lower.endsWith(s) && lower.length - s.length >= 3 && !(s === 's' && lower.endsWith('ss')));
  return suffix ? lower.slice(0, -suffix.length) : lower;
}

/** The tokens of a stretch of a template: a slot as its kind (`<state>`), a number `<num>`, a word its stem, punctuation as itself. */
export function tokens(text: string): string[] {
  return [...text.matchAll(/⟦(\w+)#\d+⟧|[\p{L}\p{N}'’-]+|[,;:—()]/gu)].map((match) =>
    match[1] ? `<${match[1].toLowerCase()}>` : /^\p{N}/u.test(match[0]) ? '<num>' : /^[\p{L}]/u.test(match[0]) ? stem(match[0].replace(/['’]s$/u, '')) : match[0],
  );
}

export interface Pair {
  /** The template's text of the sentence. */
  text: string;
  /** Every unit of the sentence (relationUnits), the two ends among them. */
  units: RelationUnit[];
  from: RelationUnit;
  to: RelationUnit;
  language: Language;
}

const bucket = (n: number) => (n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '>10');
const words = (text: string) => text.replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase();

/** The features of a pair, as strings (a sparse binary vector); the relationship type is the model's, not a feature. */
export function pairFeatures({ text, units, from, to, language }: Pair): string[] {
  const forward = from.start < to.start;
  const [first, second] = forward ? [from, to] : [to, from];
  const between = text.slice(first.end, second.start);
  const inside = tokens(between);
  const order = forward ? 'fwd' : 'rev';
  const features = new Set<string>(['bias', `kinds:${from.kind}>${to.kind}:${order}`, `order:${order}`, `lang:${language}`, `dist:${bucket(inside.length)}`]);
  for (const token of inside.slice(0, 12)) features.add(`w:${token}`);
  const middle = units.filter((unit) => unit.start >= first.end && unit.end <= second.start);
  features.add(`mentions:${bucket(middle.length)}`);
  for (const unit of middle) features.add(`mid:${unit.kind}`);
  // The nearest end of its kind to the other is the likely partner; a farther one, behind another of its kind, less so.
  if (middle.some((unit) => unit.kind === to.kind)) features.add('to-not-nearest');
  if (middle.some((unit) => unit.kind === from.kind)) features.add('from-not-nearest');
  const lowerBetween = words(between);
  for (const trigger of triggersIn(lowerBetween)) features.add(`trigger:${trigger.type}`);
  const outside = `${words(text.slice(0, first.start)).split(' ').filter(Boolean).slice(-3).join(' ')} | ${words(text.slice(second.end)).split(' ').filter(Boolean).slice(0, 3).join(' ')}`;
  for (const trigger of triggersIn(outside)) features.add(`trigger-outside:${trigger.type}`);
  // "the defence minister of Kazakhstan", "Russia's delegation": the state or organization owns the actor, it is not one.
  if (GUARDS.owned(`${text.slice(Math.max(0, from.start - 60), from.start)}`)) features.add('from-owned');
  if (/^(?:['’]s)? (?:delegation|mission|forces|troops|contingent|minister|president|leader|делегаци|мисси|сил|министр|президент)/u.test(text.slice(from.end, from.end + 20).toLowerCase())) features.add('from-owns-next');
  const sentence = words(text);
  const around = words(text.slice(Math.max(0, first.start - 40), second.end + 20));
  if (GUARDS.refused(around)) features.add('guard:refused');
  if (GUARDS.doubted(sentence)) features.add('guard:doubted');
  if (/\?\s*"?\s*$/.test(text)) features.add('guard:question');
  if (GUARDS.clauseBreak(between)) features.add('clause-break');
  if (/^"?(?:,? ?(?:and|и|or|или)? ?|, )"?$/u.test(between)) features.add('listed');
  for (const feature of constructionFeatures({ text, units, from, to, language })) features.add(feature);
  return [...features];
}

/** Kinds that stand in one list: "the Interaction and Search drills" may be an event and a programme of the gazetteer. */
const FAMILY: Record<RelationUnit['kind'], string> = { STATE: 'place', PLACE: 'place', EVENT: 'event', INIT: 'event', MEET: 'event', ORG: 'org', PERSON: 'person', NAME: 'person' };
/** Between two mentions of one list: a comma, "and", "or", «и», «или», a dash of a list's opening. */
const LIST_GLUE = /^["«»“”]?\s*(?:,|, and|,? (?:and|or|as well as|и|или|а также)|—)\s*["«»“”]?$/u;
/**
 * A preposition before an end, right before it or before a word or two of a head noun ("in ⟦STATE⟧" a
 * place, "on the territory of ⟦STATE⟧", «на полигонах ⟦STATE⟧»): the role a mention plays in its clause.
 */
const PREPOSITION = /^.*(?:^|[\s"«(])(in|at|on|to|into|from|with|by|of|for|among|between|under|during|в|во|на|к|ко|с|со|из|от|по|при|для|между|среди|у|под|о|об)((?:\s+[\p{L}-]+){0,2}?)\s+["«]?$/iu;
/** Words that put a statement ahead (a plan, a schedule): what has not happened yet is stated, but differently. */
const FUTURE = /(?<![\p{L}])(?:will|shall|next (?:year|month|week)|is to|are to|to be held|upcoming|будет|будут|пройд\p{L}*|состоится|состоятся|проведут|примет|следующ\p{L}* год\p{L}*|будущ\p{L}* год\p{L}*|предстоящ\p{L}*)(?![\p{L}])/u;
/** A verb of saying: the sentence reports someone's words, whose own facts are the speaker's. */
const SAYING = /(?<![\p{L}])(?:said|says|told|stated|noted|added|according to|заявил\p{L}*|сообщил\p{L}*|отметил\p{L}*|сказал\p{L}*|по словам|по данным)(?![\p{L}])/u;

/**
 * What a pair's sentence is built as, not what it says: whether each end stands in a list of its kind,
 * the preposition before each end, the relation cue (a trigger of the relation layer's lexicon) between
 * the ends together with the ends' order (an active or a passive statement), a cue elsewhere in the
 * sentence only, a future or a reported statement, a headline without a full stop. These carry from one
 * article's wording to another's where the words between do not. Pure.
 */
export function constructionFeatures({ text, units, from, to }: Pair): string[] {
  const features: string[] = [];
  const inList = (end: RelationUnit) =>
    units.some((other) => other !== end && FAMILY[other.kind] === FAMILY[end.kind] && LIST_GLUE.test(other.end <= end.start ? text.slice(other.end, end.start) : end.end <= other.start ? text.slice(end.end, other.start) : 'x'));
  if (inList(from)) features.push('list:from');
  if (inList(to)) features.push('list:to');
  const preposition = (end: RelationUnit) => {
    const found = PREPOSITION.exec(text.slice(Math.max(0, end.start - 40), end.start));
    return !found ? 'none' : found[2]!.trim() ? `${found[1]!.toLowerCase()}…` : found[1]!.toLowerCase();
  };
  features.push(`prep-from:${preposition(from)}`, `prep-to:${preposition(to)}`);
  const forward = from.start < to.start;
  const [first, second] = forward ? [from, to] : [to, from];
  const order = forward ? 'fwd' : 'rev';
  const between = triggersIn(words(text.slice(first.end, second.start)));
  for (const trigger of between) features.push(`cue:${trigger.type}:${order}`, `cue:${trigger.type}:${from.kind}>${to.kind}:${order}`);
  const sentence = triggersIn(words(text));
  if (between.length === 0) for (const trigger of sentence) features.push(`cue-elsewhere:${trigger.type}`);
  if (sentence.length === 0) features.push('cue:none');
  const lower = words(text);
  if (FUTURE.test(lower)) features.push('future');
  if (SAYING.test(lower)) features.push('reported');
  if (!/[.!?…»"]\s*$/u.test(text.trim())) features.push('headline');
  return features;
}
