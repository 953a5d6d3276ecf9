/**
 * A membership frozen or suspended, read as a frame (round 23, STRUCTURE): a word of freezing or suspending ("froze",
 * "frozen", "the freeze of", "suspended", "put … on ice", «заморозила», «заморожено», «замораживании», «приостановил») beside
 * what is frozen (participation, membership, involvement, «участие», «членство»), in any order, verb or noun, active or passive:
 * "The South Caucasus nation froze its participation in the bloc in February 2024", "whose participation in the organization's
 * work has been frozen since 2024", "announced the freezing of his country's participation", «Армения замораживает своё участие в
 * работе блока», «её участие в работе органов организации заморожено с февраля 2024 года», «объявил о замораживании участия
 * Армении в ОДКБ».
 *
 * Whose membership: the state the clause names nearest the words (its subject or the genitive after the noun), else a capital
 * standing for it («Ереван замораживает»), else the state its leader leads ("Pashinyan froze the country's participation"), else,
 * for "its", "his country", «страны», «республики», the one state the sentence before named. Of what: the
 * organization named after "in" / «в», unless it is a body, else the organization the article is about. Since: the first date
 * of the clause. Not a freeze lifted, threatened, planned, denied or asked about, and not where a proposal already gives that
 * state a frozen or suspended membership of that organization.
 */
import { CAPITAL_OF } from './coreference';
import { findDates } from './dates';
import { BODY_NAME, topOrganization, type Article } from './facts';
import { ledState } from './known-posts';
import type { Found } from './mentions';
import { sentenceEvidence } from './text';
import type { ProposedFact } from './types';

const L = '\\p{L}';
const FREEZE = `(?:froze|frozen|freez${L}*|suspend${L}*|suspension|on ice|замор${L}*|приостан${L}*)`;
const WHAT = `(?:participation|membership|involvement|участи${L}*|членств${L}*)`;
/** The two words within a few words of each other, either order. */
const FRAME = new RegExp(`(?<!${L})(?:${FREEZE}(?:[^.;:!?]{0,40}?)(?<!${L})${WHAT}|${WHAT}(?![${'\\p{L}'}])(?:[^.;:!?]{0,60}?)(?<!${L}|un|раз)${FREEZE})(?!${L})`, 'iu');
/** What takes it back: lifted, threatened, planned, denied, asked, hypothetical. */
const NOT_STATED = new RegExp(
  `(?<!${L})(?:unfreez${L}*|lift${L}*|threat${L}*|could|would|might|may|will|consider${L}*|whether|if|not|never|no longer|denied|разморо${L}*|возобнов${L}*|может|могут|мог${L}*|будет|угрож${L}*|намерен${L}*|если|ли|не|отменил${L}*)(?!${L})`,
  'iu',
);
const POSSESSIVE = /(?<![\p{L}])(?:its|his country['’]s|the country['’]s|their|his government['’]s|the republic['’]s|сво[её]|страны|республики|е[её])(?![\p{L}])/iu;

const kindOf = (mention: Found) => mention.variant.kind;

/** The state a capital stands for («Ереван замораживает»), found by the place's name in the gazetteer. */
function stateOfCapital(article: Article, mention: Found): string | undefined {
  const state = CAPITAL_OF.get((article.gazetteer.entry(mention.entityId)?.name ?? mention.text).toLowerCase());
  return state ? article.gazetteer.entry(state.toLowerCase())?.id : undefined;
}

/** Where the words that can take a frame back begin: the last coordinated clause before it ("has not left, but froze"). */
function localStart(text: string, index: number, clauseStart: number): number {
  const head = text.slice(0, index);
  const boundaries = [...head.matchAll(/(?:,\s|\s(?:and|but|yet|however|и|но|а|однако)\s)/giu)].map((m) => m.index! + m[0].length);
  return Math.max(clauseStart, ...boundaries.filter((b) => b < index - 2 || b === index));
}

