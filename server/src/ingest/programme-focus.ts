/**
 * The programme an article is about at a point: what "the programme", "it" or «её» refers to in
 * "The programme is administered by X", "Tajikistan coordinates it", «Её координатором выступает X».
 * Journalists name a programme once, in full, and then speak of it by a common noun or a pronoun for
 * several sentences; a programme named in full later takes the focus.
 */
import type { Found } from './mentions';
import type { Gazetteer } from './types';
import type { FactEnd } from './types';
import type { Slot, Template } from './template';

/** The common nouns and pronouns that speak of a programme already named. */
const PROGRAMME_WORDS = /(?<![\p{L}])(?:programm?es?|programs?|программ\p{L}*)(?![\p{L}])/iu;

/**
 * Another programme than the one in focus, one the graph lacks: "the UN Development Programme", "a separate EU programme", "the
 * separate border programme", «другая программа», «программа ЕС». What a pronoun after it stands for is that one, and a payer in its
 * clause pays for that one. A known programme is a slot in the template, so its words are not read here.
 */
const OTHER_PROGRAMME = /(?:(?<![\p{L}])(?:another|separate|different|other|second|parallel) (?:[\p{L}-]+ ){0,2}?(?:programm?e|program|scheme)|\p{Lu}[\p{L}-]* (?:Programme|Program)|(?<![\p{L}])(?:друг|отдельн|ин|параллельн)\p{L}* (?:[\p{L}-]+ ){0,2}?программ\p{L}*|программ\p{L}* (?:[\p{L}-]+ )?(?:ЕС|ООН|НАТО|ОБСЕ|США|Евросоюза|Всемирного банка))(?![\p{L}])/u;

export function namesOtherProgramme(template: Template, start = 0, end = template.text.length): boolean {
  // A name the gazetteer lacks is a slot of its own ("the UN ⟦NAME⟧"): read its words.
  const text = template.text.slice(start, end).replace(/⟦NAME#(\d+)⟧/gu, (_, i: string) => template.slots[Number(i)]?.text ?? ' ');
  return OTHER_PROGRAMME.test(text);
}

/** The last known programme a template names before `index`: an initiative whose name says it is one (not a treaty, strategy or declaration). */
export function programmeNamed(template: Template, index: number, gazetteer: Gazetteer): FactEnd | undefined {
  const slot = template.slots.filter((candidate, i) => candidate.kind === 'INIT' && candidate.entityId && template.at[i]! < index && isProgramme(gazetteer, candidate.entityId)).pop();
  return slot?.entityId ? { entityId: slot.entityId, text: slot.text } : undefined;
}

export function isProgramme(gazetteer: Gazetteer, id: string): boolean {
  const entry = gazetteer.entry(id);
  return Boolean(entry && [entry.name, ...entry.aliases.map((alias) => alias.name)].some((name) => PROGRAMME_WORDS.test(name)));
}

/**
 * What a border or equipment programme is made of, which a report names instead of the programme once it is in focus:
 * "The second stage, deliveries to the outposts, is late. Russia has carried most of the cost", «Поставки оплачены из взносов …».
 */
const PROGRAMME_FRAME = /(?<![\p{L}])(?:stages?|phases?|deliveries|outposts?|этап\p{L}*|поставк\p{L}*|застав\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a programme is spoken of near a match, so that its "it" or «её» may be the programme in
 * focus: the programme's noun or a named programme in this sentence or the one before.
 */
export function programmeSpokenOf(gazetteer: Gazetteer, ...templates: Array<Template | undefined>): boolean {
  return templates.some((template) => template && (PROGRAMME_WORDS.test(template.text) || programmeNamed(template, template.text.length, gazetteer)));
}

/** Whether these sentences speak of what a programme is made of (its stages, deliveries, outposts): of the programme, where the article has named one only. */
export function programmeFramed(...templates: Array<Template | undefined>): boolean {
  return templates.some((template) => template && PROGRAMME_FRAME.test(template.text));
}

/**
 * A state that joins a programme takes part in it: «Киргизия присоединилась к целевой программе» is no membership (a programme has
 * participants, as the labels give a state funding the border programme), unlike a treaty or an organization it joins.
 */
export function programmesJoined<F extends { type: string; status?: string; to: { entityId?: string } }>(facts: F[], gazetteer: Gazetteer): F[] {
  return facts.map((fact) => (fact.type === 'MEMBER_OF' && !fact.status && fact.to.entityId && isProgramme(gazetteer, fact.to.entityId) ? { ...fact, type: 'PARTICIPATES_IN' } : fact));
}

/**
 * A programme named by what it does to a thing the graph knows: "a programme to fortify the Tajik-Afghan border", "the CSTO's
 * program for securing the Tajik-Afghan border", «программа по защите таджикско-афганской границы». Reports describe a programme so
 * rather than by its title; the graph names it "<thing> programme" (an alias), which is how the thing's mention finds it.
 */
const PURPOSE_BEFORE = /(?<![\p{L}])(?:(?:programm?e|program) (?:to|for|aimed at) (?:(?:help )?(?:strengthen|strengthening|fortify|fortifying|reinforce|reinforcing|secure|securing|protect|protecting|shore up|shoring up|bolster|bolstering|upgrade|upgrading|equip|equipping|guard|guarding|seal|sealing|tighten|tightening)(?: and [\p{L}]+)? )(?:the )?|программ\p{L}* (?:по )?(?:укреплени|защит|обустройств|охран|усилени|модернизаци|оснащени|прикрыти)\p{L}* )$/iu;

export function describedProgrammes(paragraph: string, mentions: Found[], gazetteer: Gazetteer & { idsNamed(name: string): string[] }, sentenceStart: number, sentenceEnd: number): Slot[] {
  const slots: Slot[] = [];
  for (const mention of mentions) {
    if (mention.start < sentenceStart || mention.end > sentenceEnd || isProgramme(gazetteer, mention.entityId)) continue;
    const purpose = PURPOSE_BEFORE.exec(paragraph.slice(Math.max(sentenceStart, mention.start - 80), mention.start));
    const entry = purpose && gazetteer.entry(mention.entityId);
    if (!purpose || !entry) continue;
    const ids = new Set([entry.name, ...entry.aliases.map((alias) => alias.name)].flatMap((name) => [`${name} programme`, `${name} program`]).flatMap((name) => gazetteer.idsNamed(name)).filter((id) => isProgramme(gazetteer, id)));
    if (ids.size !== 1) continue;
    const start = mention.start - purpose[0].length;
    slots.push({ kind: 'INIT', start, end: mention.end, text: paragraph.slice(start, mention.end), entityId: [...ids][0]!, covers: true });
  }
  return slots;
}
