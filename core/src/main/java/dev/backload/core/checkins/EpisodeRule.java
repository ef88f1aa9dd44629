package dev.backload.core.checkins;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When a pain episode opens and closes. Pure; the numbers are named once here.
 *
 * <ul>
 *   <li><b>Opens</b> with a check-in whose {@code painNow} is at least {@value #OPENING_PAIN} when
 *       no episode is open. It begins on the check-in's date, or {@code daysSinceOnset} days
 *       earlier when the person gives that.
 *   <li>Every later check-in belongs to the open episode, pain-free ones included.
 *   <li><b>Closes</b> with the check-in that completes a pain-free run: the episode's most recent
 *       check-ins all have {@code painNow} 0, there are at least {@value #PAIN_FREE_CHECK_INS} of
 *       them, and the last is at least {@value #PAIN_FREE_SPAN_DAYS} calendar days after the first
 *       (for example pain-free on Monday and again on Wednesday). A check-in with pain breaks the
 *       run. The closing check-in is the episode's last; the next check-in with pain opens a new
 *       episode.
 * </ul>
 */
public final class EpisodeRule {

  /** The smallest {@code painNow} that opens an episode. */
  public static final int OPENING_PAIN = 1;

  /** How many pain-free check-ins in a row, at least, close an episode. */
  public static final int PAIN_FREE_CHECK_INS = 2;

  /** How many days, at least, from the first to the last check-in of the closing pain-free run. */
  public static final int PAIN_FREE_SPAN_DAYS = 2;

  private EpisodeRule() {}

  /** The date and pain of one check-in of an episode. */
  public record DatedPain(LocalDate date, int painNow) {}

  /** Whether a check-in with this pain opens an episode when none is open. */
  public static boolean opens(int painNow) {
    return painNow >= OPENING_PAIN;
  }

  /**
   * Whether the episode closes with its latest check-in.
   *
   * @param checkIns every check-in of the episode in order, the latest last
   */
  public static boolean closes(List<DatedPain> checkIns) {
    int count = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (int i = checkIns.size() - 1; i >= 0 && checkIns.get(i).painNow() == 0; i--) {
      count++;
      first = checkIns.get(i).date();
      if (last == null) {
        last = first;
      }
    }
    return count >= PAIN_FREE_CHECK_INS
        && ChronoUnit.DAYS.between(first, last) >= PAIN_FREE_SPAN_DAYS;
  }
}
