// Rupiah and dates as the workbench shows them: id-ID grouping, whole rupiah, no float noise.
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonScript } from './html.js';
import { day, percent, rupiah } from './format.js';

const plain = (s: string): string => s.replace(/\s/g, ' ');

describe('workbench formatting', () => {
  it('writes rupiah in whole rupiah with Indonesian grouping, whatever float noise the sum carries', () => {
    expect(plain(rupiah(4_500_000))).toBe('Rp 4.500.000');
    expect(plain(rupiah(0.1 + 0.2 + 1_234_566.7))).toBe('Rp 1.234.567');
    expect(plain(rupiah(1_000_000_000_000))).toBe('Rp 1.000.000.000.000');
    expect(plain(rupiah(-0.4))).toBe('Rp 0');
    expect(rupiah(Number.NaN)).toBe('–');
  });

  it('writes shares and dates for the reader', () => {
    expect(percent(0.955)).toBe('96%');
    expect(percent(0.5, 1)).toBe('50,0%');
    expect(day('2024-03-05', 'id')).toBe('5 Mar 2024');
    expect(day('2024-08-17', 'en')).toBe('17 Aug 2024');
  });

  it('escapes every interpolated value, and JSON data cannot close its script element', () => {
    const note = '<script>alert("x")</script> & \'';
    expect(html`<p>${note}</p>`.value).toBe(`<p>${escapeHtml(note)}</p>`);
    expect(html`<p>${note}</p>`.value).not.toContain('<script>');
    expect(html`<ul>${['a', '<b>'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
    const block = jsonScript('data', { note: '</script><script>alert(1)</script>' }).value;
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).toEqual({
      note: '</script><script>alert(1)</script>',
    });
  });
});
