package dev.backload.app.monitoring;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.StoredSet;
import dev.backload.app.log.TrainingLog.Workout;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pain answers the workout page asks for, and the end of a workout: "back pain now (0-10)"
 * after the deadlift-family exercises is the session's {@code during} answer ({@code POST
 * /workouts/{id}/during}); "Finish workout" drops the planned sets not done ({@code POST
 * /workouts/{id}/finish}) and leads to a summary ({@code /workouts/{id}/summary}) that says when
 * the next-morning question will be asked and links to it. They live here, not in the log, because
 * they use the pain monitoring (which reads the log).
 */
@Controller
class WorkoutFinishPages {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final TrainingLog log;
  private final MorningChecks checks;
  private final AccountCalendar calendar;
  private final AccountRepository accounts;

  WorkoutFinishPages(
      TrainingLog log, MorningChecks checks, AccountCalendar calendar, AccountRepository accounts) {
    this.log = log;
    this.checks = checks;
    this.calendar = calendar;
    this.accounts = accounts;
  }

  /** One exercise of the summary: its sets done and the heaviest one. */
  record ExerciseDone(String exercise, int sets, String best) {}

  @PostMapping("/workouts/{id}/during")
  String during(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @RequestParam(required = false) String during,
      RedirectAttributes redirect) {
    long account = user.accountId();
    find(account, id);
    Integer value = painValue(during);
    if (value == null) {
      redirect.addFlashAttribute("painProblem", "Tap a number from 0 to 10.");
      return "redirect:/workouts/" + id + "#back-pain";
    }
    try {
      checks.answer(account, id, new MorningChecks.Given(null, value, null), today(account));
      redirect.addFlashAttribute("painSaved", value);
    } catch (MorningChecks.NotAHingeWorkout e) {
      redirect.addFlashAttribute(
          "painProblem", "Tick a deadlift set first, then say how your back feels.");
    }
    return "redirect:/workouts/" + id + "#back-pain";
  }

  @PostMapping("/workouts/{id}/finish")
  String finish(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    find(user.accountId(), id);
    int dropped = log.dropPlannedSets(user.accountId(), id);
    return "redirect:/workouts/" + id + "/summary" + (dropped > 0 ? "?skipped=" + dropped : "");
  }

  @GetMapping("/workouts/{id}/summary")
  String summary(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int skipped,
      Model model) {
    long account = user.accountId();
    Workout workout = find(account, id);
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, StoredSet> best = new LinkedHashMap<>();
    for (StoredSet s : workout.sets()) {
      counts.computeIfAbsent(s.exercise(), e -> new int[1])[0]++;
      StoredSet b = best.get(s.exercise());
      if (b == null || s.weightKg() > b.weightKg()) {
        best.put(s.exercise(), s);
      }
    }
    WeightUnit unit = accounts.findById(account).orElseThrow().weightUnit();
    List<ExerciseDone> done =
        counts.entrySet().stream()
            .map(
                e -> {
                  StoredSet b = best.get(e.getKey());
                  return new ExerciseDone(
                      e.getKey(),
                      e.getValue()[0],
                      unit.format(b.weightKg()) + " " + unit.symbol() + " × " + b.reps());
                })
            .toList();
    boolean hinge =
        workout.sets().stream()
            .anyMatch(
                s ->
                    s.reps() >= 1
                        && s.setType() != SetType.WARMUP
                        && HingeVariation.isHinge(s.exercise()));
    Optional<MorningChecks.SessionView> session =
        hinge ? checks.session(account, id) : Optional.empty();
    LocalDate morning = workout.date().plusDays(1);
    model.addAttribute("workout", workout);
    model.addAttribute("title", workout.name() == null ? "Workout" : workout.name());
    model.addAttribute("day", DAY.format(workout.date()));
    model.addAttribute("done", done);
    model.addAttribute("setCount", workout.sets().size());
    model.addAttribute("skipped", Math.max(0, skipped));
    model.addAttribute("hinge", hinge);
    model.addAttribute("during", session.map(MorningChecks.SessionView::during).orElse(null));
    model.addAttribute("morning", DAY.format(morning));
    model.addAttribute("morningCome", today(account).isAfter(workout.date()));
    return "workout-summary";
  }

  private static Integer painValue(String text) {
    if (text == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      return value >= 0 && value <= 10 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private LocalDate today(long account) {
    return calendar.today(account);
  }

  private Workout find(long account, long id) {
    return log.findWorkout(account, id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
