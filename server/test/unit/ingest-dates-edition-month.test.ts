import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, published = '2026-11-20') => extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(describeFact);

// Written for the test: an exercise named by its edition ("Rubezh-2026") and dated by a month in the lead.
describe('ingest: an edition\'s year and the month the text gives it', () => {
  it('dates the edition by the month its sentence gives, not by the year of its name (RU)', () => {
    const text =
      'Учения в Киргизии\n\nНапомним, в сентябре на горном полигоне под Ошем прошли учения Коллективных сил быстрого развёртывания Центральноазиатского региона «Рубеж-2026».\n\n' +
      'В них участвовали военные Казахстана и Таджикистана.';
    expect(facts(text)).toEqual(
      expect.arrayContaining([
        'PARTICIPATES_IN collective-rapid-deployment-forces → rubezh 2026-09..2026-09',
        'PARTICIPATES_IN kazakhstan → rubezh 2026-09..2026-09',
        'PARTICIPATES_IN tajikistan → rubezh 2026-09..2026-09',
      ]),
    );
  });

  it('gives a later fact named by the edition the month an earlier fact of it has, the name\'s year being no date of its own (EN)', () => {
    const text =
      'Drills in the mountains\n\nIn September, on a range near Osh, the Collective Rapid Deployment Forces of the CSTO conducted the Rubezh-2026 exercise.\n\n' +
      'Troops from Kazakhstan and Tajikistan took part in Rubezh-2026.';
    expect(facts(text)).toEqual(expect.arrayContaining(['PARTICIPATES_IN kazakhstan → rubezh 2026-09..2026-09', 'PARTICIPATES_IN tajikistan → rubezh 2026-09..2026-09']));
  });

  it('keeps the year where the month given is of another year, or none is given', () => {
    const other =
      'Drills in the mountains\n\nIn September 2025, on a range near Osh, the Collective Rapid Deployment Forces of the CSTO conducted an exercise.\n\n' +
      'Troops from Kazakhstan and Tajikistan took part in Rubezh-2026.';
    expect(facts(other)).toEqual(expect.arrayContaining(['PARTICIPATES_IN kazakhstan → rubezh 2026..2026']));
    const none =
      'Учения в Киргизии\n\nНа горном полигоне под Ошем прошли учения Коллективных сил быстрого развёртывания Центральноазиатского региона «Рубеж-2026».\n\n' +
      'В них участвовали военные Казахстана.';
    expect(facts(none)).toEqual(expect.arrayContaining(['PARTICIPATES_IN collective-rapid-deployment-forces → rubezh 2026..2026', 'PARTICIPATES_IN kazakhstan → rubezh 2026..2026']));
  });
});
