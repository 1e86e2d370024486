"use strict";
// Pan and zoom over one inline SVG drawing by rewriting its viewBox: the wheel
// zooms about the pointer, a drag pans, and the keyboard (+, -, arrows, 0)
// and the toolbar's buttons do both. Nothing is redrawn or re-laid out; the
// browser scales the vector drawing. Written for the GeoStance report, no
// library: it needs a few dozen lines, and the page must stay one file that
// loads nothing.
const GeoStancePanZoom = (() => {
  const minimumZoom = 0.5, maximumZoom = 64, step = 1.5;

  // `svg`: the drawing; `onChange(zoom)` is called after every change of view
  // with the zoom (1 = the whole drawing fits); `home()`, when given, is what
  // the 0 key does instead of showing the whole drawing.
  function attach(svg, onChange, home) {
    const box = svg.viewBox.baseVal;
    const whole = { x: box.x, y: box.y, width: box.width, height: box.height };
    const view = Object.assign({}, whole);
    let frame = 0;

    function zoom() { return whole.width / view.width; }
    function apply() {
      svg.setAttribute("viewBox", [view.x, view.y, view.width, view.height].map((v) => v.toFixed(2)).join(" "));
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; onChange(zoom()); });
    }
    // The drawing's point under the client point (x, y).
    function drawingPoint(x, y) {
      const matrix = svg.getScreenCTM();
      if (!matrix) return { x: view.x + view.width / 2, y: view.y + view.height / 2 };
      const p = new DOMPoint(x, y).matrixTransform(matrix.inverse());
      return { x: p.x, y: p.y };
    }
    function centre() {
      const r = svg.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    // Zooms by `factor` keeping the drawing's point under (x, y) in place.
    function zoomBy(factor, x, y) {
      const target = Math.min(maximumZoom, Math.max(minimumZoom, zoom() * factor));
      factor = target / zoom();
      if (factor === 1) return;
      const at = x === undefined ? drawingPoint(centre().x, centre().y) : drawingPoint(x, y);
      view.x = at.x - (at.x - view.x) / factor;
      view.y = at.y - (at.y - view.y) / factor;
      view.width /= factor;
      view.height /= factor;
      apply();
    }
    // Moves the view by (dx, dy) client pixels.
    function panBy(dx, dy) {
      const r = svg.getBoundingClientRect();
      const perPixel = Math.max(view.width / (r.width || 1), view.height / (r.height || 1));
      view.x -= dx * perPixel;
      view.y -= dy * perPixel;
      apply();
    }
    // Shows the drawing's rectangle `r` (in viewBox units) with a margin,
    // no closer than `maximumZoom`.
    function fit(r) {
      const margin = 0.08;
      let width = Math.max(r.width * (1 + 2 * margin), whole.width / maximumZoom);
      let height = Math.max(r.height * (1 + 2 * margin), whole.height / maximumZoom);
      // Keep the drawing's aspect, so that the zoom is the same across and down.
      const aspect = whole.width / whole.height;
      if (width / height < aspect) width = height * aspect; else height = width / aspect;
      view.x = r.x + r.width / 2 - width / 2;
      view.y = r.y + r.height / 2 - height / 2;
      view.width = width;
      view.height = height;
      apply();
    }
    function reset() { Object.assign(view, whole); apply(); }

    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      zoomBy(Math.exp(-event.deltaY * lines * 0.002), event.clientX, event.clientY);
    }, { passive: false });

    // A drag pans; a drag longer than a few pixels is not a click on what it began on.
    let drag = null;
    svg.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    });
    svg.addEventListener("pointermove", (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      if (!drag.moved) {
        drag.moved = true;
        try { svg.setPointerCapture(event.pointerId); } catch (e) { /* a pointer the browser no longer tracks */ }
        svg.classList.add("gs-dragging");
      }
      drag.x = event.clientX;
      drag.y = event.clientY;
      panBy(dx, dy);
    });
    // The click that ends a drag follows its pointerup in the same task.
    let dragged = false;
    svg.addEventListener("click", (event) => {
      if (dragged) { event.stopPropagation(); event.preventDefault(); }
    }, { capture: true });
    function endDrag(event) {
      if (!drag || event.pointerId !== drag.id) return;
      if (drag.moved) {
        svg.classList.remove("gs-dragging");
        dragged = true;
        setTimeout(() => { dragged = false; }, 0);
      }
      drag = null;
    }
    svg.addEventListener("pointerup", endDrag);
    svg.addEventListener("pointercancel", endDrag);

    // The keyboard, once the drawing has the focus.
    svg.setAttribute("tabindex", "0");
    svg.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const r = svg.getBoundingClientRect(), by = Math.min(r.width, r.height) / 8;
      const moves = { ArrowLeft: [by, 0], ArrowRight: [-by, 0], ArrowUp: [0, by], ArrowDown: [0, -by] };
      if (event.key === "+" || event.key === "=") zoomBy(step);
      else if (event.key === "-" || event.key === "_") zoomBy(1 / step);
      else if (event.key === "0") (home || reset)();
      else if (moves[event.key]) panBy(moves[event.key][0], moves[event.key][1]);
      else return;
      event.preventDefault();
    });

    // The rectangle of the drawing in view, in viewBox units.
    function shown() { return Object.assign({}, view); }
    return { zoomIn: () => zoomBy(step), zoomOut: () => zoomBy(1 / step), zoomBy, panBy, fit, reset, zoom, shown };
  }
  return { attach };
})();
