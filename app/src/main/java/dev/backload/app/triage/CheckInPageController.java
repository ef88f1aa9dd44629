package dev.backload.app.triage;

import dev.backload.app.account.AccountUser;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.InvalidCheckInException;
import dev.backload.core.triage.TriageEngine;
import dev.backload.core.triage.TriageResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The anonymous check-in page: the questions in a lifter's words, and the answer with its reasons.
 * It stores nothing: the answers live only in this request. Signed-in people are sent to the stored
 * check-in ({@code /check-ins/new}), which asks the same questions.
 */
@Controller
public class CheckInPageController {
  /** Emergency checklist items (asked every time, with an explicit "none of these"). */
  public static final List<String> EMERGENCY_SIGNS = CheckIn.RedFlags.EMERGENCY_SIGNS;

  /** The second checklist: signs of illness rather than strain. */
  public static final List<String> ILLNESS_SIGNS = CheckIn.RedFlags.ILLNESS_SIGNS;

  /** Lasting facts about the person's health. */
  public static final List<String> HISTORY = CheckIn.HealthHistory.FACTS;

  static final String NONE = "NONE";

  /** The check-in's JSON field names, as the core writes them. */
  private static final Set<String> CHECK_IN_FIELDS = CheckIn.builder(0).build().toFields().keySet();

  /**
   * The emergency checklist's item for E5 (symptoms or weakness in both legs), so that it is asked
   * with the other emergency signs every time, not only through the leg questions. Ticked, it sets
   * {@code leg} to {@code BOTH_LEGS}: the most serious answer, so nothing given is weakened.
   */
  static final String BOTH_LEGS_SIGN = "bothLegs";

  /**
   * The merged red-flag list's item "pain, tingling, numbness or new weakness in one leg". It is no
   * rulebook field: it opens the leg questions (leg, numbness, weakness, getting worse), which give
   * the answer. Ticked with all of them left at "no", the form asks again rather than guessing.
   */
  public static final String LEG_SIGN = "oneLeg";

  @GetMapping("/check-in")
  String form(Model model, @AuthenticationPrincipal AccountUser user) {
    if (user != null) {
      return "redirect:/check-ins/new";
    }
    model.addAttribute("form", new CheckInForm());
    return "check-in";
  }

  @PostMapping("/check-in")
  String submit(
      @ModelAttribute("form") CheckInForm form,
      BindingResult binding,
      Model model,
      @AuthenticationPrincipal AccountUser user) {
    if (user != null) {
      // Signed in (say, a form opened before logging in): store it like the signed-in form does.
      return "forward:/check-ins";
    }
    checkRequired(form, binding);
    if (binding.hasErrors()) {
      addRedFlags(form, model);
      return "check-in";
    }
    CheckIn checkIn;
    try {
      checkIn = CheckIn.fromFields(toFields(form));
    } catch (InvalidCheckInException e) {
      String field = formField(e.field());
      binding.rejectValue(field, "invalid", e.getMessage());
      addRedFlags(form, model);
      return "check-in";
    }
    TriageResult result = TriageEngine.assess(checkIn);
    model.addAttribute("result", result);
    model.addAttribute("view", DispositionView.of(result.disposition()));
    // An emergency offers only the call: not even the header's check-in link (issue 14).
    model.addAttribute("emergencyShown", result.disposition() == Disposition.EMERGENCY);
    return "check-in-result";
  }

  /**
   * On a form sent back for corrections: when its red-flag answers alone already call for a doctor
   * (URGENT or EMERGENCY), that result goes at the top of the page, so a mistake in an unrelated
   * field never holds back emergency advice.
   */
  public static void addRedFlags(CheckInForm form, Model model) {
    redFlagsAlone(form)
        .ifPresent(
            result -> {
              model.addAttribute("redFlags", result);
              model.addAttribute("redFlagsView", DispositionView.of(result.disposition()));
            });
  }

  /** The triage of the form's red-flag answers only (the rest left at the rulebook's defaults). */
  static Optional<TriageResult> redFlagsAlone(CheckInForm form) {
    Map<String, Object> f = new LinkedHashMap<>();
    Integer pain = form.getPainNow();
    f.put(
        "painNow",
        pain != null && pain >= CheckIn.PAIN_MIN && pain <= CheckIn.PAIN_MAX
            ? pain
            : CheckIn.PAIN_MIN);
    for (List<String> group : List.of(EMERGENCY_SIGNS, ILLNESS_SIGNS)) {
      group.forEach(
          sign ->
              f.put(
                  sign,
                  form.getEmergencySigns().contains(sign)
                      || form.getIllnessSigns().contains(sign)));
    }
    HISTORY.forEach(fact -> f.put(fact, form.getHistory().contains(fact)));
    f.put("weaknessProgressing", form.isWeaknessProgressing());
    f.put("legNumbness", form.isLegNumbness());
    Map<String, Object> legs = new LinkedHashMap<>();
    legs.put(
        "leg",
        form.getEmergencySigns().contains(BOTH_LEGS_SIGN)
            ? "BOTH_LEGS"
            : blankToNull(form.getLeg()));
    legs.put("legWeakness", blankToNull(form.getLegWeakness()));
    TriageResult result;
    try {
      Map<String, Object> withLegs = new LinkedHashMap<>(f);
      withLegs.putAll(legs);
      result = TriageEngine.assess(CheckIn.fromFields(withLegs));
    } catch (InvalidCheckInException e) {
      result =
          TriageEngine.assess(
              CheckIn.fromFields(f)); // a tampered leg answer: the rest still counts
    }
    return result.disposition().isAtLeast(Disposition.URGENT)
        ? Optional.of(result)
        : Optional.empty();
  }

