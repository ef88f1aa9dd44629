package dev.backload.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which scope each kind of API request needs (the table docs/api.md describes). */
class TokenScopeTest {
  @Test
  void readsNeedReadImportWritesNeedImportOtherWritesNeedWrite() {
    assertThat(TokenScope.requiredFor("GET", "/api/v1/workouts")).isEqualTo(TokenScope.READ);
    assertThat(TokenScope.requiredFor("HEAD", "/api/v1/export")).isEqualTo(TokenScope.READ);
    assertThat(TokenScope.requiredFor("GET", "/api/v1/imports/7")).isEqualTo(TokenScope.READ);
    assertThat(TokenScope.requiredFor("POST", "/api/v1/imports")).isEqualTo(TokenScope.IMPORT);
    assertThat(TokenScope.requiredFor("DELETE", "/api/v1/imports/7")).isEqualTo(TokenScope.IMPORT);
    assertThat(TokenScope.requiredFor("POST", "/api/v1/importsx")).isEqualTo(TokenScope.WRITE);
    assertThat(TokenScope.requiredFor("POST", "/api/v1/workouts")).isEqualTo(TokenScope.WRITE);
    assertThat(TokenScope.requiredFor("PUT", "/api/v1/account")).isEqualTo(TokenScope.WRITE);
    assertThat(TokenScope.requiredFor("DELETE", "/api/v1/workouts/1")).isEqualTo(TokenScope.WRITE);
    assertThat(TokenScope.requiredFor("PATCH", "/api/v1/profile")).isEqualTo(TokenScope.WRITE);
  }

  @Test
  void scopeNamesAreExactLowerCase() {
    assertThat(TokenScope.ofId("read")).contains(TokenScope.READ);
    assertThat(TokenScope.ofId("import")).contains(TokenScope.IMPORT);
    assertThat(TokenScope.ofId("READ")).isEmpty();
    assertThat(TokenScope.ofId(" write")).isEmpty();
    assertThat(TokenScope.ofId(null)).isEmpty();
    assertThat(TokenScope.all()).containsExactly(TokenScope.values());
  }
}
