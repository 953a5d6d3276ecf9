/**
 * The names of the known entities in a token trie: each name (and alias) is a path of word keys, so a
 * text is matched in one pass whatever the number of entities. Russian words are keyed by their stem
 * (russian.ts), acronyms keep their case, and names that are ordinary words are marked for the
 * usage check of mentions.ts.
 */
import { ENTITY_KINDS, type EntityKindName } from '../model/vocabulary';
import { nameStem, stemCandidates } from './russian';
import { fold, gapSignature, isAllCaps, isCapitalised, isCyrillic, tokenize, type Token } from './tokens';
import type { Gazetteer, GazetteerEntry } from './types';

/** One way of writing an entity's name, as matched. */
export interface NameVariant {
  entityId: string;
  kind: EntityKindName;
  /** The name's words as written, and the punctuation between them (gapSignature). */
  words: string[];
  gaps: string[];
  /** Words that match only in this exact case: acronyms (CSTO, ОДКБ). */
  exactCase: boolean[];
  /** A name whose words are ordinary words: linked only where the text uses it as a name. */
  ordinary: boolean;
  /** A person's surname alone ("Putin"), linked only when unambiguous and capitalised. */
  surname: boolean;
  /** A body's name without the acronym of the organization it belongs to ("Secretariat" for "CSTO Secretariat"): that organization's id. */
  ownerElided?: string;
}

export interface TrieNode {
  /** Absent on the many leaves, to keep a 100k-name trie small. */
  next?: Map<string, TrieNode>;
  variants?: NameVariant[];
}

/**
 * Single words that are ordinary English or Russian words and have served as names of exercises,
 * operations and programmes; any one-word name of an initiative, event or topic is treated so too.
 */
const ORDINARY_WORDS = new Set([
  'search', 'barrier', 'interaction', 'cobalt', 'echelon', 'frontier', 'border', 'shield', 'thunder', 'storm', 'unity',
  'union', 'council', 'forum', 'commonwealth', 'cooperation', 'security', 'friendship', 'brotherhood', 'partnership',
  'поиск', 'барьер', 'взаимодействие', 'кобальт', 'эшелон', 'рубеж', 'граница', 'щит', 'гром', 'союз', 'дружба',
  'братство', 'единство', 'сотрудничество', 'безопасность',
]);

const LOOSE_KINDS = new Set<EntityKindName>(['INITIATIVE', 'EVENT', 'TOPIC']);

function kindOf(entry: GazetteerEntry): EntityKindName {
  const kind = entry.kind.toUpperCase();
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`gazetteer entry ${entry.id}: kind "${entry.kind}" is not one of ${ENTITY_KINDS.join(', ')}`);
  }
  return kind as EntityKindName;
}

/** The trie key of a name's word. */
function nameKey(word: string): string {
  if (isCyrillic(word) && !isAllCaps(word)) return `~${nameStem(fold(word))}`;
  return fold(word);
}

/** The trie keys a word of the text may match: itself, and for Russian words each possible stem. */
export function textKeys(token: Token): string[] {
  if (!isCyrillic(token.raw)) return [token.folded];
  return [token.folded, ...stemCandidates(token.folded).map((stem) => `~${stem}`)];
}

function variantOf(entityId: string, kind: EntityKindName, name: string, surname = false): NameVariant | null {
  const tokens = tokenize(name);
  if (tokens.length === 0) return null;
  const words = tokens.map((token) => token.raw);
  const exactCase = words.map((word) => isAllCaps(word) && word.length >= 2 && /\p{L}/u.test(word));
  const single = words.length === 1;
  const ordinary =
    kind === 'TOPIC' ||
    (single && !exactCase[0] && (LOOSE_KINDS.has(kind) || ORDINARY_WORDS.has(fold(words[0]!)))) ||
    // A description of four words or more («программа укрепления таджикско-афганской границы») names its one thing even in lower case.
    (LOOSE_KINDS.has(kind) && words.length < 4 && words.every((word) => !isCapitalised(word) || ORDINARY_WORDS.has(fold(word))));
  const gaps = tokens.slice(1).map((token, i) => gapSignature(name.slice(tokens[i]!.end, token.start)));
  return { entityId, kind, words, gaps, exactCase, ordinary, surname };
}

