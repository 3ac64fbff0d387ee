// Every command's usage line, apart from the commands themselves: `caviar --help` lists them
// all, and main loads a command's code only when it runs (a start loads what play needs only).

export const PLAY_USAGE =
  'caviar [play] [STORY] [--plain | --raw] [--floats ink|inkjs] [--seed N] [--saves DIR] [--continue | --load SLOT]\n' +
  '               [--record FILE]\n' +
  '               [--no-anim] [--theme default|contrast] [--mouse]\n' +
  '               [--role ID] [--student NAME] [--screen-reader] [--marks] [--watch]\n' +
  '               [--from KNOT[.STITCH]] [--path "2 1 3"]';

export const CHECK_USAGE = 'caviar check STORY [--format text|json|gcc]';

export const COMPILE_USAGE = 'caviar compile STORY.ink [-o FILE.json] [--count-all-visits]';

export const REPLAY_USAGE = 'caviar replay FILE [--plain] [--story STORY]';

export const TEST_USAGE = 'caviar test [FILES|DIRS] [--update] [--junit FILE]';

export const MAP_USAGE = 'caviar map [STORY] [--saves DIR] --out FILE.html|FILE.dot | caviar map [STORY] --class DIR | --data DIR [--out FILE.html|FILE.dot|FILE.txt]';

export const EXPLORE_USAGE =
  'caviar explore [STORY] [--random N | --exhaustive] [--seed S] [--max-depth D] [--time SECONDS]\n' +
  '               [--workers K] [--json FILE] [--html FILE] [--fail-on LIST] [--max-steps N] [--step-limit MS]\n' +
  '               [--max-states N] [--save-tests DIR] [--assert EXPR]... [--goal EXPR]...\n' +
  '               [--format text|ndjson|markdown] [--config FILE] [--path "2 1"]';

export const TRANSCRIPT_USAGE =
  'caviar transcript SAVE | --data DIR --student NAME [--summary] [--format md|html] [--out FILE] [--story STORY] [--saves DIR] [--theme default|contrast]';

export const CLASS_REPORT_USAGE =
  'caviar class-report DIR | --data DIR [--out FILE] [--format html|csv] [--projector] [--anonymous] [--all] [--story STORY] [--theme default|contrast]';

export const HANDOUT_USAGE =
  'caviar handout [STORY] [--role ID | --class DIR | --data DIR [--student NAME] | --roles | --sources] [--key] [--format md|html] [--out FILE] [--theme default|contrast]';

export const CLASS_USAGE = [
  'caviar class start [STORY] --data DIR [--host ADDR] [--ssh-port N] [--web-port N] [--code CODE] [--headless] [--assign pick|balanced]\n' +
    '                    [--hold-at PHASE] [--per-address N] [--max-seats N] [--idle-minutes N] [--theme default|contrast]',
  'caviar class status --data DIR [--json]',
  'caviar class hold PHASE | release | pause | resume | message [--table N] TEXT | move NAME TABLE | end   --data DIR',
  'caviar class export --data DIR --out DIR',
].join('\n       ');
