/**
 * A membership the text says still holds where a reader might doubt it (round 20, MEMBERS): a membership that remains, its subject left out or a pronoun ("…, хотя
 * формально остаётся её членом", "although the Kremlin insists it remains a full member", «Армения формально остаётся
 * государством — членом организации»). The labels give these a plain MEMBER_OF beside the frozen one (round 13's
 * convention). discourse.ts's standing memberships read a state right before "remains a member"; this reads what
 * they do not: the subject of the sentence carried over a conjunction, the negated verbs of leaving, and the
 * organization named by a common noun after "member". Undated: the sentence's dates are the freeze's.
 */
import type { DiscourseContext, DiscourseFind } from './discourse';
import { GUARDS, type clausesOf } from './relations';
import { slotEnd, type Template } from './template';
import type { FactEnd } from './types';

const L = '\\p{L}';
/** The organization spoken of by a common noun or a pronoun, or named (any organization slot). */
const ORG_WORDS_EN = `(?:(?:the |this )?(?:organi[sz]ation|bloc|alliance|pact|grouping)(?!${L})|it(?!${L})|⟦ORG#\\d+⟧)`;
const ORG_WORDS_RU = `(?:(?:организаци|блок|союз|альянс)${L}*|не[её]|него|⟦ORG#\\d+⟧)`;

/** What may follow a verb of leaving with no object of another kind ("did not leave Moscow" is no membership): the clause's end, a date, a conjunction. */
/** A verb of saying or insisting before what is said: its object is stated by the speaker, not refused ("the Kremlin insists it remains"). */
const SAYING = /(?<![\p{L}])(?:insists?|insisted|says|said|stresses|stressed|maintains|maintained|notes|noted|argues|argued|настаива\p{L}*|заявля\p{L}*|заявил\p{L}*|подчеркива\p{L}*|подчеркнул\p{L}*|напомина\p{L}*|напомнил\p{L}*)(?: that| что)?\s*$/iu;

