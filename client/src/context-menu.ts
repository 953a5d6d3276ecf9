/** A small menu of buttons at a point of the graph (right-click or long-press on a node). */
export interface MenuItem {
  label: string;
  action: () => void;
}

export function showMenu(menu: HTMLElement, at: { x: number; y: number }, title: string, items: MenuItem[]): void {
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
      hideMenu(menu);
      item.action();
    });
    menu.append(button);
  }
  menu.hidden = false;
  // Kept inside the window: a node near an edge must not open a menu that is partly off screen.
  const { width, height } = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - width - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - height - 4))}px`;
  menu.querySelector<HTMLButtonElement>('button')?.focus();
}

export function hideMenu(menu: HTMLElement): void {
  menu.hidden = true;
}
