/**
 * External identifiers of entities: a scheme and a value (wikidata Q7159, iso3166-1 RU, ftm
 * "orgraph-entity-csto"). Known schemes check the form of their values and say where a value can be
 * looked up; other schemes are allowed (a lowercase name), with any value that has no spaces.
 */

export interface Identifier {
  scheme: string;
  value: string;
}

interface Scheme {
  /** What a value looks like, for the error message. */
  form: string;
  pattern: RegExp;
  url?: (value: string) => string;
}

export const IDENTIFIER_SCHEMES: Record<string, Scheme> = {
  wikidata: { form: 'a Wikidata item id such as Q7159', pattern: /^Q[1-9]\d*$/, url: (value) => `https://www.wikidata.org/wiki/${value}` },
  'iso3166-1': { form: 'an ISO 3166-1 alpha-2 code such as RU', pattern: /^[A-Z]{2}$/ },
  ftm: { form: 'a FollowTheMoney entity id (letters, digits, ".", "-", "_")', pattern: /^[A-Za-z0-9._-]{1,200}$/ },
};

const SCHEME_NAME = /^[a-z][a-z0-9-]*$/;
const ANY_VALUE = /^\S{1,200}$/;

/** What is wrong with an identifier, or null when it is sound. */
export function identifierProblem(identifier: Identifier): string | null {
  if (!SCHEME_NAME.test(identifier.scheme)) return `scheme "${identifier.scheme}" is not a lowercase scheme name (such as wikidata, iso3166-1, ftm)`;
  const known = IDENTIFIER_SCHEMES[identifier.scheme];
  if (known && !known.pattern.test(identifier.value)) return `${identifier.scheme} identifier "${identifier.value}" is not ${known.form}`;
  if (!ANY_VALUE.test(identifier.value)) return `identifier value "${identifier.value}" must be 1 to 200 characters without spaces`;
  return null;
}

/** Where a person can read about the identified thing, when the scheme has such a page. */
export function identifierUrl(identifier: Identifier): string | null {
  return IDENTIFIER_SCHEMES[identifier.scheme]?.url?.(identifier.value) ?? null;
}

/** The key stored on entities (identifierKeys) and indexed: "wikidata:Q7159". */
export const identifierKey = (identifier: Identifier): string => `${identifier.scheme}:${identifier.value}`;

/**
 * The full-text query that finds one key in the keyword-analysed index (cypher/schema/009): a phrase, so
 * the analyser keeps it whole, with the phrase's own special characters escaped.
 */
export const identifierIndexQuery = (identifier: Identifier): string => `"${identifierKey(identifier).replace(/["\\]/g, (char) => `\\${char}`)}"`;
