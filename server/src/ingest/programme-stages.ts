/**
 * A programme's stages (round 20, STRUCT): "the second stage of the programme", "the Tajik-Afghan border programme's second
 * stage", "its third stage", «второй этап программы», «в рамках второго этапа», «её второго этапа». The graph knows a stage as an
 * initiative of its own whose id is the programme's with "-stage-N" (data/csto/initiatives.yaml); a report names it only by its
 * ordinal and the programme, named in the sentence or in focus (programme-focus.ts), so no mention finds it and no rule's slot
 * holds it. A stage named is a PART_OF of its programme. Precision by what it refuses: a stage of something that is not a known
 * programme (a stage of an exercise: «на втором этапе военнослужащие …», "a planned second phase in Kazakhstan"), an ordinal the
 * graph has no stage for, and a clause with a negation or a doubt ("a third stage has been drafted but not approved").
 */
import type { FactEnd, Gazetteer } from './types';
import type { Template } from './template';

export interface StageFind {
  type: 'PART_OF';
  from: FactEnd;
  to: FactEnd;
  rule: string;
}

const L = 'a-zA-Zа-яА-ЯёЁ';
/** Ordinals by number, English and Russian stems. */
const ORDINALS: Array<[RegExp, number]> = [
  [/^(?:first|1st|initial|перв)/iu, 1],
  [/^(?:second|2nd|втор)/iu, 2],
  [/^(?:third|3rd|трет)/iu, 3],
  [/^(?:fourth|4th|четв[её]рт)/iu, 4],
];
const ORDINAL = `(?:first|1st|initial|second|2nd|third|3rd|fourth|4th|перв[${L}]*|втор[${L}]*|трет[${L}]*|четв[её]рт[${L}]*)`;
/** "the second stage", "its second and third stages", «второй этап», «второго и третьего этапов». */
const STAGE = new RegExp(`(?<![${L}])(${ORDINAL}(?:(?:,| and| и) ${ORDINAL})*) (?:stages?|phases?|этап[${L}]*)(?![${L}])`, 'giu');
/** What refuses a stage in its clause: a negation, a doubt, a condition. */
const REFUSED = new RegExp(`(?<![${L}])(?:not|no|never|n't|neither|nor|if|whether|unless|rumou?r\\w*|не|нет|ни|если|ли|якобы)(?![${L}])`, 'iu');
/** Where a clause ends: a semicolon, a colon, a dash, a comma before a conjunction. */
const CLAUSE_END = /[;:]|\s[—–]\s|,\s(?:but|while|though|although|но|однако|а)\s/giu;
/** An exercise spoken of in the clause: its stages are the exercise's, not the programme's. */
const EXERCISE = new RegExp(`(?<![${L}])(?:exercis\\w*|drills?|manoeuvres|maneuvers|учени[${L}]*|манёвр[${L}]*|маневр[${L}]*)(?![${L}])`, 'iu');

/** The clause of `text` around `offset`. */
function clauseAround(text: string, offset: number): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(CLAUSE_END)) {
    if (match.index < offset) start = match.index + match[0].length;
    else if (match.index >= offset) {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * The stages a sentence names of a programme, the one it names (the last before the stage or the first after it) or else the one in
 * focus (`inFocus`, which the caller gives only while a programme is spoken of).
 */
export function programmeStages(template: Template, gazetteer: Gazetteer, isProgramme: (id: string) => boolean, inFocus: FactEnd | undefined): StageFind[] {
  const finds: StageFind[] = [];
  const programmes = template.slots.map((slot, i) => ({ slot, at: template.at[i]! })).filter(({ slot }) => slot.kind === 'INIT' && slot.entityId && isProgramme(slot.entityId));
  for (const match of template.text.matchAll(STAGE)) {
    const clause = clauseAround(template.text, match.index);
    if (REFUSED.test(clause.replace(/⟦\w+#\d+⟧/gu, ' ')) || EXERCISE.test(clause.replace(/⟦\w+#\d+⟧/gu, ' '))) continue;
    const named = programmes.filter(({ at }) => at < match.index).pop() ?? programmes.find(({ at }) => at > match.index);
    const programme: FactEnd | undefined = named ? { entityId: named.slot.entityId, text: named.slot.text } : inFocus;
    if (!programme?.entityId) continue;
    for (const ordinal of match[1]!.split(/,| and | и /u).map((word) => word.trim())) {
      const number = ORDINALS.find(([regex]) => regex.test(ordinal))?.[1];
      const stageId = number ? `${programme.entityId}-stage-${number}` : undefined;
      const stage = stageId ? gazetteer.entry(stageId) : undefined;
      if (!stage || finds.some((find) => find.from.entityId === stageId)) continue;
      finds.push({ type: 'PART_OF', from: { entityId: stageId, text: match[0] }, to: programme, rule: 'programme-stage.ordinal' });
    }
  }
  return finds;
}
