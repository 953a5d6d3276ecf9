import type { IncomingMessage } from 'node:http';
import { COMPRESSION_THRESHOLD, encodingFor } from '../../src/http/compression';

const asking = (acceptEncoding?: string) => ({ headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }) as IncomingMessage;

describe('the encoding of an answer', () => {
  it('is negotiated from each Accept-Encoding value, the same when the value comes again', () => {
    const cases: Array<[string | undefined, string | null]> = [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', null],
      ['deflate', null],
      [undefined, null],
    ];
    // Twice over, interleaved: a value remembered must not answer for another.
    for (const round of [1, 2]) {
      for (const [header, expected] of cases) expect([round, header, encodingFor(asking(header), COMPRESSION_THRESHOLD)]).toEqual([round, header, expected]);
    }
  });

  it('is none for an answer under the threshold, whatever the client takes', () => {
    expect(encodingFor(asking('gzip, deflate, br'), COMPRESSION_THRESHOLD - 1)).toBeNull();
    expect(encodingFor(asking('gzip, deflate, br'), COMPRESSION_THRESHOLD)).toBe('br');
  });

  it('still negotiates once many distinct values have been seen', () => {
    for (let i = 0; i < 200; i += 1) expect(encodingFor(asking(`gzip;q=0.${(i % 9) + 1}, x-${i}`), COMPRESSION_THRESHOLD)).toBe('gzip');
    expect(encodingFor(asking('br'), COMPRESSION_THRESHOLD)).toBe('br');
  });
});
