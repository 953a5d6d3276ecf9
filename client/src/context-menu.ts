/** A small menu of buttons at a point of the graph (right-click or long-press on a node). */
export interface MenuItem {
  label: string;
  action: () => void;
}

/** Where the focus goes back to when the menu closes (the graph, when the keyboard opened it). */
let returnFocusTo: HTMLElement | null = null;

export function showMenu(menu: HTMLElement, at: { x: number; y: number }, title: string, items: MenuItem[]): void {
  if (menu.hidden) returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // The menu is drawn again when its per-type entries arrive: the item in focus keeps it.
  const focusedLabel = !menu.hidden && menu.contains(document.activeElement) ? document.activeElement?.textContent : null;
  menu.innerHTML = '';
  const heading = document.createElement('div');
  heading.className = 'menu-title';
  heading.textContent = title;
  menu.append(heading);
  for (const item of items) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = item.label;
    button.setAttribute('role', 'menuitem');
    button.addEventListener('click', () => {
      hideMenu(menu, true);
      item.action();
    });
    menu.append(button);
  }
  menu.hidden = false;
  // Kept inside the window: a node near an edge must not open a menu that is partly off screen.
  const { width, height } = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - width - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - height - 4))}px`;
  const buttons = [...menu.querySelectorAll<HTMLButtonElement>('button')];
  (buttons.find((button) => button.textContent === focusedLabel) ?? buttons[0])?.focus();
}

export function hideMenu(menu: HTMLElement, restoreFocus = false): void {
  if (menu.hidden) return;
  menu.hidden = true;
  if (restoreFocus) returnFocusTo?.focus();
  returnFocusTo = null;
}

/** Arrow keys, Home and End move between the items; Escape closes the menu and goes back. */
export function attachMenuKeys(menu: HTMLElement): void {
  menu.addEventListener('keydown', (event) => {
    const buttons = [...menu.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 };
    if (event.key in moves) {
      buttons[(moves[event.key]! + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      hideMenu(menu, true);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
}
