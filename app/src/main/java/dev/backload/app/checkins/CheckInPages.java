package dev.backload.app.checkins;

import dev.backload.app.account.AccountUser;
import dev.backload.app.checkins.CheckInStore.Episode;
import dev.backload.app.triage.CheckInForm;
import dev.backload.app.triage.CheckInPageController;
import dev.backload.app.triage.DispositionView;
import dev.backload.core.checkins.DerivedFact;
import dev.backload.core.checkins.HealthProfile;
import dev.backload.core.checkins.StatefulFields;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.InvalidCheckInException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in check-in pages: the check-in form that stores ({@code /check-ins/new}), the history
 * ({@code /check-ins}), one stored result ({@code /check-ins/{id}}) and the health profile ({@code
 * /profile}).
 */
@Controller
class CheckInPages {
  private final CheckInService service;
  private final CheckInStore store;
  private final HealthProfiles profiles;

  private final RedFlags redFlags;

  CheckInPages(
      CheckInService service, CheckInStore store, HealthProfiles profiles, RedFlags redFlags) {
    this.service = service;
    this.redFlags = redFlags;
    this.store = store;
    this.profiles = profiles;
  }

  /**
   * One line of the history page.
   *
   * @param id the check-in
   * @param date its date
   * @param painNow the pain it reported
   * @param disposition its disposition
   * @param cssClass the disposition's style hook
   * @param episode the episode in words ("2 · day 3"), or a dash
   */
  record HistoryRow(
      long id,
      LocalDate date,
      int painNow,
      Disposition disposition,
      String cssClass,
      String episode) {}

  @GetMapping("/check-ins/new")
  String form(Model model, @AuthenticationPrincipal AccountUser user) {
    model.addAttribute("form", new CheckInForm());
    model.addAttribute("plannerForm", new PlannerContextForm());
    return form(model, user.accountId());
  }

  private String form(Model model, long accountId) {
    Optional<HealthProfile> profile = profiles.find(accountId);
    model.addAttribute("storing", true);
    model.addAttribute("profile", profile.orElse(null));
    model.addAttribute(
        "profileSummary", profile.map(p -> summary(p, service.today(accountId))).orElse(null));
    model.addAttribute("pending", service.pendingMorningChecks(accountId));
    // With a pain episode open, how it began is already known to the lifter's history: the page
    // folds those questions away unless pain is worse (check-in-form.js).
    model.addAttribute("newEpisode", store.openEpisode(accountId).isEmpty());
    return "check-in";
  }

  @PostMapping("/check-ins")
  String store(
      @ModelAttribute("form") CheckInForm form,
      BindingResult binding,
      @ModelAttribute("plannerForm") PlannerContextForm plannerForm,
      BindingResult plannerBinding,
      Model model,
      @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    CheckInPageController.checkRequired(form, binding);
    PlannerContext context = PlannerContext.NONE;
    if (!plannerBinding.hasErrors()) {
      try {
        context = plannerForm.toContext();
      } catch (InvalidCheckInException e) {
        String field = PlannerContextForm.formField(e.field());
        plannerBinding.rejectValue(
            field, "invalid", PlannerContextForm.label(field) + ": " + e.problem());
      }
    }
    if (binding.hasErrors() || plannerBinding.hasErrors()) {
      CheckInPageController.addRedFlags(form, model);
      return form(model, account);
    }
    Optional<HealthProfile> profile = profiles.find(account);
    Map<String, Object> fields = new LinkedHashMap<>(CheckInPageController.toFields(form));
    if (profile.isPresent()) {
      // The profile answers the lasting facts, but a fact ticked on this form (an older form, or
      // the anonymous one forwarded here) is never dropped: it counts now and joins the profile.
      CheckInPageController.HISTORY.stream()
          .filter(fact -> !Boolean.TRUE.equals(fields.get(fact)))
          .forEach(fields::remove);
      HealthProfile p = profile.get();
      HealthProfile updated =
          new HealthProfile(
              p.age(),
              p.ageGivenOn(),
              p.cancerHistory() || Boolean.TRUE.equals(fields.get("cancerHistory")),
              p.osteoporosisOrSteroids()
                  || Boolean.TRUE.equals(fields.get("osteoporosisOrSteroids")),
              p.immunosuppressed() || Boolean.TRUE.equals(fields.get("immunosuppressed")));
      if (!updated.equals(p)) {
        profiles.save(account, updated);
      }
    }
    fields.values().removeIf(Objects::isNull);
    try {
      CheckIn checked = CheckIn.fromFields(fields);
      if (profile.isEmpty()) {
        // Asked once: the first stored check-in's answers become the profile.
        profiles.save(
            account,
            new HealthProfile(
                checked.age(),
                checked.age() == null ? null : service.today(account),
                checked.cancerHistory(),
                checked.osteoporosisOrSteroids(),
                checked.immunosuppressed()));
      }
      StoredCheckIn stored = service.record(account, null, fields, context);
      return "redirect:/check-ins/" + stored.id();
    } catch (InvalidCheckInException e) {
      binding.rejectValue(CheckInPageController.formField(e.field()), "invalid", e.getMessage());
      CheckInPageController.addRedFlags(form, model);
      return form(model, account);
    }
  }

