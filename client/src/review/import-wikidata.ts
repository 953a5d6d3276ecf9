import { ApiError, request } from '../api';
import { graphql } from '../generated';
import type { WikidataPart } from '../generated/graphql';
import { el } from './dom';
import { editorKey, forgetKey } from './editor-key';
import type { Proposal } from './queue';

export const ImportFromWikidataMutation = graphql(`
  mutation ImportFromWikidata($qid: ID!, $include: [WikidataPart!], $dryRun: Boolean) {
    importFromWikidata(qid: $qid, include: $include, dryRun: $dryRun) {
      qid
      label
      revision
      dryRun
      matches { qid by entityId url entity { id name } ambiguous }
      proposals { ...ProposalFields }
    }
  }
`);

const PARTS: Array<[WikidataPart, string]> = [
  ['MEMBERS', 'members (P463)'],
  ['OFFICEHOLDERS', 'office-holders (P39)'],
  ['PARTS', 'parts (P361)'],
  ['EVENTS', 'events (P664)'],
];

const MATCH_WORDS = { IDENTIFIER: 'matched by its stored QID', NAME: 'matched by name: confirm when reviewing (accepting stores the QID)', NEW: 'new entity' } as const;

/**
 * "Import from Wikidata…": a QID and what to read besides the organization itself; the statements
 * become proposals in the review queue (`done` shows them). The matches are listed with links to
 * Wikidata, matches by name marked for confirmation.
 */
export function renderImportWikidata(container: HTMLElement, done: (proposals: Proposal[], message: string) => void): void {
  const qid = el('input', { id: 'wikidata-qid', name: 'qid', type: 'text', required: true, placeholder: 'Q7159', pattern: 'Q[1-9][0-9]*', 'aria-describedby': 'wikidata-qid-help' });
  const boxes = PARTS.map(([part, label]) => {
    const box = el('input', { type: 'checkbox', id: `wikidata-${part.toLowerCase()}`, value: part, checked: part !== 'EVENTS' });
    return { box, node: el('label', { for: box.id }, box, ` ${label}`) };
  });
  const dryRun = el('input', { type: 'checkbox', id: 'wikidata-dry-run' });
  const error = el('p', { class: 'error', role: 'alert', id: 'wikidata-error' });
  const summary = el('div', { class: 'wikidata-summary', id: 'wikidata-summary', 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit', text: 'Import for review' });
  const form = el(
    'form',
    // The QID is checked here, with a message that says what a QID is, rather than by the browser's bare pattern check.
    { class: 'import-wikidata', 'aria-label': 'Import from Wikidata', novalidate: true },
    el('h2', { text: 'Import from Wikidata' }),
    el('label', { for: 'wikidata-qid', text: 'Organization (QID)' }),
    qid,
    el('p', { class: 'meta', id: 'wikidata-qid-help', text: 'The item id of the organization, such as Q7159. Its labels, aliases, dates, headquarters, parts and chairperson are always read.' }),
    el('fieldset', {}, el('legend', { text: 'Also read' }), ...boxes.map((b) => b.node)),
    el('label', { for: 'wikidata-dry-run' }, dryRun, ' dry run (show what would be proposed, write nothing)'),
    error,
    el('div', { class: 'actions' }, submit),
    summary,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const wanted = qid.value.trim().toUpperCase();
    if (!/^Q[1-9]\d*$/.test(wanted)) {
      error.textContent = `"${qid.value}" is not a Wikidata item id: Q followed by digits, such as Q7159.`;
      qid.setAttribute('aria-invalid', 'true');
      qid.focus();
      return;
    }
    qid.removeAttribute('aria-invalid');
    const key = await editorKey(container, 'Importing from Wikidata');
    if (!key) return;
    submit.disabled = true;
    submit.textContent = 'Reading Wikidata…';
    try {
      const include = boxes.filter((b) => b.box.checked).map((b) => b.box.value as WikidataPart);
      const data = await request(ImportFromWikidataMutation, { qid: wanted, include, dryRun: dryRun.checked }, key);
      const result = data.importFromWikidata;
      summary.replaceChildren(
        el('h3', { text: `${result.label} (${result.qid}), revision ${result.revision}` }),
        el(
          'ul',
          { class: 'wikidata-matches' },
          ...result.matches.map((m) =>
            el(
              'li',
              { class: `match-${m.by.toLowerCase()}`, 'data-qid': m.qid },
              el('a', { href: m.url, target: '_blank', rel: 'noopener noreferrer', text: m.qid }),
              ` → ${m.entity?.name ?? m.entityId} · ${MATCH_WORDS[m.by]}${m.ambiguous.length ? ` (several entities have this name: ${m.ambiguous.join(', ')})` : ''}`,
            ),
          ),
        ),
      );
      const unreferenced = result.proposals.filter((p) => p.unreferenced).length;
      const conflicts = result.proposals.filter((p) => p.relation === 'CONFLICTS').length;
      done(
        result.proposals,
        `${result.dryRun ? 'Dry run, nothing written: ' : ''}${result.proposals.length} statements of ${result.label} proposed for review: ${conflicts} conflict${conflicts === 1 ? '' : 's'} with the graph, ${unreferenced} unreferenced (accepted one at a time).`,
      );
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') forgetKey();
      error.textContent = (failure as Error).message;
    } finally {
      submit.disabled = false;
      submit.textContent = 'Import for review';
    }
  });
  container.replaceChildren(form);
  qid.focus();
}
