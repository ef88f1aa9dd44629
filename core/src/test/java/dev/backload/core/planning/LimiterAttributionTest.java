package dev.backload.core.planning;

import static dev.backload.core.planning.Sessions.day;
import static dev.backload.core.planning.Sessions.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.Summary;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.triage.CheckIn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is driving it (planner.md section 4). The pain begins on day 28, Monday 2024-01-29; the
 * analyses are built by hand so that every boundary is exact.
 */
class LimiterAttributionTest {
  private static final int ONSET = 28;
  private static final Episode EPISODE = Episode.open(day(ONSET));

  private final List<Flag> flags = new ArrayList<>();
  private final List<DayLoad> days = new ArrayList<>();
  private final List<WeekLoad> weeks = new ArrayList<>();
  private final List<EpisodeCheckIn> checkIns = new ArrayList<>();
  private final List<Episode> episodes = new ArrayList<>(List.of(EPISODE));
  private final List<TrainingSet> log = new ArrayList<>();
  private Screen screen = Screen.NONE;

  private List<Attribution> attribute() {
    Analysis analysis = new Analysis(new Summary(null, null, 0, 0, 0, 0), days, weeks, flags);
    PlannerInput input =
        PlannerInput.builder(day(40))
            .log(log)
            .analysis(analysis)
            .episodes(episodes)
            .checkIns(checkIns)
            .screen(screen)
            .build();
    return LimiterAttribution.attribute(input, EPISODE);
  }

  private List<LimiterFactor> factors() {
    return attribute().stream().map(Attribution::factor).toList();
  }

  private void flag(FlagType type, int d) {
    flags.add(new Flag(type, day(d), "detail"));
  }

  private void acwr(int d, Double ratio) {
    days.add(new DayLoad(day(d), 100, 100, 100, 100, ratio, null));
  }

  private void week(int monday, double changePct) {
    weeks.add(new WeekLoad("w", day(monday), 1000, 1000, 3, changePct, null, null, Map.of()));
  }

  private void checkIn(EpisodeCheckIn c) {
    checkIns.add(c);
  }

  private static EpisodeCheckIn at(int d) {
    return EpisodeCheckIn.of(day(d), CheckIn.builder(2).build());
  }

  @Test
  void nothingInTheDataMeansNoClearDriver() {
    assertThat(attribute()).isEmpty();
    assertThat(LimiterAttribution.summary(List.of())).isEqualTo("No clear driver in the data.");
  }

  @ParameterizedTest(name = "a SPIKE week starting on day {0} -> {1}")
  @CsvSource({"28, true", "21, true", "14, false", "35, false"})
  void loadSpikeWhenTheOnsetWeekOrTheWeekBeforeIsASpike(int monday, boolean fires) {
    flag(FlagType.SPIKE, monday);
    week(monday, 42);
    assertThat(factors().contains(LimiterFactor.LOAD_SPIKE)).isEqualTo(fires);
  }

