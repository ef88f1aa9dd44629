package dev.backload.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The session cookie of a site served over HTTPS ({@code backload.https=true}): named with the
 * {@code __Host-} prefix, {@code Secure}, {@code Path=/} and without {@code Domain}, so a browser
 * sends it only over HTTPS and no other host (a sibling subdomain included) can set or replace it.
 * {@code HttpOnly} and {@code SameSite=Lax} come from {@code application.properties} in either
 * mode.
 *
 * <p>The laptop default ({@code http://127.0.0.1}) keeps the plain {@code JSESSIONID}: a browser
 * would refuse a {@code __Host-} cookie over plain HTTP on any other address. Runs after Spring
 * Boot's own customizer, which applies the {@code server.servlet.session.cookie.*} properties.
 */
@Component
class HttpsSessionCookie
    implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {
  /** The session cookie's name over HTTPS. */
  static final String NAME = "__Host-backload-session";

  private final boolean https;

  HttpsSessionCookie(@Value("${backload.https:false}") boolean https) {
    this.https = https;
  }

  @Override
  public void customize(ConfigurableServletWebServerFactory factory) {
    if (!https) {
      return;
    }
    Cookie cookie = factory.getSettings().getSession().getCookie();
    cookie.setName(NAME);
    cookie.setSecure(true);
    cookie.setPath("/");
    cookie.setDomain(null);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
