import { LRUCache } from 'lru-cache';
import type { BodyEncoding } from '../http/compression';
import type { GraphVersion } from './version';

/** A successful read's answer, as it is sent on a hit. */
export interface CachedResponse {
  /** The JSON body sent on a hit (its extensions say `cache: "hit"`). */
  body: string;
  /** The body compressed, once per encoding a client asked for (compressing it on every hit cost more than the rest of a hit). */
  encoded: Partial<Record<BodyEncoding, Buffer>>;
  /**
   * The answers to POST hits, uncompressed (`identity`) and per encoding, with their headers: made on
   * the first such hit and shared by the entry's copies, so a hit writes them as they are.
   */
  posted: Partial<Record<BodyEncoding | 'identity', PostAnswer>>;
  contentType: string;
  etag: string;
  /** Pinned to releases: valid for ever (until a purge). Otherwise valid while the graph's version is `version`. */
  pinned: boolean;
  version: GraphVersion;
  /** The release (or the releases, pinned to several) that answered it: the `X-Orgraph-Release` header. */
  release: string;
}

/** A POST hit's body and its headers, as `writeHead` takes them (name, value, name, value…). */
export interface PostAnswer {
  body: string | Buffer;
  /** In bytes. */
  length: number;
  headers: string[];
}

export interface StoreLimits {
  maxEntries: number;
  maxBytes: number;
}

/** Bounded in entries and in bytes (each entry's body length), least recently used out first. */
export class ResponseStore {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(limits: StoreLimits) {
    this.entries = new LRUCache<string, CachedResponse>({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      // A body over the whole budget is simply not kept.
      sizeCalculation: (entry, key) => entry.body.length * 2 + key.length + (entry.encoded.br?.length ?? 0) + (entry.encoded.gzip?.length ?? 0),
    });
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /** Stores an entry; a copy of one with a compressed body added replaces it and is counted anew. */
  set(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry);
  }

  /** After a purge (the edits count moved), answers pinned to releases may have lost records: all go. */
  dropPinned(): void {
    for (const [key, entry] of this.entries.entries()) if (entry.pinned) this.entries.delete(key);
  }

  /** After a restore rewound the release head, every answer may be of a graph that is gone. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }
}