export function frozenMemberships(article: Article, proposals: ProposedFact[]): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const top = topOrganization(article);
  const given = new Set(
    proposals.filter((fact) => fact.type === 'MEMBER_OF' && /froz|suspend|замор|приост/iu.test(fact.status ?? '')).map((fact) => `${fact.from.entityId}|${fact.to.entityId}`),
  );
  const anyGiven = new Set(proposals.filter((fact) => fact.type === 'MEMBER_OF').map((fact) => `${fact.from.entityId}|${fact.to.entityId}`));
  const stateOfMention = (mention: Found): string | undefined => {
    if (kindOf(mention) === 'STATE') return mention.entityId;
    if (kindOf(mention) === 'PLACE') return stateOfCapital(article, mention);
    if (kindOf(mention) === 'PERSON') return ledState(article.gazetteer.entry(mention.entityId), (id) => article.gazetteer.entry(id)?.kind.toUpperCase() === 'STATE');
    return undefined;
  };
  let previousStates = new Set<string>();
  article.paragraphs.forEach((paragraph, index) => {
    const mentions = (article.mentions[index] ?? []).slice().sort((a, b) => a.start - b.start);
    for (const sentence of article.sentences[index] ?? []) {
      const text = paragraph.slice(sentence.start, sentence.end);
      const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      // "Its", «своё» of the state the sentence before named, if it named one only.
      const sole = previousStates.size === 1 ? [...previousStates][0] : undefined;
      previousStates = new Set(inside.filter((m) => kindOf(m) === 'STATE').map((m) => m.entityId));
      if (/\?\s*$/u.test(text)) continue;
      const frame = FRAME.exec(text);
      if (!frame) continue;
      // The clause: from the last ";" or the sentence's start before the frame to the next one after it.
      const clauseStart = Math.max(0, text.lastIndexOf(';', frame.index) + 1);
      const nextStop = text.indexOf(';', frame.index + frame[0].length);
      const clauseEnd = nextStop < 0 ? text.length : nextStop;
      const clause = text.slice(clauseStart, clauseEnd);
      // Hedges and negations near the frame (within the clause up to the frame's end).
      if (NOT_STATED.test(text.slice(localStart(text, frame.index, clauseStart), frame.index + frame[0].length))) continue;
      const at = sentence.start + frame.index;
      // A decision about a suspension is the deciding body's statement («Решение о приостановлении членства … принял Совет»), not the state's.
      if (/(?<![\p{L}])(?:решени\p{L}*|decision|decided)\s+(?:о|об|to|on)\s+$/iu.test(text.slice(Math.max(0, frame.index - 20), frame.index))) continue;
      // Participation in something that is not the organization ("suspended its participation in the drills").
      const inWhat = /^\s+(?:in|в|во)\s+(?:the\s+|its\s+)?(?=\S)/iu.exec(text.slice(frame.index + frame[0].length));
      if (inWhat) {
        const next = at + frame[0].length + inWhat[0].length;
        const named = mentions.some((m) => m.start === next && (kindOf(m) === 'ORGANIZATION' || kindOf(m) === 'INITIATIVE'));
        if (!named && !/^(?:\d|(?:bloc|alliance|organi[sz]ation|work|activit\p{L}*|блок\p{L}*|альянс\p{L}*|организаци\p{L}*|работ\p{L}*|деятельност\p{L}*|ОДКБ)(?![\p{L}]))/iu.test(paragraph.slice(next))) continue;
      }
      const inClause = inside.filter((m) => m.start >= sentence.start + clauseStart && m.end <= sentence.start + clauseEnd);
      // Nearest state (or capital, or leader) before the frame, else after it within the clause.
      const candidates = inClause
        .map((m) => ({ m, state: stateOfMention(m) }))
        .filter((c): c is { m: Found; state: string } => Boolean(c.state));
      // A leader is whose state froze it only as the subject, not as the one who speaks of it ("Putin said the freeze …").
      const speaks = (c: { m: Found }) => kindOf(c.m) === 'PERSON' && /(?<![\p{L}])(?:said|says|told|noted|added|заявил\p{L}*|сказал\p{L}*|отметил\p{L}*|напомнил\p{L}*)(?![\p{L}])/iu.test(paragraph.slice(c.m.end, at));
      // Not a state in an aside between commas that the frame is not in ("Uzbekistan, the state bordering Afghanistan, suspended"),
      // nor one after a preposition ("shares a frontier with Afghanistan"); after the frame, only a genitive right after it.
      const inAside = (c: { m: Found }) => {
        const left = paragraph.lastIndexOf(',', c.m.start);
        const right = paragraph.indexOf(',', c.m.end);
        // The state a relative or a participle after it speaks of ("Armenia, which froze", «Армения, заморозившая») is the subject.
        if (/^\s*,\s*(?:which|who|that|whose|котор\p{L}*|\p{L}+вш\p{L}*)(?!\p{L})/iu.test(paragraph.slice(c.m.end))) return false;
        return left >= sentence.start + clauseStart && right >= 0 && right < at && !/^\s*(?:and|и)\s/iu.test(paragraph.slice(left + 1));
      };
      const governed = (c: { m: Found }) => /(?<![\p{L}])(?:with|from|against|bordering|near|to|toward|towards|over|in|on|at|с|со|из|от|против|на|к|по)\s+(?:the\s+)?$/iu.test(paragraph.slice(Math.max(0, c.m.start - 14), c.m.start));
      const usable = candidates.filter((c) => !speaks(c) && !governed(c));
      const beforeIt = usable.filter((c) => c.m.end <= at + frame[0].length && !inAside(c)).pop();
      const rightAfter = usable.find((c) => c.m.start >= at + frame[0].length && c.m.start - (at + frame[0].length) <= 25);
      const state = beforeIt?.state ?? rightAfter?.state ?? (POSSESSIVE.test(clause) || /(?<![\p{L}])(?:It|Оно|Она)(?![\p{L}])/u.test(clause) ? sole : undefined);
      if (!state) continue;
      // Of what: an organization after the frame that is no body, else the article's.
      const org = inClause.find((m) => kindOf(m) === 'ORGANIZATION' && m.start >= at && !BODY_NAME.test(article.gazetteer.entry(m.entityId)?.name ?? ''));
      const to = org ? { entityId: org.entityId, text: org.text } : top ? { entityId: top, text: article.gazetteer.entry(top)?.name ?? top } : undefined;
      if (!to || to.entityId === state || BODY_NAME.test(article.gazetteer.entry(to.entityId)?.name ?? '')) continue;
      const key = `${state}|${to.entityId}`;
      const suspended = /suspen|приост/iu.test(frame[0]);
      // A suspension is often labelled as the membership's end: none beside a membership the proposals already date or give.
      if (given.has(key) || (suspended && anyGiven.has(key))) continue;
      given.add(key);
      const date = findDates(clause, article.published).find((d) => d.role !== 'until');
      facts.push({
        type: 'MEMBER_OF',
        from: { entityId: state, text: article.gazetteer.entry(state)?.name ?? state },
        to,
        ...(date ? { since: date.date } : {}),
        status: suspended ? 'participation suspended' : 'participation frozen',
        evidence: sentenceEvidence(paragraph, index + 1, sentence, { start: at, end: at + frame[0].length }),
        rule: 'structure.membership-frozen',
      });
    }
  });
  return facts;
}

