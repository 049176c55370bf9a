/* Building the page's DOM from untrusted data, and formatting numbers.
 *
 * Everything shown comes from news articles, so it is untrusted: elements are made with
 * createElement and text with text nodes only (data is never parsed as markup), event handlers
 * are functions, never attributes, and a link gets an href only for an internal route or an
 * http(s) URL; anything else is shown as text.
 */
import { STATUS_LABEL } from './vocab.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

// -- DOM helpers: text only -------------------------------------------------------------------

function build(ns, tag, attrs, children) {
  const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k === 'class') el.setAttribute('class', v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href') { if (isSafeHref(v)) el.setAttribute('href', v); }
    else if (k === 'style' || k.startsWith('on')) throw new Error('refusing attribute ' + k);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of [].concat(children || [])) append(el, c);
  return el;
}
function append(el, c) {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) { c.forEach((x) => append(el, x)); return; }
  el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
}
export const h = (tag, attrs, ...children) => build(null, tag, attrs, children);
export const s = (tag, attrs, ...children) => build(SVG_NS, tag, attrs, children);
export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

/** Internal links (#/...) and http(s) URLs only. */
function isSafeHref(v) {
  const str = String(v);
  if (str.startsWith('#/') || str.startsWith('/api/') || str === '#') return true;
  return webUrl(str) !== null;
}
function webUrl(u) {
  if (typeof u !== 'string' || !/^https?:\/\//i.test(u.trim())) return null;
  try {
    const parsed = new URL(u.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) { return null; }
}
/** A link for an http(s) address; any other value is shown as plain text. */
export function externalLink(url, label) {
  const safe = webUrl(url);
  if (safe) return h('a', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source-link' }, label || safe);
  return h('span', { class: 'url-text', title: 'not a web address; shown as text' }, url);
}
export function badge(status) {
  const key = status || 'none';
  return h('span', { class: 'badge ' + key, 'data-status': key }, STATUS_LABEL[status] || status || 'unknown');
}
export function fmtNumber(n, digits) {
  return Number(n).toLocaleString('en', { maximumFractionDigits: digits === undefined ? 1 : digits });
}
export function fmtMoney(inv) {
  if (!inv || inv.amount === null || inv.amount === undefined) return '';
  const a = Number(inv.amount);
  let txt;
  if (Math.abs(a) >= 1e9) txt = fmtNumber(a / 1e9, 2) + ' bn';
  else if (Math.abs(a) >= 1e6) txt = fmtNumber(a / 1e6, 1) + ' m';
  else txt = fmtNumber(a, 0);
  return txt + (inv.currency ? ' ' + inv.currency : '');
}
export function fmtCapacity(cap) {
  if (!cap || cap.value === null || cap.value === undefined) return '';
  return fmtNumber(cap.value) + (cap.unit ? ' ' + cap.unit : '');
}
export function swatch(color) {
  return s('svg', { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true', class: 'swatch-svg' },
    s('rect', { width: 12, height: 12, rx: 2, fill: color }));
}
export function loading(text) { return h('div', { class: 'loading', role: 'status' }, text || 'Loading…'); }
export function errorBox(err) { return h('div', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err)); }
export function empty(title, ...rest) { return h('div', { class: 'empty' }, h('strong', {}, title), ...rest); }
/** ``str`` cut to ``n`` characters, with an ellipsis when cut. */
export function truncate(str, n) { return str.length > n ? str.slice(0, n - 1) + '…' : str; }
