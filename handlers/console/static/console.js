// The console's only script: live updates (Server-Sent Events) and the SMS counter.
// Plain script, no build step. HTML swapped in comes from our own server, escaped there.
"use strict";

(function () {
  var body = document.body;
  var liveStatus = document.getElementById("live-status");
  var regions = Array.prototype.slice.call(document.querySelectorAll("[data-refresh]"));

  function announce(text) {
    if (liveStatus && text) {
      liveStatus.textContent = "";
      window.setTimeout(function () { liveStatus.textContent = text; }, 50);
    }
  }

  function toLogin() {
    window.location.href = "/console/login?next=" + encodeURIComponent(window.location.pathname);
  }

  function gone(region) {
    var note = document.createElement("p");
    note.className = "error";
    note.setAttribute("role", "alert");
    note.textContent = body.dataset.textGone || "";
    region.replaceChildren(note);
    delete region.dataset.refresh;
  }

  // The element to focus again after a swap: the same link, or the same id.
  function focusKey(region) {
    var active = document.activeElement;
    if (!active || !region.contains(active)) { return null; }
    return active.getAttribute("href") || (active.id ? "#" + active.id : null);
  }

  function refocus(region, key) {
    if (!key) { return; }
    var target = key.charAt(0) === "#" ? document.getElementById(key.slice(1))
      : region.querySelector("a[href='" + key.replace(/'/g, "") + "']");
    if (target) { target.focus(); }
  }

  // Re-read a region's HTML; `tell` announces the change to screen readers (live events only,
  // not the catch-up after each reconnection, which would be noise).
  function refresh(region, tell) {
    if (!region.dataset.refresh) { return; }
    if (region.busy) { region.again = true; region.tell = region.tell || tell; return; }
    region.busy = true;
    var url = region.dataset.refresh;
    if (region.dataset.version) { url += "?known=" + encodeURIComponent(region.dataset.version); }
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (response.status === 401) { toLogin(); return null; }
        if (response.status === 404) { gone(region); return null; }
        if (response.status === 204 || !response.ok) { return null; }
        var version = response.headers.get("X-Timeline-Version");
        return response.text().then(function (html) {
          if (version) { region.dataset.version = version; }
          if (html === region.seen) { return; }
          region.seen = html;
          var key = focusKey(region);
          region.innerHTML = html;
          refocus(region, key);
          if (tell) { announce(body.dataset.textUpdated); }
        });
      })
      .catch(function () { /* the next event or reconnection tries again */ })
      .then(function () {
        region.busy = false;
        if (region.again) {
          var again = region.tell;
          region.again = false;
          region.tell = false;
          refresh(region, again);
        }
      });
  }

  function listen() {
    if (!body.dataset.events || !window.EventSource || !regions.length) { return; }
    var source = new EventSource(body.dataset.events);
    // On every (re)connection: catch up on whatever changed while not connected.
    // Streams end every few seconds and reconnect by themselves (see handlers/console/live.py).
    source.addEventListener("open", function () {
      regions.forEach(function (region) { refresh(region, false); });
    });
    source.addEventListener("change", function (event) {
      var data = JSON.parse(event.data);
      regions.forEach(function (region) {
        if (!region.dataset.family || region.dataset.family === String(data.family_id)) {
          refresh(region, true);
        }
      });
    });
    source.addEventListener("refresh", function () {
      regions.forEach(function (region) { refresh(region, true); });
    });
    // A stranger wrote (leads only): the lead view's intake list re-reads.
    source.addEventListener("intake", function () {
      regions.forEach(function (region) {
        if (region.dataset.intake) { refresh(region, true); }
      });
    });
    source.addEventListener("signed-out", function () { source.close(); toLogin(); });
  }

  // The SMS counter asks the server, which counts exactly as the SMS channel bills.
  function counter() {
    var text = document.getElementById("reply-body");
    var label = document.getElementById("segments");
    var warning = document.getElementById("segments-warning");
    if (!text || !label || !warning) { return; }
    var timer = null;
    var asked = null;
    function ask() {
      var value = text.value;
      if (value === asked) { return; }
      asked = value;
      fetch("/console/segments", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ text: value })
      }).then(function (response) {
        if (response.status === 401) { toLogin(); return null; }
        return response.ok ? response.json() : null;
      }).then(function (data) {
        if (!data || text.value !== value) { return; }
        label.textContent = data.label;
        warning.hidden = !data.warn;
      }).catch(function () { asked = null; });
    }
    text.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, 150);
    });
    if (text.value) { ask(); }
  }

  // A form is sent once: a double click must not send a family the same message twice.
  // Listened for on the document, so forms swapped in later (free times, requests) count too.
  function once() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!form.matches || !form.matches("form[method='post']")) { return; }
      if (form.dataset.sending) { event.preventDefault(); return; }
      form.dataset.sending = "yes";
    });
    // Coming back with the browser's Back button shows the page from its cache: allow again.
    window.addEventListener("pageshow", function () {
      Array.prototype.forEach.call(document.querySelectorAll("form[data-sending]"), function (f) {
        delete f.dataset.sending;
      });
    });
  }

  // Canned replies: the server has chosen each member's version (their language, else the
  // team's default); the script only puts the chosen one into the reply box.
  function canned() {
    var box = document.getElementById("canned");
    var choice = document.getElementById("reply-canned");
    var insert = document.getElementById("reply-insert");
    var member = document.getElementById("reply-member");
    var text = document.getElementById("reply-body");
    if (!box || !choice || !insert || !member || !text) { return; }
    var texts = JSON.parse(box.dataset.texts || "{}");
    box.hidden = false;
    insert.addEventListener("click", function () {
      var versions = texts[choice.value] || {};
      var found = versions[member.value];
      if (!found) { choice.focus(); return; }
      text.value = text.value.trim() ? text.value.replace(/\s+$/, "") + "\n\n" + found : found;
      text.dispatchEvent(new Event("input"));
      text.focus();
    });
  }

  // What takes the server longer (the search for free times) comes after the page: each
  // `data-load` region is fetched once. Should that fail, its link does the search as a page.
  function later() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-load]"), function (region) {
      region.setAttribute("aria-busy", "true");
      fetch(region.dataset.load, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) {
          if (response.status === 401) { toLogin(); return null; }
          return response.ok ? response.text() : null;
        })
        .then(function (html) { if (html !== null) { region.innerHTML = html; } })
        .catch(function () { /* the link stays */ })
        .then(function () { region.removeAttribute("aria-busy"); });
    });
  }

  later();
  listen();
  counter();
  once();
  canned();
})();
