package dev.backload.app.account;

/**
 * Published by {@link AccountDeletion} once an account and its rows are gone, for what the database
 * does not hold (the import page's waiting uploads). Listeners run before the deletion's caller
 * gets its answer.
 *
 * @param accountId the deleted account
 */
public record AccountDeleted(long accountId) {}
