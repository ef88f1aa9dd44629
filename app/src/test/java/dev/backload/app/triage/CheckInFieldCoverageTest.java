package dev.backload.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.triage.CheckIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every field of the check-in's JSON contract (the core's {@link CheckIn#toFields()}, which its
 * reader reads back) is asked by the form and the page, and described by the OpenAPI document, so
 * that a field added to the core and missed in one of these places fails here.
 */
class CheckInFieldCoverageTest {

  private static final Map<String, Object> DEFAULTS = CheckIn.builder(0).build().toFields();

  private static Set<String> contextFields() {
    return ((Map<?, ?>) DEFAULTS.get("context"))
        .keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void theFormGivesEveryFieldOfTheCheckIn() {
    Map<String, Object> fields = CheckInPageController.toFields(new CheckInForm());

    assertThat(fields.keySet()).isEqualTo(DEFAULTS.keySet());
    assertThat(((Map<?, ?>) fields.get("context")).keySet()).isEqualTo(contextFields());
  }

  @Test
  void theFormCanAnswerEveryFieldAwayFromItsDefault() {
    CheckInForm form = new CheckInForm();
    form.setPainNow(4);
    form.setPainPeak(7);
    form.setPainDuringSession(5);
    form.setDaysSinceOnset(12);
    form.setOnset("RIGHT_AFTER_LIFT");
    form.setQuality(List.of("TIGHTNESS"));
    form.setLocation("ONE_SIDE");
    form.setLeg("ONE_LEG_ABOVE_KNEE");
    form.setLegNumbness(true);
    form.setLegWeakness("ONE_LEG");
    form.setWeaknessProgressing(true);
    form.setMovementEffect("NO_CHANGE");
    form.setStoppedSet(true);
    form.setLostStrengthOrControl(true);
    form.setTrend("SAME");
    form.setPainfulSessionsInARow(3);
    form.setDailyLife(List.of("SITTING"));
    form.setUnsure(true);
    form.setAge(44);
    form.setEmergencySigns(CheckInPageController.EMERGENCY_SIGNS);
    form.setIllnessSigns(CheckInPageController.ILLNESS_SIGNS);
    form.setHistory(CheckInPageController.HISTORY);
    form.setDaysSinceLastHinge(4);
    form.setHingeWeekChangePct(12.5);

    Map<String, Object> answered =
        CheckIn.fromFields(CheckInPageController.toFields(form)).toFields();

    for (String field : DEFAULTS.keySet()) {
      assertThat(answered.get(field)).as(field).isNotEqualTo(DEFAULTS.get(field));
    }
    assertThat((Map<?, ?>) answered.get("context")).doesNotContainValue(null);
  }

  @Test
  void theCheckInPageAsksEveryField() throws IOException {
    String page;
    try (InputStream in = getClass().getResourceAsStream("/templates/check-in.html")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String field : DEFAULTS.keySet()) {
      if (field.equals("context")) {
        continue;
      }
      // An input of its own, or an item of a checklist (emergency signs, illness signs, history).
      assertThat(
              page.contains("th:field=\"*{" + field + "}\"")
                  || page.contains("value=\"" + field + "\""))
          .as(field + " on check-in.html")
          .isTrue();
    }
    for (String field : contextFields()) {
      assertThat(page).as("context." + field).contains("th:field=\"*{" + field + "}\"");
    }
  }

  @Test
  void theOpenApiDocumentDescribesEveryFieldWithItsChoices() throws Exception {
    List<String> documented =
        Arrays.stream(CheckInDocument.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    assertThat(documented).containsExactlyElementsOf(DEFAULTS.keySet());
    assertThat(
            Arrays.stream(CheckInDocument.Context.class.getRecordComponents())
                .map(RecordComponent::getName))
        .containsExactlyInAnyOrderElementsOf(contextFields());

    for (RecordComponent component : CheckInDocument.class.getRecordComponents()) {
      Class<?> choices =
          choices(CheckIn.class.getMethod(component.getName()).getGenericReturnType());
      if (choices == null) {
        continue;
      }
      List<String> names =
          Arrays.stream(choices.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      Schema schema =
          CheckInDocument.class.getDeclaredField(component.getName()).getAnnotation(Schema.class);
      assertThat(schema.allowableValues()).as(component.getName()).containsExactlyElementsOf(names);
    }
  }

  /** The enum a field's value is (or is a set of), or {@code null}. */
  private static Class<?> choices(Type type) {
    if (type instanceof Class<?> c && c.isEnum()) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Set.class) {
      return choices(p.getActualTypeArguments()[0]);
    }
    return null;
  }
}