  @GetMapping("/check-ins")
  String history(Model model, @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    List<Episode> episodes = store.episodes(account);
    Map<Long, Integer> numbers = new HashMap<>();
    Map<Long, Episode> byId = new HashMap<>();
    for (int i = 0; i < episodes.size(); i++) {
      numbers.put(episodes.get(i).id(), i + 1);
      byId.put(episodes.get(i).id(), episodes.get(i));
    }
    List<HistoryRow> rows = new ArrayList<>();
    Set<Long> seenEpisodes = new HashSet<>();
    for (CheckInStore.Summary s : store.summaries(account)) {
      String episode = "–";
      if (s.episodeId() != null) {
        Episode e = byId.get(s.episodeId());
        episode =
            numbers.get(e.id()) + " · day " + StatefulFields.daysSinceOnset(e.start(), s.date());
        // Newest first: the first line seen of a closed episode is the one that closed it.
        if (seenEpisodes.add(e.id()) && !e.open()) {
          episode += ", ended";
        }
      }
      rows.add(
          new HistoryRow(
              s.id(),
              s.date(),
              s.painNow(),
              s.disposition(),
              DispositionView.of(s.disposition()).cssClass(),
              episode));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("overview", service.overview(account));
    return "checkins/history";
  }

  @GetMapping("/check-ins/{id}")
  String detail(@PathVariable long id, Model model, @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    StoredCheckIn checkIn =
        service
            .find(account, id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("checkIn", checkIn);
    model.addAttribute("result", checkIn.result());
    model.addAttribute("view", DispositionView.of(checkIn.result().disposition()));
    model.addAttribute("facts", DerivedFact.of(checkIn.effectiveInput(), checkIn.derived()));
    model.addAttribute("alreadyAssessed", redFlags.alreadyAssessed(account, id).orElse(null));
    model.addAttribute("redFlag", checkIn.result().disposition().isAtLeast(Disposition.URGENT));
    model.addAttribute("holdNow", redFlags.hold(account, service.today(account)).orElse(null));
    model.addAttribute(
        "episode",
        checkIn.episodeId() == null
            ? null
            : store.episodes(account).stream()
                .filter(e -> e.id() == checkIn.episodeId())
                .findFirst()
                .orElse(null));
    return "checkins/detail";
  }

  @GetMapping("/profile")
  String profile(Model model, @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    ProfileForm form = new ProfileForm();
    profiles
        .find(account)
        .ifPresent(
            p -> {
              form.setAge(p.ageOn(service.today(account)));
              form.setCancerHistory(p.cancerHistory());
              form.setOsteoporosisOrSteroids(p.osteoporosisOrSteroids());
              form.setImmunosuppressed(p.immunosuppressed());
            });
    model.addAttribute("form", form);
    return "checkins/profile";
  }

  @PostMapping("/profile")
  String saveProfile(
      @ModelAttribute("form") ProfileForm form,
      BindingResult binding,
      @AuthenticationPrincipal AccountUser user) {
    if (binding.hasErrors()) {
      return "checkins/profile";
    }
    long account = user.accountId();
    try {
      profiles.save(
          account,
          new HealthProfile(
              form.getAge(),
              form.getAge() == null ? null : service.today(account),
              form.isCancerHistory(),
              form.isOsteoporosisOrSteroids(),
              form.isImmunosuppressed()));
    } catch (InvalidCheckInException e) {
      binding.rejectValue(
          "age", "invalid", "Please give an age between 16 and 110, or leave it empty.");
      return "checkins/profile";
    }
    return "redirect:/profile?saved";
  }

  /** The profile in one plain sentence, for the check-in form. */
  static String summary(HealthProfile p, LocalDate today) {
    List<String> facts = new ArrayList<>();
    if (p.cancerHistory()) {
      facts.add("cancer at some point");
    }
    if (p.osteoporosisOrSteroids()) {
      facts.add("osteoporosis or long-term steroid tablets");
    }
    if (p.immunosuppressed()) {
      facts.add("a weakened immune system");
    }
    String age = p.age() == null ? "Age not given" : "Age " + p.ageOn(today);
    return age
        + "; "
        + (facts.isEmpty()
            ? "none of the health conditions we ask about"
            : String.join(", ", facts))
        + ".";
  }
}
