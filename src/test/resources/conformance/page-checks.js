/*
 * What axe-core leaves to people, checked in the page by AccessibilityTests: the skip link,
 * the focus indicator's contrast, controls wide enough for what they show, and status
 * badges that are not cut off. Each function returns a list of problems, one readable line each.
 */
window.trackerChecks = (() => {
  const channel = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const parse = (css) => {
    const m = css.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a] = m[1].split(/[ ,/]+/).filter((part) => part).map(Number);
    return { r, g, b, a: a === undefined ? 1 : a };
  };
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const contrast = (x, y) => {
    const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (c) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  /** The colour an element's box is painted on: its own or its nearest painted ancestor's. */
  const background = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a >= 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const describe = (e) => {
    let s = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
    if (e.classList.length) s += '.' + [...e.classList].join('.');
    const text = (e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return s + (text ? ' "' + text + '"' : '');
  };
  // The content of a closed <details> keeps its boxes but cannot be reached until opened (its summary can).
  const folded = (e) => { const d = e.closest('details:not([open])'); return d !== null && !d.querySelector(':scope > summary').contains(e); };
  const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !folded(e);
  const focusable = () => [...document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')]
    .filter((e) => !e.disabled && visible(e));
  const measure = (text, element) => {
    const canvas = measure.canvas || (measure.canvas = document.createElement('canvas'));
    const context = canvas.getContext('2d');
    const style = getComputedStyle(element);
    context.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
    return context.measureText(text).width;
  };
  const contentWidth = (e) => {
    const style = getComputedStyle(e);
    return e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };

  return {
    /** The first focusable element is a skip link to the content. */
    skipLinkFirst() {
      const link = focusable()[0];
      if (!link || link.tagName !== 'A' || link.getAttribute('href') !== '#content') {
        return ['the first focusable element is not a skip link (a href="#content") but ' + (link ? describe(link) : 'nothing')];
      }
      const problems = [];
      if (!document.getElementById('content')) problems.push('the skip link\'s target #content is missing');
      if (!link.textContent.trim()) problems.push('the skip link has no text');
      return problems;
    },

    /** The skip link has the focus (from the first Tab) and shows while it has it. */
    skipLinkShown() {
      const link = document.activeElement;
      if (!link || link.getAttribute('href') !== '#content') {
        return ['the first Tab does not reach the skip link but ' + (link ? describe(link) : 'nothing')];
      }
      const box = link.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || box.left < 0 || box.top < 0 || box.right > innerWidth) {
        return ['the focused skip link is not shown in the viewport: ' + JSON.stringify(box)];
      }
      return [];
    },

    /** Called after Enter on the skip link and one more Tab: the focus went past the header. */
    skippedToContent() {
      const content = document.getElementById('content');
      const inside = focusable().filter((e) => content.contains(e));
      if (inside.length === 0 || content.contains(document.activeElement)) return [];
      return ['after the skip link, Tab reaches ' + describe(document.activeElement) + ', not the content'];
    },

    /** Every focusable element shows a solid outline of at least 3:1 against what surrounds it. */
    focusIndicators() {
      const problems = new Map();
      for (const e of focusable()) {
        e.focus({ preventScroll: true });
        const style = getComputedStyle(e);
        const colour = parse(style.outlineColor);
        let problem = null;
        if (!e.matches(':focus-visible')) {
          problem = 'does not match :focus-visible when focused from the keyboard';
        } else if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || !colour || colour.a < 1) {
          problem = 'has no solid focus outline of 2px or more (' + style.outline + ')';
        } else {
          const around = background(e.parentElement);
          const ratio = contrast(colour, around);
          if (ratio < 3) {
            problem = 'has a focus outline of ' + ratio.toFixed(2) + ':1 against ' + hex(around) + ' (' + hex(colour) + ')';
          }
        }
        if (problem && !problems.has(problem)) problems.set(problem, describe(e));
        e.blur();
      }
      return [...problems].map(([problem, example]) => example + ' ' + problem);
    },

    /** Selects are wide enough to show any of their choices whole, date fields a whole date. */
    controlWidths() {
      const problems = [];
      for (const e of document.querySelectorAll('select, input[type=date]')) {
        if (!visible(e)) continue;
        const texts = e.tagName === 'SELECT' ? [...e.options].map((o) => o.text) : ['mm/dd/yyyy'];
        // Chromium's date field keeps room for its calendar button beside the date.
        const room = contentWidth(e) - (e.tagName === 'SELECT' ? 0 : 24);
        const widest = texts.reduce((w, t) => (measure(t, e) > measure(w, e) ? t : w), '');
        const needed = measure(widest, e);
        if (needed > room + 0.5) {
          problems.push(describe(e) + ' is ' + Math.round(room) + 'px wide inside, too narrow for "' + widest
              + '" (' + Math.ceil(needed) + 'px)');
        }
      }
      return problems;
    },

    /** Status badges are whole: not cut by the viewport or a scrolling container, nor by their own box. */
    statusBadgesWhole() {
      const problems = [];
      for (const badge of document.querySelectorAll('.status-badge')) {
        if (!visible(badge)) continue;
        const box = badge.getBoundingClientRect();
        let cut = box.left < 0 || box.right > document.documentElement.clientWidth + 0.5;
        for (let e = badge.parentElement; e && !cut; e = e.parentElement) {
          if (getComputedStyle(e).overflowX !== 'visible') {
            const clip = e.getBoundingClientRect();
            cut = box.left < clip.left - 0.5 || box.right > clip.right + 0.5;
          }
        }
        if (cut || badge.scrollWidth > badge.clientWidth + 1) {
          problems.push(describe(badge) + ' is cut off at ' + Math.round(box.left) + '..' + Math.round(box.right) + 'px');
        }
      }
      return problems;
    },

    /** The five status colours: white text readable on each, each far from the others, none green or red. */
    statusColours() {
      const problems = [];
      const lab = (c) => {
        const [r, g, b] = [c.r, c.g, c.b].map(channel);
        const f = (t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
        const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
          (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883].map(f);
        return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
      };
      const hue = (c) => {
        const [r, g, b] = [c.r, c.g, c.b].map((v) => v / 255);
        const max = Math.max(r, g, b), d = max - Math.min(r, g, b);
        if (d === 0) return null;
        const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
        return (h * 60 + 360) % 360;
      };
      const badges = [...document.querySelectorAll('.status-badge')].map((e) => ({
        name: e.textContent.trim(), background: parse(getComputedStyle(e).backgroundColor),
        text: parse(getComputedStyle(e).color) }));
      for (const badge of badges) {
        const ratio = contrast(badge.text, badge.background);
        if (ratio < 4.5) problems.push(badge.name + ': text at ' + ratio.toFixed(2) + ':1 on ' + hex(badge.background));
        const h = hue(badge.background);
        if (h !== null && (h < 15 || h > 345 || (h > 75 && h < 165))) {
          problems.push(badge.name + ': ' + hex(badge.background) + ' is a red or a green (hue ' + Math.round(h) + ')');
        }
      }
      badges.forEach((x, i) => badges.slice(i + 1).forEach((y) => {
        const distance = Math.hypot(...lab(x.background).map((v, k) => v - lab(y.background)[k]));
        if (distance < 20) {
          problems.push(x.name + ' and ' + y.name + ' look alike: ' + hex(x.background) + ' and '
              + hex(y.background) + ' are ' + distance.toFixed(0) + ' apart (CIE76 ΔE, 20 wanted)');
        }
      }));
      return problems;
    },
  };
})();
