/**
 * Subjects a sentence names only by a pronoun or a common noun: "It joined the CSTO in 2006", "…, and it
 * left in 2012", "Она вступила в организацию", "the treaty organisation", "the Russian-led bloc". A
 * pronoun stands for the subject of the clause before it (the first state, organization, programme or
 * event its sentence names, of the kind the verb after the pronoun takes), within one paragraph; a
 * common noun for the organization the article is about.
 */
import type { Found } from './mentions';
import type { Span } from './sentences';
import { SLOT_OF_KIND, type Slot } from './template';

/** "the organisation", "the treaty organization", "the Russian-led bloc", "the alliance", "Организация", "блок". */
export const ORG_REFERENCE =
  /(?<![\p{L}])(?:[Tt]he (?:[\p{L}]+-led |treaty |security |military |defen[cs]e )?([Oo]rgani[sz]ation|bloc|alliance)(?! (?:for|of|on) \p{Lu})|([Оо]рганизаци\p{L}*|[Бб]лок\p{L}*|[Аа]льянс\p{L}*))(?![\p{L}])/gu;

/** A subject pronoun: at the start of a sentence, or of a clause after a comma, "and" or "but". */
const SUBJECT_PRONOUN = /(?:^["«“]?|[,;] (?:and |but |yet |и |а |но )?|(?<![\p{L}]) (?:and|but|и|но) )(It|it|Она|она|Он|он|Оно|оно)(?= \p{Ll})/gu;

/**
 * "It is expected …", "it was agreed …", "It said …": an "it" that stands for no one, or a report of what
 * someone said, not a subject a fact can have.
 */
const EXPLETIVE =
  /^ (?:(?:is|was|will be|would be|has been|had been|seems|seemed|appears|appeared|remains|remained)(?: not)?(?: (?:also|now|still|widely|generally|already|thus|therefore))? (?:expected|agreed|said|reported|believed|understood|known|thought|hoped|decided|announced|noted|stressed|feared|assumed|claimed|estimated|rumou?red|alleged|stated|clear|unclear|likely|unlikely|possible|impossible|important|necessary|time|too|difficult|easy|hard|true|worth|a|an|the|that|to|up to|over)(?![\p{L}])|(?:said|says|added|adds|noted|notes|stated|states|reported|reports|announced|claimed|argued|seems|seemed|appears|appeared|remains to|is said|was said)(?![\p{L}]))/u;

/** Verbs whose subject is a meeting, an exercise or a programme: "It was held in Minsk", "It is administered by …". */
const EVENT_PREDICATE =
  /^ (?:(?:is|was|were|are|will be|would be|has been|had been)(?: (?:being|also|then|again|first))? )?(?:held|staged|conducted|run|hosted|administered|coordinated|organi[sz]ed|attended|scheduled|implemented|financed|funded|прош\p{L}+|пройд\p{L}+|проходил\p{L}*|состоял\p{L}+|состоится|проводил\p{L}*|проводится|завершил\p{L}+)(?![\p{L}])/u;

/**
 * A name that only qualifies the noun after it ("The CSTO chairmanship rotates every year. It passes to
 * Russia": "it" is the chairmanship) is not what a pronoun after it stands for.
 */
const MODIFIER =
  /^(?:['’]s)?(?: (?:annual|rotating|current|next|new))? (?:chairmanship|presidency|chair|summit|session|meeting|secretariat|budget|charter|treaty|mission|forces|troops|contingent|delegation|leadership|programme|program|exercises?|drills|headquarters|membership|post|office)(?![\p{L}])/u;

const ENTITY_KINDS = new Set(['STATE', 'ORGANIZATION', 'INITIATIVE', 'EVENT']);
const EVENT_KINDS = new Set(['INITIATIVE', 'EVENT']);

/**
 * Whether a Russian name as written can be the subject of a pronoun of this gender: "Армения" for
 * "она", "Казахстан" for "он". A name in an oblique case ("Армении") is not a subject.
 */
function agrees(pronoun: string, name: string): boolean {
  const word = pronoun.toLowerCase();
  if (!/^(?:он|она|оно)$/.test(word)) return true;
  const last = name.trim().split(/\s+/)[0]!;
  if (/^\p{Lu}{2,}$/u.test(last)) return word === 'она'; // ОДКБ: организация.
  if (word === 'она') return /[ая]$|ь$/u.test(last);
  if (word === 'оно') return /[оеё]$/u.test(last);
  return /[бвгджзклмнпрстфхцчшщй]$/u.test(last);
}

interface Candidate {
  start: number;
  end: number;
  kind: string;
  entityId: string;
  text: string;
}

/** The states, organizations, programmes and events a stretch names, in order, "the organisation" as the main one. */
function candidates(paragraph: string, mentions: Found[], from: number, to: number, main: string | undefined): Candidate[] {
  const found: Candidate[] = mentions
    .filter((mention) => mention.start >= from && mention.end <= to && ENTITY_KINDS.has(mention.variant.kind))
    .map((mention) => ({ start: mention.start, end: mention.end, kind: mention.variant.kind, entityId: mention.entityId, text: mention.text }));
  if (main) {
    for (const match of paragraph.slice(from, to).matchAll(ORG_REFERENCE)) {
      found.push({ start: from + match.index, end: from + match.index + match[0].length, kind: 'ORGANIZATION', entityId: main, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A slot for each subject pronoun of a sentence that stands for a state, an organization, a programme or
 * an event: the first one the clause before names (this sentence's, for a pronoun after a comma; the
 * sentence before's, in the same paragraph, for one that opens its sentence).
 */
export function pronounSubjects(paragraph: string, sentences: Span[], mentions: Found[], sentence: Span, main: string | undefined): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const index = sentences.findIndex((span) => span.start === sentence.start);
  const previous = index > 0 ? sentences[index - 1] : undefined;
  const slots: Slot[] = [];
  for (const match of text.matchAll(SUBJECT_PRONOUN)) {
    const pronoun = match[1]!;
    const at = sentence.start + match.index + match[0].length - pronoun.length;
    const after = paragraph.slice(at + pronoun.length, sentence.end);
    if (EXPLETIVE.test(after)) continue;
    const opening = at - sentence.start <= 1;
    // A sentence's first word is capitalised; "it" inside one follows a clause of the same sentence.
    if (opening !== /^\p{Lu}/u.test(pronoun)) continue;
    const clause = opening ? previous : { start: sentence.start, end: at };
    if (!clause) continue;
    const wanted = EVENT_PREDICATE.test(after) ? EVENT_KINDS : new Set(['STATE', 'ORGANIZATION']);
    const subject = candidates(paragraph, mentions, clause.start, clause.end, main).find((candidate) => wanted.has(candidate.kind) && agrees(pronoun, candidate.text) && !MODIFIER.test(paragraph.slice(candidate.end, clause.end)));
    if (!subject) continue;
    slots.push({ kind: SLOT_OF_KIND[subject.kind as keyof typeof SLOT_OF_KIND], start: at, end: at + pronoun.length, text: pronoun, entityId: subject.entityId });
  }
  return slots;
}

/**
 * A second verb of one subject: "Uzbekistan joined the CSTO in 2006 and left it in 2012", "Узбекистан
 * вступил в ОДКБ в 2006 году и вышел из неё в 2012-м". The subject is the state or organization the
 * sentence opens with; the verb after "and" / "и" must be one (a past form, or "will", "has" before one).
 * Not "handed over" / "passed": the chairmanship rules read "X chaired it in 2023 and handed over to Y"
 * whole, the first clause's year being the day it passed.
 */
const SECOND_VERB =
  /(?:,? and|,? и) (?:then |later |subsequently |also |потом |затем |позже |также )?(?=(?:(?:will|has|had|would) )?(?!(?:handed|passed)(?![\p{L}]))(?:re)?(?:left|quit|joined|held|took|chaired|hosted|led|headed|signed|adopted|suspended|froze|resumed|rejoined|withdrew|sent|staged|\p{Ll}{3,}ed|вступ\p{L}*л\p{L}?|\p{Ll}{3,}(?:ла|ли|л)(?:сь|ся)?)(?![\p{L}]))/gu;
const OPENING = /^["«“]?(?:[Tt]he )?$/u;

export function coordinatedSubjects(paragraph: string, mentions: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const inSentence = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
  const subject = inSentence[0];
  if (!subject || !(subject.variant.kind === 'STATE' || subject.variant.kind === 'ORGANIZATION')) return [];
  if (!OPENING.test(paragraph.slice(sentence.start, subject.start))) return [];
  const slots: Slot[] = [];
  for (const match of text.matchAll(SECOND_VERB)) {
    const start = sentence.start + match.index;
    // Another subject after the first one ("Armenia froze …, and Russia …") starts a clause of its own.
    if (start <= subject.end) continue;
    slots.push({ kind: SLOT_OF_KIND[subject.variant.kind], start, end: start + match[0].length - 1, text: subject.text, entityId: subject.entityId });
  }
  return slots;
}

/** "left it", "вышел из неё": the organization named last before, as the object of a membership or chairing verb. */
const OBJECT_PRONOUN = /(?<![\p{L}])(?:(?:left|quit|joined|rejoined|chaired|chairs|chair|hosted|led|leads|heads|headed|join|leave) (it)|(?:из|в) (неё|нее|него))(?![\p{L}])/gu;

export function objectPronouns(paragraph: string, mentions: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  for (const match of text.matchAll(OBJECT_PRONOUN)) {
    const pronoun = match[1] ?? match[2]!;
    const start = sentence.start + match.index + match[0].length - pronoun.length;
    const organization = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= start && mention.variant.kind === 'ORGANIZATION').pop();
    if (organization && agrees(pronoun === 'неё' || pronoun === 'нее' ? 'она' : pronoun === 'него' ? 'он' : 'it', organization.text)) {
      slots.push({ kind: 'ORG', start, end: start + pronoun.length, text: pronoun, entityId: organization.entityId });
    }
  }
  return slots;
}
