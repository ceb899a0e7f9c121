// A tooltip drawn at a fixed place on screen, beside the element it explains: a scrolling panel's
// `overflow` would clip it if it stayed inside.

const GAP = 6;
const MARGIN = 8;

/** Puts `tip` (position: fixed) right of `anchor`, or below it when there is no room, inside
 *  the viewport. */
export function placeBeside(anchor: Element, tip: HTMLElement): void {
  const a = anchor.getBoundingClientRect();
  const w = tip.offsetWidth || 300;
  const h = tip.offsetHeight || 200;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  let left = a.right + GAP;
  let top = a.top;
  if (left + w > vw - MARGIN) {
    left = Math.max(MARGIN, Math.min(a.left, vw - w - MARGIN));
    top = a.bottom + GAP;
    if (top + h > vh - MARGIN && a.top - GAP - h >= MARGIN) top = a.top - GAP - h;
  } else top = Math.max(MARGIN, Math.min(top, vh - h - MARGIN));
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}
