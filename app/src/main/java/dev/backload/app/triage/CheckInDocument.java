package dev.backload.app.triage;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The check-in's JSON shape as the OpenAPI description shows it. Documentation only: requests are
 * read and validated by {@code CheckIn.fromFields} in the core, which also rejects unknown fields.
 */
@Schema(
    name = "CheckIn",
    description = "One symptom check-in (triage rulebook v1). Only painNow is required.")
record CheckInDocument(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            minimum = "0",
            maximum = "10",
            description = "Back pain now, 0 none to 10 worst imaginable")
        int painNow,
    @Schema(
            nullable = true,
            minimum = "0",
            maximum = "10",
            description = "Worst back pain since this episode began; at least painNow")
        Integer painPeak,
    @Schema(
            nullable = true,
            minimum = "0",
            maximum = "10",
            description = "Worst pain during the last deadlift session")
        Integer painDuringSession,
    @Schema(
            minimum = "0",
            maximum = "3650",
            defaultValue = "0",
            description = "Days since this episode began (0 = today)")
        Integer daysSinceOnset,
    @Schema(
            nullable = true,
            allowableValues = {
              "DURING_LIFT",
              "RIGHT_AFTER_LIFT",
              "HOURS_AFTER",
              "NEXT_DAY",
              "NOT_AFTER_TRAINING"
            })
        String onset,
    @Schema(
            description = "What the pain feels like",
            allowableValues = {
              "DULL_ACHE",
              "TIGHTNESS",
              "SHARP",
              "CATCHING",
              "SHOOTING",
              "BURNING"
            })
        List<String> quality,
    @Schema(
            nullable = true,
            allowableValues = {"BOTH_SIDES", "ONE_SIDE", "CENTRE", "BETWEEN_SHOULDER_BLADES"})
        String location,
    @Schema(
            defaultValue = "NONE",
            description =
                "Pain, tingling or numbness travelling from the back into a leg (not sore hamstrings)",
            allowableValues = {"NONE", "ONE_LEG_ABOVE_KNEE", "ONE_LEG_BELOW_KNEE", "BOTH_LEGS"})
        String leg,
    @Schema(defaultValue = "false") Boolean legNumbness,
    @Schema(
            defaultValue = "NONE",
            allowableValues = {"NONE", "ONE_LEG", "BOTH_LEGS"})
        String legWeakness,
    @Schema(defaultValue = "false") Boolean weaknessProgressing,
    @Schema(
            nullable = true,
            allowableValues = {"EASES", "NO_CHANGE", "WORSENS"})
        String movementEffect,
    @Schema(defaultValue = "false") Boolean stoppedSet,
    @Schema(defaultValue = "false") Boolean lostStrengthOrControl,
    @Schema(
            nullable = true,
            allowableValues = {"IMPROVING", "SAME", "WORSENING"})
        String trend,
    @Schema(minimum = "0", maximum = "100", defaultValue = "0") Integer painfulSessionsInARow,
    @Schema(allowableValues = {"SITTING", "BENDING", "SLEEPING", "WALKING"}) List<String> dailyLife,
    @Schema(defaultValue = "false") Boolean unsure,
    @Schema(nullable = true, minimum = "16", maximum = "110") Integer age,
    @Schema(defaultValue = "false") Boolean bladderChange,
    @Schema(defaultValue = "false") Boolean bowelChange,
    @Schema(defaultValue = "false") Boolean saddleNumbness,
    @Schema(defaultValue = "false") Boolean sexualDysfunction,
    @Schema(defaultValue = "false") Boolean seriousAccident,
    @Schema(defaultValue = "false") Boolean chestPain,
    @Schema(defaultValue = "false") Boolean fever,
    @Schema(defaultValue = "false") Boolean feelsVeryUnwell,
    @Schema(defaultValue = "false") Boolean unexplainedWeightLoss,
    @Schema(defaultValue = "false") Boolean cancerHistory,
    @Schema(defaultValue = "false") Boolean nightPain,
    @Schema(defaultValue = "false") Boolean osteoporosisOrSteroids,
    @Schema(defaultValue = "false") Boolean immunosuppressed,
    @Schema(defaultValue = "false") Boolean deformityOrLump,
    @Schema(defaultValue = "false") Boolean worseCoughSneeze,
    @Schema(nullable = true) Context context) {

  @Schema(name = "TrainingContext", description = "What the training log says (derived in the app)")
  record Context(
      @Schema(nullable = true, description = "This week's hinge tonnage vs last week, percent")
          Double hingeWeekChangePct,
      @Schema(
              nullable = true,
              minimum = "0",
              description = "Days since the previous deadlift-family session")
          Integer daysSinceLastHinge) {}
}
