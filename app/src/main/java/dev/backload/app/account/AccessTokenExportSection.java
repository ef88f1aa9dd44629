package dev.backload.app.account;

import org.springframework.stereotype.Component;

/** The account's live personal access tokens in the export: names and dates, never the secret. */
@Component
class AccessTokenExportSection implements ExportSection {
  private final AccessTokens tokens;

  AccessTokenExportSection(AccessTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public String name() {
    return "accessTokens";
  }

  @Override
  public Object export(long accountId) {
    return tokens.list(accountId);
  }
}
