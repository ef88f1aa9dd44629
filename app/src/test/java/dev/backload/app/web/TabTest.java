package dev.backload.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabTest {
  @Test
  void eachPageBelongsToOneTabByItsPath() {
    assertThat(Tab.of("/today")).isEqualTo(Tab.TODAY);
    assertThat(Tab.of("/check-in")).isEqualTo(Tab.TODAY);
    assertThat(Tab.of("/check-ins/new")).isEqualTo(Tab.TODAY);
    assertThat(Tab.of("/workouts")).isEqualTo(Tab.LOG);
    assertThat(Tab.of("/workouts/12/sets/3/edit")).isEqualTo(Tab.LOG);
    assertThat(Tab.of("/plan")).isEqualTo(Tab.PLAN);
    assertThat(Tab.of("/screen")).isEqualTo(Tab.PLAN);
    assertThat(Tab.of("/dashboard")).isEqualTo(Tab.PROGRESS);
    assertThat(Tab.of("/check-ins")).isEqualTo(Tab.PROGRESS);
    assertThat(Tab.of("/check-ins/5")).isEqualTo(Tab.PROGRESS);
    assertThat(Tab.of("/more")).isEqualTo(Tab.MORE);
    assertThat(Tab.of("/import/preview")).isEqualTo(Tab.MORE);
    assertThat(Tab.of("/account/data")).isEqualTo(Tab.MORE);
    assertThat(Tab.of("/assessments")).isEqualTo(Tab.MORE);
    assertThat(Tab.of("/monitoring/7")).isEqualTo(Tab.MORE);
  }

  @Test
  void aPathOutsideTheTabsMarksNone() {
    assertThat(Tab.of("/error")).isNull();
    assertThat(Tab.of("/")).isNull();
    assertThat(Tab.of("/planner")).as("a prefix of a word is not a path under it").isNull();
    assertThat(Tab.of(null)).isNull();
  }

  @Test
  void everyTabLinksToAPageThatMarksIt() {
    for (Tab tab : Tab.values()) {
      assertThat(Tab.of(tab.href())).isEqualTo(tab);
    }
  }
}
