/**
 * The stages of a programme: "the second stage of the border programme", "its third phase", «второй этап программы»,
 * «на третьем этапе», and an explainer's count and enumeration («Программа разбита на три этапа. Первый — …»,
 * "The first stage, in 2025, … The second, …"). Each stage the graph knows is PART_OF its programme, dated by the
 * years the text gives right after it. Reports speak of a stage by its ordinal rather than by a name, so no mention
 * finds it; what the ordinal counts is read from the programme named in the sentence, else the one the article
 * named last.
 */
import type { Found } from './mentions';
import { indexed } from './gazetteer';
import { describedProgrammes, isProgramme } from './programme-focus';
import type { Span } from './sentences';
import { sentenceEvidence } from './text';
import type { Gazetteer, ProposedFact } from './types';

const ORDINAL_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, one: 1, two: 2, three: 3, four: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const ORDINAL_RU: Record<string, number> = { перв: 1, втор: 2, трет: 3, четв: 4, пят: 5 };
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, два: 2, двух: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4, пять: 5 };

/** An ordinal before or after the stage noun: "the second stage", "stage two", «второй этап», «этап № 2». */
const STAGE_ORDINAL = /(?<![\p{L}\d])(?:(first|second|third|fourth|fifth|1st|2nd|3rd|4th) (?:[\p{L}-]+ )?(?:stage|phase)|(?:stage|phase) (one|two|three|four|[1-4])|(перв|втор|трет|четв|пят)(?:ый|ой|ий|ого|ьего|ему|ьему|ом|ьем|ым|ьим|ая|ья|ую|ью) (?:[\p{L}-]+ )?этап\p{L}*|этап\p{L}* (?:№ ?)?([1-4]))(?![\p{L}\d])/giu;
/** A count of stages: "in three stages", "has three phases", «разбита на три этапа», «в три этапа». */
const STAGE_COUNT = /(?<![\p{L}])(two|three|four|five|два|двух|три|тр[её]х|четыре|четыр[её]х|пять) (?:[\p{L}-]+ )?(?:stages|phases|этапа|этапов|этапах)(?![\p{L}])/giu;
/** A stage left to the enumeration the paragraph began: "The second, deliveries …", «Второй, на 2026–2027 годы, …», «Первый — оценка …». */
const ELLIPTIC_ORDINAL = /^(?:The |the )?(first|second|third|fourth|final)(?=,| —| –| -|:)|^(?:На )?(Перв|Втор|Трет|Четв)\p{L}*(?=,| —| –| -|:)/u;
const STAGE_WORD = /(?<![\p{L}])(?:stages?|phases?|этап\p{L}*)(?![\p{L}])/iu;

/**
 * What else has stages: an exercise, talks or a reform is no programme, even with a programme in focus
 * ("the second stage of the exercise", «второй этап учений», "the exercise's final phase").
 */
