import { describe, expect, it } from 'vitest';
import { cleanName, escapeHtml, escapeMarkdown, safeUrl } from '../src/escape.ts';
import { HOSTILE_NAMES } from './classroom/class.ts';

describe('escaping what students and stories wrote', () => {
  it('escapes HTML so that no tag, attribute or entity survives', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml("Tom & 'Jerry' &amp;")).toBe('Tom &amp; &#39;Jerry&#39; &amp;amp;');
    for (const name of HOSTILE_NAMES) expect(escapeHtml(name)).not.toMatch(/[<>"']/);
  });

  it('escapes Markdown formatting, links and raw HTML, and leaves plain words alone', () => {
    expect(escapeMarkdown('Plain words, a comma; and a full stop.')).toBe('Plain words, a comma; and a full stop.');
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('*bold* _it_ `code` a|b ~x~ back\\slash')).toBe('\\*bold\\* \\_it\\_ \\`code\\` a\\|b \\~x\\~ back\\\\slash');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('AT&T &amp;')).toBe('AT&amp;T &amp;amp;');
  });

  it('links only http(s) URLs', () => {
    expect(safeUrl('https://history.state.gov/x?a=1')).toBe('https://history.state.gov/x?a=1');
    expect(safeUrl('http://example.org')).toBe('http://example.org');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('https://x.org/"onmouseover=alert(1)')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });

  it('cleans a typed name to one line of plain text', () => {
    expect(cleanName('  Ada \n\t Lovelace  ')).toBe('Ada Lovelace');
    expect(cleanName('evil\u001b[31mred\u0007')).toBe('evil [31mred');
    expect(cleanName('abc\u202Eexe.txt')).toBe('abc exe.txt');
    expect(cleanName('x'.repeat(150))).toHaveLength(100);
    expect(cleanName('x'.repeat(150)).endsWith('…')).toBe(true);
  });
});