/** A name followed by a verb of saying is the speaker: "the Kremlin insists", «в Москве настаивают». */
const SPEAKS = /^['’]?s?\s+(?:(?:has|have|also|again|still|repeatedly|неоднократно|также) )*(?:insists?|insisted|says|said|stresses|stressed|maintains|maintained|argues|argued|настаива\p{L}*|заявля\p{L}*|заявил\p{L}*|подчеркива\p{L}*|подчеркнул\p{L}*)(?![\p{L}])/iu;

/** A membership that remains, its subject a pronoun or left out: "(it) remains a full member (of the organisation)", «остаётся её членом». */
const REMAINS = new RegExp(
  [
    `(?:(?:it|she) )?(?:(?:formally|nominally|technically|legally|officially|still) )*(?:remains|is still|stays) (?:(?:formally|nominally|technically|legally|officially|still) )*(?:an? |one of (?:its|the) )?(?:(?:full|full-fledged|formal|fully fledged) )?members?(?: (?:state|country))?(?: of ${ORG_WORDS_EN})?(?=[,.;:)—–]|$| (?:in|on|and|but)(?!${L}))`,
    `(?:(?:формально|номинально|официально|юридически|по-прежнему|вс[её] ещ[её]) )*(?:остаётся|остается|является|считается) (?:(?:формально|номинально|официально|юридически|по-прежнему) )*(?:(?:е[её]|его) )?(?:полноправн${L}* )?(?:членом|государством ?[—–-] ?членом)(?: ${ORG_WORDS_RU})?(?=[,.;:)—–]|$| (?:и|но|а)(?!${L}))`,
  ].join('|'),
  'giu',
);

/**
 * A participation frozen or suspended whose subject the clause leaves out («…, а в феврале 2024 года заморозила своё участие в ней»)
 * or puts in a relative clause ("Armenia, whose participation in the bloc has been frozen since 2024", «Армения, участие которой в
 * работе организации заморожено»): discourse.ts's memberships need a state in the clause before the verb.
 */
const FROZEN = new RegExp(
  [
    `(?:(?:froze|freezes|has frozen|had frozen|заморозил${L}*|приостановил${L}*|suspended|has suspended|had suspended)) (?:its |their |сво${L}* )?(?:participation|membership|участие|членство)(?: (?:in|в) (?:(?:the )?(?:organi[sz]ation|bloc|alliance)|организаци${L}*|не[йё]|нем|⟦ORG#\\d+⟧))?`,
    `(?:whose|чь[её]) (?:participation|membership|участие|членство) (?:(?:in|в) (?:[^,.;⟦]{0,40}?(?:⟦ORG#\\d+⟧)?) )?(?:(?:has been|had been|was|is|remains|было|остаётся|остается) )?(?<state>frozen|suspended|заморожен${L}*|приостановлен${L}*)`,
    `(?:участие|членство) (?:которой|которого) (?:в [^,.;⟦]{0,40}?(?:⟦ORG#\\d+⟧)? )?(?:(?:было|остаётся|остается) )?(?<relativeRu>заморожен${L}*|приостановлен${L}*)`,
  ].join('|'),
  'giu',
);

/** Words before a state that make it no subject: a preposition, or a title or a body it owns ("the president of Armenia"). */
const GOVERNED_BEFORE = /(?:^|[\s(])(?:in|of|from|with|to|for|by|at|on|like|unlike|than|в|во|из|с|со|от|для|у|к|о|об|при|на|по|между|кроме|как)\s"?$/iu;

/** The states a template names, with where. */
const statesOf = (template: Template) => template.slots.flatMap((slot, i) => (slot.kind === 'STATE' && slot.entityId ? [{ slot, at: template.at[i]! }] : []));

/**
 * The subject of a clause whose verb has none of its own: the state just before the trigger when nothing but adverbs,
 * a date or a conjunction stand between, else the sentence's first state that is a subject (not after a preposition, not
 * owned by a title), provided no other state stands between it and the trigger.
 */
function subjectState(template: Template, at: number): { slot: Template['slots'][number]; at: number } | undefined {
  const states = statesOf(template).filter((state) => state.at < at);
  if (states.length === 0) return undefined;
  const subjects = states.filter((state) => !GOVERNED_BEFORE.test(template.text.slice(Math.max(0, state.at - 20), state.at)) && !GUARDS.owned(template.text.slice(Math.max(0, state.at - 60), state.at)));
  const first = subjects[0];
  if (!first) return undefined;
  // Another state named between the subject and the verb (a list, a contrast, another actor) leaves the subject in doubt.
  // A speaker between ("although the Kremlin insists it remains a member") is not one.
  const speaker = (state: { at: number }) => SPEAKS.test(template.text.slice(state.at).replace(/^⟦\w+#\d+⟧/u, ''));
  if (states.some((state) => state.at > first.at && state.slot.entityId !== first.slot.entityId && !speaker(state))) return undefined;
  return first;
}

/**
 * The organization a statement names, or for a pronoun ("it", «её членом») the one the article is about: a state is no member of a
 * body named just before (a council). Never the subject itself.
 */
function organizationOf(statement: string, template: Template, context: DiscourseContext, subjectId: string | undefined): FactEnd | undefined {
  const named = /⟦ORG#(\d+)⟧/u.exec(statement)?.[1];
  const slot = named === undefined ? undefined : template.slots[Number(named)];
  const organization = slot?.entityId ? slotEnd(slot) : context.organization;
  return organization && organization.entityId !== subjectId ? organization : undefined;
}

/** A plain membership for each membership said to remain, of the organization the sentence or the article is about. */
export function heldMemberships(context: DiscourseContext, clauses: ReturnType<typeof clausesOf>): DiscourseFind[] {
  const { template } = context;
  const finds: DiscourseFind[] = [];
  for (const [words, name] of [[REMAINS, 'remains']] as const) {
    for (const match of template.text.matchAll(words)) {
      const clause = clauses.at(match.index);
      const clauseWords = template.text.slice(clause.start, clause.end).toLowerCase();
      // "whether Armenia has not left", "if it remains a member": a doubt or a question takes it back.
      if (GUARDS.doubted(clauseWords)) continue;
      // The denial is the construction itself; any other negation, modal or plan before it in the clause takes it back.
      const before = template.text.slice(clause.start, match.index).replace(/⟦\w+#\d+⟧/g, ' ').replace(/\S+\s+(?:(?:it|she|он[аи]?)\s+)?$/u, (tail) => (SAYING.test(tail.replace(/(?:it|she|он[аи]?)\s+$/u, '')) ? '' : tail)).toLowerCase();
      if (GUARDS.refused(before)) continue;
      if (GUARDS.refused(match[0].toLowerCase())) continue;
      const subject = subjectState(template, match.index);
      if (!subject) continue;
      const organization = organizationOf(match[0], template, context, subject.slot.entityId);
      if (!organization) continue;
      finds.push({ type: 'MEMBER_OF', from: slotEnd(subject.slot), to: organization, rule: `discourse.member-${name}`, start: match.index, end: match.index + match[0].length, datedBefore: 0 });
    }
  }
  for (const match of template.text.matchAll(FROZEN)) {
    const clause = clauses.at(match.index);
    if (GUARDS.doubted(template.text.slice(clause.start, clause.end).toLowerCase())) continue;
    const relative = match.groups?.state !== undefined || match.groups?.relativeRu !== undefined;
    // A verb with its subject in the clause is discourse.ts's; a negation or a plan before it takes it back.
    const inClause = statesOf(template).some((state) => state.at >= clause.start && state.at < match.index);
    if (!relative && inClause) continue;
    if (!relative && GUARDS.refused(template.text.slice(clause.start, match.index).replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase())) continue;
    const subject = subjectState(template, match.index);
    if (!subject) continue;
    const organization = organizationOf(match[0], template, context, subject.slot.entityId);
    if (!organization) continue;
    const suspended = /suspend|приостан/iu.test(match[0]);
    finds.push({ type: 'MEMBER_OF', from: slotEnd(subject.slot), to: organization, rule: `discourse.member-${suspended ? 'suspended' : 'frozen'}-elided`, start: match.index, end: match.index + match[0].length, dating: 'start', status: suspended ? 'participation suspended' : 'participation frozen' });
  }
  return finds;
}
