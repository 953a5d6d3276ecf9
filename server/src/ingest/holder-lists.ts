/**
 * A list of the holders of one post, one line each: a heading that names the post in the plural («Список генеральных
 * секретарей.», "Secretaries-General:", "== Chairmen of the Parliamentary Assembly ==") and under it lines that begin with a
 * person and give his term ("Николай Бордюжа (Россия) — 2003—2016.", "* Stanislav Zas (Belarus), 2020–2022"). Reference
 * works and dossiers set out a post's history this way, with no verb for the sentence rules to read. Each line is the
 * person's term in the post; one line after another is a succession, the later one's start its date.
 */
import type { PartialDate } from '../model/partial-date';
import { findDates, type FoundDate } from './dates';
import type { Found } from './mentions';
import { context } from './text';
import type { Gazetteer, ProposedFact } from './types';

export interface ListedArticle {
  paragraphs: string[];
  mentions: Found[][];
  published: PartialDate | null;
  gazetteer: Gazetteer;
}

/** What the rest of the article gives: the organization a bare "Secretaries-General" belongs to, and the one it is most about. */
export interface ListOwners {
  top: string | undefined;
  main: string | undefined;
}

interface Post {
  role: string;
  /** A chairman, a head, a chief leads a body (HEADS); a Secretary-General or a deputy holds a post in it (HOLDS_POSITION). */
  leads: boolean;
}

/** The post a heading names, by its plural head noun (any case in Russian). */
const POSTS: Array<{ words: RegExp; post: Post }> = [
  { words: /^(?:заместител\p{L}* генеральн\p{L}* секретар\p{L}*|deputy secretar(?:y|ies)[- ]general)/iu, post: { role: 'deputy Secretary-General', leads: false } },
  { words: /^генеральн\p{L}* секретар\p{L}*/iu, post: { role: 'генеральный секретарь', leads: false } },
  { words: /^secretar(?:y|ies)[- ]general/iu, post: { role: 'Secretary-General', leads: false } },
  { words: /^председател\p{L}*/iu, post: { role: 'председатель', leads: true } },
  { words: /^руководител\p{L}*/iu, post: { role: 'руководитель', leads: true } },
  { words: /^начальник\p{L}*/iu, post: { role: 'начальник', leads: true } },
  { words: /^chair(?:m[ae]n|persons|s)/iu, post: { role: 'Chairman', leads: true } },
  { words: /^(?:heads|chiefs|directors)/iu, post: { role: 'Head', leads: true } },
];

/**
 * A heading line: short, no sentence of its own, the post first after "List of", «Список» or a wiki heading's signs. Plural only
 * ("Chairmen", «председатели», «генеральных секретарей»): a singular title over a line is a person's caption, not a list.
 */
const HEADING = /^\s*(?:=+\s*)?(?:(?:list|chronology) of (?:the )?|(?:former|past) |(?:список|перечень|хронология) )?(?<post>[^.:=]{4,90}?)\s*(?:[.:]|=+)?\s*$/iu;
const PLURAL = /(?:secretaries|chairmen|chairpersons|chairs|heads|chiefs|directors|секретар(?:и|ей)|председател(?:и|ей)|руководител(?:и|ей)|начальник(?:и|ов))(?![\p{L}])/iu;

/** A line that starts with its person: a bullet, then the name, then a parenthesis (his state) or a qualifier before the dash. */
const BULLET = /^\s*(?:[-*•–—]\s*|\d+[.)]\s*)?/u;
/** Two or three capitalised words: a holder the graph lacks ("Vyacheslav Volodin", «Борис Грызлов»). */
const UNKNOWN_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}(?=[ ,(:—–-])/u;
/** Where the name's part of the line ends and its term begins. */
const TERM_SEPARATOR = /^\s*(?:\([^)]*\))?(?:,[^—–:\d]{0,60})?(?:\s*[—–:-]\s*|,\s*)(?=.*?(?:19|20)\d\d)/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(paragraph: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of paragraph.split('\n')) {
    lines.push({ start, end: start + text.length, text });
    start += text.length + 1;
  }
  return lines;
}

function headingPost(text: string): Post | undefined {
  const heading = HEADING.exec(text)?.groups?.post;
  if (!heading || !PLURAL.test(heading) || /\d/.test(heading)) return undefined;
  return POSTS.find(({ words }) => words.test(heading))?.post;
}

interface Holder {
  entityId?: string;
  text: string;
  line: Line;
  since?: string;
  until?: string;
}

