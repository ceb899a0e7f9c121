// Numbers for the screen.
export const fmt = (n: number): string => String(Math.round(n * 10) / 10);
export const signed = (n: number): string => {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '±0';
};
export const percent = (p: number): string => `${Math.round(p * 100)}%`;
