/**
 * A document adopted in a city, read by its frame rather than its wording: a verb of adopting in any form (a passive, a
 * participle after its noun, an active verb with its object, a relative clause: "the strategy was adopted in Bishkek", "a plan
 * the members approved in Astana two years ago", "the plan, endorsed by the heads of state in Minsk in 2023", «программа,
 * принятая в Астане», «Соглашение подписано 14 июня 2009 года в Москве», «утверждена лидерами в Минске», «в Астане была
 * принята программа»), the city it names with «в»/"in" beside the verb (past a date and the adopters between), and the
 * document: the one the text names next to the verb (a known initiative, else a document's common noun). The occasion is a
 * meeting the graph has no entity for (the labels' "?"), named by the verb: it was held in that city, and a known document
 * adopted at it (a common noun says there was a document, not which: the labels give a described one as the entity).
 *
 * Not read: a verb negated, modal, still to come or hoped for ("was not adopted", "will be signed in Dushanbe", «не был
 * подписан», «планируется подписать»), a draft, a question, and a clause that names the meeting itself ("at the Bishkek
 * session", «на сессии в Бишкеке»), whose own rules read the place. What the rules already read is kept: this adds what they
 * left (the same city held for the same sentence, the same document adopted).
 */
import { DOCUMENT_NOUNS } from './documents';
import { findDates, type FoundDate } from './dates';
import type { Found } from './mentions';
import type { Span } from './sentences';
import { sentenceEvidence } from './text';
import type { PartialDate } from '../model/partial-date';
import type { FactEnd, ProposedFact } from './types';

export interface AdoptionArticle {
  paragraphs: string[];
  sentences: Span[][];
  mentions: Found[][];
  published: PartialDate | null;
}

const L = 'a-zA-Zа-яА-ЯёЁ';
/** Verbs of adopting, any form: English participles and pasts, Russian participles, short passives and active pasts. */
const VERB = new RegExp(
  `(?<![${L}])(?:adopted|approved|endorsed|signed|concluded|(?:принят|утвержд[её]н|одобрен|подписан|заключ[её]н)(?!и[еяюи]|ием)[${L}]*|(?:утвердил|одобрил|подписал|заключил)[${L}]*|приняли|принял[аи]?)(?![${L}])`,
  'giu',
);
/** Not a verb of adopting: «приняли участие», «принял решение о …» (a decision is no document until named), "signed up". */
const NOT_ADOPTING_AFTER = /^ (?:участие|решение|меры|к сведению|up|off on)(?![\p{L}])/iu;
/** A verb taken back, still to come or hoped for (the words just before it). */
const NOT_STATED_BEFORE =
  /(?<![\p{L}])(?:not|never|to be|to|will|would|could|may|might|should|must|hope|hopes|expected|planned|не|будет|будут|должн\p{L}*|может|могут|планиру\p{L}*|предполага\p{L}*|собира\p{L}*|намерен\p{L}*|ожида\p{L}*|чтобы)(?: (?:be|have been|been|был\p{L}*|бы))? $|n't(?: be| have been)? $/iu;
