/**
 * An official named by his post alone, with no name the rules could take: "Russia's defence minister chaired the meeting", "the
 * Permanent Representative of Tajikistan said", "a spokesperson for the Uzbek Foreign Ministry told journalists", "a Kremlin aide
 * said", «секретарь Совета безопасности Таджикистана рассказал», «посол России в Таджикистане», «российский посол». The post is a
 * fact about someone the text leaves unnamed (an end without an entity, "?"), of the state the title names.
 *
 * Read where the title stands (the state's possessive, demonym or adjective before it, the state after it in "of X" or the Russian
 * genitive), whatever the verb of the sentence. Left to the rules: a title with a name after it or before it in apposition (they
 * read the named holder); a post as such ("the post of defence minister", «должность посла»), a former one, plurals (no singular
 * office form matches them), a question. One fact per post and state in an article, and none where a rule already gave the state
 * that post (the named holder, whom the labels count once).
 */
import { indexed } from './gazetteer';
import type { Found } from './mentions';
import type { Span } from './sentences';
import { DEMONYMS } from './state-units';
import { STATE_ADJECTIVES } from './russian';
import { sentenceEvidence } from './text';
import type { FactEnd, Gazetteer, ProposedFact } from './types';

export interface UnnamedArticle {
  paragraphs: string[];
  sentences: Span[][];
  mentions: Found[][];
  gazetteer: Gazetteer;
}

const MINISTRY_EN = '(?:foreign|defen[cs]e|interior|justice|finance|emergencies|emergency situations)';
/** A state's post in English, singular: a minister, his deputy, an envoy, a spokesperson, a secretary, a chief of staff. */
const OFFICE_EN =
  // A deputy of any of them: "deputy defence minister", "deputy chief of the general staff", "deputy speaker".
  `(?:(?:first )?(?:deputy|vice)[- ])?(?:(?:${MINISTRY_EN} minister|minister of (?:${MINISTRY_EN}|foreign affairs|internal affairs))` +
  `|(?:${MINISTRY_EN} ministry |ministry of foreign affairs |foreign office )?(?:spokes(?:man|woman|person)|press secretary)` +
  '|(?:security council|national security council) secretary|(?:chief|head) of (?:the )?general staff|top (?:diplomat|general|soldier)' +
  '|(?:(?:permanent|plenipotentiary) representative|envoy)(?: to (?:the )?(?:CSTO|Collective Security Treaty Organi[sz]ation))?|ambassador|(?:parliament(?:ary)? |senate )?speaker)';
/** An officer of a state's institution: "the secretary of Russia's Security Council", "a spokesperson for its Ministry of Foreign Affairs". */
const OFFICER_EN = '(?:spokes(?:man|woman|person)|press secretary|secretary|(?:first )?deputy (?:secretary|head|chief)|head|chief|speaker)';
const INSTITUTION_EN = `(?:${MINISTRY_EN} ministry|ministry of (?:${MINISTRY_EN}|foreign affairs|internal affairs)|security council|general staff|parliament|senate|border (?:troops|guards?|service)|armed forces|national guard)`;
/** The offices of the presidency the capital names: "a Kremlin spokesman", "the Kremlin's foreign policy aide". */
const PRESIDENCY_OFFICE_EN = '(?:spokes(?:man|woman|person)|press secretary|(?:foreign[- ]policy |senior |top )?(?:aide|adviser|advisor)|chief of staff)';
const PRESIDENCIES_EN: Record<string, string> = { kremlin: 'russia', akorda: 'kazakhstan', 'ak orda': 'kazakhstan' };

/**
 * Russian singular case endings: the plural («министры», «послы», «секретари») is a list of people, not one. Not the instrumental:
 * «назначен министром обороны», «был секретарем Совбеза» is a predicate of a named subject, which the rules read.
 */
