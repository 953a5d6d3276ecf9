/**
 * A succession read by its frame, not its wording: a verb of taking someone's place with the successor as its subject and the
 * predecessor as its object ("X succeeds Y", "X, who replaced Y", "X took over from Y", «X сменил Y», «сменив на этом посту Y»,
 * «X, сменивший Y»), or with the roles the other way round ("Y was succeeded by X", "Y handed over to X"); and the nouns of
 * succession about the person in focus («его предшественником был Y», "his predecessor, Y", «его преемником стал X»).
 *
 * The subject is the person the clause is about: the one named before the verb (the nearest for a participle, «X, сменивший»); where
 * the clause names none («на этом посту он сменил Y», "he replaced Y") it is left open (the person spoken of last is as often the one
 * who appointed him). The nouns of succession («его предшественником») are about the one person the sentence before named.
 * The object is the person named right after the verb (past a rank, a nationality, a title). Not read: a negated or modal verb
 * ("may replace", «не сменит», «может сменить»), a question. The rules' own readings are kept; this adds what they left.
 */
import type { Found } from './mentions';
import type { Span } from './sentences';
import { sentenceEvidence } from './text';
import type { FactEnd, Gazetteer, ProposedFact } from './types';

export interface SuccessionArticle {
  paragraphs: string[];
  sentences: Span[][];
  mentions: Found[][];
  gazetteer: Gazetteer;
}

interface Person {
  start: number;
  end: number;
  end_: FactEnd;
}

/** Verbs whose subject takes the object's place: the successor first. */
const SUCCESSOR_FIRST =
  '(?:succeed(?:s|ed|ing)?(?! in )|replac(?:es|ed|ing|e)|took over from|takes over from|taking over from|(?:will )?take over from|follow(?:s|ed|ing)? (?=\\S+ as )' +
  '|смени(?:л|ла|т|ть|в|вш\\p{L}*|ть)|сменя(?:ет|л|ла|вш\\p{L}*|ющ\\p{L}*)|замени(?:л|ла|т|в|вш\\p{L}*)|замещ\\p{L}*|пришёл на смену|пришел на смену|пришла на смену)';
/** Verbs whose subject leaves the place to the object: the predecessor first. */
const PREDECESSOR_FIRST =
  '(?:(?:was|were|is|will be|has been|had been) (?:succeeded|replaced) by|hand(?:s|ed)? over (?:the (?:post|office|job|reins) )?to|передал(?:а)? (?:пост|должность|полномочия|дела)|уступил(?:а)? (?:пост|должность|место))';
/** A negation, a modal or a hedge before the verb: the succession is not said to happen. */
const NOT_SAID = /(?:\bnot|n't|never|\bmay|\bmight|\bcould|\bwould|\bshould|\bcan|\bif|\bwhether|\bно не|(?<![\p{L}])не|(?<![\p{L}])ни|может|могут|мог|могла|мож|должен|должна|должны|expected to|is to|are to|вероятно|возможно|предлагается|если|ли)\s+(?:\S+\s+){0,1}$/iu;

/** A succession only rumoured, denied or asked about. */
const RUMOURED = /(?<![\p{L}])(?:слух\p{L}*|rumou?rs?|speculation|опроверг\p{L}*|denied|denies|не подтвердил\p{L}*)(?![\p{L}])/iu;

const NAME = /\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,4}/gu;

/** Capitalised words that are no one's name. */
const NOT_NAME =
  /(?:General|Minister|Secretary|Council|Staff|Forces|Organi[sz]ation|Assembly|Committee|Ministry|Republic|Federation|Treaty|Nations|Union|Since|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Генеральн|Совет|Организаци|Республик|Министр|Январ|Феврал|Март|Апрел|Ма[йя]|Июн|Июл|Август|Сентябр|Октябр|Ноябр|Декабр)/u;

/**
 * The people of a sentence: the gazetteer's, names it lacks (two or three capitalised words, not another entity), and a surname
 * alone of someone the article named before.
 */
