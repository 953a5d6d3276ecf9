/**
 * What a body was founded on or by (round 20, MEMBERS): the document it grew out of ("The CSTO grew out of the Collective
 * Security Treaty", "created in 2002 on the basis of a 1992 treaty", «ОДКБ создана в 2002 году на основе Договора о
 * коллективной безопасности») and the body whose decision set it up ("The ICMEC was set up by the Collective Security
 * Council in 2005", «Объединённый штаб создан решением Совета коллективной безопасности»). rules-where.ts reads a dated
 * founding whose occasion has no entity (the "?" end); these rules read the named or described founder, which the
 * labels give since batch 49 ("'established in 2002 on the basis of the Collective Security Treaty' is one
 * ESTABLISHED_BY csto→the treaty"). A treaty described, not named ("a 1992 treaty", "the treaty"), is the one named
 * before with that noun, else the one the organization in focus is named after (facts.ts's priorHead).
 */
import { en, ru, type Rule } from './facts';

/** Not a founding denied or to come: "was not created on the basis of", «не была создана». */
const NOT_DENIED_EN = "(?<!(?:not|never|n't|be|to) )";
const NOT_DENIED_RU = '(?<!(?:не|не был[аоиы]?|будут|будет) )';
/** The organization spoken of without its name: "It grew out of …", "The alliance, formed on the basis of …". */
const BLOC_EN = '(?<![\\p{L}])(?:[Ii]t|[Tt]he (?:bloc|alliance|organi[sz]ation|grouping|pact))';
const FOUNDED_EN = '(?:created|founded|established|set up|formed|launched)';
const FOUNDED_RU = '(?:созда[нв]\\p{L}*|учрежд[её]н\\p{L}*|учреждён\\p{L}*|сформирован\\p{L}*|основан\\p{L}*|образован\\p{L}*)';
/** A date or a place between the verb and what it rests on: "created in 2002 on the basis of", «создана в 2002 году в Москве на основе». */
const WHEN_WHERE_EN = '(?:,? (?:in |on )?(?:⟦DATE#\\d+⟧|⟦PLACE#\\d+⟧))*,?';
const WHEN_WHERE_RU = '(?:,? (?:в |во )?(?:⟦DATE#\\d+⟧(?: (?:года|году|год))?|⟦PLACE#\\d+⟧))*,?';
/** The document a body rests on: named, or described by its noun ("a 1992 treaty", "the security treaty signed …"). */
const BASIS_EN = '(?:the |a |an |its )?(?:{INIT:to}|(?:⟦DATE#\\d+⟧ (?:⟦PLACE#\\d+⟧ )?|(?:collective |security |founding |original |post-Soviet ){0,3})(?<head>treaty|agreement)(?![\\p{L}]))';
const BASIS_RU = '(?:{INIT:to}|(?<head>[Дд]оговор\\p{L}*|[Сс]оглашени\\p{L}*)(?: ⟦DATE#\\d+⟧ (?:года|г\\.))?(?![\\p{L}]))';
/** A treaty or an agreement, not a programme: what a body can be founded on. */
const DOCUMENT_NAME = /(?:treaty|agreement|договор|соглашени)/iu;

/** A decision taken, not one to come or refused: "decided", "took a decision", "agreed"; not "will decide", "could agree", "decided not to". */
const NOT_PLANNED_EN = '(?<!(?:will|would|may|might|could|should|to|not|never) )';
const DECIDED_EN = '(?:decided|agreed|resolved|voted|(?:took|adopted|made|approved) (?:a|the) decision|approved (?:a |the )?(?:proposal|plan))(?! not)';
const FOUND_VERB_EN = '(?:create|set up|establish|form|found|launch)';
const FOUNDING_NOUN_EN = '(?:creation|establishment|formation|founding|setting up)';
/** The same in Russian: «принял решение о создании», «решил создать», «постановил учредить». */
const NOT_PLANNED_RU = '(?<!(?:не|может|могут|будет|будут|должен|должна|должны|планирует|намерен) )';
const DECIDED_RU = '(?:(?:принял|принимает|приняли|приняла|приняло)\\p{L}* решение о (?:создании|учреждении|формировании|образовании)|(?:решил|постановил|договорил)\\p{L}* (?:создать|учредить|сформировать|образовать))';

