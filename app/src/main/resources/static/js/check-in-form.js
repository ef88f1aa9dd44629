/*
 * The daily check-in form, shortened when scripts run (progressive enhancement: without this
 * file every question is on the page and the form works the same).
 *
 * - The leg questions are hidden until "one leg" is ticked in the red-flag list, or a leg answer is
 *   already other than "no" (a form sent back for corrections). Hiding never clears an answer.
 * - "More about the pain" (how it began, what it feels like, ...) is folded unless the answers call
 *   for it: pain of 1 or more when no pain episode is open (a new episode: how it began matters),
 *   "worse", or an answer already given inside it. It opens itself when that becomes true; the lifter
 *   can always open it.
 * - Ticking a sign unticks "None of these" (the server lets a ticked sign win in any case); ticking
 *   "None of these" never unticks a sign.
 */
(function () {
  'use strict';
  var form = document.getElementById('check-in-form');
  if (!form) {
    return;
  }
  var legs = document.getElementById('leg-questions');
  var legSign = document.getElementById('leg-sign');
  var more = document.getElementById('more-about-pain');
  var newEpisode = form.getAttribute('data-new-episode') === 'true';

  function checked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : null;
  }

  function legAnswered() {
    if (!legs) {
      return false;
    }
    var inputs = legs.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if (input.checked && (input.type === 'checkbox' || input.value !== 'NONE')) {
        return true;
      }
    }
    return false;
  }

  function showLegs() {
    if (legs) {
      legs.hidden = !((legSign && legSign.checked) || legAnswered()
        || legs.classList.contains('has-error'));
    }
  }

  function moreAnswered() {
    if (!more) {
      return false;
    }
    var inputs = more.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if (input.type === 'hidden') {
        continue; // the "_name" markers of the checkboxes
      }
      if (input.type === 'radio' || input.type === 'checkbox') {
        if (input.checked && input.value !== '') {
          return true;
        }
      } else if (input.value !== '') {
        return true;
      }
    }
    return more.querySelector('.has-error') !== null;
  }

  function moreCalledFor() {
    var pain = checked('painNow');
    var trend = checked('trend');
    return (newEpisode && pain !== null && Number(pain) >= 1) || trend === 'WORSENING';
  }

  if (more) {
    more.open = moreCalledFor() || moreAnswered();
  }
  showLegs();

  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target.name === 'redFlags') {
      var none = form.querySelector('input[name="redFlags"][value="NONE"]');
      if (target.checked && target.value !== 'NONE' && none) {
        none.checked = false;
      }
      showLegs();
    }
    if ((target.name === 'painNow' || target.name === 'trend') && more && moreCalledFor()) {
      more.open = true;
    }
  });
})();
