// The student's page: a name and the class code, then caviar in a terminal (xterm.js) joined to
// a seat over a WebSocket. The code goes in the socket's first message, never in the address.
// The tab keeps the name and code (sessionStorage) so a reload or a dropped connection comes
// back to the same seat, where the story stands as it was left.
/* global Terminal, FitAddon */
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const form = $('join');
  const status = $('status');
  const seatBox = $('seat');
  const termBox = $('terminal');
  const readerBox = $('screen-reader');
  const contrastBox = $('contrast');
  const store = window.sessionStorage;

  readerBox.checked = store.getItem('caviar.screenReader') === '1';
  contrastBox.checked = store.getItem('caviar.contrast') === '1' || window.matchMedia('(prefers-contrast: more)').matches;
  document.body.classList.toggle('contrast', contrastBox.checked);

  let term = null;
  let fit = null;
  let ws = null;
  let who = null; // { name, code } once joined
  let retries = 0;
  let stopped = false;

  const say = (text) => (status.textContent = text);
  const send = (message) => ws && ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(message));

  const THEMES = {
    default: { background: '#1d1f21', foreground: '#e8e6e3', cursor: '#f0c674' },
    contrast: { background: '#000000', foreground: '#ffffff', cursor: '#ffff00' },
  };

  // The terminal's text follows the page's: the browser's text size and zoom scale both.
  const fontSize = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

  function makeTerminal() {
    if (term) term.dispose();
    term = new Terminal({
      fontSize: fontSize(),
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace',
      screenReaderMode: readerBox.checked,
      cursorBlink: false,
      scrollback: readerBox.checked ? 5000 : 0,
      theme: contrastBox.checked ? THEMES.contrast : THEMES.default,
    });
    fit = new FitAddon.FitAddon();
    term.loadAddon(fit);
    term.open(termBox);
    fit.fit();
    // A long paste goes in pieces: the server takes messages of up to 16 KiB.
    term.onData((data) => {
      for (let i = 0; i < data.length; i += 4000) send({ type: 'keys', data: data.slice(i, i + 4000) });
    });
    term.onResize(({ cols, rows }) => send({ type: 'resize', cols, rows }));
    // F6 gives the keyboard back to the page (the terminal takes every other key, Tab too).
    term.attachCustomKeyEventHandler((event) => {
      if (event.key !== 'F6') return true;
      if (event.type === 'keydown') {
        event.preventDefault();
        readerBox.focus();
      }
      return false;
    });
  }

  function connect() {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/seat`);
    ws = socket;
    socket.binaryType = 'arraybuffer';
    socket.onopen = () =>
      socket.send(
        JSON.stringify({
          type: 'join',
          name: who.name,
          code: who.code,
          cols: term.cols,
          rows: term.rows,
          screenReader: readerBox.checked,
          contrast: contrastBox.checked,
        }),
      );
    socket.onmessage = (event) => {
      if (socket !== ws) return; // an older connection of this page, being replaced
      if (typeof event.data !== 'string') {
        term.write(new Uint8Array(event.data));
        return;
      }
      const m = JSON.parse(event.data);
      if (m.type === 'joined') {
        retries = 0;
        store.setItem('caviar.name', who.name);
        store.setItem('caviar.code', who.code);
        say(`You are in the class as ${m.name}.`);
        form.hidden = true;
        seatBox.hidden = false;
        fit.fit();
        term.focus();
      } else if (m.type === 'refused' || m.type === 'closed') {
        stopped = true;
        if (m.type === 'refused') store.removeItem('caviar.code');
        say(m.reason);
        showForm();
      }
    };
    socket.onclose = () => {
      if (socket !== ws || stopped) return;
      // A dropped connection: the seat is kept on the server, so try again, less and less often.
      retries += 1;
      const wait = Math.min(500 * 2 ** (retries - 1), 10_000);
      say(`The connection was lost: trying again in ${Math.round(wait / 1000) || 1} s...`);
      setTimeout(() => socket === ws && !stopped && connect(), wait);
    };
  }

  function join(name, code) {
    who = { name, code };
    stopped = false;
    say('Joining...');
    seatBox.hidden = false; // the terminal needs its size before the first message
    makeTerminal();
    connect();
  }

  function showForm() {
    seatBox.hidden = true;
    form.hidden = false;
    $('name').value = (who && who.name) || store.getItem('caviar.name') || '';
    $('name').focus();
  }

  /** A switch changed while seated: the seat is joined again in the new way, where it stands. */
  function rejoin() {
    if (!who || stopped || !ws) return;
    const old = ws;
    ws = null;
    old.close();
    join(who.name, who.code);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = $('name').value.trim();
    const code = $('code').value.trim();
    if (!name || !code) return say('Type your name and the class code.');
    $('code').value = '';
    join(name, code);
  });

  readerBox.addEventListener('change', () => {
    store.setItem('caviar.screenReader', readerBox.checked ? '1' : '0');
    rejoin();
  });
  contrastBox.addEventListener('change', () => {
    store.setItem('caviar.contrast', contrastBox.checked ? '1' : '0');
    document.body.classList.toggle('contrast', contrastBox.checked);
    rejoin();
  });

  let resizing = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (!term) return;
      term.options.fontSize = fontSize();
      fit.fit();
    }, 100);
  });

  const name = store.getItem('caviar.name');
  const code = store.getItem('caviar.code');
  if (name && code) join(name, code);
  else showForm();
})();
