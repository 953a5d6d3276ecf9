/**
 * Messages shown next to what caused them (a node of the graph, a button, a field), and taken away when
 * they no longer apply: at the next step, or when the analyst clicks or types elsewhere.
 */
export class Notices {
  private readonly box: HTMLElement;

  constructor(private readonly live: HTMLElement) {
    this.box = document.createElement('div');
    this.box.className = 'notice';
    this.box.hidden = true;
    this.box.setAttribute('role', 'status');
    document.body.append(this.box);
    // Stale as soon as the analyst does something else.
    document.addEventListener('pointerdown', (event) => {
      if (!this.box.contains(event.target as Node)) this.clear();
    }, true);
  }

  /** Shows `message` beside `near` (an element or a point on the page); in the status line when neither. */
  say(message: string, near: HTMLElement | { x: number; y: number } | null = null): void {
    this.clear();
    if (!message) return;
    if (!near) {
      this.live.textContent = message;
      return;
    }
    const at = near instanceof HTMLElement ? (({ left, bottom }) => ({ x: left, y: bottom + 4 }))(near.getBoundingClientRect()) : near;
    this.box.textContent = message;
    this.box.hidden = false;
    const { width, height } = this.box.getBoundingClientRect();
    this.box.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - width - 4))}px`;
    this.box.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - height - 4))}px`;
  }

  clear(): void {
    this.box.hidden = true;
    this.box.textContent = '';
    this.live.textContent = '';
  }
}
