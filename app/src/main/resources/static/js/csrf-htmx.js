// htmx on Backload's pages (no inline script, so the CSP holds):
// - sends the CSRF token with every htmx request as a header, read from the page's
//   <meta name="_csrf"> and <meta name="_csrf_header"> tags;
// - when a request ends on the login page (the session expired), goes there instead of
//   swapping the login form into the page;
// - when a request fails (e.g. 403 or 404), reloads the page so it shows the real state.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("htmx:beforeSwap", function (event) {
  var url = event.detail.xhr.responseURL || "";
  if (/\/login(\?|$)/.test(url)) {
    event.detail.shouldSwap = false;
    window.location.assign(url);
  }
});
document.addEventListener("htmx:responseError", function () {
  window.location.reload();
});
