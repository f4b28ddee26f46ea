import { useState, type KeyboardEvent, type RefObject } from 'react';

export type GridPosition = { row: number; column: number };

/**
 * One cell of a grid in the tab order at a time (roving tabindex): arrow keys, Home/End and
 * PageUp/PageDown move focus between cells, as in the participation matrix.
 */
export function useRovingGrid(
  containerRef: RefObject<HTMLElement | null>,
  rows: number,
  columns: number,
) {
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  const [focused, setFocused] = useState(false);
  const row = Math.max(0, Math.min(active.row, rows - 1));
  const column = Math.max(0, Math.min(active.column, columns - 1));

  const move = (to: GridPosition) => {
    const next = {
      row: Math.max(0, Math.min(rows - 1, to.row)),
      column: Math.max(0, Math.min(columns - 1, to.column)),
    };
    setActive(next);
    containerRef.current
      ?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.column}"]`)
      ?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.target instanceof HTMLElement) || !event.target.dataset.cell) return;
    const here = { row, column };
    const moves: Record<string, GridPosition> = {
      ArrowRight: { ...here, column: column + 1 },
      ArrowLeft: { ...here, column: column - 1 },
      ArrowDown: { ...here, row: row + 1 },
      ArrowUp: { ...here, row: row - 1 },
      Home: { ...here, column: 0 },
      End: { ...here, column: columns - 1 },
      PageDown: { ...here, row: row + 10 },
      PageUp: { ...here, row: row - 10 },
    };
    const to = moves[event.key];
    if (!to) return;
    event.preventDefault();
    move(to);
  };

  const cellProps = (r: number, c: number) => ({
    tabIndex: r === row && c === column ? 0 : -1,
    'data-cell': `${r}:${c}`,
    onFocus: () => {
      setActive({ row: r, column: c });
      setFocused(true);
    },
  });

  return { active: { row, column }, focused, onKeyDown, cellProps };
}