const SG = {
  m: '(?:а|у|е)?', // министр, начальник
  soft: '(?:ь|я|ю|е)', // представитель, секретарь, заместитель, председатель
  head: '(?:а|ы|е|у)', // глава
};
const OFFICE_RU =
  `(?:(?:перв\\p{L}* )?заместител${SG.soft} |замминистр${SG.m} )?министр${SG.m} (?:обороны|иностранных дел|внутренних дел|юстиции|финансов|по чрезвычайным ситуациям)` +
  `|(?:чрезвычайн\\p{L}* и полномочн\\p{L}* )?(?:посол|посла|послу)` +
  `|(?:постоянн\\p{L}* (?:и полномочн\\p{L}* )?|полномочн\\p{L}* )представител${SG.soft}|постпред${SG.m}` +
  `|(?:официальн\\p{L}* представител${SG.soft}|пресс-секретар${SG.soft}|спикер${SG.m}) (?:МИД|Минобороны|министерства (?:иностранных дел|обороны))` +
  `|(?:(?:заместител${SG.soft} )?секретар${SG.soft}|госсекретар${SG.soft}) (?:Совета безопасности|Совбеза)` +
  `|(?:заместител${SG.soft} )?начальник${SG.m} (?:Генерального штаба|Генштаба)(?: [ВB]оор[уy]ж[её]нных [СC]ил)?` +
  `|(?:(?:заместител${SG.soft} |замглавы ))?глав${SG.head} (?:МИД|Минобороны|МВД|внешнеполитического ведомства|оборонного ведомства)|замглавы (?:МИД|Минобороны|МВД)` +
  `|председател${SG.soft} (?:ГКНБ|Государственного комитета национальной безопасности|сената|парламента|Мажилиса)`;
const OFFICE_AFTER_ADJECTIVE_RU =
  `(?:министр${SG.m} (?:обороны|иностранных дел)|(?:посол|посла|послу)|постпред${SG.m}|постоянн\\p{L}* представител${SG.soft})`;
const ADJECTIVE_RU = '(?:ий|ого|ому|им|ом|ая|ой|ую)';

/** Words that make the title no holder now (a past or future one), or the post itself rather than a person. */
const NOT_HOLDER_EN =
  /(?:(?:former|ex|then|late|retired|future|next|would-be|sacked|ousted)[ -](?:[\p{L}-]+ ){0,3}(?:and |or )?(?:[\p{L}-]+ ){0,2}|(?:post|position|office|role|job|title|rank) of (?:the )?|(?:^|[^\p{L}])as (?:the )?)$/iu;