/** A doubt, a question, a denial anywhere in the sentence. */
const DOUBTED = /(?<![\p{L}])(?:whether|rumou?r\p{L}*|reportedly|unconfirmed|denied|earlier version|correction|ли|якобы|слух\p{L}*|опроверг\p{L}*|предлага\p{L}*)(?![\p{L}])|\?\s*["»”]?\s*$/iu;
/** A meeting named in the clause: its own rules read where it was held. */
const MEETING = /(?<![\p{L}])(?:summit|session|meeting|sitting|conference|forum|ministerial|саммит\p{L}*|сесси\p{L}*|заседани\p{L}*|совещани\p{L}*|встреч\p{L}*|форум\p{L}*|конференци\p{L}*)(?![\p{L}])/iu;
/** A document by its common noun (treaties and charters too). */
const DOCUMENT_NOUN = new RegExp(`(?<![${L}])(?:treaty|treaties|charter|accord|pact|[Дд]оговор[${L}]*|[Уу]став[${L}]*|${DOCUMENT_NOUNS})(?![${L}])`, 'giu');
/** A draft is not adopted yet; a decision only names one when it says what of. */
const DRAFT_BEFORE = /(?:draft|проект\p{L}*)(?: of(?: the)?)? $/iu;
/** What may stand between the verb and the city: a date, the adopters ("by the heads of state", «главами государств»), a few words. */
const BETWEEN = /^(?: (?:by|on|in|of|back|as early as|ещё|уже|именно|в|во|the|a|an|its|their|его|её|их|[\p{L}\d–-]+)){0,8} (?:in|в|во)$/iu;
/** Between the city and a verb after it (the Russian place put first: «в Астане была принята программа»). */
const PLACE_FIRST_BETWEEN = /^(?: (?:[\p{L}\d–-]+)){0,5} $/u;

const isPlace = (mention: Found) => mention.variant.kind === 'PLACE';
const isDocument = (mention: Found) => mention.variant.kind === 'INITIATIVE';

interface Reading {
  held: ProposedFact;
  adopted?: ProposedFact;
}

/** The meetings without an entity where documents were adopted in a city, and the documents adopted there, the rules left. */
export function adoptedInPlace(article: AdoptionArticle, proposals: ProposedFact[]): ProposedFact[] {
  const found: ProposedFact[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of article.sentences[p] ?? []) {
      for (const reading of readSentence(article, paragraph, p, span)) {
        const sameSentence = (fact: ProposedFact) => fact.evidence.paragraph === p + 1 && fact.evidence.start < span.end && fact.evidence.end > span.start;
        const all = [...proposals, ...found];
        const heldThere = all.some((fact) => fact.type === 'HELD_IN' && sameSentence(fact) && fact.to.entityId === reading.held.to.entityId);
        if (!heldThere) found.push(reading.held);
        const adopted = reading.adopted;
        if (!adopted) continue;
        const known = all.some((fact) => fact.type === 'ADOPTED_AT' && (adopted.from.entityId ? fact.from.entityId === adopted.from.entityId : sameSentence(fact) && !fact.from.entityId));
        if (!known) found.push(adopted);
      }
    }
  });
  return found;
}

function readSentence(article: AdoptionArticle, paragraph: string, p: number, span: Span): Reading[] {
  const text = paragraph.slice(span.start, span.end);
  if (DOUBTED.test(text)) return [];
  const mentions = (article.mentions[p] ?? []).filter((mention) => mention.start >= span.start && mention.end <= span.end).map((mention) => ({ ...mention, start: mention.start - span.start, end: mention.end - span.start }));
  const places = mentions.filter(isPlace);
  if (places.length === 0) return [];
  const dates = findDates(text, article.published);
  const readings: Reading[] = [];
  for (const verb of text.matchAll(VERB)) {
    const start = verb.index;
    const end = start + verb[0].length;
    if (NOT_ADOPTING_AFTER.test(text.slice(end)) || NOT_STATED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    const clause = clauseAround(text, start, end);
    if (MEETING.test(text.slice(clause.start, clause.end))) continue;
    const place = placeOf(text, places, start, end, clause);
    if (!place) continue;
    const document = documentOf(text, mentions, start, end, place, clause);
    // A verb with no document beside it is not an adoption ("he signed in Minsk" a guest book, "approved in Moscow" a visit).
    if (!document) continue;
    const date = dateOf(dates, start, place.end, clause);
    const evidence = sentenceEvidence(paragraph, p + 1, span);
    const occasion: FactEnd = { text: verb[0] };
    const placeEnd: FactEnd = { entityId: place.entityId, text: place.text };
    const held: ProposedFact = { type: 'HELD_IN', from: occasion, to: placeEnd, evidence, rule: 'frame.adopted-in-place', ...(date ? { since: date, until: date } : {}) };
    const adopted: ProposedFact = { type: 'ADOPTED_AT', from: document, to: { text: place.start > end && place.end - start <= 80 ? text.slice(start, place.end) : `${verb[0]} ${place.text}` }, evidence, rule: 'frame.adopted-in-place', ...(date ? { since: date } : {}) };
    // A document by its common noun is most often a known one the text describes ("a treaty signed in Tashkent", «программа,
    // принятая в Астане»): the labels give it as that entity, which the noun does not say. Only a named one is adopted here.
    readings.push(document.entityId ? { held, adopted } : { held });
  }
  return readings;
}

/** The clause around a verb: from the last break before it to the next after it (commas close a participle's phrase after the city). */
function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.slice(0, start);
  const from = Math.max(...['.', ';', ':', '!', '?', '—', '–'].map((mark) => before.lastIndexOf(mark))) + 1;
  const stop = text.slice(end).search(/[.;:!?—–](?:\s|$)|, (?:and|but|while|whereas|а|но|однако) /u);
  return { start: from, end: stop < 0 ? text.length : end + stop };
}

