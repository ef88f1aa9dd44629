/*
 * Import page: shows the upload's progress. Without this script the form posts as usual.
 * The file goes up with XMLHttpRequest so that its upload events can move the <progress> bar;
 * the server answers with the preview's address, which the browser then opens.
 */
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var box = document.getElementById('upload-progress-box');
  var bar = document.getElementById('upload-progress');
  var status = document.getElementById('upload-status');
  var button = document.getElementById('upload-button');
  var maxBytes = Number(form.getAttribute('data-max-bytes')) || 0;

  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1) + ' MB';
  }

  function fail(message) {
    status.textContent = message;
    box.classList.add('failed');
    button.disabled = false;
  }

  function sameOriginPath(text) {
    return typeof text === 'string' && text.charAt(0) === '/' && text.charAt(1) !== '/';
  }

  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file]');
    var file = input && input.files && input.files[0];
    if (!file) {
      return; // the browser's own "required" message
    }
    event.preventDefault();
    box.hidden = false;
    box.classList.remove('failed');
    if (maxBytes && file.size > maxBytes) {
      bar.value = 0;
      fail('That file is ' + megabytes(file.size) + '; an import can take at most ' +
        megabytes(maxBytes) + '.');
      return;
    }
    button.disabled = true;
    bar.max = 100;
    bar.value = 0;
    status.textContent = 'Uploading ' + megabytes(file.size) + '…';

    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) {
      // In a header the token is checked before the server reads the whole upload.
      xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value);
    }
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable && e.total > 0) {
        var percent = Math.floor((e.loaded / e.total) * 100);
        bar.value = percent;
        status.textContent = 'Uploading… ' + percent + '%';
      }
    });
    xhr.upload.addEventListener('load', function () {
      bar.value = 100;
      status.textContent = 'Uploaded. Reading the file…';
    });
    xhr.addEventListener('load', function () {
      var type = xhr.getResponseHeader('Content-Type') || '';
      if (xhr.status === 200 && type.indexOf('text/plain') === 0 && sameOriginPath(xhr.responseText)) {
        window.location.assign(xhr.responseText);
      } else if (xhr.status === 200 && xhr.responseURL && xhr.responseURL !== form.action) {
        window.location.assign(xhr.responseURL); // a redirect the server chose, e.g. too large
      } else if (xhr.status === 403 || xhr.status === 401) {
        fail('Your session has ended. Reload the page, log in again if asked, and retry.');
      } else if (xhr.status === 413) {
        fail('That file is too large to import.');
      } else if (xhr.status === 507) {
        fail(xhr.responseText); // no room for more waiting uploads right now
      } else {
        fail('The upload did not work (status ' + xhr.status + '). Please try again.');
      }
    });
    xhr.addEventListener('error', function () {
      fail('The upload was interrupted. Check your connection and try again.');
    });
    xhr.send(new FormData(form));
  });
})();