const PURPOSE = /(?<=\p{L}) по (\p{L}+[нт]и)ю(?!\p{L})/u;

/**
 * How a Russian name that says its purpose with «по» and a verbal noun is also written: with the verbal noun alone
 * («программа по укреплению границы» → «программа укрепления границы»), as a title in quotes («программа «Укрепление
 * границы»»), with its owner's acronym after the head («программа ОДКБ по укреплению границы», in any name with «по»), and without the
 * adjectives before the head («программа укрепления границы»). Words are keyed by their stem, so one case of each noun
 * matches them all. `owners` are the acronyms the dataset itself writes so inside names.
 */
export function writtenForms(name: string, owners: string[] = []): string[] {
  const by = / по (?=\p{L})/u.exec(name);
  const owned = by && /\p{L}/u.test(name.slice(0, by.index)) ? owners.filter((owner) => !name.includes(owner)).map((owner) => `${name.slice(0, by.index)} ${owner}${name.slice(by.index)}`) : [];
  const purpose = PURPOSE.exec(name);
  if (!purpose) return [name, ...owned];
  const verbal = purpose[1]!;
  const genitive = name.replace(PURPOSE, ' $1я');
  const forms = [name, genitive, `${name.slice(0, purpose.index)} «${verbal[0]!.toUpperCase()}${verbal.slice(1)}е${name.slice(purpose.index + purpose[0].length)}»`, ...owned];
  // The head without the adjectives before it, in the genitive form only: «целевая программа по …» → «программа …».
  const headless = genitive.replace(/^(?:\p{L}+(?:ая|ый|ий|ое|ой|ые|ие) )+(?=\p{L}+ \p{L}+[нт]ия )/u, '');
  if (headless !== genitive && headless.split(' ').length >= 4) forms.push(headless);
  return [...forms, ...reorderedAdjectives(name), ...reorderedAdjectives(genitive)];
}

/**
 * A name with two or three adjectives before its head, as reports also write it: one of them left out or their order changed
 * («целевая программа по …», «целевая межгосударственная программа по …» for «Межгосударственная целевая программа по …»). One
 * adjective at least stays: the head alone with its purpose («программа по укреплению границы») is as often a description of another.
 */
function reorderedAdjectives(name: string): string[] {
  const lead = /^((?:\p{L}+(?:ая|ый|ий|ое|ой|ые|ие) ){2,3})(?=\p{L}+ )/u.exec(name);
  if (!lead) return [];
  const adjectives = lead[1]!.trim().split(' ').map((word) => word.toLowerCase());
  const rest = name.slice(lead[1]!.length);
  const arrangements = (words: string[]): string[][] => words.length === 0 ? [[]] : words.flatMap((word, i) => [[word], ...arrangements([...words.slice(0, i), ...words.slice(i + 1)]).filter((tail) => tail.length > 0).map((tail) => [word, ...tail])]);
  const original = adjectives.join(' ');
  return [...new Set(arrangements(adjectives).map((words) => words.join(' ')))].filter((words) => words !== original).map((words) => `${words} ${rest}`);
}

/** The acronyms a dataset writes after the head of a Russian name, before its purpose: «Межгосударственная программа ОДКБ по …». */
function ownerAcronyms(names: string[]): string[] {
  return [...new Set(names.flatMap((name) => [...name.matchAll(/(?<=\p{L}) (\p{Lu}{2,6}) по (?=\p{L})/gu)].map((match) => match[1]!)))];
}

