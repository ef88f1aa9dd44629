package dev.backload.app.security;

import dev.backload.app.support.TestClock;
import dev.backload.app.support.TestDatabases;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application deployed for HTTPS behind a TLS-terminating proxy on this machine: {@code
 * backload.trusted-proxies} names 127.0.0.1, where the tests' client is, {@code backload.https} is
 * on, and the server listens on every address (so the demo login gets a random password). The
 * embedded H2 database; a {@link TestClock}; and a {@link Probe} that shows what the application
 * sees of each request.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "backload.trusted-proxies=127.0.0.1/32",
      "backload.https=true",
      "server.address=0.0.0.0"
    })
@ContextConfiguration(initializers = TestDatabases.H2.class)
@Import({TestClock.Config.class, BehindTrustedProxy.Probe.class})
@interface BehindTrustedProxy {

  /**
   * Adds {@value #REMOTE_ADDR} and {@value #SECURE} to every response: the client address and
   * whether the request counts as secure, as the application sees them after Tomcat has (or has
   * not) applied the forwarded headers. A filter, not a route, so the routes are the application's
   * own.
   */
  @TestConfiguration(proxyBeanMethods = false)
  class Probe {
    static final String REMOTE_ADDR = "X-Test-Remote-Addr";
    static final String SECURE = "X-Test-Secure";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OncePerRequestFilter remoteAddressProbe() {
      return new OncePerRequestFilter() {
        @Override
        protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
          response.setHeader(REMOTE_ADDR, request.getRemoteAddr());
          response.setHeader(SECURE, Boolean.toString(request.isSecure()));
          chain.doFilter(request, response);
        }
      };
    }
  }
}
