/**
 * The plan (planner.md, issue 5): the plan page and its API, built from the account's log,
 * check-ins with their planner context, pain monitoring, the short screen and the loadable
 * increment ({@link dev.backload.app.planning.PlanService}); the screen page and API; starting the
 * planned session as a workout; and the offline input of {@code backload plan} ({@link
 * dev.backload.app.planning.OfflinePlanInput}). The rules themselves live in the core ({@link
 * dev.backload.core.planning.Planner}); this package only gathers their input and shows the result.
 */
package dev.backload.app.planning;
