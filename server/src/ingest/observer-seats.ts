/**
 * A parliament's observer seat at an assembly, stated in passing (round 22, MEMBERS): "the parliaments of Serbia and
 * Afghanistan are observers at its Parliamentary Assembly", "Serbia's parliament has held observer status in the Assembly
 * since 2013", "with the parliament of Serbia attending as an observer", «наблюдателями при ней являются парламенты Сербии и
 * Афганистана», «в качестве наблюдателей присутствовали представители Народной скупщины Сербии и Парламентского собрания
 * Союза Беларуси и России». The rules of rules-en.ts and rules-members.ts read a named observer as the subject of "observer
 * status at X"; this reads the frame around the word "observer" instead: the observers are the legislatures the sentence
 * names (a parliament named as such, or "the parliament(s) of" a state, the state's own legislature when the gazetteer knows
 * it by "Parliament of …" or "National Assembly of …"), the host the body after "at / in / with / при / в" that is not one
 * of them, else the organization the sentence before named, else the article's. A state itself ("Serbia is not a member",
 * "representatives of Uzbekistan attended as observers") is no observer here; a proposal, a rumour, a question, a plan or a
 * negation takes the sentence back.
 */
import type { DiscourseFind } from './discourse';
import { indexed } from './gazetteer';
import { slotEnd, type Template } from './template';
import type { FactEnd, Gazetteer } from './types';

const L = '\\p{L}';
const OBSERVER_WORD = new RegExp(`(?<!${L})(?:observers?|наблюдател${L}*)(?!${L})`, 'iu');

/** A legislature by its own name: "National Assembly of Serbia", «Парламентское собрание Союза …». */
const LEGISLATURE_NAME = /(?:parliament|national assembly|parliamentary assembly|скупщин|парламент|собрани|ассамбле)/iu;

/** "the parliament(s) of A, B and C", "A's parliament", «парламент(ы) A и B»: the states whose legislature is meant. */
const PARLIAMENT_OF = new RegExp(
  [
    `(?<!${L})(?:parliaments?|legislatures?|national assembl(?:y|ies)) of (?:the )?(?<en>⟦STATE#\\d+⟧(?:(?:,|,? and) (?:the )?⟦STATE#\\d+⟧)*)`,
    `(?<poss>⟦STATE#\\d+⟧)['’]s? (?:own )?(?:parliament|legislature|national assembly)(?!${L})`,
    `(?<!${L})(?:парламент|законодател${L}* орган|национальн${L}* ассамбле)${L}* (?<ru>⟦STATE#\\d+⟧(?:(?:,| и) ⟦STATE#\\d+⟧)*)`,
  ].join('|'),
  'giu',
);

