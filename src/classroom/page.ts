// The HTML page around a transcript, a class report or a handout: one self-contained file
// (styles inline, no script, no outside asset), readable on screen and printed. The terminal
// UI's themes carry over: `contrast` is black on white with heavier lines, and NO_COLOR
// (https://no-color.org) drops colour for greys.

import { escapeHtml } from '../escape.ts';
import { type Certainty, CERTAINTY } from './facts.ts';

export type PageTheme = 'default' | 'contrast';

/** Marks the pages caviar writes, so a report left in the hand-in folder is known for what it is. */
export const GENERATOR = 'caviar';

export interface PageOptions {
  title: string;
  theme: PageTheme;
  /** NO_COLOR is set: no colour, whatever the theme. */
  noColor: boolean;
  body: string;
  /** A wider page, for tables (the class report). */
  wide?: boolean;
  /** The class report's projector view: one screen per role. */
  projector?: boolean;
  /** A class for the body, for the styles of one kind of document ('transcript'). */
  className?: string;
  /** Put at the end of the body, unescaped: the hand-in block of a transcript. */
  trailer?: string;
}

const PALETTES = {
  default: '--ink:#1b1b1b;--paper:#fff;--muted:#555;--accent:#7a3412;--rule:#c9c2b8;--panel:#f6f1ea;--bar:#2f5f8a;--bar-alt:#b4622a;--weight:1px;',
  contrast: '--ink:#000;--paper:#fff;--muted:#000;--accent:#000;--rule:#000;--panel:#fff;--bar:#000;--bar-alt:#000;--weight:2px;',
  mono: '--ink:#111;--paper:#fff;--muted:#444;--accent:#111;--rule:#999;--panel:#f0f0f0;--bar:#333;--bar-alt:#777;--weight:1px;',
} as const;

function palette(theme: PageTheme, noColor: boolean): string {
  return theme === 'contrast' ? PALETTES.contrast : noColor ? PALETTES.mono : PALETTES.default;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0 auto;max-width:46rem;padding:2rem 1.25rem;background:var(--paper);color:var(--ink);font:1.05rem/1.55 Georgia,"Times New Roman",serif}
