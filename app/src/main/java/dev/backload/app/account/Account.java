package dev.backload.app.account;

import dev.backload.core.importing.WeightUnit;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A Backload account.
 *
 * @param id database id
 * @param email the login name, stored lower-cased
 * @param passwordHash the encoded password with its {@code {id}} prefix; never shown
 * @param displayName how the person likes to be called, or {@code null}
 * @param weightUnit the unit loads are shown and entered in
 * @param timeZone the time zone the person's dates are in (UTC when the stored name is unknown to
 *     this Java runtime)
 * @param createdAt when the account was created
 * @param country the two-letter code of the country the person lives in, for the emergency number
 *     of a result, or {@code null} when not set
 */
public record Account(
    long id,
    String email,
    String passwordHash,
    String displayName,
    WeightUnit weightUnit,
    ZoneId timeZone,
    Instant createdAt,
    String country) {}