export const ENGLISH_FOUNDING_RULES: Rule[] = [
  // "The CSTO was established in 2002 on the basis of the Collective Security Treaty", "The alliance, formally set up in 2002 on the
  // basis of a 1992 treaty, …", "The forces, created under a 2009 agreement, …", "The CSTO is a Moscow-led alliance of six states, created in
  // 2002 on the basis of a 1992 treaty" (a copula's predicate noun, then the participle).
  en({ name: 'en.established.on-basis', type: 'ESTABLISHED_BY', dating: 'start', fromFallback: 'priorOrMainOrg', toFallback: 'priorHead', toName: DOCUMENT_NAME,
    pattern: `(?:{ORG:from}|${BLOC_EN})(?: \\([^)]{1,40}\\))?(?:,? (?:which |that )?(?:was|were|had been|has been)|,| (?:is|was) (?:an?|the) [^.;:⟦,]{0,80}(?:⟦(?:PLACE|STATE|ORG)#\\d+⟧[^.;:⟦,]{0,80}){0,2},)?(?: (?:formally|officially|originally|first|itself|later))? ${NOT_DENIED_EN}${FOUNDED_EN}${WHEN_WHERE_EN} (?:on the basis of|under|out of|pursuant to) ${BASIS_EN}` }),
  // "The CSTO grew out of the Collective Security Treaty", "It has its origins in the treaty", "The bloc evolved from a 1992 treaty".
  en({ name: 'en.established.grew-out', type: 'ESTABLISHED_BY', dating: 'none', fromFallback: 'priorOrMainOrg', toFallback: 'priorHead', toName: DOCUMENT_NAME,
    pattern: `(?:{ORG:from}|${BLOC_EN})(?: \\([^)]{1,40}\\))? (?:(?:grew|grows|has grown) (?:up )?out of|(?:has|had) (?:its|their) (?:origins|roots) in|traces (?:its|their) (?:origins|roots) to|evolved (?:out of|from)|emerged from|was built on|is built on|rests on) ${BASIS_EN}` }),
  // "The ICMEC was set up by the CSTO's Collective Security Council in 2005", "the Joint Staff, created by a decision of the Council".
  en({ name: 'en.established.by-body', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `{ORG:from}(?:,| (?:was|were|had been|has been)|,? (?:which|that) (?:was|were|had been|has been))(?: (?:formally|officially|originally|first))? ${NOT_DENIED_EN}${FOUNDED_EN}${WHEN_WHERE_EN} by (?:an? |the )?(?:(?:decision|resolution|decree) of (?:the )?)?(?:⟦ORG#\\d+⟧['’]s )?{ORG:to}` }),
  // The founder's decision, the body it set up its object: "The Council decided to set up the Joint Staff", "the Council took the decision to
  // create the CRRF", "The decision to establish the ICMEC was taken by the Council in 2005".
  en({ name: 'en.established.body-decided', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `{ORG:to}(?:,(?: [^,.;⟦]|⟦(?:DATE|PLACE)#\\d+⟧){1,60},)?(?: ⟦DATE#\\d+⟧,?)? ${NOT_PLANNED_EN}(?:${DECIDED_EN}) (?:to ${FOUND_VERB_EN}|on the ${FOUNDING_NOUN_EN} of) (?:the |a |an )?{ORG:from}` }),
  en({ name: 'en.established.decision-taken', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `(?<![\\p{L}])(?:[Tt]he |[Aa] )?decision (?:to ${FOUND_VERB_EN}|on the ${FOUNDING_NOUN_EN} of) (?:the |a |an )?{ORG:from} (?:was|had been) (?:taken|made|adopted|approved)${WHEN_WHERE_EN} by (?:the )?{ORG:to}` }),
];

export const RUSSIAN_FOUNDING_RULES: Rule[] = [
  // «ОДКБ создана в 2002 году на основе Договора о коллективной безопасности», «Коллективные миротворческие силы созданы на основе
  // Соглашения о миротворческой деятельности», «…, созданная на базе договора 1992 года».
  ru({ name: 'ru.established.on-basis', type: 'ESTABLISHED_BY', dating: 'start', toFallback: 'priorHead', toName: DOCUMENT_NAME,
    pattern: `{ORG:from},? (?:был[аиоы]? )?${NOT_DENIED_RU}${FOUNDED_RU}${WHEN_WHERE_RU} (?:на (?:основе|основании|базе)|в соответствии с) ${BASIS_RU}` }),
  // «ОДКБ выросла из Договора о коллективной безопасности», «Организация возникла на основе Договора».
  ru({ name: 'ru.established.grew-out', type: 'ESTABLISHED_BY', dating: 'none', toFallback: 'priorHead', toName: DOCUMENT_NAME,
    pattern: `{ORG:from},? (?:вырос\\p{L}* из|возник\\p{L}* (?:на (?:основе|базе)|из)|берёт (?:своё |свое )?начало (?:от|в)|берет (?:своё |свое )?начало (?:от|в)|ведёт (?:свою )?историю от|ведет (?:свою )?историю от)${WHEN_WHERE_RU} ${BASIS_RU}` }),
  // «Объединённый штаб создан решением Совета коллективной безопасности», «МКВЭС — орган ОДКБ, созданный решением Совета … в 2005 году».
  ru({ name: 'ru.established.by-decision', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `{ORG:from}(?: — (?:[\\p{L}-]+ ){1,3}⟦ORG#\\d+⟧)?,? (?:был[аиоы]? )?${NOT_DENIED_RU}${FOUNDED_RU}${WHEN_WHERE_RU} (?:решением|по решению|постановлением) {ORG:to}` }),
  // «Совет коллективной безопасности принял решение о создании Объединённого штаба», «СКБ в 2009 году решил создать КСОР», and the decision
  // fronted: «Решение о создании МКВЭС принято Советом коллективной безопасности в 2005 году».
  ru({ name: 'ru.established.body-decided', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `{ORG:to}${WHEN_WHERE_RU} ${NOT_PLANNED_RU}${DECIDED_RU} {ORG:from}` }),
  ru({ name: 'ru.established.decision-taken', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `[Рр]ешение о (?:создании|учреждении|формировании|образовании) {ORG:from}(?: ⟦DATE#\\d+⟧)? (?:было |были )?${NOT_DENIED_RU}принят\\p{L}*${WHEN_WHERE_RU} {ORG:to}` }),
];
