// The teacher's page, for the projector: the room as the server sends it after every event, and
// the controls to pace the lesson. It opens with the teacher link printed at start
// (/teacher#TOKEN); the token is kept in the tab and taken out of the address bar, so the
// projector never shows it. Everything students typed goes in as text (textContent), never as
// markup.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const store = window.sessionStorage;
  const fromLink = location.hash.slice(1);
  if (fromLink) {
    store.setItem('caviar.teacher', fromLink);
    history.replaceState(null, '', location.pathname);
  }
  const token = store.getItem('caviar.teacher') || '';
  const state = $('state');
  const anonymous = $('anonymous');
  const contrast = $('contrast');
  anonymous.checked = store.getItem('caviar.anonymous') === '1';
  contrast.checked = store.getItem('caviar.contrast') === '1';
  document.body.classList.toggle('contrast', contrast.checked);

  let ws = null;
  let room = null;
  let retries = 0;
  let refused = false;

  const el = (tag, text, className) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  };
  const send = (message) => ws && ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(message));

  /** A seat's name as the projector shows it: "Student 3" when anonymous. */
  function namer(view) {
    const numbers = new Map(view.seats.map((s, i) => [s.name, i + 1]));
    return (name) => (name === null ? '' : anonymous.checked ? `Student ${numbers.get(name) || '?'}` : name);
  }

  function render() {
    if (!room) return;
    const nameOf = namer(room);
    const held = room.holdAt ? ` Held at ${room.holdAt}.` : '';
    const online = room.seats.filter((s) => s.connected).length;
    state.textContent = `${room.seats.length} seats, ${online} online. The class is ${room.state}.${held}`;

    const phase = $('phase');
    if (phase.options.length !== room.phases.length) {
      phase.replaceChildren(...room.phases.map((p) => Object.assign(el('option', `${p.id}: ${p.title}`), { value: p.id })));
    }

    const tables = new Map();
    for (const s of room.seats) {
      const key = s.table === null ? 'none' : s.table;
      if (!tables.has(key)) tables.set(key, []);
      tables.get(key).push(s);
    }
    $('tables').replaceChildren(
      ...[...tables.entries()].map(([table, seats]) => {
        const card = el('article', undefined, 'table-card');
        card.append(el('h3', table === 'none' ? 'No table yet' : `Table ${table}`));
        const list = el('ul');
        for (const s of seats) {
          const where = s.finished ? `finished${s.ending ? `: ${s.ending}` : ''}` : s.phase ? `at ${s.phase}` : 'starting';
          list.append(el('li', `${nameOf(s.name)} (${s.role || 'no role yet'}), ${where}`, s.connected ? '' : 'offline'));
        }
        card.append(list);
        return card;
      }),
    );

    $('seats')
      .querySelector('tbody')
      .replaceChildren(
        ...room.seats.map((s) => {
          const row = el('tr', undefined, s.connected ? '' : 'offline');
          const cells = [
            nameOf(s.name),
            s.role || '-',
            s.table === null ? '-' : s.table,
            s.phase || '-',
            s.date || '-',
            s.turn,
            s.idleMinutes === null ? '-' : `${s.idleMinutes} min`,
            s.connected ? 'yes' : 'no',
            s.finished ? s.ending || 'yes' : '-',
            s.objectiveMet ? 'met' : '-',
          ];
          row.append(...cells.map((c) => el('td', c)));
          return row;
        }),
      );

    $('events').replaceChildren(
      ...room.events
        .slice(-12)
        .reverse()
        .map((e) => {
          const time = new Date(e.at).toLocaleTimeString();
          const who = e.seat ? ` ${nameOf(e.seat)}` : '';
          // A move or a message can name students: the projector shows it without the details.
          const detail = anonymous.checked && (e.kind === 'move' || e.kind === 'message') ? '' : e.detail ? `: ${e.detail}` : '';
          return el('li', `${time} ${e.kind}${who}${detail}`);
        }),
    );
  }

  /** A bar of the projector view: a <meter> (no inline style, which the page's CSP forbids). */
  function bar(row) {
    const line = el('div', undefined, 'bar-row');
    line.append(el('span', row.tie ? `${row.label} (tie)` : row.label, 'bar-label'));
    const meter = Object.assign(el('meter'), { min: 0, max: Math.max(row.of, 1), value: row.count });
    meter.setAttribute('aria-label', `${row.label}: ${row.count} of ${row.of}`);
    line.append(meter, el('span', `${row.count}`, 'bar-count'));
    return line;
  }

  /** The projector view of the class report: one card per role, from the server's {type: "report"}. */
  function renderReport(roles) {
    $('report').replaceChildren(
      ...(roles.length
        ? roles.map((r) => {
            const card = el('article', undefined, 'report-card');
            const objective = r.objective.of ? `, objective met by ${r.objective.met} of ${r.objective.of}` : '';
            card.append(el('h3', `${r.name}: ${r.students} student${r.students === 1 ? '' : 's'}, ${r.finished} finished${objective}`));
            card.append(el('h4', 'Endings'), ...r.endings.map(bar));
            if (!r.keys.length) card.append(el('p', 'No key decision reached yet.', 'hint'));
            for (const k of r.keys) card.append(el('h4', k.summary), ...k.options.map(bar));
            return card;
          })
        : [el('p', 'No student has made a choice yet.', 'hint')]),
    );
  }

  function connect() {
    if (!token) {
      state.textContent = 'Open this page with the teacher link printed when the class started (it ends in #...).';
      return;
    }
    ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/teacher/live`);
    ws.onopen = () => send({ type: 'hello', token });
    ws.onmessage = (event) => {
      const m = JSON.parse(event.data);
      if (m.type === 'room') {
        retries = 0;
        room = m;
        $('controls').hidden = false;
        render();
      } else if (m.type === 'report') {
        renderReport(m.roles);
      } else if (m.type === 'result') {
        $('result').textContent = m.text;
      } else if (m.type === 'refused') {
        refused = true;
        store.removeItem('caviar.teacher');
        state.textContent = m.reason;
      }
    };
    ws.onclose = () => {
      if (refused) return;
      retries += 1;
      const wait = Math.min(500 * 2 ** (retries - 1), 10_000);
      state.textContent = 'The connection to the class was lost: trying again...';
      setTimeout(connect, wait);
    };
  }

  $('hold-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if ($('phase').value) send({ type: 'act', action: 'hold', args: [$('phase').value] });
  });
  $('release').addEventListener('click', () => send({ type: 'act', action: 'release', args: [] }));
  $('pause').addEventListener('click', () => send({ type: 'act', action: 'pause', args: [] }));
  $('resume').addEventListener('click', () => send({ type: 'act', action: 'resume', args: [] }));
  $('message-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('message').value.trim();
    if (!text) return;
    send({ type: 'act', action: 'message', args: [text] });
    $('message').value = '';
  });
  anonymous.addEventListener('change', () => {
    store.setItem('caviar.anonymous', anonymous.checked ? '1' : '0');
    render();
  });
  contrast.addEventListener('change', () => {
    store.setItem('caviar.contrast', contrast.checked ? '1' : '0');
    document.body.classList.toggle('contrast', contrast.checked);
  });

  connect();
})();
