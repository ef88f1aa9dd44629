package dev.backload.app.account;

import java.time.Instant;

/**
 * A Backload account.
 *
 * @param id database id
 * @param email the login name, stored lower-cased
 * @param passwordHash the encoded password with its {@code {id}} prefix; never shown
 * @param displayName how the person likes to be called, or {@code null}
 * @param weightUnit {@code kg} or {@code lb}: the unit loads are shown and entered in
 * @param timeZone the IANA time zone the person's dates are in
 * @param createdAt when the account was created
 */
public record Account(
    long id,
    String email,
    String passwordHash,
    String displayName,
    String weightUnit,
    String timeZone,
    Instant createdAt) {}