/** The city beside the verb: after it past a date and the adopters, or (Russian) just before it. */
function placeOf(text: string, places: Found[], start: number, end: number, clause: { start: number; end: number }): Found | undefined {
  const after = places.find((place) => place.start > end && place.start < clause.end && !text.slice(end, place.start).includes(',') && BETWEEN.test(text.slice(end, place.start).replace(/\s+$/u, '')));
  if (after) return after;
  return [...places].reverse().find((place) => place.end <= start && place.start >= clause.start && /(?:^|[\s,])(?:[Вв]|[Вв]о) $/u.test(text.slice(0, place.start)) && PLACE_FIRST_BETWEEN.test(text.slice(place.end, start).replace(/^,/u, '')));
}

/** The document adopted: a known initiative or a document's noun next to the verb (before it for a passive or participle, after it for an active verb). */
function documentOf(text: string, mentions: Found[], start: number, end: number, place: Found, clause: { start: number; end: number }): FactEnd | undefined {
  const initiatives = mentions.filter(isDocument);
  // The object between an active verb and the city: "signed the Treaty in Tashkent", «подписали Договор в Ташкенте».
  const object = initiatives.find((mention) => mention.start > end && mention.end <= place.start);
  if (object) return draft(text, object.start) ? undefined : { entityId: object.entityId, text: object.text };
  // Before the verb: the nearest known document in the sentence, within reach, not past another verb of the sentence.
  const before = [...initiatives].reverse().find((mention) => mention.end <= start && start - mention.end <= 140);
  if (before && !draft(text, before.start)) return { entityId: before.entityId, text: before.text };
  // A document's common noun: the nearest before the verb in its clause (or the sentence's opening phrase), else right after it.
  // Not a word of a known name ("the Collective Security Treaty Organization", «Организации Договора»).
  const named = (at: number) => mentions.some((mention) => at >= mention.start && at < mention.end);
  const nouns = [...text.matchAll(DOCUMENT_NOUN)].filter((noun) => !/^(?:decisions?|решени\p{L}*)$/iu.test(noun[0]) && !named(noun.index));
  const nounBefore = nouns.filter((noun) => noun.index + noun[0].length <= start && start - noun.index <= 120 && noun.index >= Math.max(0, clause.start - 80)).pop();
  if (nounBefore && !draft(text, nounBefore.index)) return { text: nounBefore[0] };
  const nounAfter = nouns.find((noun) => noun.index > end && noun.index < place.start);
  if (nounAfter && !draft(text, nounAfter.index)) return { text: nounAfter[0] };
  return undefined;
}

const draft = (text: string, at: number) => DRAFT_BEFORE.test(text.slice(Math.max(0, at - 20), at));

/** The date of the adoption: one in the verb's stretch up to just past the city, not a document's scope ("the plan for 2027"). */
function dateOf(dates: FoundDate[], start: number, placeEnd: number, clause: { start: number; end: number }): string | undefined {
  const near = dates.filter((date) => date.role !== 'scope' && date.start >= Math.min(start, placeEnd) - 60 && date.start >= clause.start && date.start <= placeEnd + 40 && date.end <= clause.end + 1);
  near.sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start));
  return near[0]?.date;
}