/**
 * How a body's name is written once its owner is known from the article: without the owner's acronym («Секретариат»,
 * «Объединённый штаб», "the information-analytical department of the Secretariat" for "… of the CSTO Secretariat"). Only
 * bodies (organizations): a bare "Charter" or «Устав» is a common noun, and a name that is left with one short word or an
 * acronym («ПА» of «ПА ОДКБ») says too little.
 */
export function withoutOwner(name: string, owner: string): string | null {
  const words = name.split(' ');
  const at = words.indexOf(owner);
  if (at < 0 || words.length < 2) return null;
  // "Secretariat of the CSTO": the preposition and article go with the owner when it ends the name.
  const cut = at === words.length - 1 && /^(?:of|the)$/i.test(words[at - 1] ?? '') ? (/^the$/i.test(words[at - 1]!) && /^of$/i.test(words[at - 2] ?? '') ? 2 : 1) : 0;
  const left = [...words.slice(0, at - cut), ...words.slice(at + 1)];
  if (left.length === 0 || left.every((word) => isAllCaps(word)) || (left.length === 1 && left[0]!.length < 6)) return null;
  // English capitalises a bare head in title case whoever owns it ("the Secretariat", "the Joint Staff" of any body), and the
  // corpus labels it either way; Russian capitalises only a name's first word, so a capitalised «Секретариат» is a name.
  if (!isCyrillic(left[0]!) && left.length < 3) return null;
  return left.join(' ');
}

/**
 * A body's English name with its owner written in full where the name has "of the" and the acronym after the head: "Joint Staff
 * of the Collective Security Treaty Organization". Russian appends the owner's genitive to a body's name as a phrase of its own
 * («Объединённого штаба Организации Договора …»), which readers take as two names (the labels since batch 20 do).
 */
function inFull(name: string, acronym: string, ownerNames: string[]): string[] {
  const words = name.split(' ');
  const at = words.indexOf(acronym);
  if (at <= 0 || isCyrillic(acronym) || !/^the$/i.test(words[at - 1]!)) return [];
  return ownerNames
    .filter((full) => full.includes(' ') && !isAllCaps(full) && isCyrillic(full) === isCyrillic(acronym))
    .map((full) => [...words.slice(0, at), full, ...words.slice(at + 1)].join(' '));
}

/** The acronyms that name organizations ("CSTO", «ОДКБ»), by the id of the organization they name. */
function organizationAcronyms(entries: GazetteerEntry[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const entry of entries) {
    if (kindOf(entry) !== 'ORGANIZATION') continue;
    for (const name of [entry.name, ...entry.aliases.map((alias) => alias.name)]) {
      if (/^\p{Lu}{3,6}$/u.test(name)) acronyms.set(name, entry.id);
    }
  }
  return acronyms;
}

class TrieGazetteer implements Gazetteer {
  readonly root: TrieNode = {};
  private readonly entries = new Map<string, GazetteerEntry>();
  private readonly kinds = new Map<string, EntityKindName>();

