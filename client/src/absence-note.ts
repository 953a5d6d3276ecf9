import type { Absence } from '../../server/src/releases/absence';
import { ApiError } from './api';
import { escapeHtml } from './text';

export type { Absence };

/** The absence an error of a read reports, or null when it is another error. */
export function absenceOf(error: unknown): Absence | null {
  if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') return null;
  const absence = error.extensions.absence as Omit<Absence, 'message'> | undefined;
  return absence && typeof absence.release === 'number' ? { ...absence, message: error.message } : null;
}

/** The releases worth offering from an absence: the latest, and the last (or next) release that had the entity. */
export function absenceChoices(absence: Absence, viewingLatest: boolean): Array<{ release: number | null; label: string }> {
  const choices: Array<{ release: number | null; label: string }> = [];
  if (!viewingLatest && absence.retiredIn === undefined) choices.push({ release: null, label: 'Go to the latest release' });
  if (absence.retiredIn !== undefined && absence.retiredIn > 1) choices.push({ release: absence.retiredIn - 1, label: `Show release ${absence.retiredIn - 1}, the last that had it` });
  if (absence.backIn !== undefined) choices.push({ release: absence.backIn, label: `Show release ${absence.backIn}` });
  return choices;
}

/**
 * A plain note over the graph when the focus entity is not in the graph at the release viewed (added
 * later, or retired by then), in place of an empty graph and an error: what, which release, and buttons
 * to a release that has it.
 */
export class AbsenceNote {
  private readonly note: HTMLElement;
  /** The absence the note says now; null while it is hidden. */
  private said: Absence | null = null;

  constructor(
    graphArea: HTMLElement,
    private readonly go: (release: number | null) => void,
  ) {
    this.note = document.createElement('div');
    this.note.id = 'absence-note';
    this.note.setAttribute('role', 'status');
    this.note.hidden = true;
    graphArea.append(this.note);
  }

  get current(): Absence | null {
    return this.said;
  }

  show(absence: Absence, viewingLatest: boolean): void {
    this.said = absence;
    const choices = absenceChoices(absence, viewingLatest);
    this.note.innerHTML = `<p>${escapeHtml(absence.message)}</p>${choices
      .map((choice, i) => `<button type="button" data-choice="${i}" data-release="${choice.release ?? 'latest'}">${escapeHtml(choice.label)}</button>`)
      .join(' ')}`;
    this.note.querySelectorAll<HTMLButtonElement>('button').forEach((button) =>
      button.addEventListener('click', () => this.go(choices[Number(button.dataset.choice)]!.release)),
    );
    this.note.hidden = false;
  }

  hide(): void {
    this.said = null;
    this.note.hidden = true;
    this.note.innerHTML = '';
  }
}
