/**
 * Who signed a document, told after the signing verb (round 22): "The treaty was signed in Tashkent on 15 May 1992 by
 * Armenia, Kazakhstan and Russia", "signed … by the heads of Armenia, …", "The signature page bears the signatures of
 * X, Y and Z", "Six signatures: Armenia, Belarus, …", «Подписан 15 мая 1992 года в Ташкенте главами Армении,
 * Казахстана …», «подписи под Договором поставили руководители Армении, …». Each state or person of the list SIGNED
 * the document, dated by the sentence's date. Reference works and catalogues leave the document out of the sentence
 * ("1. Collective Security Treaty. Signed in Tashkent … by …", «ДОГОВОР О … (ДКБ), … . Подписан …»): the document is
 * then the one that heads the paragraph, or the one the sentence before named ("It was signed by …").
 *
 * Round 23: the signature block that closes an official text, a line per party — "For the Republic of Armenia (signature)",
 * «За Республику Беларусь (подпись)», "On behalf of the Kyrgyz Republic  S. Japarov" — after "Done at Moscow on …" /
 * «Совершено в городе …» or as a block of two or more such lines: each state SIGNED the text, which is the document the
 * text's title opens with, else "?", dated by the "Done at" line.
 */
import type { PartialDate } from '../model/partial-date';
import { findDates } from './dates';
import { factKey } from './fact-keys';
import { indexed } from './gazetteer';
import type { Found } from './mentions';
import type { Span } from './sentences';
import { sentenceEvidence } from './text';
import type { Gazetteer, ProposedFact } from './types';

/** A passive signing and the words up to its agents: "was signed in Tashkent on 15 May 1992 by the heads of". */
const SIGNED_BY_EN =
  /(?<![\p{L}])(?:signed|initialled|initialed)(?![\p{L}])(?:[^.;:]{0,90}?)(?<![\p{L}])by (?:the )?(?:(?:heads(?: of state)?|leaders|presidents|representatives|plenipotentiaries|foreign ministers|defen[cs]e ministers|governments|delegations)(?: of)? (?:the )?|[^.;:⟦]{0,50}?(?:states|countries|republics|members|governments),? (?:among them|including|among whom|notably|in particular) )?$/iu;
/** "bears the signatures of", "Six signatures:", "signatories:", "signed by:": the list follows. */
const SIGNATURES_EN = /(?<![\p{L}])(?:signatures|signatories)(?: of)?:? (?:the )?(?:(?:heads|leaders|presidents)(?: of)? (?:the )?)?$/iu;
/** «подписан … главами», «подписали руководители», «подписи поставили лидеры»: the list follows, in the genitive or the instrumental. */
const SIGNED_BY_RU =
  /(?<![\p{L}])(?:подписан[аоы]?|подписали|подписи (?:под [^.;:]{1,60}? )?поставили|подписи)(?![\p{L}])(?:[^.;:]{0,90}?)(?<![\p{L}])(?:глав(?:ами|ы)|руководител(?:ями|и)|президент(?:ами|ы)|лидер(?:ами|ы)|представител(?:ями|и)|полномочн\p{L}* представител(?:ями|и))(?: (?:государств|стран|республик))? $|(?<![\p{L}])подписан[аоы]?(?![\p{L}])(?:[^.;:]{0,90}?) $|(?<![\p{L}])(?:подписи (?:под [^.;:]{1,60}? )?(?:поставили|поставил[аио]?)|(?:поставили|поставил[аио]?) (?:свои )?подписи(?: под [^.;:]{1,60}?)?) $|(?<![\p{L}])(?:подписал[аио]?|подписывают|подписали)(?![\p{L}])[^.;:]{0,60}?(?:государств|стран|республик),? (?:в том числе|среди (?:них|которых)|включая) $/iu;
/** What takes a signature back or has not happened yet: "did not sign", "to be signed", «не подписали», «будет подписан». */
const NOT_SIGNED = /(?<![\p{L}])(?:not|never|yet to|to be|will be|would be|is expected to be|are expected to be|could be|may be|не|будет|будут|должн\p{L}*|ожида\p{L}*|планиру\p{L}*)(?: be| been| быть)? (?:[\p{L}-]+ )?$/iu;
/** What joins the items of the signatories' list. */
const LIST_JOIN = /^(?:,|,? and|,? и|,? as well as)? ?$/u;
/** A document by its common noun: what a document entity is called, and a document a sentence names as its own. */
const DOCUMENT_WORD =
  /(?<![\p{L}])(?:treaty|agreement|charter|protocol|convention|declaration|statement|memorandum|strategy|plan|programm?e|decision|document|договор\p{L}*|соглашени\p{L}*|устав\p{L}*|протокол\p{L}*|конвенци\p{L}*|деклараци\p{L}*|заявлени\p{L}*|меморандум\p{L}*|стратеги\p{L}*|план\p{L}*|программ\p{L}*|решени\p{L}*|документ\p{L}*)(?![\p{L}])/iu;