const NOT_HOLDER_RU = /(?:(?:бывш\p{L}*|экс|прежн\p{L}*|тогдашн\p{L}*|будущ\p{L}*|нов\p{L}*)[ -](?:[\p{L}-]+ ){0,2}|(?:должност\p{L}*|пост\p{L}*|кандидатур\p{L}*|назначени\p{L}*) |(?<![\p{L}])(?:заместител|советник|помощник|руководител|начальник|посл|секретар)\p{L}*(?:ем|ом) )$/iu;
/** An anonymous source ("a Kremlin aide", "a spokesman for the ministry"): no one's post the text states (but FEW_HOLDERS). */
const ANONYMOUS = /^(?:a|an) /iu;
/** A post of one or two holders in a state: "a Kazakh deputy defence minister" is someone the text knows, unnamed, not a source. */
const FEW_HOLDERS = /minister|chief of|general staff/iu;
/** A hedge or a plan: «может», "may", «по неофициальной информации»; a dossier's line ("2015–2017 — …"), its subject the dossier's. */
const NOT_STATED = /(?:(?<![\p{L}])(?:может|могут|возможно|вероятно|неофициальн\p{L}*|may|might|could|would|reportedly)(?![\p{L}])|^\s*(?:\p{L}+ )?(?:\d{4}|\p{L}+ \d{4})\s*(?:[–—-]\s*(?:\p{L}+ )?(?:\d{4}|н\.\s?в\.|по настоящее время)?)?\s*[—–-]\s)/iu;
/** A name after the title (maybe after a comma, a rank, initials): a rule reads the named holder. */
const NAMED_AFTER = /^(?:,? (?:(?:Colonel |Lieutenant |Major |Army )?General|Admiral|Ambassador|генерал-\p{L}+|генерал\p{L}*(?: армии)?|полковник\p{L}*|адмирал\p{L}*))?,? (?:[A-ZА-ЯЁ]\.\s?){0,2}\p{Lu}[\p{Ll}'’-]+/u;
/** A name before it in apposition ("Ararat Mirzoyan, Armenia's foreign minister"). */
const NAMED_BEFORE = /\p{Lu}[\p{Ll}'’-]+, (?:the |a |an |its )?$/u;

interface Found1 {
  start: number;
  end: number;
  state: string;
  office: string;
  /** The presidency's offices, which no rule reads: a name after the title or before it is the holder, taken here. */
  presidency?: boolean;
}

const roleOf = (office: string) => {
  const words = office.replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What kind of post a role is, to tell one post of a state from another across wordings and languages. */
function postKey(role: string): string {
  const text = role.toLowerCase();
  const kinds: Array<[string, RegExp]> = [
    ['spokesperson', /spokes|press secretary|пресс-секретар|официальн\p{L}* представител/u],
    ['aide', /aide|advis|помощник|советник/u],
    ['deputy', /deputy|заместител|замминистр/u],
    ['defence', /defen[cs]e|оборон|general staff|генштаб|генерального штаба/u],
    ['foreign', /foreign|иностранных|мид|diplomat/u],
    ['security', /security council|совета безопасности|совбеза|гкнб|national security/u],
    ['representative', /representative|envoy|представител|постпред/u],
    ['ambassador', /ambassador|посол|посла|послу|послом|после/u],
    ['speaker', /speaker|спикер|председател/u],
    ['president', /president|президент/u],
    ['prime', /prime minister|премьер/u],
  ];
  return kinds.find(([, words]) => words.test(text))?.[0] ?? text;
}

function officesIn(text: string, mentions: Found[], offset: number, gazetteer: Gazetteer): Found1[] {
  const found: Found1[] = [];
  const index = indexed(gazetteer);
  const known = (id: string) => index.kind(id) === 'STATE';
  // russian.ts gives each adjective the state's Russian name, which the gazetteer knows.
  const stateNamed = (name: string) => index.idsNamed(name).find(known);
  const states = mentions.filter((mention) => mention.variant.kind.toUpperCase() === 'STATE' && mention.start >= offset && mention.end <= offset + text.length);
  for (const mention of states) {
    const start = mention.start - offset;
    const end = mention.end - offset;
    const before = text.slice(0, start);
    const after = text.slice(end);
    // "Russia's defence minister", "Tajikistan's ambassador to Moscow".
    const possessive = new RegExp(`^['’]s (?:new |current |acting |top |own )?(${OFFICE_EN})(?![\\p{L}-])`, 'iu').exec(after);
    if (possessive) found.push({ start, end: end + possessive[0].length, state: mention.entityId, office: possessive[1]! });
    // "the Permanent Representative of Tajikistan", "the defence minister of Belarus".
    const of = new RegExp(`(?:^|[^\\p{L}])(?:the |a |an )(?:current |acting )?(${OFFICE_EN}) (?:of|for) (?:the )?$`, 'iu').exec(before);
    if (of && !/^['’]s /.test(after)) found.push({ start: of.index + of[0].length - of[0].trimStart().length, end, state: mention.entityId, office: of[1]! });
    // "the secretary of Russia's Security Council", "a spokesperson for the Russian … ministry" (below), «…».
    const officer = new RegExp(`(?:^|[^\\p{L}])(?:the |a |an )(?:current |acting )?(${OFFICER_EN}) (?:of|for|at) (?:the )?$`, 'iu').exec(before);
    const institution = new RegExp(`^['’]s (${INSTITUTION_EN})(?![\\p{L}-])`, 'iu').exec(after);
    if (officer && institution) found.push({ start: officer.index + officer[0].length - officer[0].trimStart().length, end: end + institution[0].length, state: mention.entityId, office: `${institution[1]} ${officer[1]}` });
    // «министр обороны Таджикистана», «посол России в Таджикистане», «постоянный представитель Армении при ОДКБ».
    const ru = new RegExp(`(?:^|[^\\p{L}-])(${OFFICE_RU}) $`, 'iu').exec(before);
    if (ru) {
      const posted = /^(?: (?:в|во|при|по) [\p{L}-]+)?/u.exec(after)![0];
      found.push({ start: ru.index + ru[0].length - ru[0].trimStart().length, end: end + posted.length, state: mention.entityId, office: ru[1]! });
    }
  }
  // "the Russian defence minister", "a spokesperson for the Uzbek Foreign Ministry", "Kazakh Foreign Minister" (a name follows: left).
  const demonym = new RegExp(`(?<![\\p{L}-])(?:(the|a|an) )?(${Object.keys(DEMONYMS).join('|')}) (${OFFICE_EN})(?![\\p{L}-])`, 'giu');
  for (const match of text.matchAll(demonym)) {
    const state = DEMONYMS[match[2]!.toLowerCase()]!.toLowerCase();
    if (known(state)) found.push({ start: match.index, end: match.index + match[0].length, state, office: match[3]! });
  }
  const demonymOfficer = new RegExp(`(?<![\\p{L}-])(?:the |a |an )(${OFFICER_EN}) (?:of|for|at) the (${Object.keys(DEMONYMS).join('|')}) (${INSTITUTION_EN})(?![\\p{L}-])`, 'giu');
  for (const match of text.matchAll(demonymOfficer)) {
    const state = DEMONYMS[match[2]!.toLowerCase()]!.toLowerCase();
    if (known(state)) found.push({ start: match.index, end: match.index + match[0].length, state, office: `${match[3]} ${match[1]}` });
  }
  // "a Kremlin spokesman", "the Kremlin's foreign policy aide": the presidency named by its seat.
  const presidency = new RegExp(`(?<![\\p{L}-])(?:(?:the|a|an) )?(${Object.keys(PRESIDENCIES_EN).join('|')})(?:['’]s)? (${PRESIDENCY_OFFICE_EN})(?![\\p{L}-])`, 'giu');
  for (const match of text.matchAll(presidency)) {
    const state = PRESIDENCIES_EN[match[1]!.toLowerCase()]!;
    if (known(state)) found.push({ start: match.index, end: match.index + match[0].length, state, office: `${match[1]} ${match[2]}`, presidency: true });
  }
  // «пресс-секретарь Кремля», «помощник президента России» (the state's mention after «президента»).
  for (const match of text.matchAll(/(?<![\p{L}-])(пресс-секретар\p{L}*|помощник\p{L}*|советник\p{L}*|(?:официальн\p{L}* )?представител\p{L}*) (Кремля|президента (?:России|РФ|Российской Федерации))(?![\p{L}-])/giu)) {
    if (!/(?:и|ы|ей|ов|ям|ями|ах)$/u.test(match[1]!) && known('russia')) found.push({ start: match.index, end: match.index + match[0].length, state: 'russia', office: `${match[1]} ${match[2]}`, presidency: true });
  }
  // «российский посол», «таджикского министра обороны».
  const adjective = new RegExp(`(?<![\\p{L}-])(${Object.keys(STATE_ADJECTIVES).join('|')})${ADJECTIVE_RU} (${OFFICE_AFTER_ADJECTIVE_RU})(?![\\p{L}-])`, 'giu');
  for (const match of text.matchAll(adjective)) {
    const state = stateNamed(STATE_ADJECTIVES[match[1]!.toLowerCase()]!);
    if (state) found.push({ start: match.index, end: match.index + match[0].length, state, office: match[2]! });
  }
  return found;
}

/** The person named right after a title ("Kremlin spokesman Dmitry Peskov", "…'s spokesman, X,") or right before it ("X, a Kremlin aide"). */
function namedHolder(paragraph: string, mentions: Found[], start: number, end: number): FactEnd | undefined {
  const person = (from: number, to: number) => mentions.find((mention) => mention.variant.kind.toUpperCase() === 'PERSON' && mention.start >= from && mention.start <= to);
  const after = paragraph.slice(end);
  const named = NAMED_AFTER.exec(after);
  if (named) {
    const known = person(end, end + named[0].length);
    if (known) return { entityId: known.entityId, text: known.text };
    const words = /^,? (?:(?:Colonel |Lieutenant |Major |Army )?General |Admiral |Ambassador |генерал-\p{L}+ |генерал\p{L}* |полковник\p{L}* |адмирал\p{L}* )?((?:[A-ZА-ЯЁ]\.\s?){0,2}\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})/u.exec(after);
    return { text: words?.[1] ?? named[0].replace(/^[, ]+/u, '') };
  }
  const before = paragraph.slice(0, start);
  if (NAMED_BEFORE.test(before)) {
    const known = mentions.find((mention) => mention.variant.kind.toUpperCase() === 'PERSON' && mention.end <= start && start - mention.end <= 6);
    if (known) return { entityId: known.entityId, text: known.text };
    const words = /((?:\p{Lu}[\p{Ll}'’-]+ ){0,2}\p{Lu}[\p{Ll}'’-]+), (?:the |a |an |its )?$/u.exec(before);
    if (words) return { text: words[1]! };
  }
  if (person(end, end + 2)) return { text: person(end, end + 2)!.text, entityId: person(end, end + 2)!.entityId };
  return undefined;
}

/** The posts of unnamed officials in an article, less those the proposals already give (same state, same kind of post). */
export function unnamedOfficials(article: UnnamedArticle, proposals: ProposedFact[]): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const given = new Set(proposals.filter((fact) => fact.type === 'HOLDS_POSITION' && fact.to.entityId && fact.role).map((fact) => `${fact.to.entityId}|${postKey(fact.role!)}`));
  article.paragraphs.forEach((paragraph, index) => {
    const mentions = article.mentions[index] ?? [];
    for (const sentence of article.sentences[index] ?? []) {
      const text = paragraph.slice(sentence.start, sentence.end);
      if (/\?\s*$/u.test(text)) continue;
      for (const office of officesIn(text, mentions, sentence.start, article.gazetteer)) {
        const before = text.slice(0, office.start);
        if (NOT_HOLDER_EN.test(before) || NOT_HOLDER_RU.test(before) || (ANONYMOUS.test(text.slice(office.start)) && !FEW_HOLDERS.test(office.office))) continue;
        // The holder's verb negated ("did not attend", «не приехал»), a report denied: nothing stated of a holder the labels count.
        if (/^(?:,[^,]{0,40},)?\s*(?:(?:has|have|had|did|does|was|is|will|would)(?: not|n't)|never|не |ни разу)|(?<![\p{L}])(?:claimed|untrue|denied|слух\p{L}*|опроверг\p{L}*)(?![\p{L}])/iu.test(text.slice(office.end))) continue;
        // A hedge before the title or in its own verb right after it: «может министр обороны», "the minister may attend" (not what he
        // said would happen: "the minister said Yerevan would not attend").
        if (NOT_STATED.test(text.slice(0, office.start)) || NOT_STATED.test(text.slice(0, office.end) + (/^(?:\s+[\p{L}'’-]+){1,2}/u.exec(text.slice(office.end))?.[0] ?? ''))) continue;
        const start = sentence.start + office.start;
        const end = sentence.start + office.end;
        const holder = namedHolder(paragraph, mentions, start, end);
        // A named holder is the rules' to read, but for the presidency's offices, which they do not know.
        if (holder && !office.presidency) continue;
        const role = roleOf(office.office);
        const key = `${office.state}|${postKey(role)}`;
        if (given.has(key)) continue;
        given.add(key);
        facts.push({
          type: 'HOLDS_POSITION',
          from: holder ?? { text: paragraph.slice(start, end) },
          to: { entityId: office.state, text: article.gazetteer.entry(office.state)?.name ?? office.state },
          role,
          evidence: sentenceEvidence(paragraph, index + 1, sentence, { start, end }),
          rule: 'unnamed.official',
        });
      }
    }
  });
  return facts;
}