/** Before the host: "observer at", "observer status in the CSTO's", «наблюдателем при», «в качестве наблюдателя в». */
const HOST_BEFORE = /(?:^|[\s(])(?:at|in|with|to|inside|при|в|во)\s+(?:the\s+)?(?:⟦ORG#\d+⟧['’]s\s+|(?:bloc|alliance|organi[sz]ation)['’]s\s+|its\s+)?$/iu;

/** A meeting of the body, before or after its name: it is where the observers sat, not one of them. */
const MEETING_AFTER = /^(?:['’]s?)?\s*(?:[\p{L}-]+\s+)?(?:session|meeting|plenary|sitting|summit|сесси|заседани|пленар)/iu;
const MEETING_BEFORE = /(?:session|meeting|plenary|sitting|of the|сесси\p{L}*|заседани\p{L}*|пленарн\p{L}* \p{L}+)\s+(?:the\s+)?$/iu;

/** What takes the sentence back: a proposal, an idea, a rumour, a request, a question, a plan, a refusal, a negation of the seat. */
const NOT_HELD = new RegExp(
  [
    `(?<!${L})(?:propos${L}*|floated|idea|suggest${L}*|might|would|could|may|whether|rumou?r${L}*|reports? (?:that|last)|appl(?:y|ied|ies|ication)|request${L}*|ask${L}*|bid|invit${L}*|offer${L}*|not|no longer|n['’]t|ceased|no one|nobody|none|no observers?|has no|have no|not an? observers?|never|ruled out|swap|instead|plans?|planned|expected|will|denied|unconfirmed|not confirmed|lapsed|revoked|stripped|lost)(?!${L})`,
    `(?<!${L})(?:предлож${L}*|иде[яюи]|заявк${L}*|слух${L}*|обсужда${L}*|может|мог${L}*|будет|планир${L}*|намерен${L}*|просил${L}*|проси${L}*|не является|не был${L}*|не име${L}*|больше не|нет|никто|никого|ли)(?!${L})`,
  ].join('|'),
  'iu',
);

/** An observer of something else than the body's sitting: "as an observer at the drills", «наблюдателем на учениях». */
const OTHER_EVENT_AFTER = /^\s*(?:at|during|on|of|to|на|в ходе|во время)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:drills?|exercises?|manoeuvres|maneuvers|war games|учени\p{L}*|маневр\p{L}*|манёвр\p{L}*)(?![\p{L}])/iu;

/** The legislature of a state, when the gazetteer knows it by "Parliament of X" or "National Assembly of X". */
function legislatureOf(gazetteer: Gazetteer, stateId: string): FactEnd | undefined {
  const trie = indexed(gazetteer);
  const state = trie.entry(stateId);
  if (!state) return undefined;
  for (const name of [state.name, ...state.aliases.filter((alias) => /^[A-Za-z]/.test(alias.name)).map((alias) => alias.name)]) {
    for (const form of [`Parliament of ${name}`, `National Assembly of ${name}`, `Parliament of the ${name}`]) {
      const id = trie.idsNamed(form).find((candidate) => trie.kind(candidate) === 'ORGANIZATION');
      if (id) return { entityId: id, text: form };
    }
  }
  return undefined;
}

/** The OBSERVER_OF seats a sentence states, of the host it names or the one in focus (`prior`, else `organization`). */
export function observerSeats(template: Template, gazetteer: Gazetteer, prior: FactEnd | undefined, organization: FactEnd | undefined): DiscourseFind[] {
  const { text } = template;
  const word = OBSERVER_WORD.exec(text);
  if (!word) return [];
  if (NOT_HELD.test(text.replace(/⟦\w+#\d+⟧/gu, ' ')) || /\?\s*$/u.test(text) || OTHER_EVENT_AFTER.test(text.slice(word.index + word[0].length))) return [];
  const trie = indexed(gazetteer);
  const slots = template.slots.map((slot, i) => ({ slot, at: template.at[i]!, i }));
  const orgs = slots.filter(({ slot }) => slot.kind === 'ORG' && slot.entityId);
  // The host: a body after a preposition of place; a legislature there is the host, not an observer.
  const hosts = orgs.filter(({ at }) => HOST_BEFORE.test(text.slice(Math.max(0, at - 40), at)));
  const observers: { end: FactEnd; at: number }[] = [];
  // A legislature named near the word "observer" ("X has held observer status", «в качестве наблюдателей … представители X»),
  // and those listed with it ("X and Y"): not one the sentence is about from afar ("The Assembly met …, with … as an observer").
  let last: { at: number; length: number } | undefined;
  for (const { slot, at, i } of orgs) {
    if (hosts.some((host) => host.at === at)) continue;
    const name = trie.entry(slot.entityId!)?.name ?? slot.text;
    const length = `⟦ORG#${i}⟧`.length;
    const near = Math.abs(at - word.index) < 80;
    const listed = last !== undefined && /^(?:,|,? and|,? и) (?:the )?(?:представител\p{L}* )?$/iu.test(text.slice(last.at + last.length, at));
    // "attended the Assembly's session as observers", «сессии Парламентской ассамблеи»: the body met, it did not observe.
    const meeting = MEETING_AFTER.test(text.slice(at + length)) || MEETING_BEFORE.test(text.slice(Math.max(0, at - 30), at));
    if ((LEGISLATURE_NAME.test(name) || LEGISLATURE_NAME.test(slot.text)) && (near || listed) && !meeting) {
      observers.push({ end: slotEnd(slot), at });
      last = { at, length };
    }
  }
  for (const match of text.matchAll(PARLIAMENT_OF)) {
    const list = match.groups?.en ?? match.groups?.poss ?? match.groups?.ru ?? '';
    for (const index of list.matchAll(/⟦STATE#(\d+)⟧/gu)) {
      const slot = template.slots[Number(index[1])]!;
      if (!slot.entityId) continue;
      const legislature = legislatureOf(gazetteer, slot.entityId);
      observers.push({ end: legislature ?? { text: `parliament of ${slot.text}` }, at: match.index });
    }
  }
  if (observers.length === 0) return [];
  // The host named after its preposition, else a body the sentence names that is no observer, else the one in focus.
  const named = hosts[0] ?? orgs.find(({ at }) => !observers.some((observer) => observer.at === at));
  // "in the CSTO's parliamentary body": the host is what the named body owns, which this does not name.
  if (named && /^⟦ORG#\d+⟧['’]s? /u.test(text.slice(named.at))) return [];
  const host = named ? slotEnd(named.slot) : (prior ?? organization);
  // A body in focus that is itself one of the observers is no host of theirs; a parliament observes an assembly, so a body in
  // focus that is none (the organization, when "its Parliamentary Assembly" names no entity) is not taken for the host.
  if (!host?.entityId || observers.some((observer) => observer.end.entityId === host.entityId)) return [];
  if (!(named && hosts[0] === named) && !LEGISLATURE_NAME.test(indexed(gazetteer).entry(host.entityId)?.name ?? host.text)) return [];
  // The clause of the word "observer" dates the seat, not the next one ("…; the Afghan seat has been vacant since 2021").
  const clauseEnd = word.index + (/[;]|,? (?:although|though|but|while|whereas|а|но|однако|хотя) /iu.exec(text.slice(word.index))?.index ?? text.length - word.index);
  const finds: DiscourseFind[] = [];
  const seen = new Set<string>();
  for (const observer of observers) {
    const key = observer.end.entityId ?? observer.end.text;
    if (observer.end.entityId === host.entityId || seen.has(key)) continue;
    seen.add(key);
    finds.push({ type: 'OBSERVER_OF', from: observer.end, to: host, rule: 'discourse.observer-seat', start: Math.min(observer.at, word.index), end: clauseEnd, dating: 'start', status: 'observer' });
  }
  return finds;
}
