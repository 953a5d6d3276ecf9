import { describeFact, extractFrom } from '../support/ingest';

/**
 * A seat whose organization the sentence leaves out (round 14b, MEMBER2): the organization named last before,
 * else the article's. Sentences written for the test, not taken from the corpus.
 */
const published = '2026-12-10';
const seats = (text: string) => extractFrom(text, published).proposals.map(describeFact).filter((fact) => fact.startsWith('HEADQUARTERED_IN '));

describe('ingest: "Its headquarters are in X", «Штаб-квартира находится в X»', () => {
  it('reads the seat of the organization named in the sentence before', () => {
    expect(seats('The CSTO was set up in 2002 by six states. Its seat is located in Moscow.')).toEqual(['HEADQUARTERED_IN csto → moscow']);
    expect(seats('ОДКБ появилась в 2002 году. Штаб-квартира расположена в Москве.')).toEqual(['HEADQUARTERED_IN csto → moscow']);
  });

  it('reads «… пройдёт в Москве, в штаб-квартире организации»', () => {
    expect(seats('ОДКБ готовит встречу. Она пройдёт в Москве, в штаб-квартире организации.')).toEqual(['HEADQUARTERED_IN csto → moscow']);
  });

  it('gives no seat where it is denied or only planned, nor a treaty’s', () => {
    expect(seats('ОДКБ появилась в 2002 году. Штаб-квартира не находится в Минске.')).toEqual([]);
    expect(seats('The CSTO was set up in 2002. Its headquarters could move to Minsk.')).toEqual([]);
    expect(seats('Договор о коллективной безопасности подписали в 1992 году. Штаб-квартира находится в Москве.')).toEqual([]);
  });
});