const OTHER_OWNER_AFTER = /^,? (?:of|in) (?:the |its |this |that )?(?:[\p{L}-]+ )?(?:exercises?|drills?|manoeuvres|maneuvers|war games|talks|negotiations|reform|operation|withdrawal|tournament|championship|competition|elections?|construction)(?![\p{L}])|^ (?:[\p{L}-]+ )?(?:учени|переговор|реформ|операци|вывод|строительств|турнир|чемпионат|соревновани|выбор|маневр|манёвр)/iu;
const OTHER_OWNER_BEFORE = /(?:exercises?|drills?|manoeuvres|talks|operation|reform)['’]s? $/iu;

/** Years right after the stage: "(2026–2027)", "in 2026-2027", "from 2027 to 2029", «в 2027–2029 годах», «с 2027 по 2029 год», "in 2025". */
const YEAR_RANGE = /(?<!\d)((?:19|20)\d\d)\s?(?:[-–—]|to|по|until)\s?((?:19|20)\d\d)(?!\d)/u;
const YEAR_ONE = /(?:(?<![\p{L}])(?:in|в) |\()((?:19|20)\d\d)(?!\d)(?! ?[-–—])/u;

interface StageReference {
  number: number;
  start: number;
  end: number;
  /** Counted ("in three stages"): the years after a count are the whole programme's, not one stage's. */
  counted?: boolean;
}

/** The stage entity of a programme the graph knows: its id is the programme's with "-stage-<n>", its name says "stage <n>". */
function stageOf(gazetteer: Gazetteer, programme: string, number: number): string | undefined {
  const id = `${programme}-stage-${number}`;
  const entry = gazetteer.entry(id);
  return entry && new RegExp(`stage ${number}(?!\\d)`, 'iu').test(entry.name) ? id : undefined;
}

function hasStages(gazetteer: Gazetteer, id: string): boolean {
  return isProgramme(gazetteer, id) && stageOf(gazetteer, id, 1) !== undefined;
}

/** The stages a sentence names, by ordinal, by a count of them, or by an ordinal alone at its head after a paragraph that spoke of stages. */
function stageReferences(text: string, stagesSpokenOf: boolean): StageReference[] {
  const references: StageReference[] = [];
  for (const match of text.matchAll(STAGE_ORDINAL)) {
    const word = (match[1] ?? match[2] ?? match[4] ?? '').toLowerCase();
    const number = match[3] ? ORDINAL_RU[match[3].toLowerCase()] : ORDINAL_EN[word];
    if (number) references.push({ number, start: match.index!, end: match.index! + match[0].length });
  }
  for (const match of text.matchAll(STAGE_COUNT)) {
    const count = COUNT[match[1]!.toLowerCase()] ?? 0;
    for (let number = 1; number <= count; number++) references.push({ number, start: match.index!, end: match.index! + match[0].length, counted: true });
  }
  const elliptic = stagesSpokenOf && references.length === 0 ? ELLIPTIC_ORDINAL.exec(text) : null;
  if (elliptic) {
    const number = elliptic[2] ? ORDINAL_RU[elliptic[2].toLowerCase()] : ORDINAL_EN[elliptic[1]!.toLowerCase()];
    if (number) references.push({ number, start: 0, end: elliptic[0].length });
  }
  return references;
}

/** The years a stage runs, given right after it and before the next stage the sentence names. */
function yearsAfter(text: string, from: number, to: number): { since?: string; until?: string } {
  const window = text.slice(from, Math.min(to, from + 90));
  const range = YEAR_RANGE.exec(window);
  const one = YEAR_ONE.exec(window);
  if (range && (!one || range.index <= one.index)) return { since: range[1], until: range[2] };
  return one ? { since: one[1], until: one[1] } : {};
}

interface ProgrammeNamed {
  entityId: string;
  text: string;
  start: number;
  end: number;
}

export interface StagedArticle {
  paragraphs: string[];
  sentences: Span[][];
  mentions: Found[][];
  gazetteer: Gazetteer;
}

export function programmeStages(article: StagedArticle): ProposedFact[] {
  const facts: ProposedFact[] = [];
  let programmeInFocus: ProgrammeNamed | undefined;
  article.paragraphs.forEach((paragraph, p) => {
    let stagesSpokenOf = false;
    // A count of stages lists them all only in a paragraph that goes on to enumerate them («Программа разбита на три этапа. В 2025 году …
    // Нынешний, второй этап … На третьем этапе …»); "runs in three stages until 2029" alone names none.
    const ordinals = new Set(article.sentences[p]!.flatMap((sentence) => stageReferences(paragraph.slice(sentence.start, sentence.end), true).filter((reference) => !reference.counted).map((reference) => reference.number)));
    const enumerated = ordinals.size >= 2;
    for (const sentence of article.sentences[p]!) {
      const text = paragraph.slice(sentence.start, sentence.end);
      // Named, or described by what it does to a thing the graph knows ("the CSTO's programme to strengthen the Tajik-Afghan border").
      const programmes: ProgrammeNamed[] = [
        ...article.mentions[p]!.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end),
        ...describedProgrammes(paragraph, article.mentions[p]!, indexed(article.gazetteer), sentence.start, sentence.end).map((slot) => ({ ...slot, entityId: slot.entityId! })),
      ].filter((named) => hasStages(article.gazetteer, named.entityId)).sort((a, b) => a.start - b.start);
      const references = stageReferences(text, stagesSpokenOf).filter((reference) => enumerated || !reference.counted);
      if (STAGE_WORD.test(text)) stagesSpokenOf = true;
      for (const [i, reference] of references.entries()) {
        const next = references.slice(i + 1).find((other) => other.start > reference.start)?.start ?? text.length;
        if (OTHER_OWNER_AFTER.test(text.slice(reference.end, reference.end + 60)) || OTHER_OWNER_BEFORE.test(text.slice(Math.max(0, reference.start - 30), reference.start))) continue;
        // The programme the stage's own phrase names ("the second stage of the X programme"), else the one in focus.
        const owner = programmes.find((mention) => mention.start - sentence.start >= reference.end && mention.start - sentence.start <= reference.end + 12) ?? programmes.filter((mention) => mention.start - sentence.start < reference.start).pop() ?? programmeInFocus;
        const stage = owner && stageOf(article.gazetteer, owner.entityId, reference.number);
        if (!owner || !stage) continue;
        const years = reference.counted ? {} : yearsAfter(text, reference.end, next);
        const known = facts.find((fact) => fact.from.entityId === stage && fact.to.entityId === owner.entityId);
        if (known) {
          if (!known.since && years.since) Object.assign(known, years);
          continue;
        }
        facts.push({
          type: 'PART_OF',
          from: { entityId: stage, text: text.slice(reference.start, reference.end) },
          to: { entityId: owner.entityId, text: owner.text },
          ...years,
          evidence: sentenceEvidence(paragraph, p + 1, sentence),
          rule: 'stages.ordinal',
        });
      }
      programmeInFocus = programmes[programmes.length - 1] ?? programmeInFocus;
    }
  });
  return facts;
}
