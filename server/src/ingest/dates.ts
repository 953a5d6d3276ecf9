/**
 * Dates in a sentence, resolved to partial ISO dates against the article's publication date: absolute
 * ("1 January 2026", "November 2018", "in 2019", "1 января 2026 года", "в ноябре 2018 года"), ranges
 * ("from 2020 to 2022", "2026–2028 годы"), and relative ones ("this year", "next year", "last week",
 * "on Thursday", "from January", "в следующем году"). Where a day or month has no year, the year is the
 * one nearest the publication date, ahead of it in a sentence about the future, behind it otherwise.
 */
import type { PartialDate } from '../model/partial-date';

/** `scope`: the years a plan or budget covers ("budget for 2027", "план на 2026–2027 годы", "Strategy 2026-2030"), not when anything happened. */
export type DateRole = 'point' | 'since' | 'until' | 'scope';

export interface FoundDate {
  start: number;
  end: number;
  /** A partial ISO date. */
  date: string;
  /** What the words before it make of it: "since 2006" starts a period, "until 2028" ends one. */
  role: DateRole;
  /** For a range ("2026–2028"), its end. */
  until?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const RU_MONTH = '(январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RU_WEEKDAYS = ['воскресень', 'понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот'];
const YEAR = '((?:19|20)\\d\\d)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

function monthOf(word: string): number {
  const lower = word.toLowerCase().replace('.', '');
  if (/^\p{Script=Cyrillic}/u.test(lower)) {
    // ма- alone is May: every other month stem is longer.
    const index = RU_MONTHS.findIndex((stem) => (stem === 'ма' ? /^ма[йяею]$/.test(lower) : lower.startsWith(stem)));
    return index + 1;
  }
  return EN_MONTHS.indexOf(lower.slice(0, 3)) + 1;
}

/**
 * Words that put a clause in the future or the past (Russian perfective futures, "вступит", "приступит",
 * point a day without a year ahead: "с 1 января" in November is next January). A date without a year (a month, a day, a weekday)
 * takes the tense of the marker nearest it, not of the whole sentence: "Russia handed the chairmanship to
 * Tajikistan on Wednesday at a summit that Armenia stayed away from" is past although it says "from", and
 * "met in March …, and the session will be held in November" has one date of each.
 */
const FUTURE = /(?<![\p{L}])(will|shall|is to|are to|to be|next(?! (?:day|morning|evening))|scheduled|plans? to|planned to|would|intends?|upcoming|is expected|are expected|expected to|take over|takes over|будет|будут|состоится|состоятся|пройд[её]т|пройдут|перейд[её]т|следующ\p{L}*(?! (?:день|дня|утро|утром|вечер|вечером|ночь))|предстоящ\p{L}*|планиру\p{L}*|запланирован\p{L}*|намечен\p{L}*|намерен\p{L}*|примет|примут|сменит|начн[её]т|начнутся|станет|станут|возглав[ия]т|вступ[ия]т|начн[её]тся|приступ[ия]т|стан[уе]т|продлится|заработает|передаст|проведут|провед[её]т|откроется|завершится|соберутся|соберётся|встретится|встретятся|посетит|посетят|подпишет|подпишут|выступит|ожидается)(?![\p{L}])/giu;
/** "from", "starting", "as of": the future only where no verb says otherwise ("Russia chairs from January"). */
const WEAK_FUTURE = /(?<![\p{L}])(from|starting|as of)(?![\p{L}])/giu;
/**
 * Verbs of saying: the tense of the report, not of what is reported ("Masadykov recalled that the
 * chairmanship passes to Tajikistan on 1 January", «напомнил, что с 1 января председательство перейдёт»),
 * so never a past marker. A date beside one alone still reads as past: that is the default.
 */
const REPORTING =
  '(?:said|told|added|noted|recalled|stressed|announced|stated|confirmed|reported|explained|remarked|emphasi[sz]ed|' +
  '(?:сказа|сообщи|напомни|отмети|замети|заяви|подчеркну|добави|поясни|уточни|рассказа|указа|объяви|подтверди|призна)(?:л|ла|ли|ло)(?:сь)?)(?![\\p{L}])';
/** Past verbs and words: "-ed" forms (not the planning ones, not a passive's participle after "be", not a verb of saying), common irregular pasts, Russian past forms in -л/-ла/-ли. */
const PAST = new RegExp(
  `(?<![\\p{L}])(?<!(?:be|being) )(?!${REPORTING})(was|were|had|did|has been|have been|ago|earlier|previously|already|took|held|met|gave|left|came|went|began|became|chose|won|sent|made|saw|led|rose|ran|quit|set up|(?!(?:scheduled|planned|expected|intended|proposed|united|based|red)(?![\\p{L}]))\\p{Ll}{3,}ed|уже|был[аио]?|\\p{Ll}{3,}(?:ла|ли|ло)(?:сь)?|\\p{Ll}{2,}вш(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую)(?:ся)?|(?!(?:генерал|адмирал|маршал|канал|сигнал|потенциал|персонал|финал|арсенал|журнал|капитал|материал|идеал|интервал|фестивал|формал)(?![\\p{L}]))\\p{Ll}{2,}[аеиыоуя]л(?:ся)?)(?![\\p{L}])`,
  'gu',
);

/**
 * A state that holds now and began at a date: "has chaired the bloc since January" (English "since" looks back
 * whatever the rest of the sentence says: "… since January and will hand it over on 1 January"), «Россия
 * председательствует в организации с 1 января» (a present of state with «с»: it began on the last such day; a
 * present of change, «с 1 января председательство переходит», is a schedule and keeps the clause's reading).
 */
const ONGOING_SINCE = /(?<![\p{L}])(?:ever )?since\s+(?:the\s+)?$/iu;
const STATE_NOW = /(?<![\p{L}])(?:председательству[ею]т|возглавля[ею]т|руковод[яи]т|работа[ею]т|явля[ею]тся|занима[ею]т|остаётся|остается|остаются)(?![\p{L}])/iu;

/** Whether a sentence speaks of what is still to come ("will be held", «пройдут»): a future marker anywhere in it. */
export function speaksOfFuture(sentence: string): boolean {
  return FUTURE_ANYWHERE.test(sentence);
}
// Not FUTURE itself: a global pattern's test() moves the lastIndex the marker scan starts from.
const FUTURE_ANYWHERE = new RegExp(FUTURE.source, 'iu');

/** Positions of a marker's matches in a sentence. */
function positions(regex: RegExp, sentence: string): number[] {
  return [...sentence.matchAll(regex)].map((match) => match.index + match[0].length / 2);
}

/**
 * Where one clause of a sentence ends and another begins: a semicolon, a colon, a dash, or a comma before
 * a relative or coordinated clause ("…, which passes the baton to Tajikistan on January 1").
 */
const CLAUSE_BOUNDARY = /[;:—–]|,\s+(?=(?:which|who|where|while|whereas|but|and|when|который|которая|которое|которые|которой|где|когда|а|но|и)(?![\p{L}]))/giu;

/** A comma, a clause boundary, or a second complement clause ("… on 1 January and that …", «…, что с 1 января …»). */
const PAUSE = new RegExp(`${CLAUSE_BOUNDARY.source}|,|\\s(?=(?:and|but|и|но) (?:that|что)(?![\\p{L}]))`, 'giu');

interface Markers {
  future: number[];
  past: number[];
  weak: number[];
  boundaries: number[];
  /** Every comma and clause boundary: where a date's own clause, for its tense, ends ("Tajikistan, which takes over in January, has argued"). */
  pauses: number[];
  /** Where each "from"/"starting"/"as of" ends: one right before a date makes its clause the future. */
  weakEnds: number[];
}

/** Whether a clause, between two pauses, has a marker. */
const within = (from: number, to: number) => (at: number) => at > from && at < to;

/**
 * Whether the clause a date stands in is about the future: the tense of the marker nearest the date in
 * its own clause between commas ("Tajikistan, which takes over the chairmanship in January, has long
 * argued …"; "it said that Tajikistan would assume the chairmanship on 1 January and that Rahmon had
 * outlined …"), else in the whole sentence.
 */
function futureAt(start: number, end: number, markers: Markers): boolean {
  const distance = (at: number) => (at < start ? start - at : at > end ? at - end : 0);
  const nearest = (list: number[]) => Math.min(...list.map(distance));
  const inClause = within(Math.max(-1, ...markers.pauses.filter((at) => at < start)), Math.min(Infinity, ...markers.pauses.filter((at) => at >= end)));
  const [future, past] = [markers.future.filter(inClause), markers.past.filter(inClause)];
  if (future.length + past.length > 0) return nearest(future) < nearest(past);
  // "From January, the chairmanship passes …", not "its absence from the November 11 summit".
  if (markers.weakEnds.some((at) => start - at >= 1 && start - at <= 4)) return true;
  const [anyFuture, anyPast] = [nearest(markers.future), nearest(markers.past)];
  if (anyFuture === Infinity && anyPast === Infinity) return markers.weak.length > 0;
  return anyFuture < anyPast;
}

/** Whether the date's own clause has no word of tense ("Dushanbe holds the chair on January 1"): no direction to read. */
function tenselessAt(start: number, end: number, markers: Markers): boolean {
  const from = Math.max(-1, ...markers.boundaries.filter((at) => at < start));
  const to = Math.min(Infinity, ...markers.boundaries.filter((at) => at >= end));
  const inClause = (at: number) => at > from && at < to;
  return ![...markers.future, ...markers.past, ...markers.weak].some(inClause);
}

interface Pattern {
  regex: RegExp;
  resolve(match: RegExpExecArray, context: Context): { date: string; until?: string } | null;
}

interface Context {
  published: PartialDate | null;
  future: boolean;
  /** The date's clause says neither future nor past (a present tense, a calendar line): the nearer year wins. */
  tenseless?: boolean;
}

/** How far ahead a day in a clause with no tense may be and still be read as coming: a schedule's reach. */
const TENSELESS_AHEAD_DAYS = 62;

/**
 * The year a day or month without one falls in: nearest the publication date, in the sentence's
 * direction. In a clause with no word of tense, the coming one when it is only weeks away ("passes the
 * baton to Tajikistan on January 1", written in November; a calendar line "December 8: …"), else the
 * last one: news mostly reports what happened, and a past verb the lexicon lacks must not move a date
 * ten months ahead.
 */
function yearFor(month: number, day: number, context: Context): number | null {
  if (!context.published) return null;
  const [y, m, d] = context.published.first.split('-').map(Number) as [number, number, number];
  const here = m * 100 + d;
  const there = month * 100 + day;
  if (context.tenseless && !context.future && context.published.precision === 'day' && there !== here) {
    const coming = there > here ? y : y + 1;
    const daysAhead = (Date.UTC(coming, month - 1, Math.min(day, 28)) - Date.UTC(y, m - 1, d)) / 86_400_000;
    if (daysAhead <= TENSELESS_AHEAD_DAYS) return coming;
  }
  if (context.future) return there >= here ? y : y + 1;
  return there <= here ? y : y - 1;
}

function shift(published: PartialDate, days: number): Date {
  const date = new Date(`${published.first}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const isoMonth = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
const validDay = (year: number, month: number, day: number) => day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

function publishedYear(context: Context, offset: number): { date: string } | null {
  return context.published ? { date: String(Number(context.published.first.slice(0, 4)) + offset) } : null;
}

function weekday(index: number, context: Context): { date: string } | null {
  if (!context.published || context.published.precision !== 'day') return null;
  const today = shift(context.published, 0).getUTCDay();
  const back = (today - index + 7) % 7;
  const days = context.future ? (index - today + 7) % 7 : -back;
  return { date: isoDay(shift(context.published, days)) };
}

const PATTERNS: Pattern[] = [
  // "last November", "next March": the direction is in the words.
  {
    regex: new RegExp(`${B}(last|next|this|past|coming)\\s+${EN_MONTH}${E}`, 'giu'),
    resolve: (m, c) => month(monthOf(m[2]!), undefined, { ...c, future: /next|coming/i.test(m[1]!), tenseless: false }, true),
  },
  // Ranges first: "from 2020 to 2022", "2026-2030", "2026–2028 годы".
  {
    regex: new RegExp(`${B}(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|till|through)\\s+${YEAR}${E}`, 'giu'),
    resolve: (m) => ({ date: m[1]!, until: m[2]! }),
  },
  {
    regex: new RegExp(`${B}(?:с|со)\\s+${YEAR}\\s+(?:по|до)\\s+${YEAR}(?:\\s+(?:год|года|годы|гг\\.?))?${E}`, 'giu'),
    resolve: (m) => ({ date: m[1]!, until: m[2]! }),
  },
  {
    regex: new RegExp(`${B}${YEAR}\\s*[-–—]\\s*${YEAR}(?:\\s+(?:годы|годах|годов|гг\\.?))?${E}`, 'giu'),
    resolve: (m) => ({ date: m[1]!, until: m[2]! }),
  },
  // A range of days in one month: "from 12 to 16 October", "12-16 October 2026", "October 12–16".
  {
    regex: new RegExp(`${B}(?:(?:from|between)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|and|until|till)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, c) => dayRange(Number(m[1]), Number(m[2]), monthOf(m[3]!), m[4], c),
  },
  {
    regex: new RegExp(`${B}${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|and|until|till)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, c) => dayRange(Number(m[2]), Number(m[3]), monthOf(m[1]!), m[4], c),
  },
  // A day or month with a relative year: "1 January this year", "in March next year", «1 января нынешнего года», «в марте следующего года».
  {
    regex: new RegExp(`${B}(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${EN_MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(this|next|last) year${E}`, 'giu'),
    resolve: (m, c) => inYear(m[1] ?? m[3], monthOf(m[2]!), { this: 0, next: 1, last: -1 }[m[4]!.toLowerCase() as 'this' | 'next' | 'last'], c),
  },
  {
    regex: new RegExp(`${B}(?:(\\d{1,2})\\s+)?${RU_MONTH}\\s+(этого|текущего|нынешнего|следующего|будущего|прошлого|минувшего) года${E}`, 'giu'),
    resolve: (m, c) => inYear(m[1], monthOf(m[2]!), /следующ|будущ/iu.test(m[3]!) ? 1 : /прошл|минувш/iu.test(m[3]!) ? -1 : 0, c),
  },
  // "the first of January", "the 15th of March 2027": a day as speech and transcripts say it.
  {
    regex: new RegExp(`${B}(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+${EN_MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, c) => day(ORDINALS.indexOf(m[1]!.toLowerCase()) + 1 || Number.parseInt(m[1]!, 10), monthOf(m[2]!), m[3], c),
  },
  // Day month year, month day year, day month, month year: English.
  {
    regex: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, c) => day(Number(m[1]), monthOf(m[2]!), m[3], c),
  },
  {
    regex: new RegExp(`${B}${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, c) => day(Number(m[2]), monthOf(m[1]!), m[3], c),
  },
  {
    regex: new RegExp(`${B}${EN_MONTH}(?:\\s+(?:of\\s+)?${YEAR})?${E}`, 'gu'),
    resolve: (m, c) => month(monthOf(m[1]!), m[2], c),
  },
  // Russian. A range of days in one month first: "с 12 по 16 октября".
  {
    regex: new RegExp(`${B}(?:с|со)\\s+(\\d{1,2})\\s+(?:по|до)\\s+(\\d{1,2})\\s+${RU_MONTH}(?:\\s+${YEAR}(?:\\s+(?:года|год|г\\.))?)?${E}`, 'giu'),
    resolve: (m, c) => dayRange(Number(m[1]), Number(m[2]), monthOf(m[3]!), m[4], c),
  },
  // "10–11 декабря": a dash between the days, as a timetable writes them.
  {
    regex: new RegExp(`${B}(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})\\s+${RU_MONTH}(?:\\s+${YEAR}(?:\\s+(?:года|год|г\\.))?)?${E}`, 'giu'),
    resolve: (m, c) => dayRange(Number(m[1]), Number(m[2]), monthOf(m[3]!), m[4], c),
  },
  {
    regex: new RegExp(`${B}(\\d{1,2})\\s+${RU_MONTH}(?:\\s+${YEAR}(?:\\s+(?:года|год|г\\.))?)?${E}`, 'giu'),
    resolve: (m, c) => day(Number(m[1]), monthOf(m[2]!), m[3], c),
  },
  {
    regex: new RegExp(`${B}${RU_MONTH}(?:\\s+${YEAR}(?:\\s+(?:года|год|г\\.))?)?${E}`, 'giu'),
    resolve: (m, c) => month(monthOf(m[1]!), m[2], c),
  },
  {
    regex: new RegExp(`${B}${YEAR}(?:\\s+(?:года|году|год|г\\.))?${E}(?![\\s]*[-–—]?\\s*(?:km|kilomet|килом|км|%|тонн|tons))`, 'giu'),
    resolve: (m) => ({ date: m[1]! }),
  },
  // Relative.
  {
    regex: /(?<![\p{L}])(last|this|next|past) (spring|summer|autumn|fall|winter)(?![\p{L}])|(прошлой|этой|следующей) (весной|осенью|зимой)|(прошлым|этим|следующим) летом/giu,
    resolve: (m, c) => {
      if (!c.published) return null;
      const word = (m[1] ?? m[3] ?? m[5] ?? '').toLowerCase();
      const year = Number(c.published.first.slice(0, 4));
      const month = Number(c.published.first.slice(5, 7));
      const season = (m[2] ?? m[4] ?? 'лет').toLowerCase();
      const seasonEnd = /spring|весн/.test(season) ? 5 : /summer|лет/.test(season) ? 8 : /autumn|fall|осен/.test(season) ? 11 : 2;
      if (/last|past|прошл/.test(word)) return { date: String(month > seasonEnd ? year : year - 1) };
      if (/next|следующ/.test(word)) return { date: String(month < seasonEnd ? year : year + 1) };
      return { date: String(year) };
    },
  },
  // A season alone in a clause about the future ("will host the summit in the autumn", «пройдёт осенью»): the next one
  // to begin, as a year. In a past or tenseless clause it could be this year's or last year's: no date rather than a guess.
  {
    regex: /(?<![\p{L}])in (?:the )?(spring|summer|autumn|fall)(?![\p{L}])(?!\s+(?:of\s+)?(?:(?:19|20)\d\d|this|next|last)(?![\p{L}\p{N}]))|(?<![\p{L}])(весной|летом|осенью)(?![\p{L}])(?!\s+(?:(?:19|20)\d\d|этого|текущего|нынешнего|следующего|будущего|прошлого|минувшего)(?![\p{L}\p{N}]))/giu,
    resolve: (m, c) => {
      if (!c.published || !c.future) return null;
      const season = (m[1] ?? m[2]!).toLowerCase();
      const starts = /spring|весн/.test(season) ? 3 : /summer|лет/.test(season) ? 6 : 9;
      const [year, monthNow] = [Number(c.published.first.slice(0, 4)), Number(c.published.first.slice(5, 7))];
      return { date: String(starts > monthNow ? year : year + 1) };
    },
  },
  { regex: /(?<![\p{L}])this year(?![\p{L}])|в (?:этом|текущем|нынешнем) году|(?:этого|текущего|нынешнего) года/giu, resolve: (_m, c) => publishedYear(c, 0) },
  { regex: /(?<![\p{L}])next year(?![\p{L}])|в следующем году|в будущем году|следующего года|в (?:наступающем|новом) году/giu, resolve: (_m, c) => publishedYear(c, 1) },
  { regex: /(?<![\p{L}])last year(?![\p{L}])|в прошлом году|прошлого года/giu, resolve: (_m, c) => publishedYear(c, -1) },
  { regex: /(?<![\p{L}])last year(?![\p{L}])|в прошлом году|прошлого года|(?<![\p{L}])(?:прошлогодн|минувшего года)\p{L}*/giu, resolve: (_m, c) => publishedYear(c, -1) },
  // "two years ago", "три года назад".
  {
    regex: /(?<![\p{L}])(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago(?![\p{L}])|(?<![\p{L}])(год|два года|три года|четыре года|пять лет|шесть лет|семь лет|восемь лет|девять лет|десять лет|\d{1,2} (?:год|года|лет)) назад(?![\p{L}])/giu,
    resolve: (m, c) => publishedYear(c, -countOf((m[1] ?? m[2]!).toLowerCase())),
  },
  { regex: /(?<![\p{L}])this month(?![\p{L}])|в (?:этом|текущем|нынешнем) месяце/giu, resolve: (_m, c) => (c.published && c.published.precision !== 'year' ? { date: isoMonth(shift(c.published, 0)) } : null) },
  {
    regex: /(?<![\p{L}])(last|next) (week|month)(?![\p{L}])|(?:на )?(прошлой|следующей) неделе|в (прошлом|следующем) месяце/giu,
    resolve: (m, c) => {
      if (!c.published) return null;
      const sign = /last|прошл/i.test(m[0]) ? -1 : 1;
      const days = /week|недел/i.test(m[0]) ? 7 : 30;
      return { date: isoMonth(shift(c.published, sign * days)) };
    },
  },
  { regex: /(?<![\p{L}])(today|yesterday|tomorrow)(?![\p{L}])|(сегодня|вчера|завтра)/giu, resolve: (m, c) => {
    if (!c.published || c.published.precision !== 'day') return null;
    const word = m[0].toLowerCase();
    return { date: isoDay(shift(c.published, /yesterday|вчера/.test(word) ? -1 : /tomorrow|завтра/.test(word) ? 1 : 0)) };
  } },
  {
    regex: /(?<![\p{L}])(?:on |(last|this|next|coming) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:'s)?(?![\p{L}])|(?<![\p{L}])во? (?:(прошл\p{L}+|минувш\p{L}+|эт\p{L}+|следующ\p{L}+|ближайш\p{L}+) )?(воскресенье|понедельник|вторник|среду|четверг|пятницу|субботу)(?![\p{L}])/giu,
    resolve: (m, c) => {
      const word = (m[2] ?? m[4]!).toLowerCase();
      const index = m[2] ? WEEKDAYS.indexOf(word) : RU_WEEKDAYS.findIndex((stem) => word.startsWith(stem));
      // "last Wednesday" and "next Wednesday" say their direction; "on Wednesday" takes the clause's tense.
      const direction = (m[1] ?? m[3] ?? '').toLowerCase();
      const future = /next|coming|следующ|ближайш/.test(direction) ? true : /last|прошл|минувш/.test(direction) ? false : c.future;
      return weekday(index, { ...c, future });
    },
  },
];

/** The first and last day of a range in one month, when the first comes first. */
function dayRange(first: number, last: number, monthNumber: number, year: string | undefined, context: Context): { date: string; until: string } | null {
  const [from, to] = [day(first, monthNumber, year, context), day(last, monthNumber, year, context)];
  return from && to && first < last ? { date: from.date, until: to.date } : null;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const COUNTS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  год: 1, 'два года': 2, 'три года': 3, 'четыре года': 4, 'пять лет': 5, 'шесть лет': 6, 'семь лет': 7, 'восемь лет': 8, 'девять лет': 9, 'десять лет': 10,
};

/** "two", "3", "три года", "5 лет": how many years back. */
function countOf(words: string): number {
  return COUNTS[words] ?? Number.parseInt(words, 10);
}

/** A day (or, without one, a month) in the year of publication moved by `offset`. */
function inYear(dayOfMonth: string | undefined, monthNumber: number, offset: number, context: Context): { date: string } | null {
  const year = publishedYear(context, offset);
  if (!year) return null;
  return dayOfMonth ? day(Number(dayOfMonth), monthNumber, year.date, context) : month(monthNumber, year.date, context);
}

function day(dayOfMonth: number, monthNumber: number, year: string | undefined, context: Context): { date: string } | null {
  if (monthNumber < 1) return null;
  const y = year ? Number(year) : yearFor(monthNumber, dayOfMonth, context);
  if (y === null || !validDay(y, monthNumber, dayOfMonth)) return null;
  return { date: `${y}-${pad(monthNumber)}-${pad(dayOfMonth)}` };
}

/** `strict`: "last November" / "next May" is not the month of publication itself; "in November" may be. */
function month(monthNumber: number, year: string | undefined, context: Context, strict = false): { date: string } | null {
  if (monthNumber < 1) return null;
  const y = year ? Number(year) : yearFor(monthNumber, context.future === strict ? 1 : 31, context);
  return y === null ? null : { date: `${y}-${pad(monthNumber)}` };
}

const SINCE = /(?<![\p{L}])(?:since|from|starting(?: from| on)?|as of|effective|beginning|с|со|начиная с)\s+(?:the\s+)?(?:end of\s+|early\s+|late\s+)?$/iu;
/** What a plan covers: "на 2027 год", "budget for 2027", "programme for the years 2026–2028". */
const SCOPE = /(?:бюджет|план|программ|стратеги|концепци|календар|приоритет|budget|plan|programme|program|strategy|priorities|calendar|concept|roadmap|agenda)[\p{L}-]*(?:\s+[^\s.;]+){0,12}?\s+(?:на|for)\s+(?:(?:the\s+)?(?:years?|period|период)\s+)?$/iu;
/** A range right after a capitalised word is part of a name: "the Anti-Drug Strategy 2026-2030". */
const NAME_BEFORE = /\p{Lu}[\p{L}-]*\s+$/u;
const UNTIL = /(?<![\p{L}])(?:until|till|through|to|by|up to|до|по)\s+(?:the\s+)?(?:end of\s+)?$/iu;

const COUNT_EN = (name: string) => `(?<${name}>a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})`;
const COUNT_RU = (name: string) => `(?<${name}>год|два года|три года|четыре года|пять лет|шесть лет|семь лет|восемь лет|девять лет|десять лет|\\d{1,2} (?:год|года|лет))`;
const COUNT_RU_INSTR = '(?<instr>годом|двумя годами|тремя годами|четырьмя годами|пятью годами|\\d{1,2} годами)';
/**
 * Years counted from an earlier date: "the same year", "two years later", "a year earlier", "the following
 * year", "the year before" (at the end of a clause: "the year before the war" is counted from the war),
 * «в том же году», «год спустя», «через два года», «годом ранее», «двумя годами позже», «на следующий год».
 */
const RELATIVE_YEAR = new RegExp(
  [
    `(?<same>the same year|that same year|that year|в том же году|в тот же год)`,
    `${COUNT_EN('nLater')} years? (?<later>later|after(?=[,.;]|$)|on(?=[,.;]))`,
    `${COUNT_EN('nEarlier')} years? (?<earlier>earlier|before(?=[,.;]|$)|previously)`,
    `(?<next>the following year|the year after(?=[,.;]|$))`,
    `(?<prior>the previous year|the year before(?=[,.;]|$)|the preceding year|годом ранее|годом раньше|годом прежде|за год до этого|в предыдущем году)`,
    `${COUNT_RU('nSpustya')} спустя`,
    `через ${COUNT_RU('nCherez')}`,
    `${COUNT_RU_INSTR} (?<ruWay>ранее|раньше|позже|позднее)`,
  ].map((part) => `(?<![\\p{L}])${part}(?![\\p{L}])`).join('|'),
  'giu',
);

const COUNT_INSTR: Record<string, number> = { годом: 1, 'двумя годами': 2, 'тремя годами': 3, 'четырьмя годами': 4, 'пятью годами': 5 };

/** How many years from the earlier date a RELATIVE_YEAR match counts. */
function relativeOffset(match: RegExpMatchArray): number {
  const groups = match.groups!;
  const counted = (words: string) => countOf(words.toLowerCase());
  if (groups.same) return 0;
  if (groups.next) return 1;
  if (groups.prior) return -1;
  if (groups.nLater) return counted(groups.nLater);
  if (groups.nEarlier) return -counted(groups.nEarlier);
  if (groups.nSpustya) return counted(groups.nSpustya);
  if (groups.nCherez) return counted(groups.nCherez);
  const instrumental = groups.instr!.toLowerCase();
  const years = COUNT_INSTR[instrumental] ?? Number.parseInt(instrumental, 10);
  return /ранее|раньше/iu.test(groups.ruWay!) ? -years : years;
}

/** After a month or a day: its year is the one given before ("in November of that year", «в ноябре того же года»). */
const SAME_YEAR_AFTER = /^,?\s+(?:того же года|этого же года|(?:of )?(?:the same|that same|that) year)(?![\p{L}])/iu;

/** "since then", "с тех пор": from the date the text gave last; "at the time", "в то время": then. */
const THEN = /(?<![\p{L}])(?:(since then|ever since|с тех пор|с того времени)|(at the time|at that time|в то время|тогда же))(?![\p{L}])/giu;

/**
 * The dates a sentence writes out, in order, without what `earlier` resolves: several readers ask for the same
 * sentence's dates (the fact rules with the text's last date, the event anchors without), so they are read once
 * per article's publication date. Frozen, since every caller gets the same objects.
 */
const WRITTEN = new WeakMap<object, Map<string, readonly FoundDate[]>>();
const NO_PUBLICATION = {};
const WRITTEN_KEPT = 512;

function writtenDates(sentence: string, published: PartialDate | null, tense: () => Markers): readonly FoundDate[] {
  let bySentence = WRITTEN.get(published ?? NO_PUBLICATION);
  if (!bySentence) WRITTEN.set(published ?? NO_PUBLICATION, (bySentence = new Map()));
  const known = bySentence.get(sentence);
  if (known) return known;
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(sentence); m; m = pattern.regex.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((other) => start < other.end && end > other.start)) continue;
      // "1,374" and "20.5" are not years; nor is a year inside a word or code.
      if (/[\d][,.]$/.test(sentence.slice(Math.max(0, start - 2), start))) continue;
      const ongoing = ONGOING_SINCE.test(sentence.slice(Math.max(0, start - 12), start)) || (SINCE.test(sentence.slice(Math.max(0, start - 40), start)) && STATE_NOW.test(sentence) && !FUTURE_ANYWHERE.test(sentence));
      const context: Context = ongoing ? { published, future: false, tenseless: false } : { published, future: futureAt(start, end, tense()), tenseless: tenselessAt(start, end, tense()) };
      const resolved = pattern.resolve(m, context);
      if (!resolved) continue;
      const before = sentence.slice(Math.max(0, start - 160), start);
      const years = /^\d{4}$/.test(resolved.date) && (!resolved.until || /^\d{4}$/.test(resolved.until));
      const role: DateRole =
        years && (SCOPE.test(before) || (resolved.until && /^\d/.test(m[0]) && NAME_BEFORE.test(before))) ? 'scope' : SINCE.test(before) ? 'since' : UNTIL.test(before) ? 'until' : 'point';
      found.push({ start, end, role, ...resolved });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const written = Object.freeze(found.map((date) => Object.freeze(date)));
  if (bySentence.size >= WRITTEN_KEPT) bySentence.clear();
  bySentence.set(sentence, written);
  return written;
}

/**
 * Every date of a sentence, in order; the longest reading wins where two overlap. `earlier` is the
 * last date the text gave before the sentence: what "since then" counts from.
 */
export function findDates(sentence: string, published: PartialDate | null, earlier?: string): FoundDate[] {
  // Read only for a sentence that has a date: most have none.
  let markers: Markers | undefined;
  const tense = () =>
    (markers ??= {
      future: positions(FUTURE, sentence),
      past: positions(PAST, sentence),
      weak: positions(WEAK_FUTURE, sentence),
      boundaries: [...sentence.matchAll(CLAUSE_BOUNDARY)].map((match) => match.index),
      pauses: [...sentence.matchAll(PAUSE)].map((match) => match.index),
      weakEnds: [...sentence.matchAll(WEAK_FUTURE)].map((match) => match.index + match[0].length),
    });
  const found = [...writtenDates(sentence, published, tense)];
  // «в ноябре того же года», "in November of that year": the month of the year given before it, not of the publication's;
  // the words are the month's, so that "that year" is not read again as a year of its own below.
  for (const [i, date] of found.entries()) {
    const same = /^\d{4}-\d\d/.test(date.date) ? SAME_YEAR_AFTER.exec(sentence.slice(date.end)) : null;
    if (!same) continue;
    // The year written last before it ("in May 2002, … on 7 October of that year"), not a month's guessed one.
    const year = (found.filter((other) => other.end <= date.start && /\d{4}/.test(sentence.slice(other.start, other.end))).pop()?.date ?? earlier)?.slice(0, 4);
    if (year) found[i] = { ...date, end: date.end + same[0].length, date: year + date.date.slice(4), ...(date.until ? { until: year + date.until.slice(4) } : {}) };
  }
  // "the same year", "two years later", «годом ранее»: counted from the date before it in the sentence, else the text's last.
  for (const match of sentence.matchAll(RELATIVE_YEAR)) {
    if (found.some((date) => match.index < date.end && match.index + match[0].length > date.start)) continue;
    const previous = found.filter((date) => date.end <= match.index).pop();
    const offset = relativeOffset(match);
    // «через два года» in a sentence about the future counts from the day of publication.
    const ahead = offset > 0 && /^через/iu.test(match[0]) && futureAt(match.index, match.index + match[0].length, tense());
    const base = ahead ? published?.first : previous ? (offset > 0 ? previous.until ?? previous.date : previous.date) : earlier;
    if (!base) continue;
    const date = String(Number(base.slice(0, 4)) + offset);
    // "A year later" alone is when it happened; "since two years later" is rare enough to read as a point.
    found.push({ start: match.index, end: match.index + match[0].length, date, role: SINCE.test(sentence.slice(Math.max(0, match.index - 30), match.index)) ? 'since' : 'point' });
  }
  for (const match of earlier ? sentence.matchAll(THEN) : []) {
    if (found.some((date) => match.index < date.end && match.index + match[0].length > date.start)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, date: earlier!, role: match[1] ? 'since' : 'point' });
  }
  return found.sort((a, b) => a.start - b.start);
}