  constructor(entries: Iterable<GazetteerEntry>) {
    // Surnames alone, counted first: one that two people share, or that is an entity's whole name, names nobody.
    const surnames = new Map<string, Set<string>>();
    const wholeNames = new Set<string>();
    const list = [...entries];
    const owners = ownerAcronyms(list.flatMap((entry) => [entry.name, ...entry.aliases.map((alias) => alias.name)]));
    const organizations = organizationAcronyms(list);
    const ownerNames = new Map(list.map((entry) => [entry.id, [entry.name, ...entry.aliases.map((alias) => alias.name)]]));
    for (const entry of list) {
      if (this.entries.has(entry.id)) throw new Error(`gazetteer: entity ${entry.id} is given twice`);
      const kind = kindOf(entry);
      this.entries.set(entry.id, entry);
      this.kinds.set(entry.id, kind);
      const names = [entry.name, ...entry.aliases.map((alias) => alias.name)];
      if (kind === 'ORGANIZATION') {
        for (const [acronym, owner] of organizations) {
          if (owner === entry.id) continue;
          for (const name of names) {
            const elided = withoutOwner(name, acronym);
            const variant = elided === null ? null : variantOf(entry.id, kind, elided);
            if (variant) this.insert({ ...variant, ownerElided: owner });
            for (const full of inFull(name, acronym, ownerNames.get(owner) ?? [])) {
              const written = variantOf(entry.id, kind, full);
              if (written) this.insert(written);
            }
          }
        }
      }
      for (const name of names.flatMap((name) => writtenForms(name, owners))) {
        const variant = variantOf(entry.id, kind, name);
        if (!variant) continue;
        this.insert(variant);
        if (variant.words.length === 1) wholeNames.add(nameKey(variant.words[0]!));
        if (kind === 'PERSON' && variant.words.length >= 2) {
          const last = variant.words[variant.words.length - 1]!;
          if (last.length >= 3 && isCapitalised(last)) {
            const key = nameKey(last);
            const owners = surnames.get(key) ?? new Set<string>();
            owners.add(`${entry.id}\u0000${last}`);
            surnames.set(key, owners);
          }
        }
      }
    }
    for (const [key, owners] of surnames) {
      const ids = new Set([...owners].map((owner) => owner.split('\u0000')[0]!));
      if (ids.size !== 1 || wholeNames.has(key)) continue;
      const [id] = ids;
      for (const owner of owners) {
        const variant = variantOf(id!, 'PERSON', owner.split('\u0000')[1]!, true);
        if (variant) this.insert({ ...variant, ordinary: false });
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  entry(id: string): GazetteerEntry | undefined {
    return this.entries.get(id);
  }

  /** Every entity's id, in the order given. */
  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  kind(id: string): EntityKindName | undefined {
    return this.kinds.get(id);
  }

  /**
   * Whether the graph names an edition of this series: an event whose name is one of the series' names
   * followed by a year ("Rubezh 2025", «Рубеж-2025»). A series with editions recurs, so "Rubezh-2027" the
   * graph lacks is that series.
   */
  hasEditions(variant: NameVariant): boolean {
    let node: TrieNode | undefined = this.root;
    for (const word of variant.words) node = node?.next?.get(nameKey(word));
    for (const [key, child] of node?.next ?? []) {
      if (/^(?:19|20)\d\d$/.test(key) && child.variants?.some((edition) => edition.kind === 'EVENT')) return true;
    }
    return false;
  }

  /** The entities whose name or alias is exactly this (in any case), without surnames. */
  idsNamed(name: string): string[] {
    let node: TrieNode | undefined = this.root;
    for (const token of tokenize(name)) node = node?.next?.get(nameKey(token.raw));
    return [...new Set((node?.variants ?? []).filter((variant) => !variant.surname).map((variant) => variant.entityId))];
  }

  private insert(variant: NameVariant): void {
    let node = this.root;
    for (const word of variant.words) {
      const key = nameKey(word);
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    const existing = (node.variants ??= []);
    const same = existing.findIndex(
      (other) => other.entityId === variant.entityId && other.words.join(' ') === variant.words.join(' ') && other.gaps.join() === variant.gaps.join(),
    );
    // A name the dataset gives in full needs no owner in the article: it wins over the same words found by elision.
    if (same < 0) existing.push(variant);
    else if (existing[same]!.ownerElided && !variant.ownerElided) existing[same] = variant;
  }
}

export type IndexedGazetteer = TrieGazetteer;

/** Builds the gazetteer once; reuse it for every text. Throws on an unknown kind or a repeated id. */
export function buildGazetteer(entries: Iterable<GazetteerEntry>): Gazetteer {
  return new TrieGazetteer(entries);
}

export function indexed(gazetteer: Gazetteer): TrieGazetteer {
  if (!(gazetteer instanceof TrieGazetteer)) throw new Error('the gazetteer must come from buildGazetteer');
  return gazetteer;
}
