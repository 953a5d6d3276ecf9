/** Fact rules for English news prose. Macros: see compile() in facts.ts. */
import { en, type Rule } from './facts';
import { OFFICE_EN } from './offices';
import { FORCES_NAME, OTHER_THAN_FORCES_NAME } from './forces-exercises';


/** Whom a state or a city hosts when it hosts a meeting: "the foreign ministers", "the bloc's leaders". */
const HOSTED_PEOPLE = "(?:the |⟦ORG#\\d+⟧'s )?(?:[a-z-]+ ){0,2}(?:ministers|leaders|heads of state|presidents|delegations|parliamentarians|speakers|chiefs of staff)(?![\\p{L}])";

/** What a state sends to an exercise or an operation: troops of any kind, and their equipment. */
const TROOPS = '(?:troops|units|soldiers|servicemen|personnel|peacekeepers|paratroopers|marines|sappers|commandos|special forces|contingents?|battalions?|compan(?:y|ies)|detachments?|platoons?|brigades?|regiments?|batter(?:y|ies)|crews?|elements?|aircraft|helicopters|warplanes|jets|tanks|armou?red vehicles)';

/** After a passive's agents: not a list item that opens a clause of its own ("by X, and the Secretariat coordinates …"). */
const CLAUSE_AFTER = '(?! (?:also |then |now )?(?:[a-z]+s|[a-z]+ed|is|was|has|have|will)(?![\\p{L}]))';

/** A treaty, whose signatories and parties the rules below read (a declaration's signing is read by en.signed). */
const TREATY = /(?<![\p{L}])treat(?:y|ies)(?![\p{L}])/iu;

/** Initiatives that are administered, not conducted: a programme, a plan, a strategy, a treaty. */
const NOT_EXERCISE = /(?<![\p{L}])(?:programm?e|program|plan|strategy|treaty|agreement|charter|budget|declaration)(?![\p{L}])/iu;

/** A plan's verb before a meeting's: "is expected to take place", "is due to be held". */
/** People who stand for their states at a meeting: "the defence ministers of …", "leaders from …". */
const PEOPLE_OF_STATES =
  '(?:(?:[Dd]efen[cs]e |[Ff]oreign |[Pp]rime )?[Mm]inisters|[Ll]eaders|[Rr]epresentatives|[Oo]fficials|[Dd]elegates|[Dd]elegations|[Hh]eads of (?:state|government)|[Pp]residents|(?:[Pp]arliamentary )?[Ss]peakers|[Pp]arliamentarians|[Ll]awmakers|MPs|[Ee]nvoys|[Cc]hiefs of (?:general )?staff|[Cc]ommanders)';
/** A term's end said of it: "Russia's chairmanship of the CSTO ends on 31 December". */
const TERM_ENDS = '(?:ends|ended|runs out|ran out|expires|expired|will end|is over|comes to an end)';
const PLANNED = '(?:(?:expected|due|scheduled|set|planned|going) to (?:be )?)';

/** Forces that moved somewhere ("were sent", "flew in", "went"; not "the bloc sent …", the sender): the operation, named by the verb, as the group `end`. */
const FORCES_MOVED = (end: string) =>
  `(?<${end}>(?:(?:have |has |had )?(?:were|was|been) (?:sent|deployed|dispatched|flown|airlifted|redeployed)|flew|went|moved))(?: (?:in|back|abroad))?(?: (?:only once|just once|once|for the first time|for the only time|(?:in |on )?⟦DATE#\\d+⟧)){0,2},?`;
/** Sending forces somewhere: "sent the Forces", "the dispatch of a contingent of the Forces". */
const FORCES_SENT = (end: string) =>
  `(?<${end}>(?:send|sends|sent|dispatch(?:ed|es)?|deploy(?:ed|s)?|dispatch of|deployment of))(?: (?:the|a|its))?(?: (?:contingent|units?|troops) of(?: the)?)?`;

/**
 * "the Interaction exercise of X", "the joint exercise of X": conducted by a body, taken part in by forces (forces-exercises.ts).
 * Not the words in apposition to an exercise named before them ("Echelon, the annual drills of X"): that exercise is the end;
 * not an exercise its clause says was not held.
 */
const EXERCISE_OF = '(?<!⟦(?:INIT|EVENT)#\\d+⟧"?, (?:[a-z-]+ ){0,4})(?<to>(?:⟦(?:INIT|EVENT)#\\d+⟧"? |(?:(?:the|a|an) )?(?:(?:joint|annual|regular|command-staff|peacekeeping|tactical|special|large-scale) ){0,2})(?:exercises?|drills?|manoeuvres)) of {THE}(?:⟦ORG#\\d+⟧[’\\u0027]s )?{ORG:from}(?!(?:[^.;⟦]|⟦\\w+#\\d+⟧){0,60}? (?:was|were|is|are|will|would|has|have|had)(?: not|n[’\\u0027]t| never) (?:be |been )?(?:held|staged|conducted|run|take place|took place|go ahead|went ahead))';
/** "X's exercise, Y", "X and its exercise, Y". */
const THEIR_EXERCISE = "{ORG:from}(?:'s| and (?:its|their)) (?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres),? {INIT|EVENT:to}";

/** A person who took office as a title ("X, the Kyrgyz diplomat who took over as", "X was sworn in as"): the title follows. */
const TOOK_OFFICE_AS = '{PERSON|NAME:from}(?:, (?:the |a |an )?(?:[A-Za-z-]+ ){1,4}?(?:who|that))? {AUX}(?:took over|takes over|take over|will take over|took office|takes office|will take office|stepped in|was sworn in|is sworn in|was installed|(?:began|begins|will begin|started|starts|will start) (?:his|her) (?:[a-z-]+ ){0,2}(?:term|tenure|mandate|stint)) as';

