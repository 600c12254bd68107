/* Waymark help site: offline search, copy-link buttons and the facet switcher. Dependency-free; every page reads
   and works without it. The search index is a script that sets window.waymarkSearch, so the
   search works from disk (file://) as well as from any static host. */
(function () {
  "use strict";

  /** Lowercase, without diacritics (é → e, Arabic tashkeel removed), for matching. */
  function fold(text) {
    // Combining marks: Latin diacritics and Arabic tashkeel (explicit ranges work in every browser).
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g, "").toLowerCase();
  }

  function setUpSearch() {
    var form = document.querySelector("form[data-search]");
    var index = window.waymarkSearch;
    if (!form || !index || !index.guides) return;
    var input = form.querySelector("input");
    var status = form.querySelector("[role=status]");
    var list = form.querySelector("ul");
    var base = form.getAttribute("data-base") || "";
    var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
    var guides = index.guides.map(function (guide) {
      return {
        guide: guide, title: fold(guide.title), summary: fold(guide.summary), topic: fold(guide.topic),
        steps: guide.steps.map(function (step) { return { step: step, text: fold(step.text) }; })
      };
    });
    form.hidden = false;

    /** Guides that contain every word; title matches rank first, then summary, topic, steps. */
    function search(query) {
      var words = fold(query).split(/\s+/).filter(Boolean);
      if (!words.length) return [];
      var results = [];
      guides.forEach(function (entry) {
        var score = 0;
        var matchesAll = words.every(function (word) {
          var found = false;
          if (entry.title.indexOf(word) >= 0) { score += 100; found = true; }
          if (entry.summary.indexOf(word) >= 0) { score += 10; found = true; }
          if (entry.topic.indexOf(word) >= 0) { score += 5; found = true; }
          return found || entry.steps.some(function (step) { return step.text.indexOf(word) >= 0; });
        });
        if (!matchesAll) return;
        var best = null, bestHits = 0;
        entry.steps.forEach(function (step) {
          var hits = words.filter(function (word) { return step.text.indexOf(word) >= 0; }).length;
          if (hits > bestHits) { bestHits = hits; best = step.step; }
        });
        results.push({ guide: entry.guide, step: best, score: score + bestHits });
      });
      results.sort(function (a, b) { return b.score - a.score || a.guide.title.localeCompare(b.guide.title); });
      return results.slice(0, 10);
    }

    function describe(count) {
      if (!count) return form.getAttribute("data-none") || "";
      var category = plural ? plural.select(count) : (count === 1 ? "one" : "other");
      var text = form.getAttribute("data-results-" + category) || form.getAttribute("data-results-other") || "{n}";
      return text.replace("{n}", String(count));
    }

    function show() {
      var query = input.value;
      var results = search(query);
      list.textContent = "";
      results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = base + result.guide.url + (result.step ? "#" + result.step.anchor : "");
        var title = document.createElement("span");
        title.className = "search-title";
        title.textContent = result.guide.title;
        link.appendChild(title);
        if (result.step) {
          var step = document.createElement("span");
          step.className = "search-step";
          step.textContent = result.step.text;
          link.appendChild(step);
        }
        item.appendChild(link);
        list.appendChild(item);
      });
      status.textContent = query.trim() ? describe(results.length) : "";
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    input.addEventListener("input", show);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && links().length) { event.preventDefault(); links()[0].focus(); }
      if (event.key === "Escape") { input.value = ""; show(); }
    });
    list.addEventListener("keydown", function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      if (event.key === "Escape") { event.preventDefault(); input.focus(); }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = links()[0];
      if (first) window.location.href = first.href;
    });
  }

  function setUpCopyLinks() {
    var main = document.querySelector("main[data-copy-link]");
    if (!main) return;
    var label = main.getAttribute("data-copy-link");
    var copied = main.getAttribute("data-link-copied");
    var anchors = main.querySelectorAll("li > p > span[id]:first-child, aside > p > span[id]:first-child");
    Array.prototype.forEach.call(anchors, function (anchor) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link";
      button.setAttribute("aria-label", label);
      button.title = label;
      button.textContent = "#";
      button.addEventListener("click", function () {
        var url = window.location.href.split("#")[0] + "#" + anchor.id;
        var done = function () {
          button.setAttribute("aria-label", copied);
          button.title = copied;
          button.textContent = "✓";
          window.setTimeout(function () {
            button.setAttribute("aria-label", label);
            button.title = label;
            button.textContent = "#";
          }, 2000);
        };
        // Without clipboard access (file://, old browsers) the address bar shows the link instead.
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(url).then(done, function () { window.location.hash = anchor.id; });
        } else {
          window.location.hash = anchor.id;
        }
      });
      anchor.parentNode.appendChild(document.createTextNode(" "));
      anchor.parentNode.appendChild(button);
    });
  }

  /* Issue 14: the facet switcher (platforms, variants). It shows the steps for the reader's
     choice and remembers it; without JavaScript every step stays on the page, labelled. */
  function setUpFacets() {
    var holder = document.querySelector("main .facet-switcher");
    if (!holder) return;
    [["platforms", "data-platforms", "data-platform-names"], ["variants", "data-variants", "data-variant-names"]].forEach(function (facet) {
      var anchors = document.querySelectorAll("main span[" + facet[1] + "]");
      if (!anchors.length) return;
      var names = {};
      Array.prototype.forEach.call(anchors, function (anchor) {
        var labels = (anchor.getAttribute(facet[2]) || "").split("|");
        anchor.getAttribute(facet[1]).split(" ").forEach(function (id, i) { if (!names[id]) names[id] = labels[i] || id; });
      });
      var select = document.createElement("select");
      select.id = "facet-" + facet[0];
      var all = document.createElement("option");
      all.value = "";
      all.textContent = holder.getAttribute("data-all");
      select.appendChild(all);
      Object.keys(names).sort().forEach(function (id) {
        var option = document.createElement("option");
        option.value = id;
        option.textContent = names[id];
        select.appendChild(option);
      });
      var label = document.createElement("label");
      label.htmlFor = select.id;
      label.textContent = holder.getAttribute("data-label");
      holder.appendChild(label);
      holder.appendChild(select);
      var key = "waymark.facet." + facet[0];
      function apply() {
        Array.prototype.forEach.call(anchors, function (anchor) {
          var item = anchor.closest("li");
          if (item) item.hidden = select.value !== "" && anchor.getAttribute(facet[1]).split(" ").indexOf(select.value) < 0;
        });
      }
      try {
        var saved = window.localStorage.getItem(key);
        if (saved && names[saved]) select.value = saved;
      } catch (e) { /* storage refused (file://, privacy mode): the choice is not remembered */ }
      select.addEventListener("change", function () {
        try { window.localStorage.setItem(key, select.value); } catch (e) { /* not remembered */ }
        apply();
      });
      apply();
    });
    holder.hidden = false;
  }

  /* Issue 14: a copy button after each value to type; without JavaScript the value is plain code. */
  function setUpCopyValues() {
    Array.prototype.forEach.call(document.querySelectorAll("main span.value[data-copy] > code"), function (code) {
      var holder = code.parentNode;
      var label = holder.getAttribute("data-copy");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-value";
      button.textContent = label;
      button.addEventListener("click", function () {
        var done = function () {
          button.textContent = holder.getAttribute("data-copied");
          window.setTimeout(function () { button.textContent = label; }, 2000);
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(code.textContent).then(done, function () { window.getSelection().selectAllChildren(code); });
        } else {
          window.getSelection().selectAllChildren(code);
        }
      });
      holder.appendChild(document.createTextNode(" "));
      holder.appendChild(button);
    });
  }

  setUpSearch();
  setUpCopyLinks();
  setUpFacets();
  setUpCopyValues();
})();
