import { OTHER_EVENT_BEFORE, OTHER_EVENT_IN } from '../../src/ingest/other-event';

describe('ingest: words naming another event than the one reported on (one list, two anchorings)', () => {
  it('before a noun: the words at the end of the text, one word between at most, not a time', () => {
    expect(OTHER_EVENT_BEFORE.test('Delegates prepared for the next ')).toBe(true);
    expect(OTHER_EVENT_BEFORE.test('Делегаты готовят очередное выездное ')).toBe(true);
    expect(OTHER_EVENT_BEFORE.test('They discussed a ')).toBe(true);
    expect(OTHER_EVENT_BEFORE.test('Last year the ')).toBe(false);
    expect(OTHER_EVENT_BEFORE.test('the next summit opened and the ')).toBe(false);
  });

  it('in a phrase: the words anywhere, whole words only', () => {
    expect(OTHER_EVENT_IN.test('next session of the Council')).toBe(true);
    expect(OTHER_EVENT_IN.test('предыдущем заседании')).toBe(true);
    expect(OTHER_EVENT_IN.test('session of the Council')).toBe(false);
    expect(OTHER_EVENT_IN.test('Anniversary summit')).toBe(false);
  });
});
