// Sends the CSRF token with every htmx request as a header, read from the page's
// <meta name="_csrf"> and <meta name="_csrf_header"> tags (no inline script, so the CSP holds).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