/**
 * A membership said to stand beside its freeze (round 13's convention: both facts): "Armenia, he said, remained formally a member
 * of the organization", "in law it remains a full member", "Russian diplomats still describe it as a full member", "Moscow still
 * counts Yerevan as a full member", "lists Armenia among the six members", «она остаётся полноправным членом организации». The
 * state is the one the clause names before the word (past an aside), or its capital, or for "it" / «она» the state named last.
 * Read only for a state whose membership is frozen or suspended in the same article (the other memberships are plain and the
 * rules read them), and not where a plain membership is already proposed; not in a question, a negation, a hedge or a plan.
 */
const STANDING = new RegExp(
  `(?<!${L})(?:(?:is|remains|remained|stays|stayed|still)(?: (?:formally|officially|legally|technically|nominally|still|on paper|in law|de jure))?,?(?: (?:formally|officially|still|on paper|in law))?,? (?:a |an |one of (?:the |its )?(?:six |seven )?)?(?:full(?:-fledged)? |formal |founding |legal )?members?(?: state)?|(?:as|among) (?:a |an |one of )?(?:the |its )?(?:six |seven )?(?:full(?:-fledged)? |formal )?members?(?: state)?|(?:оста[её]тся|остава${L}*|являет${L}*|по-прежнему)(?: (?:формально|официально|юридически))? (?:полноправн${L}* |формальн${L}* )?член${L}*)(?!${L})`,
  'iu',
);
const NOT_STANDING = new RegExp(`(?<!${L})(?:not|no longer|never|would|could|if|whether|isn['’]t|не|ли|если|бы)(?!${L})`, 'iu');
const PRONOUN = /(?<![\p{L}])(?:it|она|он)(?![\p{L}])/iu;

