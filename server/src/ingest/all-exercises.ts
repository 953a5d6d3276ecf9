/**
 * A body that directed "all the exercises" (round 21): a year's review names its exercises one by one and then says
 * who directed them at once — «Руководство всеми учениями осуществлял Объединённый штаб ОДКБ», "All the drills were
 * directed by the Joint Staff", "The Joint Staff directed all of them". The quantifier spreads CONDUCTS over every
 * known exercise the article named before the sentence (the plural without "all" is rules-ru/en's, over the sentence
 * before only). A plan («будет руководить») or a denial is not read: the verbs are past or present only.
 */
import { endKey } from './fact-keys';
import { indexed } from './gazetteer';
import { articleEvents } from './event-reference';
import type { Found } from './mentions';
import { sentenceEvidence } from './text';
import type { Gazetteer, ProposedFact } from './types';

const ORG = '⟦ORG⟧';
/** The sentence's words with each organization's mention as ⟦ORG⟧, so the patterns read its place. */
const PATTERNS = [
  // «Руководство всеми учениями осуществлял Объединённый штаб», «Всеми этими учениями руководил штаб».
  new RegExp(`(?<![\\p{L}])(?:[Рр]уководство )?всеми (?:(?:этими|[а-яё]+ыми|[а-яё]+ими) )?(?:учениями|манёврами|маневрами) (?:(?:осуществлял\\p{L}*|осуществляет|руководил\\p{L}*|руководит) )(?:(?:[а-яё-]+ ){0,2})?${ORG}`, 'u'),
  // «Все учения прошли под руководством Объединённого штаба».
  new RegExp(`(?<![\\p{L}])[Вв]се (?:(?:эти|[а-яё]+ые) )?(?:учения|манёвры|маневры) (?:прошли|проводились|проведены|проходили) под (?:общим |единым )?руководством ${ORG}`, 'u'),
  // "The Joint Staff directed all the exercises", "… oversaw all of them", "All (the) drills were directed by the Joint Staff".
  new RegExp(`${ORG},? (?:(?:also|jointly|itself) )?(?:directed|oversaw|supervised|ran|planned and directed|directs|oversees) all (?:(?:of )?(?:the|these|those|its|this year's) )?(?:[a-z-]+ )?(?:exercises|drills|manoeuvres|maneuvers|of them)(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])[Aa]ll (?:(?:of )?(?:the|these|those|this year's) )?(?:[a-z-]+ )?(?:exercises|drills|manoeuvres|maneuvers) (?:were|are) (?:directed|supervised|overseen|run|planned and directed) by (?:the )?${ORG}`, 'u'),
];
/** Not said to be so: "not all the exercises", «не всеми». */
const DENIED = /(?<![\p{L}])(?:not|never|не|ни)\s+$/iu;

/** CONDUCTS from the body to each known exercise named before, for each sentence that says it directed all of them. */
export function allExercisesDirected(proposals: ProposedFact[], paragraphs: string[], sentences: Array<Array<{ start: number; end: number }>>, found: Found[][], gazetteer: Gazetteer): ProposedFact[] {
  const index = indexed(gazetteer);
  const names = (id: string) => { const entry = index.entry(id); return entry ? [entry.name, ...entry.aliases.map((alias) => alias.name)] : []; };
  const events = articleEvents(found.flat(), paragraphs, names).filter((event) => event.kind === 'exercise' && event.entityId);
  const known = new Set(proposals.map((fact) => `${fact.type}|${endKey(fact.from)}|${endKey(fact.to)}`));
  const added: ProposedFact[] = [];
  // The plural noun a rule read as an exercise the graph lacks ("All the drills were directed by …" → "drills"): the named ones replace it.
  const replaced = new Set<string>();
  paragraphs.forEach((paragraph, p) => {
    for (const sentence of sentences[p] ?? []) {
      const orgs = (found[p] ?? []).filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && index.kind(mention.entityId) === 'ORGANIZATION');
      if (orgs.length === 0) continue;
      // The sentence with its organizations as ⟦ORG⟧, and where each placeholder stands.
      let text = '';
      let at = sentence.start;
      const placed: Array<{ offset: number; mention: Found }> = [];
      for (const mention of orgs.sort((a, b) => a.start - b.start)) {
        text += paragraph.slice(at, mention.start);
        placed.push({ offset: text.length, mention });
        text += ORG;
        at = mention.end;
      }
      text += paragraph.slice(at, sentence.end);
      for (const pattern of PATTERNS) {
        const match = pattern.exec(text);
        if (!match || DENIED.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
        const body = placed.find((place) => place.offset >= match.index && place.offset < match.index + match[0].length)?.mention;
        if (!body) continue;
        const before = events.filter((event) => event.paragraph - 1 < p || (event.paragraph - 1 === p && event.start < sentence.start));
        for (const id of new Set(before.map((event) => event.entityId!))) {
          const to = { entityId: id, text: before.filter((event) => event.entityId === id).pop()!.text };
          const fact: ProposedFact = {
            type: 'CONDUCTS',
            from: { entityId: body.entityId, text: body.text },
            to,
            evidence: sentenceEvidence(paragraph, p + 1, sentence),
            rule: 'all-exercises.conducts',
          };
          const key = `CONDUCTS|${endKey(fact.from)}|${endKey(fact.to)}`;
          if (known.has(key)) continue;
          known.add(key);
          added.push(fact);
        }
        replaced.add(`${body.entityId}|${p + 1}|${sentence.start}`);
        break;
      }
    }
  });
  if (added.length === 0) return proposals;
  const kept = proposals.filter((fact) => !(fact.type === 'CONDUCTS' && !fact.to.entityId && replaced.has(`${fact.from.entityId}|${fact.evidence.paragraph}|${fact.evidence.start}`)));
  return [...kept, ...added];
}