export interface SignedArticle {
  paragraphs: string[];
  sentences: Span[][];
  mentions: Found[][];
  gazetteer: Gazetteer;
  published: PartialDate | null;
}

/** The document a paragraph opens with: a numbered entry's or a catalogue item's head ("1. Collective Security Treaty.", "Cat. 1. …", «ДОГОВОР О …»). */
function headDocument(paragraph: string, mentions: Found[], isDocument: (id: string) => boolean): Found | undefined {
  const first = mentions[0];
  if (!first || !isDocument(first.entityId)) return undefined;
  return /^(?:(?:Cat\.|No\.|№|Item|Exhibit)?\s?\d{0,3}[.)]?\s*)*["«]?$/iu.test(paragraph.slice(0, first.start)) ? first : undefined;
}

/** The known document a text's first paragraph (its title) opens with: "Agreement on …", "The Collective Security Treaty", «Договор о …». */
function titleDocument(article: SignedArticle, isDocument: (id: string) => boolean): Found | undefined {
  const first = (article.mentions[0] ?? []).slice().sort((a, b) => a.start - b.start)[0];
  if (!first || !isDocument(first.entityId)) return undefined;
  return /^\s*(?:(?:the|text of the|текст)\s+)?["«“]?$/iu.test(article.paragraphs[0]!.slice(0, first.start)) ? first : undefined;
}

/** A line of a signature block: "For the Republic of Armenia", «За Республику Беларусь», "On behalf of …", «От имени …». */
const BLOCK_LINE = /^\s*(?:For|On behalf of|За|От имени|От)\s/u;
/** What a signature line may carry after the party: "(signature)", «(подпись)», "/signed/", a signer's initials and name. */
const BLOCK_REST = /^[\s,:–—-]*(?:\((?:signature|signed|подпись|подписано)\)|\/(?:signed|подпись)\/|(?:\p{Lu}\.\s?){1,2}\s?\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+\s(?:\p{Lu}\.\s?){1,2})?\s*$/u;
/** The closing formula of a treaty text: "Done at Moscow on 14 June 2009", «Совершено в городе Москве 14 июня 2009 года». */
const DONE_AT = /^\s*(?:Done (?:at|in)|Signed (?:at|in)|Совершено (?:в|во)|Подписано (?:в|во))\s/u;

/** Each state that signs a text in its closing block, a line per party, after "Done at …" or in a block of two lines or more. */
function signatureBlocks(article: SignedArticle, index: ReturnType<typeof indexed>, isDocument: (id: string) => boolean): ProposedFact[] {
  const facts: ProposedFact[] = [];
  // The lines of the text, each with its paragraph and the mentions inside it.
  const lines: { p: number; start: number; end: number; text: string }[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    let start = 0;
    for (const text of paragraph.split('\n')) {
      lines.push({ p, start, end: start + text.length, text });
      start += text.length + 1;
    }
  });
  const partyOf = (line: (typeof lines)[number]): Found | undefined => {
    if (!BLOCK_LINE.test(line.text) || line.text.length > 140) return undefined;
    const inLine = article.mentions[line.p]!.filter((mention) => mention.start >= line.start && mention.end <= line.end).sort((a, b) => a.start - b.start);
    const party = inLine[0];
    if (!party || index.kind(party.entityId) !== 'STATE') return undefined;
    // The party is all the line says, bar the signature: "For the Republic of Armenia (signature)".
    const head = article.paragraphs[line.p]!.slice(line.start, party.start);
    if (!/^\s*(?:For|On behalf of|За|От имени|От)\s(?:the\s)?$/u.test(head)) return undefined;
    return BLOCK_REST.test(article.paragraphs[line.p]!.slice(party.end, line.end)) ? party : undefined;
  };
  const parties = lines.map(partyOf);
  let done: { date?: ReturnType<typeof findDates>[number]['date']; at: number } | undefined;
  lines.forEach((line, i) => {
    if (DONE_AT.test(line.text)) {
      const date = findDates(line.text, article.published).find((found) => found.role === 'point');
      done = { at: i, ...(date ? { date: date.date } : {}) };
    }
    const party = parties[i];
    if (!party) return;
    // A block: after the closing formula (a few lines before), or two party lines side by side.
    const inBlock = (done && i - done.at <= 12) || Boolean(parties[i - 1] ?? parties[i + 1]);
    if (!inBlock) return;
    // The text signed: the document its title opens with, else one with no entity. Not the first document it names: a joint
    // statement "reaffirming our commitment to the Collective Security Treaty" is signed, the treaty is not.
    const document = titleDocument(article, isDocument);
    const paragraph = article.paragraphs[line.p]!;
    facts.push({
      type: 'SIGNED',
      from: { entityId: party.entityId, text: party.text },
      to: document ? { entityId: document.entityId, text: document.text } : { text: 'document' },
      ...(done?.date ? { since: done.date } : {}),
      evidence: sentenceEvidence(paragraph, line.p + 1, { start: line.start, end: line.end } as Span),
      rule: 'signatories.signature-block',
    });
  });
  return facts;
}

