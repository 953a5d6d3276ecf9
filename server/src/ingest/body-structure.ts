/**
 * How an organization is built, read as a frame rather than a wording (round 23, STRUCTURE): its bodies and forces listed
 * under a word for them, and where those bodies sit.
 *
 * Bodies (PART_OF): a run of bodies ("X, Y and Z", «X, Y и Z») next to a word of the frame: the organs or bodies it has, the
 * forces or troops at its disposal ("Its permanent working bodies are the Secretariat and the Joint Staff", "Under it sit the
 * Council of Foreign Ministers, …", «Кроме того, действуют Совет министров иностранных дел, …», «У организации есть и собственные
 * войска. Это КСОР, КМС и …», "the Secretariat and the Joint Staff are its standing bodies"). The owner is the organization the
 * clause names that is no body itself, else the one the article is about; a body of the run is one whose name says it is a body
 * (council, staff, secretariat, forces…), not the owner. A weak word ("there are also", «действуют», «есть у») counts only when
 * the paragraph, or the heading before it («Какие органы есть у ОДКБ?»), speaks of bodies or forces.
 *
 * Seats (HEADQUARTERED_IN): a locative predicate in the present ("based / seated / located / housed / headquartered / sits in",
 * «находится / расположен / размещается / базируется в», «— в Москве», «оба в Москве») and the bodies it is said of: the run of
 * bodies before it (past an aside between commas: "The Joint Staff, created in 2003 and also based in Moscow"), the one after an
 * inverted verb («где размещается Секретариат ОДКБ»), or a bare "headquarters" / «штаб-квартира» / «резиденция», which is the
 * organization's the article is about. Not a meeting's place (a date, a verb of meeting in the clause), a plan, a negation, a
 * question, the past.
 *
 * A fact the proposals already hold is not proposed again.
 */
import { BODY_NAME, topOrganization, type Article } from './facts';
import { factKey } from './fact-keys';
import type { Found } from './mentions';
import type { Span } from './sentences';
import { sentenceEvidence } from './text';
import type { FactEnd, ProposedFact } from './types';

const L = '\\p{L}';

/** The words of the frame that name the organization's parts: bodies, organs, forces, troops, structure. */
const PARTS_WORD = new RegExp(`(?<!${L})(?:bod(?:y|ies)|organs?|forces|troops|structures?|орган${L}*|сил[аыу]?|войск${L}*|структур${L}*|подразделени${L}*)(?!${L})`, 'iu');
/**
 * A word that opens a run of the organization's parts, right before it: "bodies are", "organs include", "Under it sit", «органом
 * является», «органы —», «в распоряжении … находятся», «Это» (after a sentence of the frame). Strong: the word of the frame is in it.
 */
const OPENS_STRONG = new RegExp(
  [
    `(?:bod(?:y|ies)|organs?|forces|troops|structures?)(?: (?:of|at the disposal of) (?:the |its )?⟦ORG#\\d+⟧)?(?: (?:are|is|include|includes|comprise|comprises|consist of|consists of)|:| —| –)(?: (?:also|now|currently))?`,
    `(?:орган${L}*|сил${L}*|войск${L}*|структур${L}*)(?: ⟦ORG#\\d+⟧)?(?: (?:явля${L}*|выступа${L}*)|:| —| –)(?: (?:также|сейчас|ныне))?`,
    `(?:[Вв] распоряжении|[Вв] (?:структур|состав)${L}*) (?:⟦ORG#\\d+⟧|организации|блока|альянса|е[её]|его)(?: (?:также|сейчас|ныне))? (?:наход${L}*|име${L}*ся|вход${L}*|есть)`,
  ].join('|'),
  'iu',
);
/** Weak openers: they need the frame's word in the paragraph or its heading. */
const OPENS_WEAK = new RegExp(
  `(?:(?:^|[.;:] )(?:Это|These are|They are|Они —|Они:)|(?:under (?:it|them) (?:sit|sits|are|come|work)|there (?:is|are) also|(?:it|the ⟦ORG#\\d+⟧) (?:also )?(?:has|keeps|maintains|runs)|кроме того,? (?:действуют|работают|существуют|есть)|действуют|функционируют|есть (?:и )?у (?:⟦ORG#\\d+⟧|организации|блока|не[её]|него)(?: и)?(?: собственные)?))`,
  'iu',
);
/** After a run: "are its permanent bodies", «— постоянные органы ОДКБ», «являются рабочими органами». */
const CLOSES = new RegExp(
  `^(?:,? (?:are|remain|serve as|act as) (?:the |its |the ⟦ORG#\\d+⟧['’]s |⟦ORG#\\d+⟧['’]s )?(?:[a-z-]+ ){0,3}(?:bodies|organs|forces)|(?: —| –|,)? (?:(?:являются|выступают) )?(?:[а-яё-]+(?:ые|ие|ыми|ими) ){0,3}(?:органы|органами|силы|силами)(?!${L}))`,
  'iu',
);
/** Between two bodies of a run: commas, "and", «и», "as well as", «а также», an acronym in brackets, an article. */
const GLUE = /^(?:\s*(?:\([^()]{1,25}\)|,|;|and|и|as well as|а также|plus|the|its|a|an)\s*)+$/iu;
/** What takes a clause back: a plan, a proposal, a negation, a hedge. */
const NOT_STATED = new RegExp(
  `(?<!${L})(?:not|no|none|nobody|no longer|never|would|could|might|may|will|shall|plan${L}*|propos${L}*|to be|idea|floated|discuss${L}*|wants?|не|нет|будет|будут|планир${L}*|предлаг${L}*|предлож${L}*|может|могут|мог${L}*|хотят|хочет|обсужда${L}*)(?!${L})`,
  'iu',
);

