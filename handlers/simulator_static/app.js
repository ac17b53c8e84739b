// The family-phone simulator page: pick a phone, text as it, watch its conversation.
// Plain script, no build step; every text from the server is set with textContent (never HTML).
"use strict";

(function () {
  var POLL_MS = 1000;
  var PHONES_MS = 15000;
  var MAX = 1600;
  var ROLE = { parent: "parent", youth: "youth", child: "child", other: "other" };

  var el = function (id) { return document.getElementById(id); };
  var memberSelect = el("member");
  var otherForm = el("other-form");
  var otherInput = el("other");
  var errorBox = el("error");
  var phoneSection = el("phone");
  var phoneNumber = el("phone-number");
  var phoneWho = el("phone-who");
  var list = el("conversation");
  var empty = el("empty");
  var compose = el("compose");
  var bodyInput = el("body");
  var sendButton = el("send");
  var count = el("count");

  var phones = [];          // from /simulator/api/phones
  var current = null;       // the E.164 number shown
  var lastRendered = "";    // what the conversation was when last drawn
  var polling = false;
  var clientId = null;      // one id per composed text, kept until it is stored

  function randomId() {
    // crypto.getRandomValues works on plain http too (randomUUID needs a secure context).
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function showError(message) { errorBox.textContent = message || ""; }

  function describe(detail) {
    if (typeof detail === "string") { return detail; }
    if (Array.isArray(detail)) {
      return detail.map(function (d) {
        var loc = (d.loc || []).filter(function (p) { return p !== "body" && p !== "query"; });
        return (loc.length ? loc.join(".") + ": " : "") + d.msg;
      }).join("; ");
    }
    return "request failed";
  }

  function request(method, url, payload) {
    var init = { method: method, headers: { Accept: "application/json" } };
    if (payload !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    return fetch(url, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          throw new Error(describe(data.detail) || response.status + " " + response.statusText);
        }
        return data;
      });
    });
  }

  function loadPhones() {
    return request("GET", "/simulator/api/phones").then(function (data) {
      phones = data;
      var keep = memberSelect.value;
      while (memberSelect.options.length > 1) { memberSelect.remove(1); }
      var groups = {};
      data.forEach(function (p) {
        var key = String(p.family_id);
        if (!groups[key]) {
          groups[key] = document.createElement("optgroup");
          groups[key].label = p.family_name;
          memberSelect.appendChild(groups[key]);
        }
        var option = document.createElement("option");
        option.value = p.phone;
        option.textContent = p.member_name + " (" + (ROLE[p.member_role] || p.member_role) +
          ", " + p.language + ") " + p.display + (p.opted_out ? " · opted out" : "");
        groups[key].appendChild(option);
      });
      memberSelect.value = keep;
      if (current && memberSelect.value !== current) { memberSelect.value = ""; }
      if (current) { describePhone(); }
    }).catch(function (err) { showError("Could not load the phones: " + err.message); });
  }

  function describePhone() {
    var known = phones.filter(function (p) { return p.phone === current; })[0];
    phoneWho.textContent = known
      ? known.member_name + " · " + known.family_name + " · language " + known.language
      : "A number no family knows: its messages go to the team's intake.";
  }

  function choose(phone) {
    showError("");
    return request("GET", "/simulator/api/messages?phone=" + encodeURIComponent(phone))
      .then(function (data) {
        current = data.phone;
        lastRendered = "";
        clientId = null;
        phoneNumber.textContent = data.display;
        memberSelect.value = phones.some(function (p) { return p.phone === current; })
          ? current : "";
        phoneSection.hidden = false;
        describePhone();
        render(data.messages, true);
        history.replaceState(null, "", "#phone=" + encodeURIComponent(current));
      })
      .catch(function (err) { showError(err.message); });
  }

  function render(messages, scroll) {
    var signature = JSON.stringify(messages);
    if (signature === lastRendered) { return; }
    lastRendered = signature;
    var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    while (list.firstChild) { list.removeChild(list.firstChild); }
    messages.forEach(function (m) { list.appendChild(item(m)); });
    empty.hidden = messages.length > 0;
    if (scroll || atBottom) { list.scrollTop = list.scrollHeight; }
  }

  function item(m) {
    var li = document.createElement("li");
    li.className = m.direction;
    var who = document.createElement("span");
    who.className = "visually-hidden";
    who.textContent = m.direction === "in" ? "You wrote: " : "The team wrote: ";
    var bubble = document.createElement("div");
    bubble.className = "bubble";
    bubble.setAttribute("dir", "auto");
    bubble.textContent = m.body;
    var meta = document.createElement("div");
    meta.className = "meta";
    var parts = [new Date(m.created_at).toLocaleString()];
    if (m.kind === "auto") { parts.push("automatic answer"); }
    if (m.kind === "keyword") { parts.push("keyword"); }
    if (m.direction === "out") { parts.push(m.status + (m.reason ? ": " + m.reason : "")); }
    meta.textContent = parts.join(" · ");
    if (m.status === "failed") { meta.classList.add("failed"); }
    li.appendChild(who);
    li.appendChild(bubble);
    li.appendChild(meta);
    return li;
  }

  function poll() {
    if (!current || polling || document.hidden) { return; }
    polling = true;
    var phone = current;
    request("GET", "/simulator/api/messages?phone=" + encodeURIComponent(phone))
      .then(function (data) { if (phone === current) { render(data.messages, false); } })
      .catch(function (err) { showError("Could not refresh: " + err.message); })
      .then(function () { polling = false; });
  }

  function updateCount() { count.textContent = bodyInput.value.length + " / " + MAX; }

  function send(event) {
    event.preventDefault();
    if (!current || sendButton.disabled) { return; }
    var text = bodyInput.value;
    if (!text.trim()) { showError("body: a message needs some text"); return; }
    // The same id until the server has it: a double click or a retry is stored once.
    clientId = clientId || randomId();
    sendButton.disabled = true;
    showError("");
    request("POST", "/simulator/api/messages", { phone: current, body: text, client_id: clientId })
      .then(function () {
        clientId = null;
        bodyInput.value = "";
        updateCount();
        poll();
      })
      .catch(function (err) { showError(err.message); })
      .then(function () { sendButton.disabled = false; bodyInput.focus(); });
  }

  memberSelect.addEventListener("change", function () {
    if (memberSelect.value) { choose(memberSelect.value); }
  });
  otherForm.addEventListener("submit", function (event) {
    event.preventDefault();
    if (otherInput.value.trim()) { choose(otherInput.value.trim()); }
  });
  compose.addEventListener("submit", send);
  bodyInput.addEventListener("input", function () { clientId = null; updateCount(); });
  bodyInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { send(event); }
  });

  loadPhones().then(function () {
    var match = /^#phone=(.+)$/.exec(location.hash);
    if (match) { choose(decodeURIComponent(match[1])); }
  });
  setInterval(poll, POLL_MS);
  setInterval(loadPhones, PHONES_MS);
})();
