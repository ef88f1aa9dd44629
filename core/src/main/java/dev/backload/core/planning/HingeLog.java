package dev.backload.core.planning;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The working hinge sets of a log by date, and the questions the planner asks of them. */
final class HingeLog {
  private static final double SAME_LOAD_KG = 1e-6;

  private final NavigableMap<LocalDate, List<TrainingSet>> byDate = new TreeMap<>();

  private HingeLog(NavigableMap<LocalDate, List<TrainingSet>> byDate) {
    this.byDate.putAll(byDate);
  }

  HingeLog(List<TrainingSet> log) {
    for (TrainingSet set : log) {
      if (set.isWorking() && set.isHinge()) {
        byDate.computeIfAbsent(set.date(), d -> new ArrayList<>()).add(set);
      }
    }
  }

  /** The log as it stood on the morning of {@code date}: only the dates before it. */
  HingeLog before(LocalDate date) {
    return new HingeLog(byDate.headMap(date, false));
  }

  /** The last date with working hinge sets on or before {@code date}. */
  Optional<LocalDate> lastOnOrBefore(LocalDate date) {
    return Optional.ofNullable(byDate.floorKey(date));
  }

  /** The last date with working hinge sets before {@code date}. */
  Optional<LocalDate> lastBefore(LocalDate date) {
    return Optional.ofNullable(byDate.lowerKey(date));
  }

  /** The top set of the date's heaviest variation. */
  Optional<WorkingDose> top(LocalDate date) {
    List<TrainingSet> sets = byDate.getOrDefault(date, List.of());
    return sets.stream()
        .max((a, b) -> Double.compare(a.loadKg(), b.loadKg()))
        .flatMap(heaviest -> top(date, heaviest.variation()));
  }

  /** The top set of a variation on a date. */
  Optional<WorkingDose> top(LocalDate date, HingeVariation variation) {
    List<TrainingSet> sets =
        byDate.getOrDefault(date, List.of()).stream()
            .filter(s -> s.variation() == variation)
            .toList();
    if (sets.isEmpty()) {
      return Optional.empty();
    }
    double load = sets.stream().mapToDouble(TrainingSet::loadKg).max().getAsDouble();
    List<TrainingSet> atLoad =
        sets.stream().filter(s -> Math.abs(s.loadKg() - load) < SAME_LOAD_KG).toList();
    TrainingSet best = atLoad.get(0);
    for (TrainingSet s : atLoad) {
      best = s.reps() > best.reps() ? s : best;
    }
    return Optional.of(
        new WorkingDose(
            date,
            variation,
            load,
            atLoad.size(),
            best.reps(),
            best.rpe(),
            Range.logged(best.exercise(), variation)));
  }

  /**
   * The top set of each variation over a date range, the heaviest date winning (the earlier on a
   * tie), and the number of working sets of each.
   */
  Map<HingeVariation, WorkingDose> heaviest(
      LocalDate from, LocalDate to, Map<HingeVariation, Integer> setCounts) {
    Map<HingeVariation, WorkingDose> best = new EnumMap<>(HingeVariation.class);
    for (Map.Entry<LocalDate, List<TrainingSet>> day :
        byDate.subMap(from, true, to, true).entrySet()) {
      day.getValue().forEach(s -> setCounts.merge(s.variation(), 1, Integer::sum));
      for (HingeVariation v :
          day.getValue().stream().map(TrainingSet::variation).distinct().toList()) {
        WorkingDose top = top(day.getKey(), v).orElseThrow();
        WorkingDose current = best.get(v);
        if (current == null || top.loadKg() > current.loadKg()) {
          best.put(v, top);
        }
      }
    }
    return best;
  }

  /** Whether any working set of the variation was logged on or before {@code date}. */
  boolean hasVariation(HingeVariation variation, LocalDate date) {
    return byDate.headMap(date, true).values().stream()
        .flatMap(List::stream)
        .anyMatch(s -> s.variation() == variation);
  }

  /** Hinge tonnage (load times reps of working sets) over a date range, inclusive. */
  double tonnageKg(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      return 0;
    }
    return byDate.subMap(from, true, to, true).values().stream()
        .flatMap(List::stream)
        .mapToDouble(s -> s.loadKg() * s.reps())
        .sum();
  }
}
