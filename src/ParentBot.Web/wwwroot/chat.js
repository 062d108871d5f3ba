// The web chat page: a thin client of the /api/chat API (DESIGN §3). All texts come from the server.
(() => {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("input");
  const storeKey = "parentbot.session";
  let sessionId = localStorage.getItem(storeKey);
  let lastSeq = 0;
  let busy = false;

  function bubble(text, who, dir) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    div.dir = dir || "auto";
    div.textContent = text; // never innerHTML: texts may contain what a parent typed
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  function show(messages) {
    for (const m of messages) {
      if (m.seq <= lastSeq) continue;
      lastSeq = m.seq;
      const div = bubble(m.text, "bot", m.direction);
      div.dataset.seq = m.seq;
      if (m.ref) div.dataset.ref = m.ref;
      document.documentElement.dir = m.direction;
      if (m.attachment) {
        // A calendar file and the like: a plain download link, its name set as text, never as HTML.
        const a = document.createElement("a");
        a.className = "attachment";
        a.href = m.attachment.url;
        a.download = m.attachment.name;
        a.textContent = "📎 " + m.attachment.name;
        div.appendChild(a);
      }
      if (m.buttons && m.buttons.length) {
        const box = document.createElement("div");
        box.className = "buttons";
        for (const row of m.buttons) {
          const r = document.createElement("div");
          r.className = "row";
          for (const b of row) {
            const btn = document.createElement("button");
            btn.type = "button";
            btn.textContent = b.label;
            btn.dataset.value = b.value;
            btn.addEventListener("click", () => press(b));
            r.appendChild(btn);
          }
          box.appendChild(r);
        }
        div.appendChild(box);
      }
    }
  }

  async function call(method, url, body) {
    const res = await fetch(url, {
      method, headers: body ? { "Content-Type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 404 && sessionId) { localStorage.removeItem(storeKey); sessionId = null; }
    if (!res.ok) throw new Error(String(res.status));
    return res.json();
  }

  // A group's poster can link to /?join=MAMA26: the chat opens that invitation (after the language, if new).
  const join = (new URLSearchParams(location.search).get("join") || "").replace(/[^A-Za-z0-9]/g, "").slice(0, 12);

  async function openInvitation() {
    if (join) await post({ text: `/start join-${join}` }, null);
  }

  async function start() {
    if (sessionId) {
      try {
        show((await call("GET", `/api/chat/sessions/${sessionId}/messages?after=0`)).messages);
        await openInvitation();
        return;
      }
      catch { /* the session is gone: start a new one */ }
    }
    // A poster or a family centre's page can link to /?lang=ar so the chat opens in that language.
    const lang = new URLSearchParams(location.search).get("lang");
    let created;
    try { created = await call("POST", "/api/chat/sessions", lang ? { language: lang } : {}); }
    catch { created = await call("POST", "/api/chat/sessions", {}); }
    sessionId = created.sessionId;
    localStorage.setItem(storeKey, sessionId);
    show(created.messages);
    await openInvitation();
  }

  async function post(body, echo) {
    if (busy || !sessionId) return;
    busy = true;
    if (echo) bubble(echo, "me");
    try { show((await call("POST", `/api/chat/sessions/${sessionId}/messages`, body)).messages); }
    catch { const e = bubble("⚠", "error"); e.className = "error"; }
    finally { busy = false; }
  }

  function press(button) {
    for (const b of log.querySelectorAll(".row button")) b.disabled = true;
    post({ button: button.value }, button.label);
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    post({ text }, text);
  });

  // Messages the bot pushes later (reminders, staff answers) arrive here.
  setInterval(async () => {
    if (!sessionId || busy) return;
    try { show((await call("GET", `/api/chat/sessions/${sessionId}/messages?after=${lastSeq}`)).messages); } catch { }
  }, 5000);

  start();
})();
