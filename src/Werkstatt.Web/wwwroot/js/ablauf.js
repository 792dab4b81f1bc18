// Drag and drop for the agenda: a small enhancement that posts the row's own "move" form with the target place
// ("to"); without JavaScript the up/down buttons of the same form do the work.
(function () {
  "use strict";
  document.querySelectorAll("table.agenda tbody").forEach(function (body) {
    var dragged = null;
    body.querySelectorAll("tr[draggable=true]").forEach(function (row) {
      row.addEventListener("dragstart", function (e) {
        dragged = row;
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", row.dataset.position);
      });
      row.addEventListener("dragover", function (e) {
        if (dragged && dragged !== row) {
          e.preventDefault();
        }
      });
      row.addEventListener("drop", function (e) {
        e.preventDefault();
        if (!dragged || dragged === row) {
          return;
        }
        var form = dragged.querySelector("form.move-form");
        form.querySelector("input[name=to]").value = row.dataset.position;
        form.submit();
      });
    });
  });
})();
