import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Orgraph } from '../../server/src/bootstrap';
import { repoRoot } from '../../server/src/config';
import { importPaths } from '../../server/src/dataset/import';
import { sourceIdFor } from '../../server/src/sources/identity';
import { graphqlWithKey, startTestServer, testDatabase } from '../../server/test/support/test-neo4j';
import { ARTIFACTS, launchChromium } from './support-browser';

const EDITOR = 'editor-key-for-the-review-e2e';
// The seed article under a headline of its own, so that it is a new text even after the API tests read the article.
const ARTICLE = `Russia's 2026 CSTO chairmanship\n\n${fs.readFileSync(path.join(repoRoot, 'data', 'sources', '2025-11-27-csto-chairmanship-article.txt'), 'utf8')}`;

let orgraph: Orgraph;
/** Relationships and entities the tests created through review, removed afterwards (relationships first). */
const createdRelationships = new Set<string>();
const createdEntities = new Set<string>();
const api = (query: string, variables: Record<string, unknown> = {}) => graphqlWithKey(orgraph.url, query, variables, EDITOR);
let browser: Browser;
let page: Page;
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `review-${name}.png`) });

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [EDITOR] });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  // Every fact the reviews wrote as new, and the entities they created.
  for (let after: string | null = null, more = true; more && orgraph; ) {
    const page: any = (await api('query($after: String) { proposals(state: ACCEPTED, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { relation fromNew { id } toNew { id } relationship { id } } } } }', { after })).data.proposals;
    for (const { node } of page.edges) {
      if (node.relation === 'NEW' && node.relationship) createdRelationships.add(node.relationship.id);
      for (const created of [node.fromNew, node.toNew]) if (created) createdEntities.add(created.id);
    }
    [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
  }
  for (const id of createdRelationships) await api('mutation($id: ID!) { deleteRelationship(id: $id) { deleted } }', { id });
  for (const id of createdEntities) await api('mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id });
  await orgraph?.stop();
  // What the review wrote goes back to what the files say, for the suites after this one.
  const db = testDatabase();
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]).finally(() => db.close());
});

/** The queue as shown: each proposal's id, state, relation and its fact line. */
const queue = () =>
  page.$$eval('#review-queue li.proposal', (items) =>
    items.map((item) => ({
      id: (item as HTMLElement).dataset.id!,
      state: Array.from(item.classList).find((c) => c.startsWith('state-'))!.slice(6),
      relation: Array.from(item.classList).find((c) => c.startsWith('relation-'))!.slice(9),
      fact: item.querySelector('.fact')!.textContent!,
      selected: item.getAttribute('aria-selected') === 'true',
      unreferenced: Boolean(item.querySelector('.badge.unreferenced')),
    })),
  );

