/**
 * Gapping (round 21): a list of contributions shares one verb, stated once for the first state and left out of
 * the clauses after it — "Kazakhstan contributed an air assault battalion, Kyrgyzstan a mountain rifle company
 * and Tajikistan, as host, the bulk of the infantry", "Russia contributes a division; Kazakhstan a brigade;
 * Kyrgyzstan and Tajikistan one battalion each", «Россия направила батальон, Казахстан — роту». The rules read the
 * clause with the verb; a clause with none is a state followed straight by what it put in, and it stands for the
 * same fact with that state as its subject. The pass copies the first clause's participation to each such state.
 */
import { endKey } from './fact-keys';
import { indexed } from './gazetteer';
import type { Gazetteer, Mention, ProposedFact } from './types';

/** The verb of the first clause, right after its subject (an aside or an auxiliary may stand between). */
const CONTRIBUTION_VERB =
  /^(?:,[^,;]{1,40},)? (?:(?:has|have|had|will|also|each|again|then) )*(?:sent|sends|contributed|contributes|provided|provides|fielded|fields|committed|commits|deployed|deploys|dispatched|dispatches|supplied|supplies|assigned|assigns|brought|направил\p{L}*|направля\p{L}*|выделил\p{L}*|выделя\p{L}*|предоставил\p{L}*|предоставля\p{L}*|отправил\p{L}*|выставил\p{L}*|прислал\p{L}*)(?![\p{L}])/iu;
/** What joins a gapped clause to the one before: a comma, a semicolon or "and" (with no verb of its own after the state). */
const JOIN_BEFORE = /(?:[,;]|,? and|;? and|,? и|,? а) $/iu;
/** Another state of the same gapped clause's subject: "Kyrgyzstan and Tajikistan one battalion each". */
const SUBJECT_JOIN = /^(?:,? and |,? и |, )$/iu;
/**
 * What the gapped clause puts in, straight after its subject or an aside: "Tajikistan, as host, the bulk …", "Kyrgyzstan a
 * company"; the Russian gap is marked by a dash («Казахстан — роту»), and a refusal there («Армения — нет») is none.
 */
const WHAT_FOLLOWS_EN = /^(?:,(?: as (?:the )?host(?: nation| country)?| [^,;]{1,30}),)? (?:a|an|one|two|three|four|five|six|its|their|most|much|some|several|part of|the (?:bulk|rest|largest|remainder)|[\d,]+)(?=[\s,.;]|$)/iu;
const WHAT_FOLLOWS_RU = /^ — (?!(?:нет|ни|не|никого|ничего|пока|позже|только наблюдател\p{L}*)(?![\p{L}]))[\p{L}\d]/iu;
const whatFollows = (tail: string) => WHAT_FOLLOWS_EN.test(tail) || WHAT_FOLLOWS_RU.test(tail);

/** Each participation the first clause states, copied to the states of the gapped clauses after it. */
export function gappedContributions(proposals: ProposedFact[], paragraphs: string[], mentions: Mention[][], gazetteer: Gazetteer): ProposedFact[] {
  const index = indexed(gazetteer);
  const isState = (mention: Mention) => index.kind(mention.entityId) === 'STATE';
  const known = new Set(proposals.map((fact) => `${fact.type}|${endKey(fact.from)}|${endKey(fact.to)}`));
  const added: ProposedFact[] = [];
  for (const fact of proposals) {
    // A known end only: an exercise the sentence leaves unnamed may be one the graph lacks, and a copy would repeat a guess.
    if (fact.type !== 'PARTICIPATES_IN' || !fact.to.entityId || !fact.from.entityId || index.kind(fact.from.entityId) !== 'STATE') continue;
    const { paragraph, start, end } = fact.evidence;
    const text = paragraphs[paragraph - 1];
    if (text === undefined) continue;
    const states = (mentions[paragraph - 1] ?? []).filter((mention) => mention.start >= start && mention.end <= end && isState(mention)).sort((a, b) => a.start - b.start);
    const head = states.find((mention) => mention.entityId === fact.from.entityId && CONTRIBUTION_VERB.test(text.slice(mention.end, end)));
    if (!head) continue;
    // The gapped clauses: after the verb, each a state (or states joined by "and") right after a joiner, what it put in right after.
    const after = states.filter((mention) => mention.start > head.end);
    for (let i = 0; i < after.length; i++) {
      const subject = [after[i]!];
      if (!JOIN_BEFORE.test(text.slice(Math.max(start, after[i]!.start - 6), after[i]!.start))) continue;
      while (i + 1 < after.length && SUBJECT_JOIN.test(text.slice(subject.at(-1)!.end, after[i + 1]!.start))) subject.push(after[++i]!);
      const tail = text.slice(subject.at(-1)!.end, end);
      if (!whatFollows(tail)) continue;
      for (const state of subject) {
        const copy: ProposedFact = { ...fact, from: { entityId: state.entityId, text: state.text }, rule: 'gapped.participates' };
        const key = `${copy.type}|${endKey(copy.from)}|${endKey(copy.to)}`;
        if (known.has(key)) continue;
        known.add(key);
        added.push(copy);
      }
    }
  }
  return added.length > 0 ? [...proposals, ...added] : proposals;
}
