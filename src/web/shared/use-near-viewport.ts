// Whether an element is on screen or close to it, once the page has had a moment to show what it has:
// charts and below-the-fold panels wait for this, so the figures and the pickers come first.
import { useEffect, useState } from 'react';

/**
 * A ref to attach and whether its element has come within `margin` of the viewport (after the browser
 * first went idle); it stays true from then on.
 */
export function useNearViewport<T extends Element>(margin = '200px'): [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near || !element) return;
    let observer: IntersectionObserver | null = null;
    const watch = () => {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            observer?.disconnect();
            setNear(true);
          }
        },
        { rootMargin: margin },
      );
      observer.observe(element);
    };
    // Idle first: a chart already in view still lets the first paint and the first click through.
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(watch, { timeout: 1000 })
      : window.setTimeout(watch, 200);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      observer?.disconnect();
    };
  }, [element, near, margin]);
  return [setElement, near];
}
