// The set grid of the workout page (part D): the plus and minus buttons step a row's load by the
// account's loadable increment (data-increment, in the account's unit). Without JavaScript the
// buttons stay hidden and the load is typed. Works again after htmx swaps the grid.
(function () {
  function round(value) {
    return Math.round(value * 1000) / 1000;
  }

  function show(root) {
    root.querySelectorAll("button.step[hidden]").forEach(function (button) {
      button.hidden = false;
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.step");
    if (!button) {
      return;
    }
    var input = button.parentElement.querySelector("input[name=weight]");
    var step = parseFloat(input.dataset.increment) || 2.5;
    var value = parseFloat((input.value || "0").replace(",", ".")) || 0;
    var next = round(value + step * parseFloat(button.dataset.step));
    input.value = String(next < 0 ? 0 : next);
  });

  document.addEventListener("DOMContentLoaded", function () {
    show(document);
  });
  document.addEventListener("htmx:afterSettle", function () {
    show(document);
  });
})();