/** Moves the queue's selection with the arrow keys until the proposal at `index` is selected. */
async function moveTo(index: number) {
  await page.focus('#review-queue');
  for (let i = 0; i < 60; i += 1) {
    const now = (await queue()).findIndex((p) => p.selected);
    if (now === index) return;
    await page.keyboard.press(now < index ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`could not reach proposal ${index}`);
}

// Generous: reading the seed article twice (a preview, then Add) is slow on a loaded machine; nothing here is timed.
jest.setTimeout(300_000);

/** The proposal the keyboard test rejects. */
let rejected = '';

describe('sources and review in the explorer', () => {
  it('previews a pasted article (mentions highlighted, proposals with how they stand), writing nothing; then Add stores it', async () => {
    await page.goto(`${orgraph.url}/`);
    await page.waitForFunction(() => window.orgraph !== undefined);
    await page.evaluate(() => window.orgraph.ready);
    await page.click('#add-source');
    const metadata = { title: "Russia's 2026 CSTO chairmanship (pasted)", publisher: 'Trend', published: '2025-11-27' };
    await page.fill('#source-title', metadata.title);
    await page.fill('#source-publisher', metadata.publisher);
    await page.fill('#source-published', metadata.published);
    await page.fill('#source-text', ARTICLE);
    await shot('1-add-source');
    const written = async () => (await api(`{ releases(first: 1) { totalCount } proposals { totalCount } source(id: "${sourceIdFor(metadata)}") { id } }`)).data;
    const before = await written();
    expect(before.source).toBeNull();

    // Preview: the key is asked for once, here.
    await page.click('#source-preview');
    await page.waitForSelector('#editor-key');
    await page.fill('#editor-key', EDITOR);
    await page.fill('#reviewer-name', 'Analyst in Chromium');
    await page.click('.editor-key-form button[type=submit]');
    await page.waitForSelector('.add-source-preview .preview-proposals li.proposal', { timeout: 240_000 });
    const previewed = await page.$$eval('.add-source-preview .source-text mark.mention', (marks) => marks.map((m) => (m as HTMLElement).dataset.entity));
    expect(previewed).toEqual(expect.arrayContaining(['csto', 'russia', 'bishkek', 'icmec', 'interstate-program', 'tajik-afghan-border-programme']));
    const badges = await page.$$eval('.add-source-preview .preview-proposals .badge', (items) => items.map((b) => b.textContent));
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => ['new', 'supports existing', 'conflicts'].includes(b ?? ''))).toBe(true);
    // A conflict shows the fact the graph has.
    const conflicts = await page.$$eval('.add-source-preview li.relation-conflicts', (items) => items.map((item) => item.querySelector('.conflict')?.textContent ?? ''));
    for (const text of conflicts) expect(text).toMatch(/The graph says otherwise: .+/);
    expect(await page.textContent('.add-source-preview .preview-summary')).toMatch(/^Nothing is stored until you Add\. \d+ mentions; \d+ proposed facts/);
    await shot('1b-preview');
    // Nothing written: no release, no source, no proposal.
    expect(await written()).toEqual(before);

    await page.click('.add-source button[type=submit]');
    // Reading the article takes a moment (more on a busy machine): wait for it, with no limit on how long it may take but the test's.
    await page.waitForSelector('#review-queue li.proposal', { timeout: 240_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('orgraph.editorKey'))).toBe(EDITOR);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.textContent('.review-message')).toMatch(/Source added: \d+ mentions, \d+ proposed facts/);
    const after = await written();
    expect(after.source).toEqual({ id: sourceIdFor(metadata) });
    expect(after.releases.totalCount).toBe(before.releases.totalCount + 1);
    const marked = await page.$$eval('.source-text mark.mention', (marks) => marks.map((m) => (m as HTMLElement).dataset.entity));
    expect(marked).toEqual(expect.arrayContaining(['csto', 'russia', 'bishkek', 'icmec', 'interstate-program', 'tajik-afghan-border-programme']));
    expect(await page.textContent('.source-text .quote')).toBeTruthy();
    await shot('2-queue-and-source');
  }, 600_000);

  it('reviews by keyboard: r rejects with a reason, e edits then accepts, a accepts; the fact appears in the graph with its citation', async () => {
    const proposals = await queue();
    const ready = (p: { state: string; relation: string; fact: string }) => p.state === 'open' && p.relation !== 'conflicts' && !p.fact.includes('?');
    const administers = proposals.findIndex((p) => ready(p) && p.fact.includes('ADMINISTERS'));
    expect(administers).toBeGreaterThanOrEqual(0);
    const others = proposals.map((p, i) => (ready(p) && i !== administers ? i : -1)).filter((i) => i >= 0);
    expect(others.length).toBeGreaterThanOrEqual(2);

    // Reject one, with a reason.
    rejected = proposals[others[0]!]!.id;
    await moveTo(others[0]!);
    await page.keyboard.press('r');
    await page.waitForSelector('#reject-reason');
    await page.keyboard.type('not what the sentence says');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector(`[data-id="${id}"]`)?.classList.contains('state-rejected'), proposals[others[0]!]!.id);

    // Edit one: the form opens with the fact's values; Escape leaves it, e opens it again, Enter accepts.
    await moveTo(others[1]!);
    await page.keyboard.press('e');
    await page.waitForSelector('.edit-form #edit-type');
    expect(await page.inputValue('#edit-type')).toBe(proposals[others[1]!]!.fact.match(/ ([A-Z_]{4,}) /)![1]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.edit-form', { state: 'detached' });
    await page.keyboard.press('e');
    await page.waitForSelector('.edit-form #edit-type');
    await shot('3-edit-form');
    await page.focus('#edit-since');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector(`[data-id="${id}"]`)?.classList.contains('state-accepted'), proposals[others[1]!]!.id);

    // Accept the administration fact with one key.
    await moveTo(administers);
    await page.keyboard.press('a');
    const item = `[data-id="${proposals[administers]!.id}"]`;
    await page.waitForSelector(`${item}.state-accepted`);
    expect(await page.textContent(`${item} .decision`)).toMatch(/Accepted by Analyst in Chromium/);
    expect(await page.textContent(`${item} .written`)).toContain('Interstate Commission for Military-Economic Cooperation ADMINISTERS');
    expect(await page.textContent(`${item} .cited`)).toMatch(/Cited: paragraph 7 of/);
    await shot('4-accepted');

    // The fact in the graph: its details show the sentence, cited to this source at paragraph 7.
    await page.click(`${item} .show-in-graph`);
    await page.waitForSelector('#review-panel', { state: 'hidden' });
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.includes('ADMINISTERS'));
    const details = (await page.textContent('#details'))!;
    expect(details).toContain("Russia's 2026 CSTO chairmanship (pasted)");
    expect(details).toContain('paragraph 7');
    expect(details).toContain('is administered by the CSTO Interstate Commission for Military-Economic Cooperation');
    await shot('5-fact-in-graph');
  });

  it('lists where an entity is mentioned in its details, with the sentence', async () => {
    const position = await page.evaluate(() => window.orgraph.cy.getElementById('icmec').renderedPosition());
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await page.waitForSelector('#details section.mentioned-in li');
    const section = (await page.textContent('#details section.mentioned-in'))!;
    expect(section).toContain('Mentioned in');
    expect(section).toContain("Russia's 2026 CSTO chairmanship (pasted)");
    expect(section).toContain('Founded in 2002');
    await shot('6-mentioned-in');
    // The link opens the source beside its proposals.
    await page.click('#details section.mentioned-in li a');
    await page.waitForFunction(() => document.querySelector('#review-title')?.textContent?.startsWith('Review: '));
    expect(await page.textContent('#review-title')).toBe("Review: Russia's 2026 CSTO chairmanship (pasted)");
    expect(await page.isVisible('#review-panel .source-text')).toBe(true);
  });

  it('reading the same text again finds its source, and the rejected proposal stays rejected (not proposed again)', async () => {
    const before = await queue();
    expect(before.find((p) => p.id === rejected)?.state).toBe('rejected');
    await page.click('#review-add-source');
    await page.fill('#source-title', 'The same article, pasted again');
    await page.fill('#source-text', ARTICLE);
    await page.click('.add-source button[type=submit]');
    await page.waitForFunction(() => document.querySelector('.review-message')?.textContent?.startsWith('This text was read before'), undefined, { timeout: 240_000 });
    await page.waitForSelector('#review-queue li.proposal');
    const again = await queue();
    expect(again.map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(again.find((p) => p.id === rejected)?.state).toBe('rejected');

  });

  it('resolves an unresolved end by choosing a candidate among namesakes, and another as a new entity', async () => {
    const text = 'MOSCOW, May 5. Oleg Varenko was appointed Secretary-General of the CSTO on 1 January 2028.\n\nIvan Gromov was appointed Secretary-General of the CSTO on 1 January 2030.';
    const ingested = await api('mutation($s: SourceDocumentInput!) { ingestSource(source: $s) { source { id } proposals { id fromText from { id } fromNew { id } } } }', {
      s: { title: 'Two appointments', published: '2026-05-05', text },
    });
    expect(ingested.errors).toBeUndefined();
    const sourceId = ingested.data.ingestSource.source.id;
    for (const [id, start] of [['oleg-varenko-general', '1951'], ['oleg-varenko-diplomat', '1968']] as const) {
      const answer = await api('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: { id, kind: 'PERSON', name: 'Oleg Varenko', start, citations: [{ source: sourceId }] } });
      expect(answer.errors).toBeUndefined();
      createdEntities.add(id);
    }
    await page.click('#review-open-queue');
    await page.waitForFunction(() => /^\d+ open proposals?\b/.test(document.querySelector('.review-message')?.textContent ?? ''));
    const find = async (name: string) => (await queue()).findIndex((p) => p.state === 'open' && (p.fact.includes(`“${name}”`) || p.fact.includes(`${name} (new person)`)));

    // Oleg Varenko: two people have the name; both are offered, with their kind and dates.
    await moveTo(await find('Oleg Varenko'));
    await page.keyboard.press('e');
    await page.waitForSelector('.edit-form .end-from');
    expect(await page.textContent('.end-from .ambiguous')).toBe('2 known entities may be meant: choose one.');
    const offered = await page.$$eval('.end-from .candidate', (labels) => labels.map((l) => l.textContent!.trim()));
    expect(offered).toEqual(expect.arrayContaining(['Oleg Varenko (person, 1951 –)', 'Oleg Varenko (person, 1968 –)']));
    // Another entity, typed ahead: the search finds both by a part of the name.
    await page.fill('.end-from .other-search', 'Varenk');
    await page.waitForSelector('.end-from .search-results button.search-result');
    expect(await page.$$eval('.end-from .search-results button', (b) => b.map((x) => (x as HTMLElement).dataset.id))).toEqual(expect.arrayContaining(['oleg-varenko-general', 'oleg-varenko-diplomat']));
    await page.check('#end-from-oleg-varenko-diplomat');
    await shot('8-choose-candidate');
    await page.click('.edit-form button[type=submit]');
    await page.waitForSelector('#review-queue li.state-accepted .written >> text=Oleg Varenko HOLDS_POSITION');
    const varenko = (await api(`{ source(id: "${sourceId}") { proposals { fromText state relationship { id from { id } } } } }`)).data.source.proposals.find((p: any) => p.fromText === 'Oleg Varenko');
    expect(varenko).toMatchObject({ state: 'ACCEPTED', relationship: { from: { id: 'oleg-varenko-diplomat' } } });
    createdRelationships.add(varenko.relationship.id);

    // Ivan Gromov: no entity has the name; a new person, its name corrected by the reviewer.
    await moveTo(await find('Ivan Gromov'));
    await page.keyboard.press('e');
    await page.waitForSelector('.edit-form .end-from');
    expect(await page.isChecked('#end-from-new')).toBe(true);
    await page.fill('.end-from .new-name', 'Ivan A. Gromov');
    await page.selectOption('.end-from .new-kind', 'PERSON');
    await shot('9-new-entity');
    await page.click('.edit-form button[type=submit]');
    await page.waitForSelector('#review-queue li.state-accepted .written >> text=Ivan A. Gromov HOLDS_POSITION');
    const gromov = (await api('{ entity(id: "ivan-a-gromov") { kind name citations { source { id } } } }')).data.entity;
    expect(gromov).toEqual({ kind: 'PERSON', name: 'Ivan A. Gromov', citations: [{ source: { id: sourceId } }] });
    createdEntities.add('ivan-a-gromov');
    const written = (await api(`{ source(id: "${sourceId}") { proposals { fromText relationship { id } } } }`)).data.source.proposals.find((p: any) => p.fromText === 'Ivan Gromov');
    createdRelationships.add(written.relationship.id);
  });

  it('loads the queue of open proposals a page at a time as the reviewer scrolls or asks for more', async () => {
    // Enough open proposals for more than one page of 20.
    for (const file of ['en-minsk-summit-2023.txt', 'en-secretary-general-2025.txt', 'en-wire-chairmanship-2026.txt', 'en-membership-dispute-2024.txt', 'en-border-programme-2024.txt']) {
      if ((await api('{ proposals(state: OPEN) { totalCount } }')).data.proposals.totalCount > 45) break;
      const text = fs.readFileSync(path.join(repoRoot, 'bench', 'ingest-corpus', file), 'utf8');
      expect((await api('mutation($s: SourceDocumentInput!) { ingestSource(source: $s) { created } }', { s: { title: `Paging: ${file}`, published: '2026-01-01', text } })).errors).toBeUndefined();
    }
    const total = (await api('{ proposals(state: OPEN) { totalCount } }')).data.proposals.totalCount;
    expect(total).toBeGreaterThan(20);
    await page.click('#review-open-queue');
    await page.waitForFunction((n) => document.querySelector('.review-message')?.textContent?.startsWith(`${n} open proposals`), total);
    // The first page, then the rest: by "More" (or scrolling it into view), until none is left.
    for (let i = 0; i < 10 && (await page.$('#queue-more')); i += 1) {
      const shown = (await queue()).length;
      await page.click('#queue-more').catch(() => undefined);
      await page.waitForFunction((n) => document.querySelectorAll('#review-queue li.proposal').length > n || !document.querySelector('#queue-more'), shown);
    }
    await shot('10-queue-paged');
    const shown = await queue();
    const ids = shown.map((p) => p.id);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);

    // Accept all open: every proposal that needs no choice and has a reference (other suites on this
    // database leave unreferenced ones from Wikidata), in one call, one release.
    const releases = async () => (await api('{ releases(first: 1) { totalCount edges { node { number origin } } } }')).data.releases;
    const was = await releases();
    const ready = shown.filter((p) => p.state === 'open' && p.relation !== 'conflicts' && !p.unreferenced && !p.fact.includes('?')).length;
    expect(ready).toBeGreaterThanOrEqual(2);
    await page.click('#accept-all');
    await page.waitForFunction(() => !/^\d+ open proposal/.test(document.querySelector('.review-message')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const now = await releases();
    expect(await page.textContent('.review-message')).toBe(`Accepted ${ready} proposals, written in release ${now.edges[0].node.number}.`);
    expect(now.totalCount).toBe(was.totalCount + 1);
    expect(now.edges[0].node.origin).toMatch(/^review:/);
    await shot('11-accept-all');
  });
});
