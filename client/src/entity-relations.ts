import type { EntityRelationsQuery } from './generated/graphql';
import { RELATIONSHIP_TYPE_NAMES } from '../../server/src/model/vocabulary';
import { relationshipWords } from './line-style';
import { escapeHtml } from './text';
import { datesText } from '../../server/src/model/holding';

export type EntityRelation = NonNullable<EntityRelationsQuery['entity']>['relationships']['edges'][number]['node'];

const cell = (text: string | null | undefined) => `<td>${text ? escapeHtml(text) : '<span class="meta">—</span>'}</td>`;
// An attested date stands in for the start a source did not give, so "in post in 2024" sorts among the dated.
const start = (relation: EntityRelation) => relation.since ?? relation.attested[0] ?? '9999';
const byDate = (a: EntityRelation, b: EntityRelation) => start(a).localeCompare(start(b)) || (a.until ?? '9999').localeCompare(b.until ?? '9999');
/** "1992-05-15 –", "attested 2024-02", "date unknown": what the sources say of its time, no more. */
const dates = (relation: EntityRelation) => datesText({ since: relation.since, until: relation.until, attested: relation.attested });

/** The end of a post the sources give a start but no end for: not known to be held "to the present". */
const NO_END = 'no end given';

/** A row whose first cell, the entity at the other end, selects the relationship in the graph (click or Enter). */
function row(relation: EntityRelation, other: string, cells: string[]): string {
  return `<tr><td><button type="button" class="show-edge" data-edge="${escapeHtml(relation.id)}" title="Show this relationship in the graph">${escapeHtml(other)}</button></td>${cells.join('')}</tr>`;
}

/** Posts held (relationships from this entity with a role) or posts and their holders (to it), over time. */
function postsTable(id: string, relations: EntityRelation[]): string {
  const posts = relations.filter((relation) => relation.role && relation.type !== 'SUCCEEDED_BY');
  if (posts.length === 0) return '';
  const held = posts.filter((relation) => relation.from.id === id);
  const holders = posts.filter((relation) => relation.to.id === id);
  const table = (title: string, who: string, list: EntityRelation[], other: (relation: EntityRelation) => string) =>
    list.length === 0
      ? ''
      : `<h3>${title}</h3><table class="posts"><thead><tr><th>${who}</th><th>Post</th><th>From</th><th>To</th><th>Status</th></tr></thead><tbody>${[...list]
          .sort((a, b) => a.role!.localeCompare(b.role!) || byDate(a, b))
          .map((relation) => row(relation, other(relation), [cell(relation.role), cell(relation.since ?? (relation.until ? null : dates(relation))), cell(relation.since && !relation.until ? NO_END : relation.until), cell(relation.status)]))
          .join('')}</tbody></table>`;
  return table('Posts held', 'At', held, (relation) => relation.to.name) + table('Posts and their holders', 'Holder', holders, (relation) => relation.from.name);
}

const typeRank = (key: string) => {
  const at = (RELATIONSHIP_TYPE_NAMES as readonly string[]).indexOf(key.split('|')[0]!);
  return at < 0 ? RELATIONSHIP_TYPE_NAMES.length : at;
};

/**
 * The entity's relationships in its details panel, grouped by type ("member of (2)"), each with the
 * entity at the other end, its dates, status and role, and a button that selects it in the graph;
 * then its posts, or the holders of its posts, as a table over time.
 */
export function renderRelations(section: HTMLElement, id: string, relations: EntityRelation[], total: number, select: (relation: EntityRelation) => void): void {
  const groups = new Map<string, EntityRelation[]>();
  for (const relation of relations) {
    const key = `${relation.type}|${relation.from.id === id ? 'out' : 'in'}`;
    groups.set(key, [...(groups.get(key) ?? []), relation]);
  }
  const heading = (key: string) => {
    const [type, direction] = key.split('|') as [string, string];
    return direction === 'out' ? `${relationshipWords(type)} →` : `← ${relationshipWords(type)}`;
  };
  section.innerHTML = `${postsTable(id, relations)}
    <h3>Relationships <span class="meta">(${total}${total > relations.length ? `, the first ${relations.length} listed` : ''})</span></h3>
    ${[...groups.entries()]
      // In the vocabulary's order, which puts membership first; a type's outgoing group before its incoming one.
      .sort((a, b) => typeRank(a[0]) - typeRank(b[0]) || b[0].localeCompare(a[0]))
      .map(
        ([key, list]) => `<h4>${escapeHtml(heading(key))} <span class="meta">(${list.length})</span></h4>
      <table class="relations"><thead><tr><th>${key.endsWith('out') ? 'To' : 'From'}</th><th>Dates</th><th>Status</th><th>Role</th></tr></thead><tbody>${[...list]
        .sort(byDate)
        .map((relation) => {
          const other = relation.from.id === id ? relation.to : relation.from;
          return row(relation, other.name, [cell(dates(relation)), cell(relation.status), cell(relation.role)]);
        })
        .join('')}</tbody></table>`,
      )
      .join('')}`;
  section.removeAttribute('aria-busy');
  const byId = new Map(relations.map((relation) => [relation.id, relation]));
  section.querySelectorAll<HTMLButtonElement>('button.show-edge').forEach((button) => button.addEventListener('click', () => select(byId.get(button.dataset.edge!)!)));
}