/** A present locative predicate of a seat, its place right after; or a seat noun and "in" ("a headquarters in Moscow"). */
const SEATED = new RegExp(
  `(?:(?:is|are|remains?)(?: (?:both|all|also|still|now))? )?(?:(?:both|all|also|still) )?(?:based|seated|headquartered|located|housed|situated|sits|sit)(?: in (?:an? |the )?(?:[\\p{L}-]+ ){0,2}(?:building|offices?|premises|compound))? in (?:the city of )?$` +
    `|(?:headquarters|seat) (?:(?:is|are) )?(?:(?:located|situated) )?in (?:the city of )?$` +
    `|(?:(?:оба|обе|также|тоже|по-прежнему|сейчас) )?(?:наход(?:ится|ятся)|располож${L}*|располага(?:ется|ются)|размещ(?:ается|аются|ена|ены|ен)|базиру(?:ется|ются)|дислоциру(?:ется|ются))(?: —)? (?:в|во) (?:городе )?$` +
    `|(?:(?:оба|обе) (?:— |– )?|(?:—|–) )(?:в|во) $`,
  'iu',
);
/** After the place: a time or a purpose, as of a sitting or a visit. */
const VISIT_AFTER = /^,? (?:on|this|next|last|today|tomorrow|tonight|for|to|until|through|from|in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d)|\d|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|\d)|\d|на (?:заседани|сесси|встреч))/iu;
/** A bare word for the seat: the organization's (the article's) unless an organization follows it. */
const SEAT_NOUN = new RegExp(`(?<!${L})(?:headquarters|seat|штаб-квартир${L}*|резиденци${L}*)(?!${L})`, 'iu');
/** A meeting, a visit or a date: the clause is about an event's place, not a seat. */
const EVENT_WORD = new RegExp(
  `(?<!${L})(?:met|meet|meets|meeting|session|summit|talks|visit${L}*|held|gathered|convened|прош${L}*|проход${L}*|состоял${L}*|состоится|заседан${L}*|сесси${L}*|саммит${L}*|встреч${L}*|визит${L}*|собрал${L}*|was|were|had been|был|была|было|были)(?!${L})`,
  'iu',
);

interface Slot {
  mention: Found;
  /** Offsets in the sentence's template text. */
  at: number;
  end: number;
  kind: string;
}

/** The sentence with its mentions replaced by ⟦KIND#i⟧, and where each one stands. */
function templateOf(text: string, offset: number, mentions: Found[]): { text: string; slots: Slot[] } {
  const inside = mentions.filter((m) => m.start >= offset && m.end <= offset + text.length).sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = offset;
  const slots: Slot[] = [];
  for (const mention of inside) {
    if (mention.start < cursor) continue;
    out += text.slice(cursor - offset, mention.start - offset);
    const kind = mention.variant.kind === 'ORGANIZATION' ? 'ORG' : mention.variant.kind;
    const marker = `⟦${kind}#${slots.length}⟧`;
    slots.push({ mention, at: out.length, end: out.length + marker.length, kind });
    out += marker;
    cursor = mention.end;
  }
  out += text.slice(cursor - offset);
  return { text: out, slots };
}

/** Runs of organizations joined by list glue, in order. */
function runsOf(text: string, slots: Slot[]): Slot[][] {
  const runs: Slot[][] = [];
  for (const slot of slots) {
    if (slot.kind !== 'ORG') continue;
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && GLUE.test(text.slice(previous.end, slot.at))) last!.push(slot);
    else runs.push([slot]);
  }
  return runs;
}