export function signatories(article: SignedArticle, proposals: ProposedFact[]): ProposedFact[] {
  const index = indexed(article.gazetteer);
  const isDocument = (id: string) => index.kind(id) === 'INITIATIVE' && DOCUMENT_WORD.test(article.gazetteer.entry(id)?.name ?? '');
  const known = new Set(proposals.map((fact) => factKey(fact)));
  const facts: ProposedFact[] = [];
  for (const fact of signatureBlocks(article, index, isDocument)) {
    if (known.has(factKey(fact))) continue;
    known.add(factKey(fact));
    facts.push(fact);
  }
  article.paragraphs.forEach((paragraph, p) => {
    const mentions = [...article.mentions[p]!].sort((a, b) => a.start - b.start);
    const head = headDocument(paragraph, mentions, isDocument);
    let before: Found | undefined;
    for (const sentence of article.sentences[p]!) {
      const inSentence = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
      const documents = inSentence.filter((mention) => isDocument(mention.entityId));
      const signers = inSentence.filter((mention) => ['STATE', 'PERSON'].includes(index.kind(mention.entityId) ?? ''));
      for (let i = 0; i < signers.length; i++) {
        const stretch = paragraph.slice(sentence.start, signers[i]!.start);
        const verb = SIGNED_BY_EN.exec(stretch) ?? SIGNATURES_EN.exec(stretch) ?? SIGNED_BY_RU.exec(stretch);
        if (!verb || NOT_SIGNED.test(stretch.slice(0, verb.index))) continue;
        // The list: this signer and those joined to it.
        const list = [signers[i]!];
        while (i + 1 < signers.length && LIST_JOIN.test(paragraph.slice(list.at(-1)!.end, signers[i + 1]!.start))) list.push(signers[++i]!);
        const verbAt = sentence.start + verb.index;
        // The document: named before the verb in the sentence, else the paragraph's head (a fragment with no subject), else the one the sentence before named.
        const named = documents.filter((mention) => mention.end <= verbAt).pop() ?? documents.find((mention) => mention.start >= verbAt && mention.start < list[0]!.start);
        // A sentence that names none stands for the document of the one before or the paragraph's head, unless it says
        // which of its own ("The declaration was signed by …" is another document than the treaty before it).
        const noun = DOCUMENT_WORD.exec(paragraph.slice(sentence.start, verbAt));
        const antecedent = before ?? (head && head.start < sentence.start ? head : undefined);
        const sameKind = (mention: Found) => !noun || (article.gazetteer.entry(mention.entityId)?.name ?? '').toLowerCase().includes(noun[0].toLowerCase().slice(0, 5));
        const document = named ?? (antecedent && sameKind(antecedent) ? antecedent : undefined);
        if (!document) continue;
        const text = paragraph.slice(sentence.start, sentence.end);
        const date = findDates(text, article.published).find((found) => found.role === 'point');
        for (const signer of list) {
          const fact: ProposedFact = {
            type: 'SIGNED',
            from: { entityId: signer.entityId, text: signer.text },
            to: { entityId: document.entityId, text: document.text },
            ...(date ? { since: date.date } : {}),
            evidence: sentenceEvidence(paragraph, p + 1, sentence),
            rule: 'signatories.signed-by',
          };
          if (known.has(factKey(fact))) continue;
          known.add(factKey(fact));
          facts.push(fact);
        }
      }
      before = documents.at(-1) ?? before;
    }
  });
  return facts;
}