  @Test
  void loadSpikeEvidenceNamesTheWeekAndTheRise() {
    flag(FlagType.SPIKE, 21);
    week(21, 42.4);
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.LOAD_SPIKE,
                "Your deadlift volume in the week of 2024-01-22 was 42% above the week before; this"
                    + " came before the pain began on 2024-01-29 and may have contributed.",
                day(27)));
  }

  @Test
  void twoSpikeWeeksAreBothNamedAndTheLaterDates() {
    flag(FlagType.SPIKE, 21);
    flag(FlagType.SPIKE, 28);
    week(21, 40);
    week(28, 31);
    acwr(22, 1.6);
    assertThat(attribute())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.evidence())
                  .startsWith(
                      "Your deadlift volume in the week of 2024-01-22 was 40% above the week"
                          + " before, and your deadlift volume in the week of 2024-01-29 was 31%"
                          + " above the week before, and on 2024-01-23");
              assertThat(a.evidenceDate()).isEqualTo(day(28));
            });
  }

  @ParameterizedTest(name = "acwrEwma {1} on day {0} -> {2}")
  @CsvSource({
    "21, 1.6, true",
    "20, 1.6, false",
    "28, 1.51, true",
    "25, 1.5, false",
    "29, 2.0, false"
  })
  void loadSpikeWhenTheEwmaRatioIsAbove1Point5InTheSevenDaysBefore(
      int d, double ratio, boolean fires) {
    acwr(d, ratio);
    acwr(22, null);
    assertThat(factors().contains(LimiterFactor.LOAD_SPIKE)).isEqualTo(fires);
  }

  @Test
  void theSpikeWeekAndTheRatioMakeOneSentence() {
    flag(FlagType.SPIKE, 28);
    week(28, 35);
    acwr(24, 1.55);
    acwr(26, 1.72);
    assertThat(attribute())
        .singleElement()
        .isEqualTo(
            new Attribution(
                LimiterFactor.LOAD_SPIKE,
                "Your deadlift volume in the week of 2024-01-29 was 35% above the week before, and"
                    + " on 2024-01-27 your deadlift load of the last days was 1.72 times your"
                    + " longer-term average (weighted 7-day against 28-day averages); this came"
                    + " before the pain began on 2024-01-29 and may have contributed.",
                day(28)));
  }

  @ParameterizedTest(name = "RETURN_AFTER_BREAK {0} days before onset -> {1}")
  @CsvSource({"0, true", "14, true", "15, false"})
  void returnAfterABreakInTheFourteenDaysBefore(int before, boolean fires) {
    flag(FlagType.RETURN_AFTER_BREAK, ONSET - before);
    assertThat(factors().contains(LimiterFactor.RETURN_AFTER_BREAK)).isEqualTo(fires);
  }

  @Test
  void returnEvidenceCountsTheDaysOff() {
    log.add(set(0, "Deadlift", 100, 5));
    log.add(set(20, "Deadlift", 100, 5));
    flag(FlagType.RETURN_AFTER_BREAK, 20);
    assertThat(attribute().get(0).evidence())
        .isEqualTo(
            "On 2024-01-21 you deadlifted again after 20 days without any, 8 days before the pain"
                + " began; coming back after a break may have contributed.");
    flags.clear();
    log.clear(); // an analysis that does not come from the log given
    flag(FlagType.RETURN_AFTER_BREAK, 27);
    assertThat(attribute().get(0).evidence())
        .isEqualTo(
            "On 2024-01-28 you deadlifted again after a break of more than 14 days, the day before"
                + " the pain began; coming back after a break may have contributed.");
  }

  @ParameterizedTest(name = "STACKED_HARD {0} days before onset -> {1}")
  @CsvSource({"0, true", "7, true", "8, false"})
  void stackedHardSessionsInTheSevenDaysBefore(int before, boolean fires) {
    flag(FlagType.STACKED_HARD, ONSET - before);
    List<Attribution> found = attribute();
    assertThat(found.stream().anyMatch(a -> a.factor() == LimiterFactor.STACKED_SESSIONS))
        .isEqualTo(fires);
    if (before == 0) {
      assertThat(found.get(0).evidence())
          .isEqualTo(
              "Your hard deadlift session on 2024-01-29"
                  + " came within 2 days of the previous hard one, on the day the pain began; hard"
                  + " sessions close together may have contributed.");
    }
  }

  @ParameterizedTest(name = "pain began in set {0} of {1} -> {2}")
  @CsvSource({"3, 3, true", "2, 3, false", "4, 5, true", "3, 5, false"})
  void sessionFatigueWhenThePainBeganInTheLastThirdOfTheSets(int s, int of, boolean fires) {
    checkIn(at(30).withOnsetDetails(PainStart.inSet(s, of), null));
    assertThat(factors().contains(LimiterFactor.SESSION_FATIGUE)).isEqualTo(fires);
  }

  @Test
  void sessionFatigueFromAFatigueDropOnTheOnsetDateOnly() {
    flag(FlagType.FATIGUE_DROP, 27);
    assertThat(factors()).isEmpty();
    flag(FlagType.FATIGUE_DROP, 28);
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.SESSION_FATIGUE,
                "On 2024-01-29 your last heavy set came out clearly weaker than the earlier ones at"
                    + " the same weight; fatigue late in a session may have contributed.",
                day(28)));
  }

  @Test
  void sessionFatigueWhenMostEpisodesBeganLateInASession() {
    episodes.add(new Episode(day(0), day(5)));
    episodes.add(new Episode(day(10), day(15)));
    checkIns.add(at(1).withOnsetDetails(PainStart.inSet(5, 5), null));
    checkIns.add(at(11).withOnsetDetails(PainStart.inSet(3, 3), null));
    checkIns.add(at(29).withOnsetDetails(PainStart.inSet(1, 3), null));
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.SESSION_FATIGUE,
                "In 2 of your 3 pain episodes with a known start, the pain began late in the"
                    + " session; fatigue late in a session may have contributed.",
                null));
    checkIns.set(1, at(11).withOnsetDetails(PainStart.inSet(1, 3), null));
    assertThat(factors()).isEmpty();
  }

  @Test
  void recoveryWhenTwoOfTheThreeDaysBeforeHadShortSleepOrHighStress() {
    checkIn(at(25).withRecovery(null, 7));
    checkIn(at(27).withRecovery(5.5, null));
    checkIn(at(27).withRecovery(4.0, 9));
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.RECOVERY,
                "In the 3 days before the pain began you reported short sleep or high stress on 2"
                    + " days (2024-01-26: stress 7/10; 2024-01-28: 5.5 h of sleep, 4 h of sleep,"
                    + " stress 9/10); poor recovery may have contributed.",
                day(27)));
  }

  @Test
  void recoveryNeedsTwoPoorDaysInsideTheWindowBelowTheLimits() {
    checkIn(at(24).withRecovery(4.0, 9)); // 4 days before: outside
    checkIn(at(28).withRecovery(4.0, 9)); // the onset date: outside
    checkIn(at(26).withRecovery(6.0, 6)); // 6 h and stress 6: fine
    checkIn(at(27).withRecovery(5.9, null));
    assertThat(factors()).isEmpty();
    checkIn(at(25).withRecovery(null, 7));
    assertThat(factors()).containsExactly(LimiterFactor.RECOVERY);
  }

  @Test
  void mobilityFromTheScreenWithTheWeakEvidenceCaveat() {
    screen = new Screen(10.0, 10.0, true, null, null, null);
    assertThat(factors()).isEmpty();
    screen = new Screen(9.5, 8.0, false, null, null, null);
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.MOBILITY,
                "Your screen shows that your knee-to-wall test was 9.5 cm on the left, and your"
                    + " knee-to-wall test was 8 cm on the right, and you could not hinge to"
                    + " mid-shin with a flat back; limited mobility may have contributed, though"
                    + " the evidence linking mobility and back pain is weak.",
                null));
  }

  @Test
  void bracingEnduranceFromTheScreen() {
    screen = new Screen(null, null, null, 60.0, 60.0, 120.0);
    assertThat(factors()).isEmpty();
    screen = new Screen(null, null, null, 45.0, 59.0, 119.0);
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.BRACING_ENDURANCE,
                "Your side plank held 45 s on the left, and your side plank held 59 s on the right,"
                    + " and your back-extensor hold lasted 119 s; trunk endurance may have been a"
                    + " limiter.",
                null));
  }

  @Test
  void bracingEnduranceWhenPainStartsLateWithinTheSet() {
    checkIn(at(29).withOnsetDetails(new PainStart(1, 3, 3, 5), null));
    assertThat(factors()).isEmpty();
    checkIns.clear();
    checkIn(at(29).withOnsetDetails(new PainStart(1, 3, 4, 5), null));
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.BRACING_ENDURANCE,
                "The pain began in rep 4 of 5, late in the set; trunk endurance may have been a"
                    + " limiter.",
                day(28)));
  }

  @Test
  void bracingEnduranceWhenPainTendsToStartLateWithinSetsAcrossEpisodes() {
    episodes.add(new Episode(day(0), day(5)));
    episodes.add(new Episode(day(10), day(15)));
    checkIns.add(at(1).withOnsetDetails(new PainStart(1, 3, 5, 5), null));
    checkIns.add(at(11).withOnsetDetails(new PainStart(1, 3, 8, 8), null));
    checkIns.add(at(29).withOnsetDetails(new PainStart(1, 3, 1, 5), null));
    assertThat(attribute())
        .extracting(Attribution::evidence)
        .containsExactly(
            "In 2 of 3 episodes with a known rep, the pain began late within the set; trunk"
                + " endurance may have been a limiter.");
  }

  @Test
  void techniqueWhenThePersonNoticedTheBarOrTheirBack() {
    checkIn(
        at(29)
            .withOnsetDetails(
                null, EnumSet.of(TechniqueNote.BACK_ROUNDED, TechniqueNote.BAR_DRIFTED_AWAY)));
    assertThat(attribute())
        .containsExactly(
            new Attribution(
                LimiterFactor.TECHNIQUE,
                "When the pain began you noticed the bar drifting away from you and your back"
                    + " rounding; how the lift was moving may have contributed.",
                day(28)));
  }

  @Test
  void anotherEpisodesNotesDoNotCount() {
    episodes.add(new Episode(day(0), day(5)));
    checkIns.add(
        at(1).withOnsetDetails(PainStart.inSet(3, 3), EnumSet.of(TechniqueNote.BACK_ROUNDED)));
    assertThat(factors()).isEmpty();
  }

  @Test
  void rankedByTheMostRecentEvidenceThenTheTableOrder() {
    flag(FlagType.SPIKE, 21);
    week(21, 50);
    flag(FlagType.RETURN_AFTER_BREAK, 20);
    flag(FlagType.STACKED_HARD, 26);
    checkIn(at(25).withRecovery(5.0, null));
    checkIn(at(27).withRecovery(5.0, null));
    checkIn(at(29).withOnsetDetails(PainStart.inSet(3, 3), EnumSet.of(TechniqueNote.BACK_ROUNDED)));
    screen = new Screen(8.0, null, null, 30.0, null, null);
    List<Attribution> found = attribute();
    assertThat(found)
        .extracting(Attribution::factor)
        .containsExactly(
            LimiterFactor.SESSION_FATIGUE, LimiterFactor.TECHNIQUE, // the onset date
            LimiterFactor.LOAD_SPIKE, LimiterFactor.RECOVERY, // the day before
            LimiterFactor.STACKED_SESSIONS, LimiterFactor.RETURN_AFTER_BREAK,
            LimiterFactor.MOBILITY, LimiterFactor.BRACING_ENDURANCE); // undated: the screen
    assertThat(found)
        .extracting(Attribution::evidence)
        .allMatch(e -> e.contains("may have"))
        .noneMatch(e -> e.contains("caused") || e.contains("because"));
    assertThat(LimiterAttribution.summary(found))
        .isEqualTo(
            "These came before the pain and may"
                + " have contributed; none of them is a certain cause.");
  }

  @Test
  void theWindowIncludesTheOnsetDate() {
    assertThat(LimiterAttribution.within(day(28), day(28), 7)).isTrue();
    assertThat(LimiterAttribution.within(day(21), day(28), 7)).isTrue();
    assertThat(LimiterAttribution.within(day(20), day(28), 7)).isFalse();
    assertThat(LimiterAttribution.within(day(29), day(28), 7)).isFalse();
  }
}
