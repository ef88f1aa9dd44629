package dev.backload.app.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a personal access token may do, chosen when it is made. Every API route needs exactly one
 * scope, decided by {@link #requiredFor}: {@code GET} and {@code HEAD} (and {@code OPTIONS}) need
 * {@link #READ}; writes to the import endpoints ({@code /api/v1/imports} and below) need {@link
 * #IMPORT}; every other write needs {@link #WRITE}. So an importing script cannot change or delete
 * workouts, and a read-only dashboard cannot change anything. Account-level actions (deleting the
 * account, making or revoking tokens) are refused to every token whatever its scopes.
 */
public enum TokenScope {
  READ,
  WRITE,
  IMPORT;

  /** The name used in the API, the database and the pages: {@code read}, {@code write}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope with this API name. */
  public static Optional<TokenScope> ofId(String id) {
    for (TokenScope scope : values()) {
      if (scope.id().equals(id)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }

  /** All three: what a token gets when its scopes are left out. */
  public static Set<TokenScope> all() {
    return EnumSet.allOf(TokenScope.class);
  }

  /**
   * The scope an API request needs.
   *
   * @param method the HTTP method
   * @param path the path inside the application, starting with {@code /api/}
   */
  public static TokenScope requiredFor(String method, String path) {
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      return READ;
    }
    if (path.equals("/api/v1/imports") || path.startsWith("/api/v1/imports/")) {
      return IMPORT;
    }
    return WRITE;
  }
}
