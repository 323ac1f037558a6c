// protokoll: reading aids on Datasette's own pages (metadata.yml extra_js_urls; a module, so it
// runs once the page is parsed).

// A table page's column descriptions, a long list above the rows, become one closed <details>;
// each column heading shows its description on hover too.
document.querySelectorAll("dl.column-descriptions").forEach(function (list) {
  var details = document.createElement("details");
  details.className = "column-descriptions";
  var summary = document.createElement("summary");
  summary.textContent = "What the " + list.querySelectorAll("dt").length + " columns mean";
  details.appendChild(summary);
  list.parentNode.insertBefore(details, list);
  details.appendChild(list);
});
document.querySelectorAll("th[data-column-description]").forEach(function (heading) {
  heading.title = heading.getAttribute("data-column-description");
});