  /**
   * Rejects a form without {@code painNow} or with a red-flag checklist left unanswered. The merged
   * list (the page's) is answered by any tick: the lifter saw every sign and ticked what applies or
   * "None of these". The two separate lists (older forms) must each be answered. A tick on "one
   * leg" with every leg question left at "no" is sent back to be said more precisely.
   */
  public static void checkRequired(CheckInForm form, BindingResult binding) {
    if (form.getPainNow() == null && !binding.hasFieldErrors("painNow")) {
      binding.rejectValue("painNow", "required", "Please say how much your back hurts right now.");
    }
    String answerIt = "Please answer this list: tick anything that applies, or \"None of these\".";
    if (form.isMergedRedFlags()) {
      if (form.getRedFlags().isEmpty()) {
        binding.rejectValue("redFlags", "required", answerIt);
      }
    } else {
      if (form.getEmergencySigns().isEmpty()) {
        binding.rejectValue("emergencySigns", "required", answerIt);
      }
      if (form.getIllnessSigns().isEmpty()) {
        binding.rejectValue("illnessSigns", "required", answerIt);
      }
    }
    if (form.isLegSymptoms()
        && "NONE".equals(form.getLeg())
        && "NONE".equals(form.getLegWeakness())
        && !form.isLegNumbness()
        && !form.isWeaknessProgressing()) {
      binding.rejectValue(
          "leg",
          "required",
          "You ticked something in one leg: please say below where it goes or whether the leg is"
              + " weak.");
    }
  }

  /** The form's answers as the rulebook's JSON fields, so the core validates them once. */
  public static Map<String, Object> toFields(CheckInForm form) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("painNow", form.getPainNow());
    f.put("painPeak", form.getPainPeak());
    f.put("painDuringSession", form.getPainDuringSession());
    f.put("daysSinceOnset", form.getDaysSinceOnset());
    f.put("onset", blankToNull(form.getOnset()));
    f.put("quality", form.getQuality());
    f.put("location", blankToNull(form.getLocation()));
    f.put("leg", blankToNull(form.getLeg()));
    f.put("legNumbness", form.isLegNumbness());
    f.put("legWeakness", blankToNull(form.getLegWeakness()));
    f.put("weaknessProgressing", form.isWeaknessProgressing());
    f.put("movementEffect", blankToNull(form.getMovementEffect()));
    f.put("stoppedSet", form.isStoppedSet());
    f.put("lostStrengthOrControl", form.isLostStrengthOrControl());
    f.put("trend", blankToNull(form.getTrend()));
    f.put("painfulSessionsInARow", form.getPainfulSessionsInARow());
    f.put("dailyLife", form.getDailyLife());
    f.put("unsure", form.isUnsure());
    f.put("age", form.getAge());
    // A ticked sign always counts, even if "none of these" was ticked too: never weaken a red flag.
    for (String sign : EMERGENCY_SIGNS) {
      f.put(sign, form.getEmergencySigns().contains(sign));
    }
    if (form.getEmergencySigns().contains(BOTH_LEGS_SIGN)) {
      f.put("leg", "BOTH_LEGS");
    }
    for (String sign : ILLNESS_SIGNS) {
      f.put(sign, form.getIllnessSigns().contains(sign));
    }
    for (String fact : HISTORY) {
      f.put(fact, form.getHistory().contains(fact));
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("hingeWeekChangePct", form.getHingeWeekChangePct());
    context.put("daysSinceLastHinge", form.getDaysSinceLastHinge());
    f.put("context", context);
    return f;
  }

  /** Maps a rulebook field name back to the form input that asked it. */
  public static String formField(String checkInField) {
    String top = checkInField.split("[.\\[]", 2)[0];
    if (EMERGENCY_SIGNS.contains(top)) {
      return "emergencySigns";
    }
    if (ILLNESS_SIGNS.contains(top)) {
      return "illnessSigns";
    }
    if (HISTORY.contains(top)) {
      return "history";
    }
    if (top.equals("context")) {
      return checkInField.endsWith("hingeWeekChangePct")
          ? "hingeWeekChangePct"
          : "daysSinceLastHinge";
    }
    return CHECK_IN_FIELDS.contains(top) ? top : "painNow";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
