/**
 * A city named after its class noun: "in the city of Dushanbe", «в г. Москве», «в городе Минске». The noun says
 * nothing the name does not, so the place's slot takes it in and every rule reading "in ⟦PLACE⟧" / «в ⟦PLACE⟧»
 * reads the venue as if the noun were absent. Only the noun right before the name: "the capital of Tajikistan"
 * names the city by its state, a different construction.
 */
import type { Slot } from './template';

const CLASS_NOUN_BEFORE = /(?<![\p{L}])(?:(?:the )?(?:city|town) of|г\.|гор\.|город|города|городе|городу|городом)[\s\u00a0]+$/iu;

/** Moves each PLACE slot's start back over a class noun right before it, in place. */
export function takeInPlaceClassNouns(paragraph: string, sentenceStart: number, slots: Slot[]): void {
  for (const slot of slots) {
    if (slot.kind !== 'PLACE') continue;
    const before = CLASS_NOUN_BEFORE.exec(paragraph.slice(Math.max(sentenceStart, slot.start - 20), slot.start));
    if (!before) continue;
    slot.start -= before[0].length;
    slot.text = paragraph.slice(slot.start, slot.end);
  }
}