const isBody = (article: Article, id: string) => BODY_NAME.test(article.gazetteer.entry(id)?.name ?? '');
const endOf = (mention: Found): FactEnd => ({ entityId: mention.entityId, text: mention.text });

/** The clause around an offset: from the last ";" or sentence start to the next ";" (colons and dashes stay inside). */
function clauseAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf(';', at) + 1;
  const next = text.indexOf(';', at);
  return [start, next < 0 ? text.length : next];
}

/** The organizations' bodies and seats an article states in the frames above, less what the proposals hold. */
export function bodyStructure(article: Article, proposals: ProposedFact[]): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const seen = new Set(proposals.map((fact) => factKey(fact)));
  const top = topOrganization(article);
  const add = (fact: ProposedFact) => {
    const key = factKey(fact);
    if (seen.has(key) || fact.from.entityId === fact.to.entityId) return;
    seen.add(key);
    facts.push(fact);
  };
  article.paragraphs.forEach((paragraph, index) => {
    const mentions = article.mentions[index] ?? [];
    const sentences = article.sentences[index] ?? [];
    const blank = (p: string, ms: Found[]) => ms.reduce((out, m) => out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end), p);
    // The paragraph or its heading (a paragraph of one question before it) speaks of the organization's parts.
    const heading = index > 0 && /\?\s*$/u.test(article.paragraphs[index - 1]!) && (article.sentences[index - 1]?.length ?? 0) <= 1 ? blank(article.paragraphs[index - 1]!, article.mentions[index - 1] ?? []) : '';
    const framed = PARTS_WORD.test(blank(paragraph, mentions)) || PARTS_WORD.test(heading);
    let previousFramed = false;
    sentences.forEach((sentence: Span) => {
      const raw = paragraph.slice(sentence.start, sentence.end);
      const { text, slots } = templateOf(raw, sentence.start, mentions);
      const framedHere = PARTS_WORD.test(blank(paragraph, mentions).slice(sentence.start, sentence.end));
      if (/\?\s*$/u.test(raw)) {
        previousFramed = false;
        return;
      }
      const evidence = (from: Slot, to?: Slot) => sentenceEvidence(paragraph, index + 1, sentence, { start: from.mention.start, end: (to ?? from).mention.end });
      // Bodies.
      for (const run of runsOf(text, slots)) {
        const first = run[0]!;
        const last = run[run.length - 1]!;
        const before = text.slice(Math.max(0, first.at - 60), first.at);
        const after = text.slice(last.end, last.end + 80);
        const strong = new RegExp(`(?:${OPENS_STRONG.source})(?:\\s+(?:also|the|its|a|an|это|также))*\\s*$`, 'iu').test(before) || CLOSES.test(after);
        const weak = new RegExp(`(?:${OPENS_WEAK.source})(?:,?\\s+(?:also|its|their|own|the|a|an|forces|bodies|organs|troops|и|также|собственные|свои|следующие|following|войска|силы|органы))*[\\s:,]*$`, 'iu').test(before) && (framed || framedHere || previousFramed);
        // A rubric in capitals ("* FORCES: The …") heads an item, not a list.
        if (!strong && !weak) continue;
        if (/(?<!\p{L})\p{Lu}{4,}:\s*(?:the\s+)?$/u.test(before)) continue;
        const [from, to] = clauseAround(text, first.at);
        const clause = text.slice(from, to);
        if (NOT_STATED.test(clause.replace(/⟦\w+#\d+⟧/gu, ' '))) continue;
        // The owner: an organization of the clause outside the run that is no body; else the article's.
        const members = new Set(run);
        const owners = slots.filter((slot) => slot.kind === 'ORG' && !members.has(slot) && slot.at >= from && slot.at < to && !isBody(article, slot.mention.entityId));
        const ownerIds = [...new Set(owners.map((slot) => slot.mention.entityId))];
        if (ownerIds.length > 1) continue;
        const owner: FactEnd | undefined = owners[0] ? endOf(owners[0].mention) : top ? { entityId: top, text: article.gazetteer.entry(top)?.name ?? top } : undefined;
        if (!owner) continue;
        for (const item of run) {
          if (item.mention.entityId === owner.entityId || !isBody(article, item.mention.entityId)) continue;
          add({ type: 'PART_OF', from: endOf(item.mention), to: owner, evidence: evidence(item), rule: 'structure.bodies-listed' });
        }
      }
      previousFramed = framedHere && /(?:войск|сил|орган|forces|troops|bodies|organs)\p{L}*[^.]*\.\s*$/iu.test(raw);
      // Seats.
      for (const place of slots.filter((slot) => slot.kind === 'PLACE')) {
        const head = text.slice(0, place.at);
        const predicate = SEATED.exec(head);
        if (!predicate) continue;
        const [from] = clauseAround(text, place.at);
        const clause = text.slice(from, place.at);
        const plain = clause.replace(/⟦\w+#\d+⟧/gu, ' ');
        // A time after the place makes it a sitting's ("sits in Moscow on Wednesday for its last meeting").
        if (VISIT_AFTER.test(text.slice(place.end))) continue;
        if (NOT_STATED.test(plain) || /(?<!\p{L})(?:was|were|had been|будет|был[аио]?)(?!\p{L})/iu.test(plain)) continue;
        const subjects: Slot[] = [];
        const upTo = predicate.index;
        const orgsBefore = slots.filter((slot) => slot.kind === 'ORG' && slot.at >= from && slot.end <= upTo);
        const runs = runsOf(text, orgsBefore);
        const lastRun = runs[runs.length - 1];
        if (lastRun) {
          const between = text.slice(lastRun[lastRun.length - 1]!.end, upTo);
          // Right before the predicate, past a genitive of the organization («Секретариат организации»), an aside between commas
          // with no other body or place in it, or "both" / «оба».
          const gap = between.replace(/^ (?:организации|блока|альянса|ОДКБ)(?!\p{L})/u, '');
          const aside = /^\s*(?:,(?:[^,⟦]|⟦(?:DATE|PERSON)#\d+⟧)*(?:,| and))?\s*,?\s*(?:—|–)?\s*$/iu.test(gap);
          // Not the object of a meeting's verb before it ("met at the Secretariat, located in …" would read the same).
          if (aside && !EVENT_WORD.test(text.slice(from, lastRun[0]!.at).replace(/⟦\w+#\d+⟧/gu, ' '))) subjects.push(...lastRun);
        }
        // «Резиденция — в Москве, где размещается Секретариат ОДКБ»: the inverted verb, its body after it.
        const inverted = /^(?:,? (?:где|where)|[^.;⟦]{0,40}?[:—,] (?:там|there)) (?:(?:размещается|размещаются|находится|находятся|располагается|располагаются|работает|работают|is based|are based|sits|sit|work|works) )?(?:the )?((?:⟦ORG#\d+⟧(?:,? (?:и|and) (?:the )?)?)+)(?: (?:is|are) based)?/u.exec(text.slice(place.end));
        if (inverted) for (const m of inverted[1]!.matchAll(/⟦ORG#(\d+)⟧/gu)) subjects.push(slots[Number(m[1])]!);
        // A bare seat noun in the clause: the organization named before it ("the CSTO's headquarters"), else the article's, not
        // one named after it ("the headquarters of the CIS Executive Committee", «штаб-квартира РАТС ШОС») or another's ("whose").
        const noun = SEAT_NOUN.exec(clause);
        if (noun && top && !EVENT_WORD.test(plain)) {
          const nounStart = from + noun.index;
          const rest = clause.slice(noun.index + noun[0].length);
          const before = text.slice(Math.max(0, nounStart - 16), nounStart);
          const owned = /⟦ORG#(\d+)⟧['’]s? $/u.exec(before);
          const foreign = /^(?: of| ⟦ORG#\d+⟧(?! и)| [A-ZА-ЯЁ]{2,})/u.test(rest) || /(?:whose|чья|чей|its own|their) $/iu.test(before);
          // "The CSTO Secretariat, with its headquarters in Moscow": "its" is the body named before it, not the article's organization.
          const possessor = /(?:its|their|её|ее|его|их) $/iu.test(before) ? slots.filter((slot) => slot.kind === 'ORG' && slot.end <= nounStart).pop() : undefined;
          const owner = owned ? slots[Number(owned[1])]!.mention : possessor?.mention;
          if (!foreign && (!owner || !isBody(article, owner.entityId))) {
            const end = owner ? endOf(owner) : { entityId: top, text: noun[0] };
            if (!subjects.some((slot) => slot.mention.entityId === end.entityId)) {
              add({ type: 'HEADQUARTERED_IN', from: end, to: endOf(place.mention), evidence: sentenceEvidence(paragraph, index + 1, sentence, { start: paragraph.indexOf(noun[0], sentence.start), end: place.mention.end }), rule: 'structure.seat-noun' });
            }
          }
        }
        for (const subject of subjects) {
          add({ type: 'HEADQUARTERED_IN', from: endOf(subject.mention), to: endOf(place.mention), evidence: evidence(subject, place), rule: 'structure.seated' });
        }
      }
    });
  });
  return facts;
}
