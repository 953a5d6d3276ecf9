/**
 * Fact rules for the English wordings of a type that the verb rules (rules-en.ts) and the relation layer
 * do not read (round 15, from the paraphrase suite): a meeting as the subject of whom it gathered, a body
 * as a component of its organization, a seat as a compound ("the Moscow-based CSTO") or as the city's
 * ("Moscow is home to …"), an observer status granted, an exercise someone directed or commanded, a
 * document's adoption as a noun, a chair in apposition, the host country before its name, successions
 * without "succeed", bodies under or attached to another, a programme run by a body, a state's contribution,
 * a venue, a post taken, a joining or leaving that opens the sentence. Each is a family of words and orders,
 * not one passage's. Macros: see compile() in facts.ts.
 *
 * A person at a meeting is dated from its day, as the corpus labels attendance (since, without until).
 */
import { en, type Rule } from './facts';

/** An exercise the sentence or the one before names: what a person directs or commands. */
const EXERCISE = /(?<![\p{L}])(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)(?![\p{L}])/iu;
/** The nouns of a component of an organization (not a state: "Tajikistan is part of the CSTO" is a membership). */
const COMPONENT = '(?:part|component|element|pillar|arm|branch|unit|division|body|organ|structure|institution)';
const COMPONENTS = '(?:parts|components|elements|pillars|arms|branches|units|divisions|bodies|organs|structures|institutions)';
/** The adjectives of a component: "the CSTO's main combat component", "a key structural element". */
const COMPONENT_ADJECTIVES = '(?:(?:integral|key|main|chief|central|core|important|principal|permanent|standing|executive|working|governing|consultative|advisory|statutory|military|political|parliamentary|combat|structural|operational|coordinating|auxiliary|highest|top|supreme|decision-making|[a-z]+-level),? (?:and )?){0,3}';
/** A meeting's verbs for whom it gathered. */
const GATHERED = '(?:brought together|brings together|bring together|gathered|gathers|drew|draws|united|unites)';
/** The nouns of adopting a document, as an event's outcome. */
const ADOPTION = '(?:adoption|approval|endorsement|signing)';
/** A chair in apposition, this year's (not "the former chair"), and its nouns. */
const CHAIR_APPOSITION = "(?:the |this year['’]s )(?:(?:current|rotating|incoming|presiding) )*";
/** A hand-over in the sentence: its rules read both chairs and their dates ("Russia, the current chair, will hand over to …"). */
const HANDOVER = /(?<![\p{L}])(?:hand(?:s|ed|ing)? (?:over|it|the)|pass(?:es|ed|ing)? (?:the|it|on)|take(?:s|n)? over|took over)(?![\p{L}])/iu;
const CHAIR_NOUN = '(?:chair|chairman|chair country|chairing country|presiding country|chairing state)';
/** Who meets: a body, or the people of a body or of states ("the defence ministers", "the CSTO's foreign ministers"). */
const MEETERS = "⟦ORG#\\d+⟧|(?:[Tt]he |⟦(?:ORG|STATE)#\\d+⟧['’]s )(?:[a-z-]+ ){0,2}(?:ministers|leaders|heads of state|presidents|delegations|secretaries|chiefs of (?:general )?staff|officials|parliamentarians|lawmakers|envoys)";
/** A post the sentence speaks of: "preceded" is about a post, not the order of speakers. */
const POST_WORDS = /(?<![\p{L}])(?:post|office|job|term|Secretary[- ]General|chairman|chief|head)(?![\p{L}])/iu;
/** Initiatives that are administered, not conducted: a programme, a plan, a strategy, a treaty. */
const NOT_EXERCISE = /(?<![\p{L}])(?:programm?e|program|plan|strategy|treaty|agreement|charter|budget|declaration)(?![\p{L}])/iu;
/** The verbs of directing an exercise, said of a person. */
const DIRECTS = '(?:directed|directs|direct|commanded|commands|command|oversaw|oversees|oversee)';