/** A term's year given once for two dates ("2017, до 2 мая"): the second date, written with no year, is in the first's. */
function sameYearEnd(since: string | undefined, until: FoundDate | undefined, words: string): string | undefined {
  if (!until) return undefined;
  if (!since || until.date.length < 7 || /\d{4}/.test(words.slice(until.start, until.end))) return until.date;
  return `${since.slice(0, 4)}${until.date.slice(4)}`;
}

function holderOf(line: Line, mentions: Found[], published: PartialDate | null): Holder | undefined {
  const lead = BULLET.exec(line.text)![0].length;
  const known = mentions.find((mention) => mention.start === line.start + lead && mention.variant.kind === 'PERSON');
  const name = known ? known.text : UNKNOWN_NAME.exec(line.text.slice(lead))?.[0];
  if (!name) return undefined;
  const rest = line.text.slice(lead + name.length);
  const separator = TERM_SEPARATOR.exec(rest);
  if (!separator) return undefined;
  const term = rest.slice(separator[0].length);
  const [first, second] = findDates(term, published);
  if (!first) return undefined;
  const since = first.role === 'until' ? undefined : first.date;
  const until = first.until ?? (second && second.role !== 'since' ? sameYearEnd(since, second, term) : first.role === 'until' ? first.date : undefined);
  return { ...(known ? { entityId: known.entityId } : {}), text: name, line, since, until };
}

/** The organization a heading names ("Chairmen of the Parliamentary Assembly"), else the one the article gives the post to. */
function ownerOf(heading: Line, mentions: Found[], post: Post, owners: ListOwners): string | undefined {
  const named = mentions.find((mention) => mention.start >= heading.start && mention.end <= heading.end && mention.variant.kind === 'ORGANIZATION');
  return named?.entityId ?? (post.leads ? owners.main : owners.top);
}

export function holderListFacts(article: ListedArticle, owners: ListOwners): ProposedFact[] {
  const facts: ProposedFact[] = [];
  let pending: { post: Post; owner: string | undefined } | undefined;
  article.paragraphs.forEach((paragraph, index) => {
    const mentions = article.mentions[index] ?? [];
    let current = pending;
    pending = undefined;
    let holders: Holder[] = [];
    const close = () => {
      if (current && holders.length > 0) facts.push(...factsOfList(article.gazetteer, paragraph, index + 1, current, holders));
      holders = [];
    };
    const lines = linesOf(paragraph);
    lines.forEach((line, i) => {
      const post = headingPost(line.text);
      if (post) {
        close();
        current = { post, owner: ownerOf(line, mentions, post, owners) };
        // A heading alone at a paragraph's end heads the next one.
        if (i === lines.length - 1) pending = current;
        return;
      }
      const holder = current && holderOf(line, mentions, article.published);
      if (holder) holders.push(holder);
      else if (holders.length > 0 || !current) {
        close();
        current = undefined;
      }
    });
    close();
  });
  return facts;
}

function factsOfList(gazetteer: Gazetteer, paragraph: string, number: number, list: { post: Post; owner: string | undefined }, holders: Holder[]): ProposedFact[] {
  const owner = list.owner ? { entityId: list.owner, text: gazetteer.entry(list.owner)?.name ?? list.owner } : { text: '?' };
  const evidence = (from: Line, to: Line) => ({ quote: paragraph.slice(from.start, to.end), ...context(paragraph, from.start, to.end), paragraph: number, start: from.start, end: to.end });
  const end = (holder: Holder) => (holder.entityId ? { entityId: holder.entityId, text: holder.text } : { text: holder.text });
  const dated = (since?: string, until?: string) => ({ ...(since ? { since } : {}), ...(until ? { until } : {}) });
  const facts: ProposedFact[] = holders.map((holder) => ({
    type: list.post.leads ? 'HEADS' : 'HOLDS_POSITION',
    from: end(holder),
    to: owner,
    ...dated(holder.since, holder.until),
    ...(list.post.leads ? {} : { role: list.post.role }),
    evidence: evidence(holder.line, holder.line),
    rule: 'list.holders',
  }));
  holders.slice(1).forEach((next, i) => {
    const before = holders[i]!;
    facts.push({ type: 'SUCCEEDED_BY', from: end(before), to: end(next), ...dated(next.since), role: list.post.role, evidence: evidence(before.line, next.line), rule: 'list.holders.succession' });
  });
  return facts;
}
