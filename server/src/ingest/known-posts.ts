/**
 * The posts the graph knows its people hold, carried on their gazetteer entries. A journalist writes
 * "President Rahmon said" or "at the request of President Tokayev" without naming the state, or names
 * another one as the object; the graph already says whose president he is. The server (from the
 * database) and the benchmark (from the dataset files) attach them through withKnownPosts, so both read
 * the same posts the same way.
 */
import type { GazetteerEntry, KnownPost } from './types';

/** A HOLDS_POSITION relationship as either source gives it. */
export interface HeldPost {
  type: string;
  from: string;
  to: string;
  role?: string | null;
}

/** The entries, each person's with the posts (with a role) the relationships give him; other entries unchanged. */
export function withKnownPosts(entries: GazetteerEntry[], relationships: Iterable<HeldPost>): GazetteerEntry[] {
  const posts = new Map<string, KnownPost[]>();
  for (const rel of relationships) {
    if (rel.type !== 'HOLDS_POSITION' || !rel.role) continue;
    const held = posts.get(rel.from) ?? [];
    if (!held.some((post) => post.role === rel.role && post.of === rel.to)) held.push({ role: rel.role, of: rel.to });
    posts.set(rel.from, held);
  }
  return entries.map((entry) => {
    const held = entry.kind.toUpperCase() === 'PERSON' ? posts.get(entry.id) : undefined;
    return held ? { ...entry, posts: held } : entry;
  });
}

/**
 * The one entity whose post of this role the person is known to hold ("President" → his state), among
 * the owners `accept` allows; none when he holds no such post or holds it of two.
 */
export function knownPostOwner(entry: GazetteerEntry | undefined, role: string, accept: (id: string) => boolean): string | undefined {
  const owners = new Set((entry?.posts ?? []).filter((post) => post.role === role && accept(post.of)).map((post) => post.of));
  return owners.size === 1 ? [...owners][0] : undefined;
}

/** The posts of a head of state or government: who leads a body as such chairs it in rotation, not as its standing head. */
const LEADERS = new Set(['President', 'Prime Minister']);

/**
 * A head of state or government said to lead a body ("Путин возглавит Совет коллективной безопасности", «Председатель СКБ ОДКБ,
 * президент Киргизии X») chairs it: the rotating chairmanship, as the labels read it since round 12; a standing head of a body
 * (a commission's chairman, a chief of staff) is no head of state. The head of a state holds a post in it (HOLDS_POSITION, as the
 * labels give a president's). Other facts unchanged.
 */
export function leadersChair<F extends { type: string; role?: string; from: { entityId?: string }; to: { entityId?: string } }>(facts: F[], entry: (id: string) => GazetteerEntry | undefined): F[] {
  return facts.map((fact) => {
    // «Глава Белоруссии X», «глава белорусского государства X»: the leader's post in his state, not the head of a body.
    if (fact.type === 'HEADS' && entry(fact.to.entityId ?? '')?.kind.toUpperCase() === 'STATE') return { ...fact, type: 'HOLDS_POSITION' };
    if (fact.type !== 'HEADS' || !fact.from.entityId) return fact;
    const leader = entry(fact.from.entityId)?.posts?.some((post) => LEADERS.has(post.role));
    return leader ? { ...fact, type: 'CHAIRS', role: 'chair' } : fact;
  });
}

/** The one state a person leads as its President or Prime Minister, as the graph knows: whose "his country" is. */
export function ledState(entry: GazetteerEntry | undefined, isState: (id: string) => boolean): string | undefined {
  const owners = new Set((entry?.posts ?? []).filter((post) => LEADERS.has(post.role) && isState(post.of)).map((post) => post.of));
  return owners.size === 1 ? [...owners][0] : undefined;
}
