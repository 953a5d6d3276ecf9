import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The undated facts of the two types between the forces and an exercise, sorted. */
const facts = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'CONDUCTS' || fact.type === 'PARTICIPATES_IN')
    .map(({ since: _since, until: _until, ...fact }) => describeFact(fact))
    .sort();

describe('ingest: the collective forces and their exercises (conducted where a verb says so, else taken part in)', () => {
  it('reads an exercise named as the forces\' as one they take part in, in English', () => {
    expect(facts('Last spring the Cobalt exercise of the Collective Rapid Reaction Forces took place in Armenia.')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → cobalt',
    ]);
    // The abbreviation is the same forces.
    expect(facts("Armenia wants the CRRF's Cobalt drills moved to the autumn.")).toEqual(['PARTICIPATES_IN collective-rapid-reaction-forces → cobalt']);
    expect(facts('Reporters were shown Echelon, the yearly drills of the Collective Rapid Reaction Forces.')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon',
    ]);
    expect(facts('A guide to the Collective Peacekeeping Forces and their exercise, Cobalt, came out on Monday.')).toEqual([
      'PARTICIPATES_IN collective-peacekeeping-forces → cobalt',
    ]);
  });

  it('reads «учение КСОР» and «учение с КСОР» as the forces taking part, in Russian', () => {
    expect(facts('Весной в Армении прошло учение Коллективных сил оперативного реагирования «Кобальт».')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → cobalt',
    ]);
    expect(facts('В мае под Ереваном завершилось совместное учение с КСОР «Эшелон».')).toEqual(['PARTICIPATES_IN collective-rapid-reaction-forces → echelon']);
  });

  it('reads a verb of holding as the forces conducting it, in English and Russian', () => {
    expect(facts('In May the Collective Rapid Reaction Forces staged the Cobalt exercise in Armenia.')).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt']);
    expect(facts('The Cobalt exercise was conducted by the Collective Peacekeeping Forces.')).toEqual(['CONDUCTS collective-peacekeeping-forces → cobalt']);
    expect(facts('В мае КСОР провели в Армении учение «Кобальт».')).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt']);
    // The exercise first: a relative clause whose subject is the forces, an infinitive passive after the exercise's clause.
    expect(facts('Armenia will host the Cobalt and Echelon drills, which the Collective Rapid Reaction Forces are to conduct near Gyumri.').filter((f) => f.startsWith('CONDUCTS'))).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
      'CONDUCTS collective-rapid-reaction-forces → echelon',
    ]);
    expect(facts('The Cobalt exercise is planned for Armenia next spring, to be run by the Collective Rapid Reaction Forces.')).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt']);
    // The object first, the forces in the nominative, then the verb.
    expect(facts('В мае в Армении пройдёт учение «Кобальт». Само учение Коллективные силы оперативного реагирования проведут под Ереваном.')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
    ]);
    // The verb first, then the pronoun of the exercises named before; and the place between the verb and the name.
    expect(facts('Осенью в Армении пройдут учения «Кобальт» и «Эшелон». Проводить их будут Коллективные силы оперативного реагирования.')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
      'CONDUCTS collective-rapid-reaction-forces → echelon',
    ]);
    expect(facts('В мае КСОР провели в Армении «Кобальт», крупнейшее за пять лет учение.')).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt']);
    // The relative pronoun as the object with the forces as the subject before the verb; a passive participle with the forces as agent.
    expect(facts('Соглашение касается учений, таких как «Кобальт», которые КСОР проводят ежегодно в разных странах.')).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt']);
    expect(facts('Он готовил учение «Кобальт», проводимое Коллективными миротворческими силами ОДКБ.')).toEqual(['CONDUCTS collective-peacekeeping-forces → cobalt']);
    // The genitive with an impersonal verb is the forces' exercise that someone holds: taken part in.
    expect(facts('Учения Коллективных сил оперативного реагирования «Кобальт» проведут в Армении.')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → cobalt',
    ]);
  });

  it('gives the body that directs the forces\' exercise the conduct of it, and the forces their part', () => {
    expect(facts('The Cobalt exercise of the Collective Rapid Reaction Forces was directed by the CSTO Joint Staff.')).toEqual([
      'CONDUCTS csto-joint-staff → cobalt',
      'PARTICIPATES_IN collective-rapid-reaction-forces → cobalt',
    ]);
    expect(facts('Совместное учение с КСОР «Кобальт» прошло под руководством Объединённого штаба ОДКБ.')).toEqual([
      'CONDUCTS csto-joint-staff → cobalt',
      'PARTICIPATES_IN collective-rapid-reaction-forces → cobalt',
    ]);
    // A body's own exercise is one it directs.
    expect(facts('The command-staff exercise of the CSTO Joint Staff ended on Friday.')).toEqual(['CONDUCTS csto-joint-staff → "command-staff exercise"']);
  });

  it('keeps the conduct where an article states both, not the part besides', () => {
    expect(facts('In May the Collective Rapid Reaction Forces held the Cobalt exercise in Armenia. The Cobalt exercise of the Collective Rapid Reaction Forces drew 2,000 troops.')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
    ]);
    expect(facts('В мае КСОР провели учение «Кобальт» в Армении. В учении КСОР «Кобальт» участвовали 2000 военнослужащих.')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
    ]);
    // Another exercise named as theirs keeps its own reading.
    expect(facts('In May the Collective Rapid Reaction Forces held the Cobalt exercise. The Echelon exercise of the Collective Rapid Reaction Forces follows in June.')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon',
    ]);
  });

  it('gives nothing where the forces did not hold it or it did not take place', () => {
    expect(facts('The Collective Rapid Reaction Forces did not hold the Cobalt exercise this year.')).toEqual([]);
    expect(facts('КСОР не провели учение «Кобальт» в этом году.')).toEqual([]);
    expect(facts('The Cobalt exercise, which the Collective Rapid Reaction Forces did not stage this year, was called off.')).toEqual([]);
    expect(facts('Само учение Коллективные силы оперативного реагирования так и не провели.')).toEqual([]);
    expect(facts('В мае в Армении прошли учения «Кобальт». Проводили их не КСОР, а армянские военные.')).toEqual([]);
    expect(facts('Он готовил учение «Кобальт», проводимое не Коллективными миротворческими силами ОДКБ.')).toEqual([]);
    expect(facts('Учение «Кобальт», которое КСОР так и не провели, перенесли.')).toEqual([]);
    // An exercise named as the forces' that its clause says was not held.
    expect(facts("The Cobalt exercise of the Collective Rapid Reaction Forces wasn't held this year.")).toEqual([]);
    expect(facts('Учения КСОР в Армении с тех пор не проводились.')).toEqual([]);
    expect(facts('Совместное учение с КСОР «Кобальт» в этом году так и не провели.')).toEqual([]);
  });
});
