import { extract } from '../../src/ingest/extract';
import { obliqueMention } from '../../src/ingest/russian';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-15' })
    .proposals.map(describeFact)
    .map((fact) => fact.replace(/ \S*\.\.\S*/u, ''))
    .sort();

describe('ingest (ru): a succession whose order the case tells', () => {
  it('tells an oblique surname from the nominative', () => {
    expect(obliqueMention('Тасмагамбетова', ['Имангали Тасмагамбетов'])).toBe(true);
    expect(obliqueMention('Бордюжу', ['Николай Бордюжа'])).toBe(true);
    expect(obliqueMention('Засем', ['Станислав Зась'])).toBe(true);
    expect(obliqueMention('Николай Бордюжа', ['Николай Бордюжа'])).toBe(false);
    expect(obliqueMention('Иванов', ['Николай Бордюжа'])).toBeUndefined();
  });

  it('reads the predecessor as the object of «сменить» in either order', () => {
    expect(facts('Бордюжу сменил Хачатуров.')).toEqual(['SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov']);
    expect(facts('Хачатуров сменил Бордюжу.')).toEqual(['SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov']);
  });

  it('gives both people the post named beside the succession, before, between or after them', () => {
    const both = [
      'HOLDS_POSITION imangali-tasmagambetov → csto [Secretary-General]',
      'HOLDS_POSITION stanislav-zas → csto [Secretary-General]',
      'SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov [Secretary-General]',
    ];
    expect(facts('На посту генерального секретаря ОДКБ Зася заменил Тасмагамбетов.')).toEqual(both);
    expect(facts('Зася на посту генсека ОДКБ сменил Тасмагамбетов.')).toEqual(both);
    expect(facts('Тасмагамбетов заменил Зася на посту генерального секретаря ОДКБ.')).toEqual(both);
    expect(facts('Зась передал полномочия генерального секретаря ОДКБ Тасмагамбетову.')).toEqual(both);
  });

  it('reads the participle before both names: the object first, then the successor', () => {
    expect(facts('Заменивший Зася Тасмагамбетов приступил к работе.')).toEqual(['SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov']);
  });

  it('reads no succession that is denied, negated or only rumoured', () => {
    expect(facts('Тасмагамбетов не сменит Масадыкова.')).toEqual([]);
    expect(facts('Слухи о том, что Сердюкова сменит Зась, не подтвердились.')).toEqual([]);
  });
});
