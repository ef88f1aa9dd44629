package dev.backload.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The health endpoint reports the database, and nothing else is exposed. */
abstract class HealthContract {
  @Value("${local.server.port}")
  int port;

  @Test
  void healthReportsTheDatabaseUp() {
    var response = new Http(port).get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
  }

  @Test
  void otherActuatorEndpointsAndTheH2ConsoleAreNotExposed() {
    Http http = new Http(port);
    for (String path :
        new String[] {"/actuator/env", "/actuator/heapdump", "/actuator/beans", "/h2-console"}) {
      assertThat(http.get(path).statusCode()).as(path).isIn(302, 401, 404);
    }
  }

  @Test
  void pagesCarryTheSecurityHeaders() {
    var response = new Http(port).get("/check-in");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("object-src 'none'", "frame-ancestors 'none'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
  }
}

@OnH2
class HealthH2Test extends HealthContract {}

@OnPostgres
class HealthPostgresTest extends HealthContract {}