function peopleIn(text: string, offset: number, mentions: Found[], seen: Person[]): Person[] {
  const inside = mentions.filter((mention) => mention.start >= offset && mention.end <= offset + text.length);
  const people: Person[] = inside
    .filter((mention) => mention.variant.kind.toUpperCase() === 'PERSON')
    .map((mention) => ({ start: mention.start - offset, end: mention.end - offset, end_: { entityId: mention.entityId, text: mention.text } }));
  const free = (start: number, end: number) => !inside.some((mention) => mention.start - offset < end && mention.end - offset > start) && !people.some((person) => person.start < end && person.end > start);
  for (const match of text.matchAll(NAME)) {
    // "Major General Yerlan Dzhaksybekov": the words after a title's or a date's.
    const words = match[0].split(' ');
    const last = words.map((word) => NOT_NAME.test(word)).lastIndexOf(true);
    const name = words.slice(last + 1).slice(-3);
    if (name.length < 2) continue;
    const end = match.index + match[0].length;
    const start = end - name.join(' ').length;
    if (free(start, end)) people.push({ start, end, end_: { text: name.join(' ') } });
  }
  // A surname alone the gazetteer lacks, by its shape: «Байжанов сменит …», "Dzhaksybekov replaces …".
  for (const match of text.matchAll(/(?<![\p{L}-] ?)\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ина|енко|ян|ов[аы]|bekov|bayev|ov|ev|yan|enko)(?:а|у|ым|ом|е)?(?![\p{L}-])/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    if (free(start, end) && !people.some((person) => person.start <= start && person.end >= end)) people.push({ start, end, end_: { text: match[0] } });
  }
  for (const match of text.matchAll(/(?<![\p{L}-])\p{Lu}[\p{Ll}'’-]{2,}(?![\p{L}-])/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end)) continue;
    // «Тасмагамбетова» after «Имангали Тасмагамбетов»: the surname's stem.
    const earlier = seen.find((person) => !person.end_.entityId && surnameOf(person.end_.text) !== undefined && sameSurname(surnameOf(person.end_.text)!, match[0]));
    if (earlier) people.push({ start, end, end_: earlier.end_ });
  }
  return people.sort((a, b) => a.start - b.start);
}

const surnameOf = (name: string) => /(\p{Lu}[\p{Ll}'’-]{2,})$/u.exec(name)?.[1];
const sameSurname = (surname: string, word: string) => word === surname || (word.length - surname.length <= 2 && word.length >= surname.length && word.startsWith(surname));



export function successionFrames(article: SuccessionArticle, proposals: ProposedFact[]): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const key = (from: FactEnd, to: FactEnd) => `${from.entityId ?? from.text}|${to.entityId ?? to.text}`;
  const given = new Set(proposals.filter((fact) => fact.type === 'SUCCEEDED_BY').map((fact) => key(fact.from, fact.to)));
  let focus: Person | undefined;
  /** Whether the sentence that gave the focus named that one person alone. */
  let focusAlone = false;
  /** A Russian subject is in the nominative: the gazetteer's own name for the person, or no oblique ending on a name it lacks. */
  const nominative = (person: Person) => {
    if (!/\p{Script=Cyrillic}/u.test(person.end_.text)) return true;
    const entry = person.end_.entityId ? article.gazetteer.entry(person.end_.entityId) : undefined;
    if (entry) return [entry.name, ...entry.aliases.map((alias) => alias.name)].some((name) => name === person.end_.text || name.endsWith(` ${person.end_.text}`));
    return !/(?:ова|ева|ёва|ина|ына|ого|ему|ому|ым|ой|ую|у|ю)$/u.test(person.end_.text);
  };
  const seen: Person[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const mentions = article.mentions[index] ?? [];
    for (const sentence of article.sentences[index] ?? []) {
      const text = paragraph.slice(sentence.start, sentence.end);
      const people = peopleIn(text, sentence.start, mentions, seen);
      seen.push(...people);
      const add = (predecessor: Person, successor: Person) => {
        if ((predecessor.end_.entityId ?? predecessor.end_.text) === (successor.end_.entityId ?? successor.end_.text)) return;
        const k = key(predecessor.end_, successor.end_);
        if (given.has(k)) return;
        given.add(k);
        facts.push({
          type: 'SUCCEEDED_BY',
          from: predecessor.end_,
          to: successor.end_,
          evidence: sentenceEvidence(paragraph, index + 1, sentence),
          rule: 'frame.succession',
        });
      };
      const ruled = proposals.some((fact) => fact.type === 'SUCCEEDED_BY' && fact.evidence.paragraph === index + 1 && fact.evidence.start < sentence.end && fact.evidence.end > sentence.start);
      if (!/\?\s*$/u.test(text) && !ruled && !RUMOURED.test(text)) {
        // The object: the first person after the verb, past a few words (a place, a rank, a nationality, a title) and no stop.
        const objectAt = (from: number) => {
          const next = people.find((person) => person.start >= from);
          const gap = next ? text.slice(from, next.start) : '';
          return next && !/[.;:—()«»"]/u.test(gap) && !/,\s*(?:who|which|котор)/iu.test(gap) && gap.trim().split(/\s+/u).filter(Boolean).length <= 6 ? next : undefined;
        };
        /**
         * The clause's subject before a verb: the nearest person for a participle or a relative clause, else the first of the sentence
         * when no clause boundary and no other entity (a state, a body: "Russia succeeded in …") stands between; with no person before,
         * none: a pronoun's person is left open.
         */
        const subjectBefore = (at: number, participle: boolean) => {
          const before = people.filter((person) => person.end <= at);
          const nearest = before[before.length - 1];
          const clause = text.slice(nearest ? nearest.end : 0, at);
          // An aside right after the subject names where he comes from or served («X, бывший посол Киргизии, вступил …»): no other subject.
          const aside = nearest ? /^,[^,;:—()]{1,80},/u.exec(text.slice(nearest.end, at))?.[0].length ?? 0 : 0;
          const inAside = (mention: Found) => nearest !== undefined && mention.start - sentence.start >= nearest.end && mention.end - sentence.start <= nearest.end + aside;
          if (mentions.some((mention) => mention.variant.kind.toUpperCase() !== 'PERSON' && mention.start - sentence.start >= (nearest?.end ?? 0) && mention.end - sentence.start <= at && /STATE|ORG/i.test(mention.variant.kind) && !inAside(mention) && !/(?:of|from|из|\() ?$/u.test(text.slice(0, mention.start - sentence.start)))) return undefined;
          const relative = /(?:^|[^\p{L}])(?:who|котор\p{L}*)\s+(?:\S+\s+){0,2}$/iu.test(clause);
          if (nearest && (participle || relative)) return nominative(nearest) ? nearest : undefined;
          const boundary = /[;—]|(?:^|[^\p{L}])(?:and|but|а|но|и)(?:[^\p{L}]|$)/u.test(clause);
          if (nearest && !boundary) return before.length === 1 || new Set(before.map((person) => person.end_.entityId ?? person.end_.text)).size === 1 ? (nominative(before[0]!) ? before[0] : undefined) : undefined;
          // With no person before the verb ("he replaced Y", «сменив Y» opening a dossier's line), the subject is left open: the person
          // the text spoke of last is as often the one who appointed him (measured on the corpus, round 22).
          return undefined;
        };
        for (const match of text.matchAll(new RegExp(`(?<![\\p{L}-])(?<!(?:was|were|is|are|be|been|being) )${SUCCESSOR_FIRST}(?![\\p{L}])(?! by )`, 'giu'))) {
          if (NOT_SAID.test(text.slice(0, match.index))) continue;
          const object = objectAt(match.index + match[0].length);
          const participle = /^(?:succeeding|replacing|taking|сменив|сменивш|сменявш|заменив|замещ)/iu.test(match[0]);
          const subject = object && subjectBefore(match.index, participle);
          if (object && subject) add(object, subject);
        }
        for (const match of text.matchAll(new RegExp(`(?<![\\p{L}-])${PREDECESSOR_FIRST}(?![\\p{L}])`, 'giu'))) {
          if (NOT_SAID.test(text.slice(0, match.index))) continue;
          const object = objectAt(match.index + match[0].length);
          const subject = object && subjectBefore(match.index, false);
          if (object && subject) add(subject, object);
        }
        // «его предшественником был Y», "his predecessor, Y,", «его преемником стал X», "his successor will be X".
        // A bare noun opening the sentence («Предшественник, казахстанский политик Y, …», "The predecessor, Y,") is the focus's too.
        const noun = /(?:^|[^\p{L}])(?:his|her|its|его|её|ее|чей|свой|своим?)\s+(predecessor|successor|предшественни\p{L}*|преемни\p{L}*)(?:[^\p{L}]|$)/iu.exec(text) ??
          /^(?:["«]?\s*)(?:(?:the|his|her) )?(predecessor|successor|предшественни\p{L}*|преемни\p{L}*)(?=,| —| -)/iu.exec(text);
        // «X, …, его предшественником был Y»: the possessive after a clause of the sentence's own subject is that subject's.
        const before = noun ? people.filter((person) => person.start < noun.index) : [];
        // Not "X, his successor, …" (an apposition: X is the successor of someone before), nor "his successor but one".
        const afterNoun = noun ? text.slice(noun.index + noun[0].length - (/[^\p{L}]$/u.test(noun[0]) ? 1 : 0)) : '';
        const predicate = /^\s*(?:был\p{L}*|стал\p{L}*|станет|является|являлся|—|was|is|will be|became|had been)(?![\p{L}])/iu.test(afterNoun);
        const owner = before.length > 0 && noun && new Set(before.map((person) => person.end_.entityId ?? person.end_.text)).size === 1 && nominative(before[0]!) &&
          (/[;—]\s*(?:а\s+|and\s+)?$/u.test(text.slice(0, noun.index + 1)) || (/,\s*(?:а\s+|and\s+)?$/u.test(text.slice(0, noun.index + 1)) && predicate)) ? before[0] : undefined;
        const subjectOf = owner ?? (before.length === 0 && focusAlone ? focus : undefined);
        if (noun && subjectOf && !/^\s*but one/iu.test(afterNoun) && !NOT_SAID.test(text.slice(0, noun.index + 1))) {
          const after = people.find((person) => person.start > noun.index + noun[0].length && person.start - (noun.index + noun[0].length) < 80);
          if (after) {
            if (/^(?:predecessor|предшественни)/iu.test(noun[1]!)) add(after, subjectOf);
            else add(subjectOf, after);
          }
        }
      }
      // The person in focus for the next sentence: this one's subject (its first person), kept when it names none.
      if (people.length) {
        focus = people[0];
        focusAlone = new Set(people.map((person) => person.end_.entityId ?? person.end_.text)).size === 1;
      }
    }
  });
  return facts;
}