/** The post a succession names after the successor: "X's successor as Secretary-General", "as the CSTO's Secretary-General". */
const AS_POST = '(?: as {THE}(?:⟦ORG#\\d+⟧(?:\\x27s)? )?{ROLE})?';
/** A change of membership opening the sentence before its subject: "After leaving the CSTO in 2012, Uzbekistan …". */
const AFTER_OPENING = '^(?:[Aa]fter|[Ss]ince|[Uu]pon|[Oo]n|[Hh]aving)';
const ORG_THEN_STATE = ' {THE}{ORG|INIT:to}(?: (?:in|on) ⟦DATE#\\d+⟧)?, {STATE:from}';

export const ENGLISH_WORDING_RULES: Rule[] = [
  // Whom a meeting gathered: "The summit brought together Putin, Lukashenko and Rahmon" (people; states are PARTICIPATES_IN, rules-en);
  // not a possessive ("the session drew Putin's criticism").
  en({ name: 'en.attended.gathered', type: 'ATTENDED', dating: 'start',
    pattern: `{EVENT|MEET:to}(?: (?:in|at) ⟦(?:PLACE|STATE)#\\d+⟧)?(?: ⟦DATE#\\d+⟧)? {AUX}${GATHERED} {THE}{PERSON|NAME:from}(?!['’]s(?![\\p{L}]))` }),
  // "Among those at the session was X", "Present at the summit were X and Y", "Attending the talks were X and Y".
  en({ name: 'en.attended.among', type: 'ATTENDED', dating: 'start',
    pattern: '(?:^|[,;:] )(?:[Aa]mong (?:those|the (?:leaders|guests|participants|heads of state)) (?:present )?(?:at|attending)|[Pp]resent at|[Aa]ttending) {THE}{EVENT|MEET:to}(?: (?:in|at) ⟦(?:PLACE|STATE)#\\d+⟧)?(?: ⟦DATE#\\d+⟧)? (?:was|were) {THE}{PERSON|NAME:from}' }),
  // "X joined the other leaders at the summit", "X joined his counterparts for the talks".
  en({ name: 'en.attended.joined-others', type: 'ATTENDED', dating: 'start',
    pattern: '{PERSON|NAME:from} {AUX}(?:joined|joins|join) (?:the |his |her |their )?(?:other |fellow )?(?:leaders|heads of state|presidents|ministers|colleagues|counterparts|delegations|participants)(?: of [^.;⟦]{1,30}?)? (?:at|for|in) {THE}{EVENT|MEET:to}' }),
  // The noun: "X's attendance at the summit", "the presence of X at the session".
  en({ name: 'en.attended.noun', type: 'ATTENDED', dating: 'start',
    pattern: "{PERSON|NAME:from}['’]s (?:attendance|presence|participation) (?:at|in) {THE}{EVENT|MEET:to}" }),
  en({ name: 'en.attended.noun-of', type: 'ATTENDED', dating: 'start',
    pattern: '(?:attendance|presence|participation) of {PERSON|NAME:from} (?:at|in) {THE}{EVENT|MEET:to}' }),

  // A component: "The Interaction exercise is part of the Combat Brotherhood series", "The Military Committee is an integral part of the Council".
  en({ name: 'en.part-of.component', type: 'PART_OF', dating: 'none',
    pattern: `{ORG:from} {AUX}(?:is|are|was|were|remains|remain|forms|form|formed|serves as|acts as) (?:a |an |the |one of the )?${COMPONENT_ADJECTIVES}(?:${COMPONENT}|${COMPONENTS}) of {THE}{ORG:to}(?![\\p{L}'’])` }),
  en({ name: 'en.part-of.series', type: 'PART_OF', dating: 'none',
    pattern: `{INIT|EVENT:from}(?: (?:exercises?|drills?|manoeuvres))? {AUX}(?:is|are|was|were|remains|forms|formed) (?:a |an |the )?(?:(?:regular|annual|main|key|central|final) )?(?:part|stage|phase|element|edition|component) of {THE}{INIT:to}(?: (?:series|cycle|programme|program))?(?![\\p{L}'’])` }),
  // The possessive: "X is one of the CSTO's consultative bodies", "X, the CSTO's main combat component, …".
  en({ name: 'en.part-of.possessive', type: 'PART_OF', dating: 'none',
    pattern: `{ORG:from}(?:,| {AUX}(?:is|are|was|were|remains|serves as|acts as)) (?:one of |among )?(?:the |a |an )?{ORG:to}['’]s ${COMPONENT_ADJECTIVES}(?:${COMPONENT}|${COMPONENTS})(?![\\p{L}])` }),
  en({ name: 'en.part-of.one-of', type: 'PART_OF', dating: 'none',
    pattern: `{ORG:from} {AUX}(?:is|was|remains) one of {THE}${COMPONENT_ADJECTIVES}${COMPONENTS} of {THE}{ORG:to}(?![\\p{L}'’])` }),
  // A list of bodies: "The CSTO's bodies include the Permanent Council and …", "Its governing bodies are the Council and …".
  en({ name: 'en.part-of.bodies-include', type: 'PART_OF', dating: 'none', toFallback: 'priorOrg',
    pattern: `(?:{ORG:to}['’]s|[Ii]ts|[Tt]he (?:bloc|organi[sz]ation|alliance)['’]s) ${COMPONENT_ADJECTIVES}${COMPONENTS} (?:include|includes|included|are|were|comprise) {THE}{ORG:from}` }),
  // "Within the CSTO, the Permanent Council works between sessions": a body acting inside the organization.
  en({ name: 'en.part-of.within', type: 'PART_OF', dating: 'none',
    pattern: '^(?:[Ww]ithin|[Ii]nside) {THE}{ORG:to}, {THE}{ORG:from}(?! and)' }),

  // A seat as a compound: "the Moscow-based CSTO", "the Bishkek-headquartered forces".
  en({ name: 'en.headquarters.compound', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: '{PLACE:to}-(?:based|headquartered) {ORG:from}' }),
  // The city's: "Moscow is home to the CSTO Joint Staff", "Moscow hosts the headquarters of the CSTO".
  en({ name: 'en.headquarters.home-to', type: 'HEADQUARTERED_IN', dating: 'none',
    // (A capital as the subject of "is" reads as its state, "Moscow is …": the template's choice, which this rule does not undo.)
    pattern: '{PLACE:to} {AUX}(?:is|was|remains|has been) (?:also )?(?:the )?home to {THE}{ORG:from}' }),
  en({ name: 'en.headquarters.city-hosts', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: '{PLACE:to} {AUX}(?:hosts|hosted|houses|housed) {THE}(?:headquarters|seat|secretariat|offices?) of {THE}{ORG:from}' }),
  // A relative: "the Joint Staff, whose headquarters are in Moscow, …".
  en({ name: 'en.headquarters.whose', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: '{ORG:from},? whose (?:headquarters|seat|head office) (?:is|are|was|were|remains?) (?:located |situated |based )?in {PLACE:to}(?![\\p{L}-])' }),

  // An observer status granted: "The General Assembly granted the CSTO observer status in 2004".
  en({ name: 'en.observer.granted', type: 'OBSERVER_OF', dating: 'start', status: 'observer',
    pattern: '{ORG:to} {AUX}(?:granted|grants|gave|gives|awarded|accorded|conferred) {THE}{STATE|ORG:from} (?:(?:the|an) )?observer status' }),
  // A list under its noun: "Observers at the Assembly include the National Assembly of Serbia", "Its observers are …".
  en({ name: 'en.observer.include', type: 'OBSERVER_OF', dating: 'none', status: 'observer', toFallback: 'priorOrg',
    pattern: '(?:^|[,;:] )(?:[Oo]bservers (?:at|in|of|to) {THE}{ORG:to}|[Ii]ts observers) (?:include|includes|included|are|were) {THE}{STATE|ORG:from}' }),

  // A person who directs or commands an exercise conducts it: "X directed the Rubezh exercise", "X was in command of the drills".
  en({ name: 'en.conducts.person-directs', type: 'CONDUCTS', dating: 'span', context: EXERCISE,
    pattern: `{PERSON|NAME:from} {AUX}(?:${DIRECTS}|(?:was|is|were|will be) in (?:overall |personal )?(?:command|charge) of) {THE}{INIT|EVENT:to}` }),
  // Forces that held an exercise, in the passive: "The Echelon drills were held by the Collective Rapid Reaction Forces".
  en({ name: 'en.conducts.held-by', type: 'CONDUCTS', dating: 'span',
    pattern: '{INIT|EVENT:to} (?:exercises?|drills?|manoeuvres),? {AUX}(?:held|hosted) by {THE}{ORG:from}(?![\\p{L}])' }),

  // A document's adoption as a noun: "the summit's adoption of the programme", "the summit ended with the approval of the Strategy".
  en({ name: 'en.adopted-at.noun', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{EVENT|MEET:to}['’]s ${ADOPTION} of {THE}{INIT:from}` }),
  en({ name: 'en.adopted-at.ended-with', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{EVENT|MEET:to} {AUX}(?:ended|ends|closed|closes|concluded|concludes|culminated|culminates) (?:with|in) (?:the )?${ADOPTION} of {THE}{INIT:from}` }),
  en({ name: 'en.adopted-at.noun-at', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?:[Tt]he )?${ADOPTION} of {THE}{INIT:from} (?:at|during) {THE}{EVENT|MEET:to}` }),

  // A chair in apposition: "Russia, the current CSTO chair, …", "Kyrgyzstan, which holds the rotating chair of the CSTO, …" (not "the former chair").
  en({ name: 'en.chair.apposition', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', unless: HANDOVER,
    pattern: `{STATE:from}, ${CHAIR_APPOSITION}(?:{ORG:to} )?${CHAIR_NOUN}(?: (?:in|for) ⟦DATE#\\d+⟧)?,` }),
  en({ name: 'en.chair.apposition-of', type: 'CHAIRS', dating: 'span', role: 'chair', unless: HANDOVER,
    pattern: `{STATE:from}, ${CHAIR_APPOSITION}${CHAIR_NOUN} of {THE}{ORG:to}(?: (?:in|for) ⟦DATE#\\d+⟧)?,` }),

  // The host before its name: "Host country Kazakhstan welcomed the troops to the Interaction exercise".
  en({ name: 'en.hosts.host-country', type: 'HOSTS', dating: 'span', toFallback: 'nearMeeting',
    pattern: '(?:^|[,;:] |the )[Hh]ost (?:country|nation|state),? {STATE:from}(?![\\p{L}])' }),
  // "X replaced Y at the head of the Secretariat": the successor heads it (the succession itself is rules-en's).
  en({ name: 'en.heads.replaced-at-head', type: 'HEADS', dating: 'start',
    pattern: '{PERSON|NAME:from} {AUX}(?:replaced|replaces|succeeded|succeeds|took over from|takes over from) {RANK}⟦(?:PERSON|NAME)#\\d+⟧ (?:at the head of|as (?:the )?head of) {THE}{ORG:to}' }),

  // (A body or its people that "met in" a city, read as a meeting held there, was tried and dropped: the corpus labels the meeting
  // once, by its noun, and most such clauses repeat it or are background.)
  // The place first: "In Minsk, the defence ministers held their regular meeting".
  en({ name: 'en.held-in.place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[;:] )(?:[Ii]n|[Aa]t) {PLACE|STATE:to}, (?:${MEETERS}) {AUX}(?:held|hold|holds|convened|opened|began|staged) (?<from>(?:their|its|the|a|an) (?:[a-z-]+ ){0,3}(?:session|summit|meeting|talks|conference|forum|consultations))(?![\\p{L}])` }),

  // Who pays for a programme takes part in it (the corpus's convention): "Kazakhstan funds part of the border programme".
  en({ name: 'en.participates.funds', type: 'PARTICIPATES_IN', dating: 'none',
    pattern: "{STATE:from} {AUX}(?:funds|fund|funded|funding|finances|finance|financed|financing|co-finances|co-finance|co-financed|co-financing|bankrolls|bankrolled|pays for|paid for|pay for|paying for)(?: (?:part|some|half|most|much|the bulk|a (?:large |small |major )?share|all) of)? {THE}{INIT:to}" }),

  // A membership as the frame of the sentence: "As a member of the CSTO, Tajikistan can ask its allies for help".
  en({ name: 'en.member.as-member-first', type: 'MEMBER_OF', dating: 'none',
    pattern: '^(?:[Aa]s|[Bb]eing) (?:a |an )?(?:(?:full|founding|loyal|committed|key|active) )?member(?: state| country| nation)? of {THE}{ORG:to}, {STATE:from}(?! and)' }),
  // Successions in other words: "Y is X's successor as Secretary-General", "X gave way to Y", "X, who preceded Y" (a post in the sentence).
  en({ name: 'en.succeeded.is-successor', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:to} {AUX}(?:is|was|became|will be) {RANK}{PERSON|NAME:from}['’]s (?:successor|replacement)${AS_POST}` }),
  en({ name: 'en.succeeded.gave-way', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: '{PERSON|NAME:from}{ANYDESC} (?:gave way to|gives way to|made way for|makes way for|handed the (?:reins|baton|post|office) to|hands the (?:reins|baton|post|office) to) {RANK}{PERSON|NAME:to}' }),
  en({ name: 'en.succeeded.preceded', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true, context: POST_WORDS,
    pattern: '{PERSON|NAME:from}(?:,? who)? (?:preceded|precedes) {RANK}{PERSON|NAME:to}' }),

  // Bodies under and inside an organization: "The Military Committee operates under the Council", "the forces belong to the CSTO".
  en({ name: 'en.part-of.under', type: 'PART_OF', dating: 'none',
    pattern: "{ORG:from} {AUX}(?:operates|operate|operated|works|work|worked|functions|function|sits|sit) (?:under|within) {THE}{ORG:to}(?![\\p{L}'’])" }),
  en({ name: 'en.part-of.attached', type: 'PART_OF', dating: 'none',
    pattern: "{ORG:from} {AUX}(?:is|are|was|were|remains) (?:directly )?(?:attached|subordinate|subordinated|accountable) to {THE}{ORG:to}(?![\\p{L}'’])" }),
  en({ name: 'en.part-of.belongs', type: 'PART_OF', dating: 'none',
    pattern: "{ORG:from} {AUX}(?:belongs|belong|belonged) to {THE}{ORG:to}(?![\\p{L}'’])" }),
  // "The CSTO comprises the Council, the Council of Foreign Ministers and …": bodies it is made of (states are members, rules-en).
  en({ name: 'en.part-of.comprises', type: 'PART_OF', dating: 'none',
    pattern: `{ORG:to} {AUX}(?:comprises|comprised|consists of|consisted of|is made up of|is composed of|includes|included)(?: (?:such |several |the following |three |four |five |six )?(?:[a-z]+ )?${COMPONENTS}(?: such as)?)?:? {THE}{ORG:from}` }),

  // A seat in a phrase: "The CSTO, with headquarters in Moscow, …".
  en({ name: 'en.headquarters.with', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: '{ORG:from},? with (?:its |their )?(?:headquarters|seat|head office) in {PLACE:to}(?![\\p{L}-])' }),

  // A programme run by a body, as a participle: "The programme, run by ICMEC, …", "implementation … rests with ICMEC".
  en({ name: 'en.administers.participle', type: 'ADMINISTERS', dating: 'none',
    pattern: '{INIT:to}, (?:administered|managed|run|overseen|implemented) by {THE}{ORG:from}(?![\\p{L}])' }),
  en({ name: 'en.administers.rests-with', type: 'ADMINISTERS', dating: 'none',
    pattern: '(?:[Ii]mplementation|[Aa]dministration|[Mm]anagement|[Oo]versight) of {THE}{INIT:to} (?:rests|rested|lies|lay|is|was) (?:with|the (?:job|task|responsibility) of) {THE}{ORG:from}' }),

  // A state's share of a programme: "Kazakhstan's contribution to the border programme".
  en({ name: 'en.participates.contribution', type: 'PARTICIPATES_IN', dating: 'none',
    pattern: "{STATE:from}['’]s (?:(?:financial|annual|first|latest) )?(?:contribution|contributions|share|funding|payment|payments) (?:to|for|of|towards) {THE}{INIT:to}" }),

  // Bodies that ran or led an exercise: "The Joint Staff ran the Echelon exercise", "the drills were led by the Joint Staff".
  en({ name: 'en.conducts.ran', type: 'CONDUCTS', dating: 'span', context: EXERCISE, toTextNot: NOT_EXERCISE,
    // The exercise's noun beside its name: "ran the Echelon exercise", "led the drills Search" (not "runs the programme").
    pattern: '{ORG:from} {AUX}(?:ran|runs|run|led|leads|lead|directed|directs|commanded|commands) {THE}(?=(?:exercises?|drills?|manoeuvres) |"?⟦(?:INIT|EVENT)#\\d+⟧"? (?:exercises?|drills?|manoeuvres))(?:(?:exercises?|drills?|manoeuvres) )?{INIT|EVENT:to}' }),
  en({ name: 'en.conducts.led-by', type: 'CONDUCTS', dating: 'span',
    pattern: '{INIT|EVENT:to} (?:exercises?|drills?|manoeuvres),? {AUX}(?:led|headed) by {THE}{ORG:from}(?![\\p{L}])' }),
  // "Interaction is the Collective Rapid Reaction Forces' annual exercise".
  en({ name: 'en.conducts.is-their-exercise', type: 'CONDUCTS', dating: 'span',
    pattern: "{INIT|EVENT:to} {AUX}(?:is|was|remains) {THE}{ORG:from}['’]s? (?:(?:main|annual|regular|flagship|joint|largest|biggest) ){0,2}(?:exercises?|drills?|manoeuvres)" }),

  // A city as a meeting's venue: "Astana was the venue of the summit".
  en({ name: 'en.held-in.venue', type: 'HELD_IN', dating: 'span',
    pattern: '{PLACE|STATE:to} {AUX}(?:is|was|will be|became) (?:the )?(?:venue|host city|setting|site) (?:of|for) {THE}{EVENT|MEET:from}' }),

  // A person at a meeting: "Putin was at the summit", "Lukashenko flew to Moscow for the summit" (en.held-in.arrived reads its place).
  en({ name: 'en.attended.was-at', type: 'ATTENDED', dating: 'start',
    pattern: '{PERSON|NAME:from} {AUX}(?:was|were) (?:also |personally |both |all )?(?:present )?at {THE}{EVENT|MEET:to}' }),
  en({ name: 'en.attended.came-for', type: 'ATTENDED', dating: 'start',
    pattern: '{PERSON|NAME:from} {AUX}(?:flew|travel(?:l)?ed|came|arrived|went|headed) (?:in|to|into) ⟦(?:PLACE|STATE)#\\d+⟧ (?:for|to attend) {THE}{EVENT|MEET:to}' }),

  // A post taken: "X took office as CSTO Secretary-General in January 2023".
  en({ name: 'en.post.took-office', type: 'POST', dating: 'start', toFallback: 'mainOrg',
    pattern: '{PERSON|NAME:from} {AUX}(?:took office|takes office|was sworn in|took up (?:the|his|her) (?:post|duties)|assumed (?:the )?(?:post|office|duties)) as {THE}(?:new )?(?:⟦ORG#\\d+⟧(?:\\x27s)? )?{ROLE}(?: of {THE}{ORG|STATE:to})?' }),
  en({ name: 'en.post.took-office-titled', type: 'POST', dating: 'start',
    pattern: '{PERSON|NAME:from} {AUX}(?:took office|takes office|was sworn in|took up (?:the|his|her) (?:post|duties)|assumed (?:the )?(?:post|office|duties)) as {THE}(?:new )?{ORG|STATE:to}(?:\\x27s)? {ROLE}' }),
  // A body's head taking charge: "X took charge of the Joint Staff in 2019".
  en({ name: 'en.heads.took-charge', type: 'HEADS', dating: 'start',
    pattern: '{PERSON|NAME:from} {AUX}(?:took|takes|has taken) (?:over |charge of |the helm (?:of|at) |the reins (?:of|at) )(?!as )(?:the )?{ORG:to}(?![\\p{L}-])' }),

  // Membership among the members, and a joining or a leaving before the sentence's subject.
  en({ name: 'en.member.among', type: 'MEMBER_OF', dating: 'none',
    pattern: "{STATE:from} {AUX}(?:counts|counted|is|was|are|were|ranks|remains) among {THE}{ORG:to}['’]s (?:(?:six|five|seven|nine|founding|full|original|current) )?(?:members|member states|member countries)" }),
  en({ name: 'en.member.after-leaving', type: 'MEMBER_OF', dating: 'end',
    pattern: `${AFTER_OPENING} (?:leaving|quitting|exiting|left|quit|exited|withdrawing from|withdrawn from|pulling out of)${ORG_THEN_STATE}` }),
  en({ name: 'en.member.after-joining', type: 'MEMBER_OF', dating: 'start',
    pattern: `${AFTER_OPENING} (?:joining|joined|rejoining|rejoined|acceding to|acceded to)${ORG_THEN_STATE}` }),
  // A successor in apposition, and a post that passed: "Y, X's successor, arrived", "The post of Secretary-General passed from X to Y".
  en({ name: 'en.succeeded.successor-apposition', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: `{PERSON|NAME:to}, {RANK}{PERSON|NAME:from}['’]s (?:successor|replacement)${AS_POST},` }),
  en({ name: 'en.succeeded.passed-from', type: 'SUCCEEDED_BY', dating: 'start', impliesPosts: true,
    pattern: "(?:[Tt]he )?(?:post|office|job|position) of {THE}(?:⟦ORG#\\d+⟧(?:\\x27s)? )?{ROLE}(?: of {THE}⟦ORG#\\d+⟧)? {AUX}(?:passed|passes|went|goes|moved) from {RANK}{PERSON|NAME:from} to {RANK}{PERSON|NAME:to}" }),
  // A body under its head, in apposition: "The Joint Staff, under Andrey Serdyukov, drafted the plan".
  en({ name: 'en.heads.under', type: 'HEADS', dating: 'none',
    pattern: '{ORG:to}, (?:now |then )?under (?:the (?:command|leadership|direction) of )?{RANK}{PERSON|NAME:from},' }),
  // A meeting that saw a document adopted: "The summit saw the adoption of the Strategy".
  en({ name: 'en.adopted-at.saw', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{EVENT|MEET:to} {AUX}(?:saw|sees|brought|produced|marked|witnessed) (?:the )?${ADOPTION} of {THE}{INIT:from}` }),
];