export function standingMemberships(article: Article, proposals: ProposedFact[]): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const top = topOrganization(article);
  const member = proposals.filter((fact) => fact.type === 'MEMBER_OF' && fact.from.entityId && fact.to.entityId);
  const frozen = new Set(member.filter((fact) => /froz|suspend|замор|приост/iu.test(fact.status ?? '')).map((fact) => `${fact.from.entityId}|${fact.to.entityId}`));
  const plain = new Set(member.filter((fact) => !/froz|suspend|замор|приост/iu.test(fact.status ?? '') && !fact.until).map((fact) => `${fact.from.entityId}|${fact.to.entityId}`));
  if (frozen.size === 0) return facts;
  let lastState: string | undefined;
  article.paragraphs.forEach((paragraph, index) => {
    const mentions = (article.mentions[index] ?? []).slice().sort((a, b) => a.start - b.start);
    for (const sentence of article.sentences[index] ?? []) {
      const text = paragraph.slice(sentence.start, sentence.end);
      const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const before = lastState;
      for (const m of inside) if (kindOf(m) === 'STATE') lastState = m.entityId;
      if (/\?\s*$/u.test(text)) continue;
      const word = STANDING.exec(text);
      if (!word) continue;
      const at = sentence.start + word.index;
      const clauseStart = Math.max(0, text.lastIndexOf(';', word.index) + 1, text.lastIndexOf(':', word.index) + 1);
      if (NOT_STANDING.test(text.slice(localStart(text, word.index, clauseStart), word.index + word[0].length))) continue;
      // The state before the word in the clause: a state, or a capital; else "it" / «она» for the state named last.
      const states = inside
        .filter((m) => m.start >= sentence.start + clauseStart && m.end <= at + word[0].length)
        .flatMap((m) => {
          if (kindOf(m) === 'STATE') return [m.entityId];
          const id = kindOf(m) === 'PLACE' ? stateOfCapital(article, m) : undefined;
          // A capital that speaks ("Moscow still counts …") is the counter, not the member: only right before the word.
          return id && paragraph.slice(m.end, at).trim().length === 0 ? [id] : [];
        });
      const named = inside.filter((m) => kindOf(m) === 'STATE' && m.end <= at).pop()?.entityId ?? before;
      const state = states.pop() ?? (PRONOUN.test(text.slice(clauseStart, word.index)) ? named : undefined);
      if (!state) continue;
      const owners = [...frozen].filter((key) => key.startsWith(`${state}|`));
      const owner = owners.find((key) => key === `${state}|${top}`) ?? owners[0];
      if (!owner) continue;
      // A member of another body named right after the word ("a member of the SCO", «членом Содружества»).
      const next = inside.find((m) => m.start >= at + word[0].length && m.start - (at + word[0].length) <= 12 && kindOf(m) === 'ORGANIZATION');
      const after = paragraph.slice(at + word[0].length, at + word[0].length + 14);
      if (next ? next.entityId !== owner.split('|')[1] : /^(?: of(?: the)?)? \p{Lu}/u.test(after)) continue;
      if (plain.has(owner)) continue;
      plain.add(owner);
      const to = owner.split('|')[1]!;
      facts.push({
        type: 'MEMBER_OF',
        from: { entityId: state, text: article.gazetteer.entry(state)?.name ?? state },
        to: { entityId: to, text: article.gazetteer.entry(to)?.name ?? to },
        evidence: sentenceEvidence(paragraph, index + 1, sentence, { start: at, end: at + word[0].length }),
        rule: 'structure.membership-standing',
      });
    }
  });
  return facts;
}