export const ENGLISH_RULES: Rule[] = [
  // Membership and its changes.
  en({ name: 'en.member.joined', type: 'MEMBER_OF', dating: 'start',
    pattern: "{STATE|ORG|NAME:from} {AUX}(?:re)?(?:joined|joins|join|acceded to|accedes to|accede to|became (?:a |the )?(?:full |new |founding )?members? of|(?:was|were) admitted (?:to|into)|rejoined|returned to) {THE}{ORG|INIT:to}" }),
  en({ name: 'en.member.left', type: 'MEMBER_OF', dating: 'end',
    pattern: '{STATE|ORG|NAME:from} {AUX}(?:left|leaves|leave|withdrew from|withdraws from|withdraw from|withdrawn from|quit|quits|pulled out of|pulls out of|exited|exits|ended (?:its|their) membership (?:in|of)) {THE}{ORG|INIT:to}' }),
  // "Uzbekistan left in 2012": the organization this sentence names, else the article's (not "left in protest", "left Moscow").
  en({ name: 'en.member.left-same', type: 'MEMBER_OF', dating: 'end', toFallback: 'lastOrMainOrg',
    pattern: '{STATE:from} {AUX}(?:left|leaves|withdrew|withdraws|quit|quits|pulled out|pulls out|walked out|walks out|walk out|dropped out|drops out|drop out)(?: again| once| first)?(?= (?:⟦DATE|as well|too|(?:in|at the end of) ⟦DATE|(?:the same|that|the following|the next) year)|[,.;]|$)' }),
  // "Azerbaijan, Belarus and Georgia joined the following year": the treaty or organization this sentence or the one before named.
  en({ name: 'en.member.joined-same', type: 'MEMBER_OF', dating: 'start', toFallback: 'priorOrg',
    pattern: '{STATE|NAME:from} {AUX}(?:joined|joins|acceded|accedes)(?= (?:in |on )?⟦DATE| (?:the following|the next) year| a year later|[,.;]|$)' }),
  // "Armenia is still a member state", "Armenia, a founding member of the CSTO, …": the organization named, or the article's.
  en({ name: 'en.member.is', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: '{STATE:from} (?:(?:still|nonetheless|nevertheless|formally|officially|technically|legally) )?["“]?(?:is|are|remains|remain|has remained|have remained|has been|have been) (?:(?:still|also|formally|legally|technically|nonetheless|nevertheless|officially) ){0,2}(?:(?:a |an )?(?:(?:full|full-fledged|formal|de jure|loyal|committed|active|core|key|reliable|faithful|staunch|important) )?member(?: state| country)?|(?:(?:full|full-fledged|formal|active|core|key) )?members|member (?:states|countries))(?: (?:of|in) {THE}{ORG:to})?(?![\\p{L}-])(?! of {THE}⟦(?!ORG))' }),
  en({ name: 'en.member.founding', type: 'MEMBER_OF', dating: 'none', status: 'founding member', toFallback: 'mainOrg',
    pattern: '{STATE:from}(?:,| (?:is|was|remains)) (?:a |the )?founding (?:member|state|signatory)(?: state)?(?: (?:of|in) {THE}{ORG|INIT:to})?(?![\\p{L}-])(?! of {THE}⟦(?!ORG|INIT))' }),
  en({ name: 'en.member.apposition', type: 'MEMBER_OF', dating: 'none',
    pattern: '{STATE:from}, (?:a|an|the) (?:full |full-fledged |formal )?member(?: state| country)? of {THE}{ORG:to},' }),
  // A factbox's label and its list: "Members: Armenia, Belarus and Russia." (not "Former members:", "Observers:").
  en({ name: 'en.member.label', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: '^(?:[*•-] )?(?:(?:Current |Full )?[Mm]embers|(?:Current |Full )?[Mm]ember (?:states|countries)|MEMBERS|MEMBER STATES)(?: of {THE}{ORG:to})?: {STATE:from}\\.?$' }),
  // The same list on the line under its heading: "MEMBERS" then "* Armenia, Belarus, Kazakhstan and Russia." — the line is the list alone.
  en({ name: 'en.member.heading', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg', context: /^\s*(?:MEMBERS|MEMBER STATES|(?:Current |Full )?[Mm]embers|[Mm]ember (?:states|countries)):?\s*$/u,
    pattern: '^(?:[*•-] )?{STATE:from}\\.?$' }),
  // "The CSTO groups Russia, Belarus, …", "The alliance comprises six states: …".
  en({ name: 'en.member.groups', type: 'MEMBER_OF', dating: 'none',
    pattern: '{ORG:to} {AUX}(?:(?:currently|still|today|now) )?(?:groups|grouped|comprises|comprised|unites|united|brings together|brought together|consists of|consisted of|is made up of|was made up of|includes|included)(?: (?:six|five|seven|nine|several|the) (?:former Soviet )?(?:states|countries|republics|members|nations))?:? {STATE:from}' }),
  // "Its member states are Armenia, Belarus, …", "The bloc's members are …", "Its members today are …".
  en({ name: 'en.member.members-are', type: 'MEMBER_OF', dating: 'none', toFallback: 'priorOrg',
    pattern: "(?:(?:{ORG:to}|[Ii]ts|[Tt]heir)(?:'s)? )(?:current |full |other |remaining )?(?:member(?: states| countries)?|members)(?: (?:besides|apart from|other than) ⟦STATE#\\d+⟧)? (?:(?:today|now|currently|at present|⟦DATE#\\d+⟧) )?(?:are|include|were|remain) (?:(?:now|currently|still) )?{STATE:from}" }),
  // "Kazakhstan, as a member state of the CSTO, …", "Kazakhstan remains committed to its obligations as a member of the CSTO".
  en({ name: 'en.member.as-member', type: 'MEMBER_OF', dating: 'none',
    pattern: '{STATE:from},? {W8}as (?:a |an |the )?(?:(?:full|founding|loyal|active) )?member(?: state| country| nation)? of {THE}{ORG:to}' }),
  // "Belarus has been a party to the treaty since 1993", "Azerbaijan and Georgia were parties from 1993 to 1999".
  en({ name: 'en.member.party', type: 'MEMBER_OF', dating: 'span', toFallback: 'priorOrg',
    pattern: '{STATE:from} {AUX}(?:is|are|was|were|has been|have been|had been|remains|remained|became|become|becomes) (?:a |an )?(?:(?:founding|original|full|state) )?part(?:y|ies)(?: to {THE}{INIT|ORG:to})?(?![\\p{L}-])' }),
  // A state that signs a treaty SIGNED it, dated by the signing ("A, B and C signed the treaty", "the treaty, signed in Tashkent by
  // A and B", as the graph records the 1992 signatories); one that ratifies it is a party to it from then (MEMBER_OF).
  en({ name: 'en.signed.treaty', type: 'SIGNED', dating: 'start', context: TREATY,
    pattern: '{STATE:from} {AUX}(?:signed|signs|sign) {THE}{INIT:to}' }),
  en({ name: 'en.signed.treaty-by', type: 'SIGNED', dating: 'start', context: TREATY,
    pattern: '{INIT:to},? (?:which |that )?(?:was |were |is |had been )?(?:(?:originally|first|jointly) )?signed(?:,? (?:in|at) ⟦PLACE#\\d+⟧|,? (?:on |in )?⟦DATE#\\d+⟧){0,2},? by {THE}{STATE:from}' }),
  en({ name: 'en.member.ratified', type: 'MEMBER_OF', dating: 'start', context: TREATY,
    pattern: '{STATE:from} {AUX}(?:ratified|ratifies|ratify) {THE}{INIT:to}' }),
  en({ name: 'en.member.ratified-by', type: 'MEMBER_OF', dating: 'start', context: TREATY,
    pattern: '{INIT:to},? (?:which |that )?(?:was |were |is |had been )?ratified(?:,? (?:in|at) ⟦PLACE#\\d+⟧|,? (?:on |in )?⟦DATE#\\d+⟧){0,2},? by {THE}{STATE:from}' }),
  // "Uzbekistan did not renew its participation in 1999", "… do not renew the treaty and drop out": a departure, stated by a negation.
  en({ name: 'en.member.not-renewed', type: 'MEMBER_OF', dating: 'end', toFallback: 'lastOrMainOrg', negates: true,
    pattern: '{STATE:from} {AUX}(?:did not|do not|does not|didn\'t|declined to|chose not to|refused to) (?:renew|extend|prolong) (?:its|their) (?:participation|membership)(?: (?:in|of) {THE}{ORG|INIT:to})?' }),
  en({ name: 'en.member.not-renewed-treaty', type: 'MEMBER_OF', dating: 'end', negates: true,
    pattern: '{STATE:from} {AUX}(?:did not|do not|does not|didn\'t|declined to|chose not to|refused to) (?:renew|extend|prolong) {THE}{INIT:to}' }),
  // "… do not renew the treaty and drop out", "declined to sign the extension protocol and left": the treaty named before.
  // "the treaty": the treaty named last in the article, however far back.
  en({ name: 'en.member.not-renewed-the-treaty', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead', negates: true,
    pattern: '{STATE:from} {AUX}(?:did not|do not|does not|didn\'t|declined to|decline to|declines to|chose not to|refused to|opted not to) (?:renew|extend|prolong|sign) (?:the (?<head>treaty|pact)|the (?:extension protocol|protocol extending (?:it|the treaty)|protocol)(?: [^.;⟦]{1,40}?)?|it)(?![\\p{L}])(?: and (?:left|drop(?:ped)? out|withdrew|walked (?:out|away)|quit|pulled out))?' }),
  // "Georgia walked away when the treaty came up for renewal in 1999".
  en({ name: 'en.member.left-at-renewal', type: 'MEMBER_OF', dating: 'end', toFallback: 'priorHead',
    pattern: '{STATE:from}(?:, (?:which|that) [^.;⟦]{1,60}?,)? {AUX}(?:walked away|walked out|slipped out|dropped out|pulled out|left)(?: quietly)?,? when the (?<head>treaty|pact|agreement) (?:came|was) up for (?:its )?(?:first )?renewal' }),
  en({ name: 'en.member.lapsed', type: 'MEMBER_OF', dating: 'end', toFallback: 'lastOrMainOrg',
    pattern: '{STATE:from} {AUX}(?:let|allowed) (?:its|their) membership(?: (?:of|in) {THE}{ORG|INIT:to})? (?:to )?lapse' }),
  // Nominalisations, only with a date: "Uzbekistan's withdrawal in 2012", "the accession of Belarus to the treaty in 1993".
  en({ name: 'en.member.left-noun', type: 'MEMBER_OF', dating: 'end', toFallback: 'mainOrg',
    pattern: "{STATE:from}'s (?:withdrawal|exit|departure)(?: from {THE}{ORG|INIT:to})? (?:in |on |at the end of )?⟦DATE#\\d+⟧" }),
  en({ name: 'en.member.left-noun-of', type: 'MEMBER_OF', dating: 'end', toFallback: 'mainOrg',
    pattern: "(?<!(?:possible|potential|planned|proposed|eventual|threatened) )(?:withdrawal|exit|departure) of {STATE:from}(?: from {THE}{ORG|INIT:to})? (?:in |on |at the end of )?⟦DATE#\\d+⟧" }),
  en({ name: 'en.member.joined-noun', type: 'MEMBER_OF', dating: 'start',
    pattern: "{STATE:from}'s (?:accession|admission|entry) (?:to|into) {THE}{ORG|INIT:to},? (?:in |on )?⟦DATE#\\d+⟧" }),
  en({ name: 'en.member.joined-noun-of', type: 'MEMBER_OF', dating: 'start',
    pattern: "(?<!(?:possible|potential|planned|proposed|eventual) )(?:accession|admission|entry) of {STATE:from} (?:to|into) {THE}{ORG|INIT:to},? (?:in |on )?⟦DATE#\\d+⟧" }),
  en({ name: 'en.member.suspended', type: 'MEMBER_OF', dating: 'start', status: 'participation suspended', toFallback: 'mainOrg',
    pattern: "{STATE|NAME:from}(?:'s)?,? {ANY}(?:suspended|suspends|suspend|has suspended|since suspending) (?:its |their )?(?:participation|membership)(?: in {THE}{ORG|INIT:to}| (?!in (?!⟦))| ?(?=[,.;]|$))" }),
  // "Uzbekistan came back in 2006": returned to the organization the text is about.
  en({ name: 'en.member.returned-same', type: 'MEMBER_OF', dating: 'start', toFallback: 'mainOrg',
    pattern: '{STATE|NAME:from} {AUX}(?:came back|comes back|returned|returns|rejoined|rejoins)(?: to the fold| to the alliance| to the bloc)?(?= (?:⟦DATE|in ⟦DATE|as a member)|[,.;]|$| and )' }),
  en({ name: 'en.member.frozen', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg',
    pattern: '{STATE|NAME:from} {AUX}(?:froze|frozen|freezes|freeze|has frozen) (?:its |their )?(?:participation|membership)(?: in {THE}{ORG|INIT:to})?' }),
  en({ name: 'en.member.frozen-passive', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'mainOrg',
    pattern: "{STATE:from}(?:'s|, whose|, (?:a|an|the) (?:[a-z-]+ )?member(?: state| country)? whose) (?:participation|membership)(?: in (?:the (?:work|activities|bodies) of )?{THE}{ORG|INIT:to}(?: (?:bodies|structures|work|activities))?)? {AUX}(?:frozen|on hold)" }),
  en({ name: 'en.observer', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: '{STATE|ORG|NAME:from} {AUX}(?:held|holds|hold|has|have|had|received|receives|obtained|was granted|were granted|gained|been granted) observer status (?:at|in|with|of) {THE}{ORG:to}' }),
  en({ name: 'en.observer.admitted', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: '{ORG:to} {AUX}(?:admitted|accepted|granted observer status to|gave observer status to) {STATE|ORG|NAME:from} as (?:an? )?observers?' }),
  en({ name: 'en.observer.no-object', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'mainOrg',
    pattern: '{STATE|ORG|NAME:from} {AUX}(?:held|holds|hold|has|have|had|received|obtained|was granted|were granted|gained|been granted) observer status(?= since| ⟦DATE|[,.;]|$)' }),
  // "Its Parliamentary Assembly does. X and Y were granted observer status there": the body this sentence or the one before named.
  en({ name: 'en.observer.there', type: 'OBSERVER_OF', dating: 'start', status: 'observer', toFallback: 'priorOrg',
    pattern: '{STATE|ORG|NAME:from} {AUX}(?:held|holds|hold|has|have|had|received|obtained|was granted|were granted|gained|been granted) observer status there' }),
  en({ name: 'en.observer.apposition', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: '{STATE|ORG|NAME:from}, (?:an? |the )?(?:official |permanent )?observers? (?:at|in|of|to|with) {THE}{ORG:to}' }),
  en({ name: 'en.observer.became', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: '{STATE|ORG|NAME:from} {AUX}(?:became|become|becomes|is|are|remains?|been) (?:an )?observers? (?:at|in|of|to) {THE}{ORG:to}' }),

  // Chairmanship.
  en({ name: 'en.chair.term', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: "{STATE:from}(?:'s| {ANY}(?:its|their)) {DATE}(?: {ORG:to})? (?:chairmanship|presidency)" }),
  en({ name: 'en.chair.possessive', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: "{STATE:from}'s (?:(?:rotating|annual|year-long|one-year|current) )*(?:chairmanship|presidency) (?:of|in) {THE}{ORG:to}(?! " + TERM_ENDS + ")" }),
  // "Russia's year-long chairmanship of the CSTO ends on 31 December": the day its term ends.
  en({ name: 'en.chair.possessive-ends', type: 'CHAIRS', dating: 'end', role: 'chair',
    pattern: "{STATE:from}'s (?:(?:rotating|annual|year-long|one-year|current) )*(?:chairmanship|presidency) (?:of|in) {THE}{ORG:to} " + TERM_ENDS }),
  // "under Kazakhstan's chairmanship in 2024", "Russia, whose chairmanship year ends on 31 December": the article's organization.
  en({ name: 'en.chair.possessive-bare', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: "(?<!(?:for|seek|seeks|sought|bid|bids|wants?|hopes?|hoped|of) ){STATE:from}(?:'s|, whose) (?:(?:rotating|annual|year-long|one-year|current) )*(?:chairmanship|presidency)(?: (?:year|term))?(?! (?:of|in) {THE}⟦ORG| (?:bid|ambitions?|hopes?|candidacy|plans?|programme|priorities)(?![\\p{L}])|,? (?:which|that) (?:will |is to |is due to |is set to )?(?:begin|begins|start|starts|began|started)(?![\\p{L}]))" }),
  // "under the Tajik chairmanship": a demonym before it, named in passing.
  en({ name: 'en.chair.demonym', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', inPassing: true,
    pattern: "(?<!(?:for|seek|seeks|sought|bid|bids|wants?|hopes?|hoped) (?:the |a )?){STATE:from} (?:rotating |annual |current )?chairmanship(?![\\p{L}])(?: (?:year|term))?(?! (?:of|in) {THE}⟦ORG| (?:bid|ambitions?|hopes?|candidacy|plans?|programme)(?![\\p{L}])|,? (?:which|that) (?:will |is to |is due to |is set to )?(?:begin|begins|start|starts|began|started)(?![\\p{L}]))" }),
  // "the Tajik chairmanship, which will begin on 1 January": its start.
  en({ name: 'en.chair.begins', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: "{STATE:from}(?:'s|, whose|(?= (?:rotating |annual |current )?chairmanship)) (?:rotating |annual |current )?(?:chairmanship|presidency)(?: (?:of|in) {THE}{ORG:to})?,? (?:which|that) (?:will |is to |is due to |is set to )?(?:begin|begins|start|starts|began|started)(?![\\p{L}])" }),
  en({ name: 'en.chair.take-over', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: '{STATE:from} {AUX}(?:took over|takes over|take over|taking over|assumed|assumes|assume|took up|takes up|inherits|inherited|takes|took|will take|is taking) (?:the )?(?:rotating |annual )?(?:chairmanship|presidency|chair)(?![\\p{L}])(?: (?:of|in) {THE}{ORG:to})?' }),
  en({ name: 'en.chair.holds', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: '{STATE:from} {AUX}(?:will hold|holds|hold|held|is holding|has held) (?:the |its |their )?(?:rotating |annual )?(?:chairmanship|presidency|chair)(?![\\p{L}])(?: (?:of|in) {THE}{ORG:to})?' }),
  // "Russia holds the rotating CSTO chairmanship this year": the organization's name as a modifier after the adjective, the term a span.
  en({ name: 'en.chair.holds-titled', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: '{STATE:from} {AUX}(?:will hold|holds|hold|held|is holding|has held) (?:the |its )?(?:rotating |annual |current )?{ORG:to} (?:rotating |annual )?(?:chairmanship|presidency)(?![\\p{L}])' }),
  // "Russia, which holds the bloc's rotating chairmanship this year".
  en({ name: 'en.chair.holds-possessive', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: "{STATE:from} {AUX}(?:will hold|holds|hold|held|is holding|has held) {THE}{ORG:to}'s (?:rotating |annual )?(?:chairmanship|presidency|chair)(?![\\p{L}])" }),
  // "Tajikistan takes over the CSTO's rotating chairmanship on 1 January": a term that begins then.
  en({ name: 'en.chair.take-over-possessive', type: 'CHAIRS', dating: 'start', role: 'chair',
    pattern: "{STATE:from} {AUX}(?:took over|takes over|take over|will take over|assumed|assumes|assume|inherited|inherits) {THE}{ORG:to}'s (?:rotating |annual )?(?:chairmanship|presidency|chair)(?![\\p{L}])" }),
  // "The chairmanship rotates every year. Kazakhstan held it in 2024": "it" is the chairmanship the text just named.
  en({ name: 'en.chair.held-it', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', context: /(?<![\p{L}])(?:chairmanship|presidency|chairs|chaired)(?![\p{L}])/iu,
    pattern: '{STATE:from} {AUX}(?:held|holds|will hold|is holding) (?:it|the post|the role)(?![\\p{L}])' }),
  // "Kyrgyzstan chaired the bloc last year and handed over to Russia, which passes the baton to Tajikistan".
  en({ name: 'en.chair.baton', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true, context: /(?<![\p{L}])(?:chairmanship|presidency|chairs|chaired|chair)(?![\p{L}])/iu,
    pattern: '{STATE:from} {AUX}(?:(?:[^.;⟦]|⟦(?:ORG|DATE)#\\d+⟧){0,60}? and )?(?:will |would |(?:is |are )?(?:expected|set|due|scheduled|going|about) to )?(?:handed over|hands over|hand over|will hand over|passed the baton|passes the baton|pass the baton|handed the baton|hands the baton|hand the baton|(?:hand|hands|handed|pass|passes|passed) (?:it|the (?:chair|chairmanship|presidency))(?: over| on)?) to (?={STATE:next})' }),
  // A factbox's label: "Chair in 2026: Russia.", "Chairmanship (2027): Tajikistan".
  en({ name: 'en.chair.label', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: '^(?:[*•-] )?(?:Chair|Chairmanship|Chairing state|Presidency)(?: (?:of|in) {THE}{ORG:to})?(?: (?:in |for )?\\(?⟦DATE#\\d+⟧\\)?)?: {STATE:from}\\.?$' }),
  // "The chairmanship of the organization is held by the Russian Federation."
  en({ name: 'en.chair.held-by', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: '(?:chairmanship|presidency)(?: (?:of|in) {THE}{ORG:to})? {AUX}(?:held|exercised) by {THE}{STATE:from}' }),
  // "It will be transferred to Tajikistan from 1 January": "it" is the chairmanship this sentence or the one before named.
  en({ name: 'en.chair.it-passes', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg', context: /(?<![\p{L}])(?:chairmanship|presidency)(?![\p{L}])/iu,
    pattern: '(?<![\\p{L}])[Ii]t {AUX}(?:passes|passed|pass|goes|went|go|rotates|rotated|transferred|handed over) to {THE}{STATE:from}' }),
  // "The chairmanship is held by Russia. It will be transferred to Tajikistan from 1 January", where "it" was read as the organization.
  en({ name: 'en.chair.it-transferred', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg', context: /(?<![\p{L}])(?:chairmanship|presidency)(?![\p{L}])/iu,
    pattern: '(?:^|[,;] )⟦ORG#\\d+⟧ (?:will be|is to be|is being|has been|is|was) (?:transferred|handed over|passed on|passed|handed) to {THE}{STATE:from}' }),
  // "The chairmanship rotates every year … this year it is Russia's turn, and Tajikistan is next in line for 2027."
  en({ name: 'en.chair.turn', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', context: /(?<![\p{L}])(?:chairmanship|presidency|chairs|chaired|chair)(?![\p{L}])/iu,
    pattern: "(?:⟦DATE#\\d+⟧,? )?(?<![\\p{L}])(?:it is|it was|it will be|it's) {STATE:from}'s turn" }),
  en({ name: 'en.chair.next-in-line', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg', context: /(?<![\p{L}])(?:chairmanship|presidency|chairs|chaired|chair)(?![\p{L}])/iu,
    pattern: '{STATE:from} (?:is|was|are) next(?: in line)?(?= for ⟦DATE| to (?:take over|take the chair|chair|hold it)|[,.;]|$)' }),
  en({ name: 'en.chair.hand-over', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true,
    pattern: '{STATE:from} {AUX}(?:handed over|hands over|hand over|handed|hands|hand|passed on|passed|passes|pass|transferred|transfers|transfer) (?:the |its )?(?:rotating )?(?:chairmanship|presidency)(?: (?:of|in) {THE}{ORG:to})?(?: over)?(?: to {STATE:next})?' }),
  en({ name: 'en.chair.take-over-titled', type: 'CHAIRS', dating: 'start', role: 'chair',
    pattern: '{STATE:from} {AUX}(?:took over|takes over|take over|taking over|assumed|assumes|assume|took up|takes up|inherits|inherited|will hold|holds|hold|held|takes|took|will take) (?:the |its )?{ORG:to} (?:rotating |annual )?(?:chairmanship|presidency|chair(?![\\p{L}]))' }),
  // "The bloc will hand its chairmanship to Tajikistan on 1 January": the organization as the giver, the state's term begins.
  en({ name: 'en.chair.org-hands-to', type: 'CHAIRS', dating: 'start', role: 'chair',
    pattern: '{ORG:to} {AUX}(?:hand|hands|handed|pass|passes|passed|transfer|transfers|transferred)(?: over)? (?:its|the) (?:rotating |annual )?(?:chairmanship|presidency)(?: over)? to {STATE:from}' }),
  // "Russia's chairmanship ends on 31 December. Tajikistan takes over on 1 January": taking over, the chairmanship named before.
  en({ name: 'en.chair.takes-over-bare', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg', context: /(?<![\p{L}])(?:chairmanship|presidency)(?![\p{L}])/iu,
    pattern: '{STATE:from} {AUX}(?:takes over|took over|take over|will take over|is taking over)(?= (?:on |in |from )?⟦DATE#| from ⟦STATE#|[.;]|$)' }),
  en({ name: 'en.chair.hand-over-titled', type: 'CHAIRS', dating: 'end', role: 'chair', handover: true,
    pattern: '{STATE:from} {AUX}(?:handed over|hands over|hand over|passed on|passed|passes|transferred|transfers) (?:the |its )?{ORG:to} (?:rotating )?(?:chairmanship|presidency)(?: to {STATE:next})?' }),
  // "The chairmanship passed from Kyrgyzstan to Russia on January 1": the one ends, the other starts.
  en({ name: 'en.chair.passes-from', type: 'CHAIRS', dating: 'end', role: 'chair', toFallback: 'mainOrg', handover: true,
    pattern: '(?:chairmanship|presidency|chair)(?: (?:of|in) {THE}{ORG:to})? {AUX}(?:passes|passed|pass|goes|went|go|will go|rotates|rotated|(?:is|was|will be) handed over|(?:is|was|will be) transferred) from {STATE:from} to (?={STATE:next})' }),
  en({ name: 'en.chair.passes-to', type: 'CHAIRS', dating: 'start', role: 'chair', toFallback: 'mainOrg',
    pattern: '(?:chairmanship|presidency|chair)(?: (?:of|in) {THE}{ORG:to})? {AUX}(?:passes|passed|pass|goes|went|go|will go|rotates|rotated|(?:is|was) handed over|(?:is|was) transferred) to {STATE:from}' }),
  // "Tajikistan takes over the rotating chairmanship from Russia", "Tajikistan, which takes over from Russia": the state before ends its term.
  en({ name: 'en.chair.taken-from', type: 'CHAIRS', dating: 'handover', role: 'chair', toFallback: 'mainOrg', context: /(?<![\p{L}])(?:chairmanship|presidency|chairs|chaired|chair)(?![\p{L}])/iu,
    pattern: "(?:(?:took|takes|take|taking) over(?= from)|(?:took over|takes over|take over|taking over|assumed|assumes|assume|assuming|inherited|inherits|inherit|took|takes|take|taking) (?:the |its )?(?:⟦ORG#\\d+⟧'s )?(?:rotating |annual )?(?:chairmanship|presidency|chair)(?: (?:of|in) {THE}{ORG:to})?)(?: (?:on |in )?⟦DATE#\\d+⟧)? from {STATE:from}(?![\\p{L}-])" }),
  // A state at the head of the organization for a year is its rotating chair: "Kyrgyzstan led the bloc in 2025", "Russia's year at
  // the helm of the CSTO" (a date required: "Russia leads the bloc" alone is said of its weight, not of the chair).
  en({ name: 'en.chair.led-dated', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: '{STATE:from} {AUX}(?:led|leads|lead|headed|heads|head|will lead|will head|(?:was|is|will be) at the (?:helm|head) of) {THE}{ORG:to},? (?:in |for |throughout |during |all |through )?(?=⟦DATE#)' }),
  en({ name: 'en.chair.led-dated-first', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: '(?:^|[,;] )(?:[Ii]n |[Ff]or |[Tt]hroughout |[Dd]uring )?⟦DATE#\\d+⟧,? {STATE:from} {AUX}(?:led|headed|lead|head|will lead|will head|(?:was|is|will be) at the (?:helm|head) of) {THE}{ORG:to}' }),
  en({ name: 'en.chair.year-at-helm', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: "{STATE:from}'s (?:year|term|turn|stint) (?:at the (?:helm|head) of|in charge of|leading|heading) {THE}{ORG:to}(?! " + TERM_ENDS + ")" }),
  // "Russia's year at the head of the CSTO runs out on 31 December": the day its term ends.
  en({ name: 'en.chair.year-at-helm-ends', type: 'CHAIRS', dating: 'end', role: 'chair',
    pattern: "{STATE:from}'s (?:year|term|turn|stint) (?:at the (?:helm|head) of|in charge of|leading|heading) {THE}{ORG:to} " + TERM_ENDS }),
  en({ name: 'en.chair.chairs', type: 'CHAIRS', dating: 'span', role: 'chair',
    // "chaired the Council's session": the session, not the body whose session it is.
    pattern: "{STATE|PERSON|NAME:from} {AUX}(?:chairs|chaired|chair|presides over|presided over|will chair) (?:an? )?{THE}{ORG|EVENT|MEET:to}(?!'s)" }),
  // "The session will be attended by …, and will be chaired by X": a second passive of the meeting the sentence names.
  en({ name: 'en.chair.and-chaired-by', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'meeting',
    pattern: '(?:,? and|;) {AUX}(?:be |been )?(?:chaired|presided over) by (?:the )?{PERSON|NAME:from}' }),
  // Where and when between the meeting and its participle ("the session in Moscow on 11 November, chaired by"), and a chain of
  // titles before the name ("by the Speaker of the Assembly, Chairman of the Duma X").
  // "The summit, held under the chairmanship of President X, …": a person's (a state's is the year's chairmanship) of the meeting the sentence names.
  en({ name: 'en.chair.under-chairmanship', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'meeting',
    pattern: "under the (?:chairmanship|presidency) of (?:(?:[a-z-]+|[A-Z][a-z-]+|⟦(?:STATE|ORG)#\\d+⟧)(?:'s)?,? ){0,6}?{PERSON|NAME:from}(?! of )" }),
  en({ name: 'en.chair.chaired-by', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: "{EVENT|MEET:to}(?: (?:in|at) ⟦(?:PLACE|STATE)#\\d+⟧)?(?:,? (?:on |in )?⟦DATE#\\d+⟧)?,? {AUX}(?:chaired|presided over)(?: ⟦DATE#\\d+⟧| this year| currently)? by (?:the )?(?:(?:[a-z-]+|⟦(?:STATE|ORG|NAME)#\\d+⟧)(?:'s)?,? ){0,8}?{STATE|PERSON|NAME:from}(?! of | ⟦)" }),

  // Posts.
  en({ name: 'en.post.appointed', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '{PERSON|NAME:from}(?: (?:of|from) ⟦STATE#\\d+⟧| \\(⟦STATE#\\d+⟧\\))?,? {W}(?:has been|have been|was|is|had been|will be|being|been)? ?(?:appointed|named|elected|approved|confirmed|re-elected|reappointed|become|becomes|became)(?: as)? (?:the )?(?:new |next )?{ROLE}(?: of {THE}{ORG|STATE:to})?' }),
  en({ name: 'en.post.appointed-titled', type: 'POST', dating: 'post',
    pattern: "{PERSON|NAME:from},? {W}(?:has been|have been|was|is|had been|will be|being|been)? ?(?:appointed|named|elected|approved|confirmed|re-elected|reappointed|become|becomes|became)(?: as)? (?:the )?(?:new |next )?{ORG|STATE:to}(?:'s)? (?:new |next )?{ROLE}" }),
  en({ name: 'en.post.appointed-object', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '(?:appointed|appoints|named|names|elected|elects|approved|approves|confirmed|confirms) (?:[A-Z][a-z]+ (?:diplomat|general|politician|official|lawmaker|minister|economist) )?{PERSON|NAME:from} (?:as )?(?:the )?(?:new |next )?{ROLE}(?: of {THE}{ORG|STATE:to})?' }),
  en({ name: 'en.post.is', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '{PERSON|NAME:from} {AUX}(?:is|was|has been|had been|remains|remained|will be) (?:the )?(?:new |current |former |next )?{ROLE}(?: of {THE}{ORG|STATE:to})?' }),
  en({ name: 'en.post.served', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '{PERSON|NAME:from} {AUX}(?:served|serves|serve|worked|acted|acts|remains|remained) as (?:the )?{ROLE}(?: of {THE}{ORG|STATE:to})?' }),
  // "X has served as the organization's secretary-general since …", "X serves as CSTO Secretary-General": the owner before the title.
  en({ name: 'en.post.served-owner-first', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: "{PERSON|NAME:from} {AUX}(?:served|serves|serve|worked|acts|acted|remains|remained) as (?:the )?(?:{ORG|STATE:to}(?:['’]s)? |(?:organi[sz]ation|bloc|alliance)['’]s )(?:new |current )?{ROLE}" }),
  // "X, the Kyrgyz diplomat who became the bloc's secretary general in January, …": the owner before the title in the relative clause.
  en({ name: 'en.post.became-owner-first', type: 'POST', dating: 'post',
    pattern: "{PERSON|NAME:from}, (?:the |a |an )?(?:[A-Za-z-]+ ){1,4}?(?:who|that) (?:became|has become|becomes|was named|was appointed|was elected) (?:the )?{ORG|STATE:to}['’]s (?:new |next |first )?{ROLE}" }),
  en({ name: 'en.post.title', type: 'POST', dating: 'post',
    pattern: '{ORG|STATE:to} (?:new |current |former |incoming |outgoing )?{ROLE},? {RANK}{PERSON|NAME:from}' }),
  en({ name: 'en.post.bare-title', type: 'POST', dating: 'post', toFallback: 'onlyState',
    pattern: '(?<!(?:Deputy|Vice|First|former|Former|acting|Acting|ex|Ex|whose|⟧) )(?<![A-Za-z-])(?<role>President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister of Foreign Affairs|Minister of Defen[cs]e),? {RANK}{PERSON|NAME:from}' }),
  en({ name: 'en.post.title-possessive', type: 'POST', dating: 'post',
    pattern: "{ORG|STATE:to}'s (?:new |current |former |incoming |outgoing )?{ROLE},? {PERSON|NAME:from}" }),
  en({ name: 'en.post.title-of', type: 'POST', dating: 'post',
    pattern: '{ROLE} of {THE}{ORG|STATE:to},? {RANK}{PERSON|NAME:from}' }),
  en({ name: 'en.post.apposition', type: 'POST', dating: 'post',
    pattern: '{PERSON|NAME:from}, {THE}(?:current |new |former )?{ROLE} of {THE}{ORG|STATE:to}' }),
  // "The current Secretary-General, X, …", "received the Secretary-General, X, …": the title first, the name in apposition (after a word,
  // only with "the": not a possessive's "the Assembly's chairman, X", not "whose director, X").
  en({ name: 'en.post.apposition-title-first', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '(?:(?:^|[,;] )(?:the |its )?|(?<=(?:^|[^\'’\\p{L}])(?!(?:whose|former|then|late|ex|acting|deputy|its|their|his|her) )\\p{Ll}+ )the )(?:current |new |incoming |outgoing )?{ROLE}(?: of {THE}{ORG|STATE:to})?, {PERSON|NAME:from},' }),
  // "X, the bloc's Secretary-General,", "X, Tajikistan's president since 1994,".
  en({ name: 'en.post.apposition-possessive', type: 'POST', dating: 'post',
    pattern: "{PERSON|NAME:from}, (?:the )?{ORG|STATE:to}'s (?:current |new |former |incoming |outgoing |long-serving |long-time |longtime |veteran |first |acting )?{ROLE}(?![\\p{L}-])" }),
  // "the Joint Staff, whose chief, Colonel General X, …".
  en({ name: 'en.heads.whose-chief', type: 'HEADS', dating: 'post',
    pattern: '{ORG:to}, whose (?:new |current )?(?:chief|head|director|commander|chairman)(?:,| is| was| has been)? (?:(?:⟦STATE#\\d+⟧(?:\'s)? )?{TITLE},? )?{RANK}{PERSON|NAME:from}' }),
  // "Tajikistan, whose president, Emomali Rahmon, …": the state's title-holder in a relative clause.
  en({ name: 'en.post.whose-title', type: 'POST', dating: 'post',
    pattern: '{STATE:to}, whose (?:current |new |long-serving |long-time |longtime )?{ROLE},? {RANK}{PERSON|NAME:from}' }),
  // "X, a former Kazakh prime minister": a demonym and a title in apposition.
  // Not the title of the next name of a list: "Vladimir Putin, Belarusian President Alexander Lukashenko and …".
  en({ name: 'en.post.apposition-demonym', type: 'POST', dating: 'post',
    pattern: '{PERSON|NAME:from}, (?:a |the )?(?:former |current |then |veteran )?{STATE:to} {ROLE}(?!,? (?:[\\p{L}.-]+ ){0,3}?"?⟦(?:PERSON|NAME)#)' }),
  // "X, the prime minister, said": a state's title in apposition with no state named, the one state the sentence (or the one before) names.
  en({ name: 'en.post.bare-apposition', type: 'POST', dating: 'none', toFallback: 'onlyState',
    pattern: '{PERSON|NAME:from}, (?:the |its |the country\'s )?(?<role>President|Prime Minister|Foreign Minister|Defen[cs]e Minister)(?=[,;)]| —)' }),
  // "Secretary-General X" with no organization named: the article's organization's post.
  en({ name: 'en.post.bare-org-title', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '(?<!(?:former|Former|ex|Ex|⟧|\'s|of) )(?<![A-Za-z-])(?<role>(?:[Aa]cting |Deputy )?Secretary[- ]General),? {RANK}{PERSON|NAME:from}' }),
  // "X, the Kyrgyz diplomat who took over as Secretary-General on 1 January, …": the post taken over.
  en({ name: 'en.post.took-over-as', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: `${TOOK_OFFICE_AS} (?:the )?(?:⟦ORG#\\d+⟧'s )?(?:new |next |incoming )?{ROLE}(?: (?:of|in) {THE}{ORG|STATE:to})?` }),
  // "X, the Kyrgyz diplomat who took over as CSTO secretary-general on January 1": the owner before the title.
  en({ name: 'en.post.took-over-as-titled', type: 'POST', dating: 'post',
    pattern: `${TOOK_OFFICE_AS} (?:the )?{ORG:to}(?:'s)? (?:new |next |incoming )?{ROLE}` }),
  // "X, the current Secretary-General, said", "X, who became Secretary-General in January": a title that is one organization's, with
  // none named, is the article's (not "Deputy", not another's: "UN Secretary-General" has its owner before it).
  en({ name: 'en.post.bare-org-apposition', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: "{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)?, (?:(?:the|its) (?:(?:current|new|then|incumbent|first|outgoing|incoming|present) )?|(?:the |a |an )?(?:[A-Za-z-]+ ){1,4}?(?:who|that) (?:became|has become|becomes) |(?:in|during) (?:his|her) (?:first|second|third|last|final) (?:year|years|months|term) as (?:the )?)(?<role>Secretary[- ]General)(?: at the time)?(?=[,.;]|$| (?:since|from|until|in|on|when)(?![\\p{L}]))" }),
  // A factbox's label: "Secretary-General: X (Kyrgyzstan), term 2026-2028".
  en({ name: 'en.post.label', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '^(?:[*•-] )?{ROLE}(?: of {THE}{ORG|STATE:to})?: {RANK}{PERSON|NAME:from}' }),
  // "X held the post from 2003 to 2016", "X, who has held the post since 2023": the post last named before.
  // Not a person after "Before"/"After" ("Before him, X held the post": "him" did not hold it then, X did).
  en({ name: 'en.post.held-the-post', type: 'POST', dating: 'post', toFallback: 'mainOrg', roleFallback: true,
    pattern: '(?<!(?:[Bb]efore|[Aa]fter) ){PERSON|NAME:from} {AUX}(?:held|holds|hold|occupied|occupies|took up|assumed|filled) (?:the|this|that) (?:post|office|position|job)' }),
  // "The post stayed vacant until X took it over in 2020": "it" is the post this sentence or the one before speaks of, the title named last.
  en({ name: 'en.post.took-it-over', type: 'POST', dating: 'start', toFallback: 'mainOrg', roleFallback: true, context: /(?<![\p{L}])(?:post|office|position|job)(?![\p{L}])/u,
    pattern: '{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)? {AUX}(?:took|takes|take|will take) it over' }),
  // "X, the Armenian general who held the post of Secretary-General from 2017": the title after "the post of".
  en({ name: 'en.post.held-the-post-of', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '{PERSON|NAME:from}(?:, (?:the |a |an )?(?:[A-Za-z-]+ ){1,4}?(?:who|that))? {AUX}(?:held|holds|hold|occupied|occupies|took up|assumed|filled) the (?:post|office|position|job) of (?:the )?{ROLE}(?: (?:of|in) {THE}{ORG|STATE:to})?' }),
  en({ name: 'en.post.held-by', type: 'POST', dating: 'post', toFallback: 'mainOrg', roleFallback: true,
    pattern: '(?:the|this|that) (?:post|office|position|job)(?: of (?:the )?{ROLE}(?: of {THE}{ORG|STATE:to})?)? {AUX}(?:(?:held|occupied|filled)(?: (?:since |from )?⟦DATE#\\d+⟧)?(?: on an acting basis| in an acting capacity| temporarily| briefly)? by|belonged to|belongs to|(?:went|goes|passed|passes) to) (?:(?:his|her) (?:first )?deputy,? )?{RANK}{PERSON|NAME:from}' }),
  // "X served from 2023 to 2025", "X was appointed for 2020-2022": the post named before.
  en({ name: 'en.post.served-dated', type: 'POST', dating: 'post', toFallback: 'mainOrg', roleFallback: true,
    pattern: '{PERSON|NAME:from} {AUX}(?:served|serves|was appointed|was elected|had been appointed)(?= (?:(?:from|since|between|in|for) )?⟦DATE#)' }),
  // "approved the appointment of General X of Kazakhstan as first deputy chief of the CSTO Joint Staff".
  en({ name: 'en.post.appointment-of', type: 'POST', dating: 'post', toFallback: 'mainOrg',
    pattern: '(?<!(?:possible|potential|proposed) )(?:appointment|nomination|election) of {RANK}{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)? as (?:the )?(?:new |next )?(?:first )?{ROLE}(?: of {THE}{ORG|STATE:to})?' }),
  // "His boss, X, has led the Joint Staff since 2022": the comma that closes an apposition.
  en({ name: 'en.heads', type: 'HEADS', dating: 'post',
    pattern: '{PERSON|NAME:from},? {AUX}(?:heads|headed|head|leads|led|lead|runs|ran|directs|directed) {THE}{ORG:to}' }),
  // "the Commission, which First Deputy Prime Minister X chairs": the body's head, in an object relative clause.
  en({ name: 'en.heads.which-chairs', type: 'HEADS', dating: 'post',
    pattern: '{ORG:to},? (?:which|that) (?:(?:⟦STATE#\\d+⟧|[A-Z][\\p{L}.-]*) ){0,6}{PERSON|NAME:from} (?:now |currently |also )?(?:chairs|heads|leads|runs|directs|chaired|headed|led|ran|directed)(?![\\p{L}])' }),
  // A body chaired by a president or a prime minister is the rotating chairmanship of the Council, not a standing head ("The
  // Collective Security Council, then chaired by Armenian Prime Minister X"): CHAIRS, below.
  en({ name: 'en.heads.passive', type: 'HEADS', dating: 'post',
    pattern: `{ORG:to}(?: in ⟦(?:PLACE|STATE)#\\d+⟧)?(?:, (?:established|created|founded|set up|formed|based)(?:[^,.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,40}? and(?= (?:headed|led|run|directed)))?,? {AUX}(?:since ⟦DATE#\\d+⟧ (?:been )?)?(?:headed|led|run|directed|chaired(?=(?: (?:since |from )?⟦DATE#\\d+⟧)? by (?:the )?(?!(?:⟦STATE#\\d+⟧(?:\'s)? )?(?:President|Prime Minister)(?![\\p{L}-]))))(?: (?:since |from )?⟦DATE#\\d+⟧)? by (?:the )?(?:⟦STATE#\\d+⟧ )?(?:(?:{TITLE}|${OFFICE_EN})(?: of (?:the )?⟦STATE#\\d+⟧)?,? )?{RANK}{PERSON|NAME:from}` }),
  en({ name: 'en.chair.council-chaired-by', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: '{ORG:to},? {AUX}(?:chaired|presided over)(?: (?:since |from |in )?⟦DATE#\\d+⟧)? by (?:the )?(?:⟦STATE#\\d+⟧(?:\'s)? )?(?:President|Prime Minister)(?: of (?:the )?⟦STATE#\\d+⟧)?,? {PERSON|NAME:from}' }),
  // "Its chief, Colonel General X, …": the head of the body named last, in this sentence or the one before.
  en({ name: 'en.heads.its-chief', type: 'HEADS', dating: 'post', toFallback: 'priorOrg',
    pattern: '(?:^|[.;] )(?:Its|Their) (?:new |current )?(?:chief|head|director|commander|chairman),? {RANK}{PERSON|NAME:from},' }),
  en({ name: 'en.succeeded.succeeding', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true, toFallback: undefined,
    pattern: '{PERSON|NAME:to}{ANYDESC}(?:succeeding|replacing|(?:who|to|will) (?:succeed|replace)s?|succeeded|replaced|took over from|takes over from|will take over from|(?:took|takes|will take) over as (?:[^⟦.;,]|⟦ORG#\\d+⟧){2,60}? (?:(?:on |in )?⟦DATE#\\d+⟧ )?from) {RANK}{PERSON|NAME:from}(?: as {THE}(?:⟦ORG#\\d+⟧(?:\\x27s)? )?{ROLE})?' }),
  en({ name: 'en.succeeded.handed-over', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: "{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)? {AUX}(?:in turn |later |then )?(?:handed|hands|will hand) over (?:the post |office |the office )?to (?:⟦STATE#\\d+⟧'s )?{RANK}{PERSON|NAME:to}" }),
  en({ name: 'en.succeeded.predecessor', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: "{PERSON:to}(?:'s)? predecessor,? (?:was )?{PERSON|NAME:from}" }),
  // "Before him, X held the post", "Before her, X served as Secretary-General": the one before in the post (the title named last).
  en({ name: 'en.succeeded.before-him', type: 'SUCCEEDED_BY', dating: 'none', impliesPosts: true,
    pattern: "(?:^|[,;] )(?:and )?[Bb]efore {PERSON:to},? {RANK}{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)? {AUX}(?:held|occupied|filled|had|served as|was|headed|led|ran) (?:the|this|that|{ROLE}|⟦ORG#\\d+⟧)" }),
  // "He succeeded X, …, and before him Y": the verb of succession left out, Y the one X succeeded.
  en({ name: 'en.succeeded.and-before-him', type: 'SUCCEEDED_BY', dating: 'none', impliesPosts: true,
    context: /(?<![\p{L}])(?:succeeded|succeeds|replaced|replaces|took over from)(?![\p{L}])/u,
    pattern: "(?:,|;) and before {PERSON:to},? {RANK}{PERSON|NAME:from}(?=[,;.]|$| of ⟦STATE#)" }),
  en({ name: 'en.succeeded.successor', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: "{PERSON:from}(?:'s)? successor,? (?:was |will be )?{RANK}{PERSON|NAME:to}" }),
  en({ name: 'en.succeeded.by', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: "{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)?(?: (?:[^.;⟦,]|⟦DATE#\\d+⟧){1,60}? and)? {AUX}(?:was|will be|is to be|is being) (?:succeeded|replaced) by (?:⟦STATE#\\d+⟧'s )?{RANK}{PERSON|NAME:to}" }),
  // "He was followed by Armenia's X": a succession only where the text is about a post, not the order of speakers.
  en({ name: 'en.succeeded.followed', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    context: /(?<![\p{L}])(?:post|office|job|term|Secretary[- ]General|chairman|chairmanship)(?![\p{L}])/iu,
    pattern: "{PERSON|NAME:from}(?: of ⟦STATE#\\d+⟧)?(?: (?:[^.;⟦,]|⟦DATE#\\d+⟧){1,60}? and)? {AUX}(?:was|were) followed by (?:⟦STATE#\\d+⟧'s )?{PERSON|NAME:to}" }),

  // Seats. "The CSTO, founded in 2002 and headquartered in Moscow", "its Secretariat, based in Moscow", "X has its headquarters in Y".
  en({ name: 'en.headquarters.based', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?:, (?:[^.;⟦]|⟦DATE#\\d+⟧){1,60}? and|,)? (?:(?:is|are|was|were|remains|has been) )?(?:headquartered|based) in {PLACE:to}(?![\\p{L}-])` }),
  en({ name: 'en.headquarters.has', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?:,? (?:which|that))? (?:has|had|keeps|maintains) (?:its|their) (?:headquarters|seat|offices?|head office) in {PLACE:to}` }),
  en({ name: 'en.headquarters.possessive', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}'s (?:headquarters|seat) (?:is|are|was|were|remains?) (?:located |situated )?in {PLACE:to}` }),
  en({ name: 'en.headquarters.of', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `[Tt]he (?:headquarters|seat) of {THE}{ORG:from} (?:is|are|was|were|remains?) (?:located |situated )?in {PLACE:to}` }),
  // "The Assembly met in St Petersburg, where its headquarters is / where it is based."
  en({ name: 'en.headquarters.where', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?:[^.;⟦]|⟦DATE#\\d+⟧){1,80}? in {PLACE:to},? where (?:its headquarters (?:is|are)|it is (?:headquartered|based))` }),

  // A body of an organization: "The Collective Security Council, made up of heads of state, is the top body", "X is a permanent body of the CSTO".
  en({ name: 'en.part-of.body', type: 'PART_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `{ORG:from}(?:, [^.;⟦]{1,60}?,)? (?:is|was|remains|serves as|acts as) (?:the|a|an|its) (?:(?:top|highest|supreme|main|chief|principal|permanent|standing|executive|working|governing|coordinating|consultative|advisory|auxiliary|statutory|military|political|parliamentary|decision-making|[a-z]+-level),? ){0,3}(?:body|organ)(?: of {THE}{ORG:to})?(?![\\p{L}])(?! (?:that|which|who)(?![\\p{L}]))` }),
  en({ name: 'en.part-of.bodies-are', type: 'PART_OF', dating: 'none',
    pattern: `{ORG:to}'s (?:(?:permanent|standing|governing|statutory|key|main|other) )?(?:bodies|organs) (?:are|include) {ORG:from}` }),

  // Programmes and their bodies.
  en({ name: 'en.administers', type: 'ADMINISTERS', dating: 'none',
    pattern: '{ORG|STATE:from} {AUX}(?:administers|administered|administer|manages|managed|manage|oversees|oversaw|oversee|runs|implements|implemented) {THE}{INIT:to}' }),
  en({ name: 'en.administers.passive', type: 'ADMINISTERS', dating: 'none',
    // Not an exercise series run by its forces ("the drill Indestructible Brotherhood … was run by the CPF": it conducts it).
    pattern: `(?<!(?:drills?|exercises?|manoeuvres) "?){INIT:to} {AUX}(?:administered|managed|overseen|run|implemented) by {THE}{ORG|STATE:from}${CLAUSE_AFTER}` }),
  en({ name: 'en.coordinates', type: 'COORDINATES', dating: 'none',
    pattern: "{STATE|ORG|PERSON:from} {AUX}(?:coordinates|coordinated|coordinate|is coordinating|will coordinate) {THE}(?<to>⟦(?:INIT|EVENT)#\\d+⟧|(?:[\\p{L}-]+ ){0,2}(?:stage|phase|initiative|plan|strategy|exercises?|drills?|manoeuvres|maneuvers|operation|mission)(?: of {THE}⟦\\w+#\\d+⟧)?)" }),
  // "Tajikistan coordinates it", "Dushanbe coordinates the work on the ground": the programme in focus, not the words.
  en({ name: 'en.coordinates.it', type: 'COORDINATES', dating: 'none', toFallback: 'programme',
    pattern: "{STATE|ORG:from}(?:, (?:which|that))? {AUX}(?:coordinates|coordinated|coordinate|is coordinating|will coordinate) (?:it|the (?:programm?e|program|project|effort|work)|(?:the |its )?(?:practical |day-to-day |overall )?(?:work|implementation)(?: (?:on|of) (?:it|the programm?e|the program|the ground))?)(?![\\p{L}-])" }),
  // "Tajikistan acts as its coordinator", "the Secretariat handles day-to-day coordination".
  en({ name: 'en.coordinates.coordinator', type: 'COORDINATES', dating: 'none', toFallback: 'programme',
    pattern: "{STATE|ORG:from}(?:, [^.;⟦]{0,80}?,)? {AUX}(?:(?:acts|acted|act|acting|serves|served|serve|serving|is|was|will be|remains) as (?:its|the) coordinator|(?:is|was|will be|remains) (?:its|the programme's|the program's) coordinator|(?:handles|handled|handle|is in charge of|was in charge of) (?:the )?(?:day-to-day |practical |overall )?coordination)(?![\\p{L}])" }),
  // "The programme is administered by X", "X, which administers it": the programme in focus.
  en({ name: 'en.administers.the-programme', type: 'ADMINISTERS', dating: 'none', toFallback: 'programme',
    pattern: `(?:^|[.;,] |while )[Tt]he (?:[\\p{L}-]+ ){0,3}?(?:programm?e|program|project)(?:,? [^.;⟦]{0,120}?,)? {AUX}(?:administered|managed|run|overseen) by {THE}{ORG:from}` }),
  en({ name: 'en.administers.it', type: 'ADMINISTERS', dating: 'none', toFallback: 'programme',
    pattern: "{ORG:from}(?:, (?:which|that))? {AUX}(?:administers|administered|administer|manages|managed|oversees|oversaw|runs|ran|(?:is|was|will be) in charge of (?:running|administering|managing)) (?:it|the (?:programm?e|program|project))(?![\\p{L}-])" }),
  en({ name: 'en.coordinates.passive', type: 'COORDINATES', dating: 'none',
    pattern: `{INIT|EVENT:to} {AUX}coordinated by {THE}{STATE|ORG|PERSON:from}${CLAUSE_AFTER}` }),
  // "The programme, whose second stage …, is coordinated by X": the programme named last.
  en({ name: 'en.coordinates.the-programme', type: 'COORDINATES', dating: 'none', toFallback: 'previousInit',
    pattern: '(?:^|[.;] )[Tt]he (?:programm?e|program|initiative|project) {AUX}coordinated by {THE}{STATE|ORG|PERSON:from}' }),

  // Events.
  // "The Combat Brotherhood manoeuvres, conducted in September by the Joint Staff, were held in Belarus": an aside naming no place between
  // (not a second subject: "Interaction, and then the border guards' drills, will be held in …").
  en({ name: 'en.held-in', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}(?:'s)?(?: (?:exercises?|drills?|summit|session))?(?:, (?!(?:and|or|but|then|as well|while|whereas)(?![\\p{L}]))(?:[^,.;⟦]|⟦(?:DATE|ORG|PERSON|NAME)#\\d+⟧){1,120},)? {AUX}(?:held|hosted|staged|conducted|organi[sz]ed|scheduled|planned|expected|due|take place|takes place|took place|taking place|convened|convenes|opened|opens|concluded|concludes|ended|ends|began|begins|${PLANNED}(?:take place|held|staged|conducted|convened|hosted)) (?:in|at|for) {PLACE|STATE:to}` }),
  // "The treaty was signed in Tashkent on 15 May 1992", "CSTO Charter signed in Chisinau": the signing was held there.
  en({ name: 'en.held-in.signed-in', type: 'HELD_IN', dating: 'span',
    pattern: '⟦INIT#\\d+⟧,? (?:which |that )?{AUX}(?<from>signed|adopted|concluded)(?: by [^.;⟦,]{1,50}?| (?:on|in) ⟦DATE#\\d+⟧)? (?:in|at) {PLACE:to}' }),
  // "The third drill, Interaction-2026, is expected to be conducted by the CRRF in Belarus in October": held there.
  en({ name: 'en.held-in.agent', type: 'HELD_IN', dating: 'span',
    pattern: `(?:(?:[Tt]he|[Aa]n?) (?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres), )?{EVENT|INIT|MEET:from},? {AUX}${PLANNED}?(?:held|staged|conducted|carried out|run|hosted|organi[sz]ed) by (?:the )?⟦(?:ORG|STATE)#\\d+⟧(?:(?:,| and) (?:the )?⟦(?:ORG|STATE)#\\d+⟧)* (?:in|at) {PLACE|STATE:to}` }),
  // "The Interaction exercises will be staged there": the place this sentence or the one before named last.
  en({ name: 'en.held-in.there', type: 'HELD_IN', dating: 'span', toFallback: 'priorPlace',
    pattern: "{EVENT|INIT|MEET:from}(?:'s)?(?: (?:exercises?|drills?|summit|session))? {AUX}(?:held|staged|conducted|take place|takes place|took place) there" }),
  // "The Council of Defence Ministers met in Moscow": a meeting of the body, held there.
  en({ name: 'en.held-in.body-met', type: 'HELD_IN', dating: 'span',
    pattern: "(?<!of |of the )(?<from>⟦ORG#\\d+⟧(?:'s?|’s?)?(?: (?:working|expert|contact|joint) (?:group|commission|committee))?(?:, (?:[^,⟦]|⟦(?:ORG|DATE)#\\d+⟧){1,40},|,? (?:which|that))? {AUX}(?:met|meets|meet|will meet|convened|convenes|convene|gathered|gathers|sat))(?: on ⟦DATE#\\d+⟧)? in {PLACE|STATE:to}" }),
  // "the endorsement of the Council, which met in Moscow on 11 November": the body, or the meeting it holds, met there.
  en({ name: 'en.held-in.body-which-met', type: 'HELD_IN', dating: 'span',
    pattern: "(?<from>⟦ORG#\\d+⟧,? (?:which|that) (?:had |has )?(?:(?:last|first|previously|most recently|also) )?(?:met|convened|gathered|sat))(?: on ⟦DATE#\\d+⟧)? in {PLACE|STATE:to}" }),
  // "welcomed the leaders to Dushanbe for the summit", "flew to Minsk for the session": the meeting, held where they came.
  en({ name: 'en.held-in.came-for', type: 'HELD_IN', dating: 'span',
    pattern: "(?:to|in) {PLACE:to} for (?<from>(?:the|this|that|its|their) (?!next |upcoming |following )(?:[a-z-]+ ){0,2}(?:⟦ORG#\\d+⟧(?:'s)? )?(?:summit|session|meeting|talks|conference|forum))(?![a-z])" }),
  // "held talks with X at the Secretariat in Moscow": the talks, held there.
  en({ name: 'en.held-in.talks-with', type: 'HELD_IN', dating: 'span',
    pattern: "{MEET:from} with (?:[^.;,⟦]|⟦(?:PERSON|NAME|ORG|STATE)#\\d+⟧){1,60}? (?:in|at) {PLACE:to}" }),
  // "… in Dushanbe, where I had talks with …", "… in Astana, where the ministers met".
  en({ name: 'en.held-in.where', type: 'HELD_IN', dating: 'span',
    pattern: "(?:in|at|to) {PLACE:to},? where (?:[^.;,⟦]|⟦(?:PERSON|NAME|ORG|STATE)#\\d+⟧){1,40}? (?:had|held|hold|holds|opened|met|meet|gathered|convened) (?:(?:his|her|their|our|my) )?{MEET|NAME:from}" }),
  // "flew back from Minsk, where he attended the summit", "in Astana, where the session opened": the meeting after "where" as the verb's
  // object (attended it) or its subject (it opened there).
  en({ name: 'en.held-in.where-attended', type: 'HELD_IN', dating: 'span',
    pattern: "(?:in|to|from|at) {PLACE|STATE:to},? where (?:(?:he|she|they|the leaders|the ministers|⟦(?:PERSON|DATE)#\\d+⟧) )?(?:attended|chaired|addressed|took part in|spoke at) {THE}{MEET:from}" }),
  en({ name: 'en.held-in.where-held', type: 'HELD_IN', dating: 'span',
    pattern: "(?:in|to|from|at) {PLACE|STATE:to},? where {THE}{MEET:from} (?:was held|took place|opened|met|convened)" }),
  // "the bloc's deployment to Kazakhstan", "sent about 2,000 peacekeepers to Kazakhstan": a deployment there.
  en({ name: 'en.held-in.deployment', type: 'HELD_IN', dating: 'span',
    pattern: '(?<from>deployment(?: (?:was|came))?|dispatch of (?:about |some |around |more than |over |nearly )?(?:[\\d,]+ )?(?:troops|peacekeepers|soldiers|servicemen|units|contingents?)|(?<!(?:not|n\u0027t|never|no longer) )(?:sent|sending|deployed|deploying|dispatched|dispatching) (?:about |some |around |more than |over |nearly )?(?:[\\d,]+ )?(?:troops|peacekeepers|soldiers|servicemen|units|contingents?)) (?:to|into) {STATE|PLACE:to}' }),
  // "Some 2,000 troops, mostly Russian, deployed to Kazakhstan", "peacekeepers were sent to Kazakhstan": the deployment, there.
  en({ name: 'en.held-in.deployed-passive', type: 'HELD_IN', dating: 'span',
    pattern: '(?<![Nn]o |[Nn]ot |[Nn]or |[Aa]ny )(?<from>(?:troops|peacekeepers|soldiers|servicemen|units|contingents?|forces)(?:, [a-z ]{1,30},)? (?:were |was |had been |have been )?(?:sent|deployed|dispatched|airlifted|flown in|flown)) (?:to|into) {STATE|PLACE:to}' }),
  // "scheduled for November 2027 in Dushanbe", "held on 19 June in Minsk": a date between the verb and the place.
  en({ name: 'en.held-in.dated', type: 'HELD_IN', dating: 'span',
    pattern: "{EVENT|INIT|MEET:from}(?:'s)?(?: (?:exercises?|drills?|summit|session))? {AUX}(?:held|staged|conducted|scheduled|planned|convened|take place|takes place|took place) (?:in |on |for |at )?⟦DATE#\\d+⟧,? (?:in|at) {PLACE|STATE:to}" }),
  // "the alliance would stage its Interaction exercises in Tajikistan", "concluded its Search-2026 reconnaissance exercise at the
  // Obuz-Lesnovsky training ground in Belarus": the place the exercise is held in.
  en({ name: 'en.held-in.object', type: 'HELD_IN', dating: 'span',
    pattern: "(?:hold|holds|held|stage|stages|staged|conduct|conducts|conducted|concluded|concludes|completed|completes|wrapped up|wraps up|opened|opens|launched|launches|began|begins) {THE}{EVENT|INIT:from}(?: (?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres))?(?: (?:at|on) (?:the )?(?:[A-Z][A-Za-z-]*[ -]){1,3}(?:training ground|range|firing range|proving ground|polygon|base))? (?:in|at) {PLACE|STATE:to}" }),
  // A city hosting a meeting: the meeting was held there ("Minsk hosted a meeting of …"); a state hosting is HOSTS.
  en({ name: 'en.held-in.city-hosts', type: 'HELD_IN', dating: 'span',
    pattern: '{PLACE:to} {AUX}(?:hosts|hosted|host|will host|is hosting) {THE}{EVENT|MEET:from}' }),
  // "Dushanbe hosted the foreign ministers": their meeting, held there.
  en({ name: 'en.held-in.city-hosts-people', type: 'HELD_IN', dating: 'span',
    pattern: `{PLACE:to} {AUX}(?:hosts|hosted|host|will host|is hosting) (?<from>${HOSTED_PEOPLE})` }),
  en({ name: 'en.held-in.it', type: 'HELD_IN', dating: 'span', toFallback: undefined,
    pattern: '(?<![\\p{L}])(?<from>it|they) (?:was|were|will be|is) held in {PLACE|STATE:to}' }),
  en({ name: 'en.held-in.phrase', type: 'HELD_IN', dating: 'span',
    pattern: '{EVENT|MEET:from} (?:in|at) {PLACE|STATE:to}' }),
  // "The Council held its final meeting of the year in Moscow": the meeting a body held, there, with the time of year between
  // (without it, en.held-in.phrase reads the meeting and the place).
  en({ name: 'en.held-in.held-meeting', type: 'HELD_IN', dating: 'span',
    pattern: "(?:held|holds|convened|convenes) (?<from>(?:its|their|a|an|the) (?:[a-z-]+ ){0,3}(?:meeting|session|summit|talks|conference)) of (?:the )?(?:year|⟦DATE#\\d+⟧),? (?:in|at) {PLACE|STATE:to}" }),
  // "the Moscow summit", "at the Bishkek session of November 2025": a meeting named by its city was held there (the RU twin is ru.held-in.city-adjective).
  en({ name: 'en.held-in.city-named', type: 'HELD_IN', dating: 'span',
    pattern: "(?<![\\p{L}-])(?<to>⟦PLACE#\\d+⟧) (?<from>(?:(?:extraordinary|informal|anniversary|jubilee|leaders'|ministerial) )?(?:summit|session|meeting|talks|conference|forum))(?![\\p{L}-])" }),
  en({ name: 'en.held-in.met', type: 'HELD_IN', dating: 'span',
    pattern: '(?<from>(?:leaders|heads of state|ministers|presidents|delegations|members|officials|representatives|(?:defen[cs]e|army|military|security|intelligence) chiefs)\\b[^.;]{0,60}?),? (?:met|meet|meets|will meet|gather|gathers|gathered|will gather|convene|convened|convenes|assemble|assembled) in {PLACE:to}' }),
  // "Defence ministers met in Almaty in May and foreign ministers in Minsk", "leaders met in Astana; last year, in Bishkek": the gapped second meeting.
  en({ name: 'en.held-in.met-gapped', type: 'HELD_IN', dating: 'span',
    pattern: '(?<from>(?:[Ll]eaders|[Hh]eads of state|[Mm]inisters|[Pp]residents|[Dd]elegations)(?![\\p{L}])[^.;]{0,60}?,? (?:met|gathered|convened|assembled) in ⟦PLACE#\\d+⟧)(?:,? (?:in |on )?⟦DATE#\\d+⟧)?(?: and|;|,) (?:(?:[a-z-]+ )?(?:ministers|leaders|heads of state|presidents|delegations) |(?:⟦DATE#\\d+⟧|a (?:month|week|year) later|the (?:following|next) (?:month|week|year)),? )in {PLACE:to}(?![\\p{L}])' }),
  // "The Cobalt exercise, held at a range in Kazakhstan's Almaty region, …": the exercise, held in the state or city after the site.
  en({ name: 'en.held-in.at-site', type: 'HELD_IN', dating: 'span',
    pattern: '{EVENT|INIT|MEET:from}(?: (?:exercises?|drills?|manoeuvres))?,? {AUX}(?:held|staged|conducted|took place|takes place|will take place) at (?:a|an|the) (?:[a-z-]+ ){0,3}(?:range|training ground|proving ground|ground|base|polygon|site|centre|center|facility) (?:in|near) {PLACE|STATE:to}' }),
  // "Tajikistan will host the next summit, in Dushanbe, in 2027": the meeting, with its city in apposition.
  en({ name: 'en.held-in.phrase-apposition', type: 'HELD_IN', dating: 'span',
    pattern: '{MEET:from}, (?:in|at) {PLACE:to}(?=[,.;]|$)' }),
  // "Leaders of the bloc signed a declaration in Astana on Thursday": their meeting, held in that city.
  en({ name: 'en.held-in.signed-in', type: 'HELD_IN', dating: 'span',
    pattern: '(?<from>(?:[Ll]eaders|[Hh]eads of state|[Mm]inisters|[Pp]residents|[Dd]elegations|[Pp]arliamentarians)\\b[^.;]{0,60}?),? (?:signed|adopted|approved|endorsed) (?:[^.;⟦,]{1,40}? )?in {PLACE:to}' }),
  en({ name: 'en.held-in.arrived', type: 'HELD_IN', dating: 'span',
    pattern: '(?:arrived|arrives|arriving|travelled|traveled|flew|came|will travel|gathered) (?:in|to) {PLACE|STATE:to}(?: ⟦DATE#\\d+⟧)? (?:for|to attend|to take part in) {MEET:from}' }),
  en({ name: 'en.held-in.organiser', type: 'HELD_IN', dating: 'span',
    pattern: '{ORG|STATE} {AUX}(?:held|holds|hold|convened|convenes|staged|hosted|opened|conducted) {MEET:from} (?:in|at) {PLACE|STATE:to}' }),
  en({ name: 'en.hosts', type: 'HOSTS', dating: 'span',
    pattern: `{STATE:from} {AUX}(?:${PLANNED}|(?:plans|plan|planned|intends|intend) to )?(?:hosts|hosted|host|will host|is hosting|(?:plays|played|play|will play|is playing) host to|(?:is|was|will be) (?:the )?host (?:of|to)) (?:both )?(?:(?:this|next|last) year's )?{THE}{EVENT|INIT|MEET:to}` }),
  // "Belarus, acting as host nation, fielded 900 troops": it hosts the exercise or meeting named, else the one reported on.
  en({ name: 'en.hosts.as-host', type: 'HOSTS', dating: 'span', toFallback: 'nearMeeting',
    pattern: '{STATE:from},? (?:acting |serving )?as (?:the )?host(?: nation| country| state| side)?(?![\\p{L}])(?: (?:of|for|to) {THE}{EVENT|INIT|MEET:to})?' }),
  en({ name: 'en.hosts.place-series', type: 'HOSTS', dating: 'span',
    pattern: '{PLACE:from} {AUX}(?:hosts|hosted|host|will host|is hosting) {THE}{INIT:to}' }),
  // "Kazakhstan hosted the foreign ministers": their meeting (a city hosting a meeting is where it was held, en.held-in.city-hosts).
  en({ name: 'en.hosts.people', type: 'HOSTS', dating: 'span',
    pattern: `{STATE:from} {AUX}(?:hosts|hosted|host|will host|is hosting) (?<to>${HOSTED_PEOPLE})` }),
  // "Kazakhstan hosted them in 2024": drills or a meeting the sentence or the one before named.
  en({ name: 'en.hosts.pronoun', type: 'HOSTS', dating: 'span', toFallback: 'nearMeeting',
    pattern: '{STATE:from} {AUX}(?:hosts|hosted|host|will host|is hosting) (?:them|it)(?![\\p{L}])' }),
  en({ name: 'en.hosts.which', type: 'HOSTS', dating: 'span',
    pattern: '{EVENT|INIT:to}(?: (?:[^ ⟦⟧,.]+|⟦(?:DATE|ORG)#\\d+⟧)){0,8},? which {STATE|PLACE:from} (?:is to |are to |is due to |is set to |is scheduled to |will )?(?:hosted|hosts|host)' }),
  en({ name: 'en.hosts.by', type: 'HOSTS', dating: 'span',
    pattern: '{EVENT|INIT|MEET:to},? {AUX}hosted by {STATE|PLACE:from}' }),
  en({ name: 'en.conducts', type: 'CONDUCTS', dating: 'span',
    pattern: '{STATE|ORG:from} {AUX}(?:plans? to |intends? to |is to |are to |is set to )?(?:hold|holds|held|conduct|conducts|conducted|stage|stages|staged|carry out|carries out|carried out) {THE}(?:(?:annual|yearly|regular|traditional|joint|latest|next) )?{INIT|EVENT:to}' }),
  // "the Rubezh exercise, staged in October under the command of the Joint Staff".
  en({ name: 'en.conducts.command-of', type: 'CONDUCTS', dating: 'span',
    pattern: '{INIT|EVENT:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE|NAME)#\\d+⟧){0,80}? under the (?:command|direction|leadership|control) of {THE}{ORG:from}' }),
  // "the Combat Brotherhood manoeuvres, conducted in September by the Joint Staff": its date may stand before the agent.
  en({ name: 'en.conducts.passive', type: 'CONDUCTS', dating: 'span', toTextNot: NOT_EXERCISE,
    pattern: `(?:(?:[Tt]he|[Aa]n?) (?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres), )?{INIT|EVENT|MEET:to},? {AUX}${PLANNED}?(?:conducted|staged|carried out|run|directed|organi[sz]ed|commanded) (?:(?:in |on |during )?⟦DATE#\\d+⟧ )?by {THE}{STATE|ORG:from}${CLAUSE_AFTER}` }),
  // "The command-staff exercise of the CSTO Joint Staff": a body's own exercise, which it directs.
  en({ name: 'en.conducts.exercise-of', type: 'CONDUCTS', dating: 'span', fromName: OTHER_THAN_FORCES_NAME, pattern: EXERCISE_OF }),
  // "The joint exercise of the Collective Peacekeeping Forces", "the Interaction-2026 exercise of the CRRF": the forces take part
  // in an exercise named as theirs; they conduct it where a verb says so (en.conducts, en.conducts.passive).
  en({ name: 'en.participates.exercise-of-forces', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME, pattern: EXERCISE_OF }),
  // "Interaction took place in Belarus. It was conducted by the CRRF and directed by the Joint Staff", "Both are to be run by …": the exercises named before.
  en({ name: 'en.conducts.pronoun-passive', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `^["“]?(?:It|They|Both|Both (?:exercises|drills)|Each|Each of them|All (?:two|three|four|five)(?: (?:exercises|drills))?|All of them|The (?:two|three|four) (?:exercises|drills)|These (?:exercises|drills)) (?:was|were|is|are|will be|would be|are to be|is to be|had been|has been|have been) (?:(?:also|jointly|again) )?(?:conducted|run|organi[sz]ed|staged|directed|led) by {THE}(?:(?:(?:alliance|bloc|organi[sz]ation)|⟦ORG#\\d+⟧)['’]s )?{ORG:from}` }),
  en({ name: 'en.conducts.pronoun-passive-coordinated', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `^["“]?(?:It|They|Both|Both (?:exercises|drills)|Each|Each of them|All (?:two|three|four|five)(?: (?:exercises|drills))?|All of them|The (?:two|three|four) (?:exercises|drills)|These (?:exercises|drills)) (?:was|were|is|are|will be|would be|are to be|is to be|had been|has been|have been) (?:[^.;⟦]|⟦(?:ORG|PERSON|NAME)#\\d+⟧){1,80}? and (?:conducted|run|organi[sz]ed|staged|directed|led) by {THE}(?:(?:(?:alliance|bloc|organi[sz]ation)|⟦ORG#\\d+⟧)['’]s )?{ORG:from}` }),
  // "the Echelon and Search drills, which the CRRF are to conduct", "Cobalt, which the forces staged in May": the exercise, then who holds it.
  en({ name: 'en.conducts.which-object', type: 'CONDUCTS', dating: 'span',
    pattern: '{INIT|EVENT|MEET:to}(?: (?:exercises?|drills?|manoeuvres))?,? which {THE}{ORG:from} (?:(?:are|is|were|was) (?:due |set |expected |scheduled )?to (?:conduct|hold|stage|run)|(?:will |would )?(?:conducted|held|staged|ran|conduct|hold|stage|run))(?![\\p{L}])' }),
  // "Interaction and Search are planned in Tajikistan, to be conducted by the CRRF": an infinitive passive after the exercise's clause.
  en({ name: 'en.conducts.to-be-by', type: 'CONDUCTS', dating: 'span',
    pattern: '{INIT|EVENT|MEET:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE)#\\d+⟧){0,80}?, to be (?:conducted|run|staged|held|carried out) by {THE}{ORG:from}' }),
  // "The forces hold an exercise of their own, Indestructible Brotherhood."
  en({ name: 'en.conducts.named', type: 'CONDUCTS', dating: 'span',
    pattern: '{STATE|ORG:from} {AUX}(?:hold|holds|held|conduct|conducts|conducted|stage|stages|staged|run|runs|ran) (?:an?|the|its|their) (?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres)(?: of (?:its|their) own)?,? {INIT|EVENT:to}' }),
  // "the Joint Staff and its exercise, Cobalt": a body's own exercise, which it directs.
  en({ name: 'en.conducts.their-exercise', type: 'CONDUCTS', dating: 'span', fromName: OTHER_THAN_FORCES_NAME, pattern: THEIR_EXERCISE }),
  // "the Collective Peacekeeping Forces and their exercise, Indestructible Brotherhood": an exercise named as the forces' (see above).
  en({ name: 'en.participates.forces-exercise', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME, pattern: THEIR_EXERCISE }),
  en({ name: 'en.conducts.drills', type: 'CONDUCTS', dating: 'span',
    pattern: '{STATE|ORG:from} {AUX}(?:hold|holds|held|conduct|conducts|conducted|stage|stages|staged|carry out|carries out|carried out) (?<to>(?:a (?:series|round|cycle) of |(?:the|its|their|an?) )?(?:(?:annual|joint|regular|large-scale|command-staff|tactical|military|new) ){0,2}(?:exercises?|drills?|manoeuvres|maneuvers))(?![\\p{L}])(?!(?: of (?:its|their) own)?,? "?⟦(?:INIT|EVENT))' }),
  // "… exercises in 2027, with the Collective Rapid Reaction Forces taking part".
  en({ name: 'en.participates.with', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: '{INIT|EVENT:to}(?: (?:exercises?|drills?))?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE)#\\d+⟧){0,80}?, with {THE}{STATE|ORG:from} (?:taking part|participating)' }),
  // "The Interaction exercise, held in Kazakhstan, brought together units from Russia, Belarus and Tajikistan".
  en({ name: 'en.participates.brought-together', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE)#\\d+⟧(?:'s)?){0,80}? {AUX}(?:brought together|brings together|bring together|involved|involves|involve|drew|draws|draw) (?:(?:some |about |around |more than |over |nearly )?[\\d,]+ )?(?:[a-z-]+ ){0,2}(?:${TROOPS}|forces|delegations?) (?:from|of) {THE}{STATE:from}` }),
  // "The delegation of Belarus was headed by …": the state took part in the meeting named near.
  en({ name: 'en.participates.delegation', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: "(?:[Tt]he )?delegation of {THE}{STATE:from} (?:was|is|will be) (?:headed|led) by" }),
  en({ name: 'en.participates.delegation-of', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: "{STATE:from}(?:'s)? delegation (?:was|is|will be) (?:headed|led) by" }),
  // "Delegations from Belarus and Kazakhstan took part", "Belarus and Kazakhstan took part.": in the meeting named last.
  en({ name: 'en.participates.intransitive', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: '(?:(?:[Dd]elegations?|[Tt]roops|[Uu]nits|[Cc]ontingents?) (?:from|of) {THE})?{STATE|ORG:from} {AUX}(?:took part|take part|takes part|participated|participate)(?= ?[.;]|$| and | as well| too|, (?:while|whereas|but|although|though) |,? (?:(?:[^ ⟦⟧,.;]+|⟦\\w+#\\d+⟧) ){0,4}(?:said|says|reported|confirmed|announced)(?![\\p{L}]))' }),
  // Who pays for a programme takes part in it: "Russia remains the largest contributor", "Kazakhstan and Belarus have made
  // smaller contributions in kind", "Russia has carried most of the cost" — of the programme this sentence or the one before named.
  en({ name: 'en.participates.contributor', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: "{STATE:from} {AUX}(?:(?:remains|remained|became|is|was) (?:the |a |its |their )?(?:single )?(?:largest|biggest|main|principal|leading|major|key|second-largest) (?:contributor|donor|funder|sponsor|backer)s?(?! (?:of|to|for) (?!(?:the )?(?:⟦|programm?e|program|project)|its?(?![\\p{L}])))|(?:made|make|makes|provided|provides|provide) (?:(?:smaller|small|larger|large|significant|substantial|modest|further|additional|financial|major|the largest|the biggest) ){0,2}contributions?|(?:carried|carries|carry|bore|bears|bear|borne|shouldered|shoulders|shoulder|covered|covers|cover|paid|pays|pay|footed|foots|foot) (?:most|much|the bulk|the lion's share|a large share|half) of the (?:cost|costs|funding|bill|expenses)|(?:contributed|contributes|contribute|paid|pays|pay) (?:(?:much|far|rather|slightly) )?(?:more|less) than (?:its|their) (?:[a-z-]+ )?(?:shares?|contributions?|quotas?)|(?:so far )?(?:supplied|supplies|supply|provided|provides|delivered|delivers) (?:most|much|the bulk|the lion's share|a large share|half) of the (?:equipment|funds|funding|money|hardware|supplies)|(?:carried|carries|carry|bore|bears|bear|borne|shouldered|shoulders|shoulder) the (?:main|heaviest|largest|biggest|greatest) (?:burden|share)(?: of (?:the )?(?:funding|cost|costs|financing))?|(?:paid|pays|pay|transferred|transfers|transfer) (?:(?:only |just )?(?:part|some|half|all|most) of )?(?:(?:its|their|smaller|small|larger|large|equal|the largest|the biggest) ){1,2}(?:contributions?|shares?|dues|instal?ments?)(?! yet)(?![\\p{L}])(?: of the (?:money|funding|cost|costs))?(?: in full)?|(?:paid|pays|pay) (?:only |just )?(?:part|some|half|all) of (?:theirs|its own|their own))(?![\\p{L}])(?: (?:to|for|of) {THE}{INIT:to})?" }),
  // "Russia carried the main burden, with Kazakhstan and Belarus also contributing": the programme named before.
  en({ name: 'en.participates.also-contributing', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: '(?<![\\p{L}])with {THE}{STATE:from} (?:also )?(?:contributing|paying|chipping in)(?![\\p{L}])' }),
  // "Russia, Kazakhstan and Belarus fund it", "The programme is coordinated by X and financed mostly by Russia": the programme named before.
  en({ name: 'en.participates.funds-it', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: "{STATE:from} {AUX}(?:fund|funds|funded|finance|finances|financed|co-finance|co-finances|co-financed|bankroll|bankrolls|bankrolled) (?:it|them)(?![\\p{L}])" }),
  en({ name: 'en.participates.funded-by', type: 'PARTICIPATES_IN', dating: 'none', toFallback: 'previousInit',
    pattern: "(?<![\\p{L}])(?:is|are|was|were|been|be|and) (?:(?:mostly|largely|mainly|chiefly|primarily|partly|jointly) )?(?:funded|financed|paid for|bankrolled|co-financed|co-funded) (?:mostly |largely |mainly |chiefly |primarily |partly |in part |jointly )?by {THE}{STATE:from}" }),
  // "Units from Kazakhstan and Russia have confirmed their participation": in the exercise or meeting named, else the one named last.
  en({ name: 'en.participates.confirmed', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:(?:${TROOPS}|[Ff]orces|[Dd]elegations?) (?:from|of) {THE})?{STATE:from} {AUX}(?:confirmed|confirms|confirm|announced|announces|pledged|pledges|declared|declares) (?:its|their) participation(?: in {THE}{EVENT|INIT|MEET:to})?` }),
  // "Units from Russia and Kazakhstan have already confirmed," he said: their participation in the exercise or meeting named last.
  en({ name: 'en.participates.units-confirmed', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:${TROOPS}|[Ff]orces|[Dd]elegations?) (?:from|of) {THE}{STATE:from} {AUX}(?:already |now |also )?(?:confirmed|confirm|signed up)(?= ?[,.;"”]|$)` }),
  // "Around 1,100 troops took part, from Kyrgyzstan, Kazakhstan and Russia": the states after the verb, of the exercise named last.
  en({ name: 'en.participates.took-part-from', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `${TROOPS} {AUX}(?:took part|take part|participated|participate|were involved|trained)(?: (?:this time|this year|⟦DATE#\\d+⟧|in all|altogether|in total|in (?:the|these|those) (?:drills|exercises?|manoeuvres)))?,? (?:drawn |coming )?from {THE}{STATE:from}` }),
  // "… will stage the Rubezh exercise next autumn, and Kazakhstan and Kyrgyzstan have confirmed their units": the exercise named before them.
  en({ name: 'en.participates.confirmed-units', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE|ORG|PERSON|NAME)#\\d+⟧(?:'s)?){0,120}? {STATE:from} {AUX}(?:confirmed|confirms|confirm|pledged|pledges|pledge|committed|commits|commit) (?:its|their) (?:[a-z-]+ )?${TROOPS}(?![\\p{L}])` }),
  // "Ministers from Belarus, Kazakhstan and Tajikistan attended": their states took part in the meeting named last.
  en({ name: 'en.participates.people-from', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `${PEOPLE_OF_STATES} (?:from|of) {THE}{STATE:from} {AUX}(?:attended|were present|took part|participated)(?= ?[.;]|$| and | as well| too|, (?:while|whereas|but|although|though) )` }),
  // "The defence ministers of Belarus and Tajikistan attended the session": the same with the meeting named after the verb.
  en({ name: 'en.participates.people-from-object', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `${PEOPLE_OF_STATES} (?:from|of) {THE}{STATE:from} {AUX}(?:attended|took part in|participated in|were present at) {THE}{EVENT|MEET:to}` }),
  // "X flew in for the talks, along with his counterparts from Belarus and Kazakhstan": their states took part in the meeting named.
  en({ name: 'en.participates.counterparts', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: '(?:along with|together with|joined by|and) (?:his|her|their) (?:[a-z-]+ )?counterparts (?:from|of) {THE}{STATE:from}' }),
  // "The meeting was chaired by X and attended by the defence ministers of Belarus and Kazakhstan": their states took part in it.
  en({ name: 'en.participates.attended-by', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:{MEET:to}(?:[^.;⟦]|⟦(?:PERSON|NAME|ORG|PLACE|DATE)#\\d+⟧){0,100}? )?(?<![Nn]ot |[Nn]ever )(?:attended|joined) by (?:the )?${PEOPLE_OF_STATES} (?:from|of) {THE}{STATE:from}` }),
  // "Belarus and Kyrgyzstan also dispatched units, and Armenia contributed a small contingent": to the operation named last.
  en({ name: 'en.participates.contributed', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `{STATE:from}(?:, (?:acting|serving) as (?:the )?host(?: nation| country| state)?,|, (?:which|that) (?:[^,.;⟦]|⟦(?:EVENT|INIT|DATE)#\\d+⟧){1,50},)? {AUX}(?:each |both |jointly )?(?:sent|sends|send|contributed|contributes|contribute|dispatched|dispatches|dispatch|deployed|deploys|deploy|provided|provides|provide|fielded|fields|field|committed|commits|commit) (?!(?:no|zero|not a single|not one|none of its|none of their) )(?:(?:a|an|the|its|their) )?(?:(?:some |about |around |more than |over |nearly |up to )?[\\d,]+ )?(?:(?!(?:an?|the|its|their) )[a-z-]+,? ){0,5}?${TROOPS}(?![\\p{L}])(?: to {THE}{EVENT|INIT:to}|(?! to ⟦))` }),
  // "Military contingents were sent by Russia, Belarus and Kazakhstan."
  en({ name: 'en.participates.sent-by', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearMeeting',
    pattern: `${TROOPS} {AUX}(?:sent|contributed|provided|deployed|dispatched|fielded) by {THE}{STATE:from}` }),
  // "Troops from Russia and Belarus joined the drills", "units of Kazakhstan were involved in the exercise".
  en({ name: 'en.participates.troops-from', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?:${TROOPS}|[Ff]orces|[Dd]elegations?) (?:from|of) {THE}{STATE:from} {AUX}(?:took part in|take part in|takes part in|participated in|participate in|joined|join|joined in|were involved in|are involved in|will be involved in) {THE}{EVENT|INIT|MEET:to}` }),
  // "… exercise in Belarus with the participation of Russia and Kazakhstan", "involving troops from X and Y" (not "of CSTO Secretary General X": the person).
  en({ name: 'en.participates.participation-of', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'meeting',
    pattern: `(?:with the participation of|involving) (?:(?:${TROOPS}|forces|delegations?|servicemen) (?:from|of) )?{THE}{STATE|ORG:from}(?! (?:(?:Deputy|Acting|Permanent|First) )?(?:Secretary|Chair|Chief|Head|Director|Commander|Representative|Envoy|Spokes|Minister))` }),
  // "… wrapped up Echelon on Friday, with logistics units from Russia and Belarus": the exercise the clause named.
  en({ name: 'en.participates.with-units', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE)#\\d+⟧(?:'s)?){0,80}?,? with (?:(?:some |about |around |more than |over |nearly |up to )?[\\d,]+ )?(?:[a-z-]+ ){0,2}(?:${TROOPS}|forces) (?:from|of) {THE}{STATE:from}` }),
  // "the Cobalt exercise, in which Belarusian units took part alongside those of Russia and Kazakhstan", "…, in which Russia and Armenia took part".
  en({ name: 'en.participates.relative', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|DATE|ORG)#\\d+⟧){0,100}?, (?:in which|where) (?:(?:[^ ⟦⟧.,;]+ ){0,3}(?:${TROOPS}|forces|delegations?) (?:from|of) )?{THE}{STATE:from} {AUX}(?:took part|take part|takes part|participated|participate|were involved|are involved|trained together)(?![\\p{L}])` }),
  en({ name: 'en.participates.relative-alongside', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|DATE|ORG)#\\d+⟧){0,100}?, (?:in which|where) (?:[^.;⟦]|⟦STATE#\\d+⟧){1,60}? (?:took part|take part|takes part|participated|participate|trained|served) (?:alongside|together with|along with) (?:those (?:of|from) |(?:[^ ⟦⟧.,;]+ ){0,2}(?:${TROOPS}|forces) (?:from|of) )?{THE}{STATE:from}` }),
  // "The Collective Peacekeeping Forces were sent to Kazakhstan", "the bloc sent the Collective Peacekeeping Forces to Kazakhstan", "the dispatch of the
  // forces to X": the forces took part in an operation the graph has no entity for (named by the verb), held where they went.
  en({ name: 'en.participates.forces-moved', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `(?<!of |of the ){ORG:from},? ${FORCES_MOVED('to')} (?:to|into) ⟦(?:STATE|PLACE)#\\d+⟧` }),
  en({ name: 'en.participates.forces-sent', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: `${FORCES_SENT('to')} {ORG:from} (?:to|into) ⟦(?:STATE|PLACE)#\\d+⟧` }),
  en({ name: 'en.held-in.forces-moved', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!of |of the )⟦ORG#\\d+⟧,? ${FORCES_MOVED('from')} (?:to|into) {STATE|PLACE:to}` }),
  en({ name: 'en.held-in.forces-sent', type: 'HELD_IN', dating: 'span',
    pattern: `${FORCES_SENT('from')} ⟦ORG#\\d+⟧ (?:to|into) {STATE|PLACE:to}` }),
  en({ name: 'en.participates', type: 'PARTICIPATES_IN', dating: 'span',
    pattern: '{STATE|ORG:from} {AUX}(?:take part|takes part|took part|taking part|participate|participates|participated|will participate|joined) in {THE}{EVENT|INIT|MEET:to}' }),
  en({ name: 'en.attended', type: 'ATTENDED', dating: 'span',
    pattern: '{PERSON|NAME:from} {AUX}(?:attended|attends|attend|took part in|take part in|takes part in|participated in|participate in|participates in|was present at|were present at) {THE}{EVENT|MEET:to}' }),
  // "X, Y and Z also attended.": the meeting this sentence or the one before names.
  en({ name: 'en.attended.intransitive', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: '{PERSON|NAME:from} {AUX}(?:attended|were present|was present)(?= ?[.;]|$| as well| too)' }),
  en({ name: 'en.attended.as-did', type: 'ATTENDED', dating: 'span',
    pattern: '(?:took part|participated) in {THE}{EVENT|MEET:to},? as did {THE}{PERSON|NAME:from}' }),
  en({ name: 'en.attended.spoke', type: 'ATTENDED', dating: 'span',
    pattern: "{PERSON|NAME:from} {AUX}(?:(?:said|spoke|stated|noted|declared|told (?:[^ ⟦⟧.,;]+ ){0,2}[^ ⟦⟧.,;]+|speaking|addressing|took the floor) (?:during|at)|(?:addressed|addresses|address)) {THE}(?:[a-z]+(?:'s|’s) )?{EVENT|MEET:to}" }),
  en({ name: 'en.signed', type: 'SIGNED', dating: 'span', unless: TREATY,
    pattern: '{STATE|PERSON|ORG:from} {AUX}(?:signed|signs|sign|ratified|ratifies) {THE}{INIT:to}' }),
  en({ name: 'en.signed.passive', type: 'SIGNED', dating: 'span', unless: TREATY,
    pattern: '{INIT:to} {AUX}(?:signed|ratified) by {STATE|PERSON|ORG:from}' }),
  en({ name: 'en.adopted-at', type: 'ADOPTED_AT', dating: 'start',
    pattern: '{INIT:from} {AUX}(?:adopted|signed|approved|endorsed|launched) (?:at|during|by) {THE}{EVENT|MEET:to}' }),
  // "the programme, which the leaders approved at their summit in Astana", "the programme, approved at the Astana summit of 2024,".
  en({ name: 'en.adopted-at.relative', type: 'ADOPTED_AT', dating: 'start',
    pattern: "{INIT:from}(?:,? (?:which|that) (?:(?:[^.;,⟦]|⟦(?:ORG|STATE)#\\d+⟧(?:'s)?){1,70}? )?|, )(?:approved|adopted|signed|endorsed) (?:at|during) (?:(?:their|its) )?{THE}{EVENT|MEET:to}" }),
  // "Tajikistan coordinates the programme, which the leaders adopted at their summit": the programme named before (not "a new programme", another).
  en({ name: 'en.adopted-at.the-programme', type: 'ADOPTED_AT', dating: 'start', fromFallback: 'programme',
    pattern: "(?<![\\p{L}])[Tt]he (?!new |second |next |another |draft )(?:[\\p{L}-]+ ){0,2}?(?:programm?e|program)(?:,? (?:which|that) (?:(?:[^.;,⟦]|⟦(?:ORG|STATE)#\\d+⟧(?:'s)?){1,70}? )?|, )(?:approved|adopted|signed|endorsed) (?:at|during) (?:(?:their|its) )?{THE}{EVENT|MEET:to}" }),
  // "The treaty was signed in Tashkent": adopted at the signing held there (the meeting has no entity).
  en({ name: 'en.adopted-at.signed-in', type: 'ADOPTED_AT', dating: 'start',
    pattern: '{INIT:from},? (?:which |that )?{AUX}(?<to>(?:signed|adopted|concluded)(?: by [^.;⟦,]{1,50}?)? (?:in|at) ⟦PLACE#\\d+⟧)' }),
  // "the programme, adopted in 2024", "the treaty, signed on 15 May 1992 in Tashkent": adopted at an occasion the graph has no entity for,
  // named by the verb and its date (not "to be adopted in 2027": still to come).
  en({ name: 'en.adopted-at.dated', type: 'ADOPTED_AT', dating: 'start',
    pattern: '{INIT:from}(?![^.;⟦]{0,25}?(?:to be|will be|would be|shall be) ),? (?:which |that )?{AUX}(?<to>(?:adopted|approved|signed|endorsed|concluded) (?:in|on) ⟦DATE#\\d+⟧(?: in ⟦PLACE#\\d+⟧)?)' }),
  // "the programme, which CSTO leaders adopted in Astana in 2024": the same with the relative clause's subject.
  en({ name: 'en.adopted-at.relative-place', type: 'ADOPTED_AT', dating: 'start',
    pattern: "{INIT:from},? (?:which|that) (?:[^.;,⟦]|⟦(?:ORG|STATE)#\\d+⟧(?:'s)?){1,50}? (?<to>(?:adopted|approved|signed|endorsed|concluded) (?:in|at) ⟦PLACE#\\d+⟧)" }),
  // "In Tashkent the leaders of six states signed the Collective Security Treaty", "… signed the treaty in Tashkent in May 1992": the
  // signing, a meeting without an entity, was held there and the document adopted at it.
  en({ name: 'en.held-in.signed-there', type: 'HELD_IN', dating: 'span',
    pattern: '(?:^|[,;:] |⟦DATE#\\d+⟧,? )(?:[Ii]n|[Aa]t) {PLACE:to},? (?:where )?(?:[^.;]{0,150}? )?(?<from>signed|adopted|concluded) (?:the )?⟦INIT#\\d+⟧' }),
  en({ name: 'en.adopted-at.signed-there', type: 'ADOPTED_AT', dating: 'start',
    pattern: '(?:^|[,;:] |⟦DATE#\\d+⟧,? )(?<to>(?:[Ii]n|[Aa]t) ⟦PLACE#\\d+⟧),? (?:where )?(?:[^.;]{0,150}? )?(?:signed|adopted|concluded) {THE}{INIT:from}' }),
  en({ name: 'en.held-in.signed-object', type: 'HELD_IN', dating: 'span',
    pattern: '(?<from>signed|concluded) (?:the )?⟦INIT#\\d+⟧(?: (?:on |in )?⟦DATE#\\d+⟧)? in {PLACE:to}' }),
  en({ name: 'en.adopted-at.signed-object', type: 'ADOPTED_AT', dating: 'start',
    pattern: '(?:signed|concluded) {THE}{INIT:from}(?: (?:on |in )?⟦DATE#\\d+⟧)? (?<to>in ⟦PLACE#\\d+⟧)' }),
  // "The leaders adopted the Strategy": adopted at the meeting the sentence or the one before names.
  en({ name: 'en.adopted-at.by-participants', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    pattern: '(?:[Tt]he )?(?:leaders|heads of state|presidents|ministers|delegations|participants) {AUX}(?:adopted|signed|approved|endorsed) {THE}{INIT:from}' }),
  // "The session of the Collective Security Council in Bishkek last November adopted the Strategy."
  en({ name: 'en.adopted-at.by-meeting', type: 'ADOPTED_AT', dating: 'start',
    pattern: '{EVENT|MEET:to}(?: (?:in|at) ⟦(?:PLACE|STATE)#\\d+⟧)?(?: ⟦DATE#\\d+⟧)? {AUX}(?:adopted|adopts|approved|approves|endorsed|endorses) {THE}{INIT:from}' }),
  en({ name: 'en.announced', type: 'ANNOUNCED', dating: 'start',
    pattern: '{INIT:to}"?,? (?:[^ ⟦⟧,.]+ ){0,3}?announced by {PERSON|STATE|ORG:from}' }),
  en({ name: 'en.announced.active', type: 'ANNOUNCED', dating: 'start',
    pattern: '{PERSON|STATE|ORG:from} {AUX}(?:announced|unveiled|presented) {THE}{INIT:to}' }),
];