body.contrast{font-size:1.15rem;line-height:1.6}
body.wide{max-width:62rem}
td.file{font-size:.8rem;overflow-wrap:anywhere}
table.files td:first-child{width:40%}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.25;color:var(--accent)}
h1{font-size:1.7rem;margin:0 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-top:.4rem;border-top:var(--weight) solid var(--rule)}
h3{font-size:1.08rem;margin:1.4rem 0 .4rem}
p{margin:.45rem 0}
a{color:inherit}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.8rem 0;font-family:system-ui,sans-serif;font-size:.95rem}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.note{border-left:calc(var(--weight)*3) solid var(--accent);padding:.3rem .8rem;background:var(--panel)}
.muted{color:var(--muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.url{font-size:.8rem;word-break:break-all}
.scene{font-family:system-ui,sans-serif;font-size:.9rem;color:var(--muted);margin-top:1.2rem;text-transform:none}
.speaker{font-weight:bold}
.choice{margin:1rem 0;padding:.4rem .8rem;border:var(--weight) solid var(--rule);background:var(--panel);font-family:system-ui,sans-serif;font-size:.95rem;break-inside:avoid}
.choice .taken{font-weight:bold}
.choice .others{color:var(--muted);font-size:.88rem}
sup.ref{font-size:.7em;font-family:system-ui,sans-serif}
sup.ref a{text-decoration:none}
.fiction{color:var(--muted);font-family:system-ui,sans-serif;font-size:.8em}
ol.notes li,ul.facts li{margin:.4rem 0}
ul.handout{list-style:none;padding-left:0}
ul.handout li{padding-left:1.6em;text-indent:-1.6em}
.sources{font-size:.88rem;color:var(--muted)}
.disputed{font-family:system-ui,sans-serif;font-size:.78rem;font-weight:bold;border:var(--weight) solid var(--ink);padding:0 .25rem;margin-left:.3rem}
table{border-collapse:collapse;width:100%;font-family:system-ui,sans-serif;font-size:.9rem;margin:.5rem 0}
th,td{text-align:left;vertical-align:top;padding:.25rem .4rem;border-bottom:var(--weight) solid var(--rule)}
th{color:var(--muted);font-weight:600}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.chart{table-layout:fixed}
.chart col.c-label{width:55%}
.chart col.c-bar{width:30%}
.chart col.c-num{width:15%}
.chart svg{display:block;width:100%;height:1rem}
.chart .bar-fill{fill:var(--bar)}
.chart .bar-track{fill:none;stroke:var(--rule);stroke-width:1}
.chart.alt .bar-fill{fill:var(--bar-alt)}
.who{font-size:.8rem;color:var(--muted)}
figure{margin:1rem 0;break-inside:avoid}
figcaption{font-family:system-ui,sans-serif;font-weight:600;margin-bottom:.2rem}
figcaption .muted{font-weight:normal}
.point-meta{font-size:.82rem;color:var(--muted);font-family:system-ui,sans-serif}
nav.toc{font-family:system-ui,sans-serif;font-size:.95rem;margin:.6rem 0}
.tie{font-family:system-ui,sans-serif;font-size:.72rem;font-weight:bold;text-transform:uppercase;border:var(--weight) solid var(--accent);color:var(--accent);padding:0 .25rem;margin-left:.2rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem}
.pair h3{margin-top:.6rem}
table.breakdown{font-size:.8rem;margin:.2rem 0 0;width:auto}
table.breakdown th,table.breakdown td{padding:.1rem .5rem}
table.factlist td,table.factlist th{padding:.15rem .4rem}
table.factlist{font-size:.82rem}
p.never{font-size:.8rem;color:var(--muted)}
th.num{text-align:right}
.mark{display:inline-block;min-width:1.1em;margin-right:.3em;font-family:system-ui,sans-serif;font-weight:bold;color:var(--accent)}
.mark.inh{color:var(--muted);font-weight:normal}
.legend{font-family:system-ui,sans-serif;font-size:.88rem;color:var(--muted)}
.legend ul{list-style:none;padding-left:0;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.fno{font-family:system-ui,sans-serif;font-weight:bold;font-size:.85em}
ol.notes.fnum{list-style:none;padding-left:0}
p.nameline{display:flex;flex-wrap:wrap;gap:.3rem 2rem;font-family:system-ui,sans-serif;margin:.6rem 0}
.blank{display:inline-block;min-width:16rem;border-bottom:var(--weight) solid var(--ink)}.blank.short{min-width:7rem}
ol.sheet-items{list-style:none;padding-left:0}ol.sheet-items li{margin:.25rem 0;break-inside:avoid}
.codes{white-space:nowrap;font-family:system-ui,sans-serif;font-size:.85em;margin-left:.4rem}
.codes span{display:inline-block;min-width:1.4em;text-align:center;border:var(--weight) solid var(--rule);border-radius:.7em;margin-left:.15em}
.answer{font-family:system-ui,sans-serif;font-size:.85em}
.lines span{display:block;height:1.7rem;border-bottom:var(--weight) solid var(--rule)}
dl.glossary dt{font-weight:bold;font-family:system-ui,sans-serif;font-size:.92em}dl.glossary dd{margin:0 0 .3rem 0}
section.sheet+section.sheet,section.card+section.card{break-before:page}
ul.invented{padding-left:1.2em}
blockquote.excerpt{margin:.4rem 0 .2rem;padding:.2rem .8rem;border-left:calc(var(--weight)*3) solid var(--rule)}
@media (prefers-contrast:more){body{${PALETTES.contrast}}}
@media print{body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}h3{break-after:avoid}.choice,figure,tr{break-inside:avoid}a{text-decoration:none}
nav.toc{display:none}section.role,section.students,section.appendix{break-before:page}h2{border-top:0;margin-top:0}
figure.key{margin:.5rem 0}
body.transcript{font-size:8.4pt;line-height:1.25;column-count:2;column-gap:7mm;column-fill:auto}
body.transcript h1{font-size:13pt;column-span:all}body.transcript .meta,body.transcript .legend{column-span:all;font-size:8pt;margin:.2rem 0}
body.transcript h2{font-size:10pt;margin:.5rem 0 .2rem;padding:0}body.transcript h3{font-size:9pt;margin:.4rem 0 .1rem}
body.transcript p{margin:.12rem 0}body.transcript .scene{margin:.35rem 0 .1rem;font-size:7.8pt}
body.transcript .choice{margin:.2rem 0;padding:0 .3rem;font-size:7.8pt;line-height:1.2;border:0;border-left:calc(var(--weight)*2) solid var(--accent);background:none}body.transcript .choice .others{font-size:7pt}
body.transcript ol.notes li{margin:.1rem 0;font-size:7.6pt}body.transcript .sources,body.transcript .url{font-size:7pt}
body.worksheet{font-size:8pt;line-height:1.2}body.worksheet h2.glossary{break-before:page}body.worksheet h1{font-size:12pt;margin:0}body.worksheet h2{font-size:9.5pt;margin:.45rem 0 .15rem}
body.worksheet ol.sheet-items{column-count:2;column-gap:6mm;margin:.2rem 0}body.worksheet ol.sheet-items li{margin:.05rem 0}body.worksheet .sources,body.worksheet .url{font-size:7.4pt}
body.worksheet dl.glossary{column-count:2;column-gap:6mm;font-size:7.8pt;margin:0}body.worksheet ul.invented{column-count:2;column-gap:6mm;font-size:8pt;margin:0}body.worksheet .lines span{height:1.4rem}
body.worksheet p.q{margin:.3rem 0 0}body.worksheet ol.notes li{margin:.05rem 0;font-size:7.6pt}
body.transcript hr{margin:.2rem 0}.who{font-size:7.5pt}table{font-size:8.5pt}td.file{font-size:7.5pt}@page{margin:14mm 12mm}}
`;

// The projector view: one role a screen, sized for 1024×768 and larger; PgDn moves a screen.
const PROJECTOR_CSS = `
html{scroll-snap-type:y mandatory}
body.projector{max-width:none;padding:0;font:18px/1.3 system-ui,-apple-system,"Segoe UI",sans-serif}
.slide{scroll-snap-align:start;height:100vh;min-height:100vh;overflow:hidden;padding:18px 28px;display:grid;grid-template-columns:1fr 2.2fr;grid-template-rows:auto 1fr;gap:10px 28px}
.slide h2{grid-column:1/3;margin:0;border:0;padding:0;font-size:30px}
.slide h2 .muted{font-size:19px;font-weight:normal}
.slide h3{margin:0 0 6px;font-size:20px}
.pkeys{display:grid;grid-template-columns:1fr 1fr;gap:10px 22px;align-content:start}
.pkey{break-inside:avoid}
.psum{font-weight:600;margin-bottom:3px;font-size:17px}
.prow{display:grid;grid-template-columns:1fr 34% 2.2em;gap:8px;align-items:center;font-size:15px;margin:2px 0}
.pnum{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.pbar svg{display:block;width:100%;height:14px}
.bar-fill{fill:var(--bar)}.bar-track{fill:none;stroke:var(--rule);stroke-width:1}
.pbar.alt .bar-fill{fill:var(--bar-alt)}
@media print{.slide{break-after:page;height:auto}}
`;

export function htmlPage(o: PageOptions): string {
  const css = `:root{${palette(o.theme, o.noColor)}}${CSS}${o.projector ? PROJECTOR_CSS : ''}`;
  // The policy forbids scripts and outside loads even if something slipped past the escaping.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(o.title)}</title>
<style>${css}</style>
</head>
<body class="${o.theme}${o.wide ? ' wide' : ''}${o.projector ? ' projector' : ''}${o.className ? ` ${o.className}` : ''}">
${o.body}
${o.trailer ?? ''}
</body>
</html>
`;
}

/** The page theme for a command: --theme, else the player's UI setting; NO_COLOR from the environment. */
export function pageThemeOf(flag: string | undefined, settingsTheme: string, env: NodeJS.ProcessEnv): { theme: PageTheme; noColor: boolean } {
  const theme: PageTheme = (flag ?? settingsTheme) === 'contrast' ? 'contrast' : 'default';
  return { theme, noColor: Boolean(env.NO_COLOR) };
}

/** The certainty of a fact that is not documented, in its own word, after its statement. */
export function certaintyTag(c: Certainty): string {
  return c === 'documented' ? '' : ` <span class="disputed">${CERTAINTY[c].word}</span>`;
}
