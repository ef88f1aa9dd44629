package dev.backload.app.security;

import dev.backload.app.account.AccessTokens;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.LoginThrottle;
import dev.backload.app.account.SecurityEvents;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what. Public: the home page, the anonymous check-in (page and API), static files, the
 * OpenAPI description and the health endpoint. Everything else needs a login. The chain ends with
 * {@code anyRequest().authenticated()} so a route nobody thought of fails closed.
 */
@Configuration
class SecurityConfig {

  /**
   * The Content-Security-Policy of every page: only our own scripts and styles, nothing inline, no
   * framing, no plugins.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** How long a browser keeps to HTTPS after seeing the site over it: one year. */
  static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

  static final String CLEAR_SITE_DATA = "Clear-Site-Data";
  static final String CLEAR_ON_LOGOUT = "\"cache\", \"cookies\", \"storage\"";

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      AccessTokens tokens,
      AccountRepository accounts,
      LoginThrottle throttle,
      SecurityEvents events)
      throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    RequestMatcher api = path.matcher("/api/**");
    // Anonymous API calls that take credentials in the body; no cookie is involved.
    RequestMatcher signUpApi = path.matcher(HttpMethod.POST, "/api/v1/accounts");
    RequestMatcher tokenApi = path.matcher(HttpMethod.POST, "/api/v1/tokens");
    http.addFilterBefore(
            new AccessTokenFilter(tokens, accounts, events),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(
            new LoginThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new EndedSessionFilter(accounts), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(signUpApi, tokenApi)
                    .permitAll()
                    .requestMatchers(
                        "/",
                        "/check-in",
                        "/login",
                        "/signup",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/actuator/health",
                        "/api/v1/triage")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        // The anonymous triage endpoint changes no state, and requests that carry a bearer token
        // cannot be forged by another site; everything else needs the CSRF token.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    path.matcher("/api/v1/triage"),
                    signUpApi,
                    tokenApi,
                    request -> {
                      String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
                      return auth != null && auth.startsWith("Bearer ");
                    }))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(
                        (request, response, authentication) -> {
                          throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
                          new SavedRequestAwareAuthenticationSuccessHandler()
                              .onAuthenticationSuccess(request, response, authentication);
                        })
                    .failureHandler(
                        (request, response, exception) -> {
                          throttle.recordFailure(
                              request.getParameter("username"), request.getRemoteAddr());
                          response.sendRedirect(request.getContextPath() + "/login?error");
                        })
                    .permitAll())
        // Logging out also tells the browser to drop what it kept of the site (ASVS 14.3.1).
        // Written on every logout: Spring's ClearSiteDataHeaderWriter would skip plain HTTP.
        .logout(
            logout ->
                logout
                    .addLogoutHandler(
                        (request, response, authentication) ->
                            response.setHeader(CLEAR_SITE_DATA, CLEAR_ON_LOGOUT))
                    .logoutSuccessUrl("/")
                    .permitAll())
        // The API answers with problem details where a page would redirect to the login form.
        .exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(
                        (request, response, e) ->
                            ApiErrors.write(
                                response,
                                401,
                                "Unauthorized",
                                "Sign in, or send a personal access token as Authorization: Bearer."),
                        api)
                    .defaultAccessDeniedHandlerFor(
                        (request, response, e) -> {
                          events.accessRefused("forbidden");
                          ApiErrors.write(
                              response,
                              403,
                              "Forbidden",
                              e instanceof CsrfException
                                  ? "The CSRF token is missing or wrong; send it with requests"
                                      + " that use the session, or use a personal access token."
                                  : "This request is not allowed.");
                        },
                        api)
                    // Every 403 of the security layer is a security event, pages' too.
                    .defaultAccessDeniedHandlerFor(
                        (request, response, e) -> {
                          events.accessRefused("forbidden");
                          new AccessDeniedHandlerImpl().handle(request, response, e);
                        },
                        AnyRequestMatcher.INSTANCE))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    // Written only on requests seen as secure: over HTTPS, or forwarded as HTTPS by
                    // a proxy that backload.trusted-proxies names.
                    .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                    .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /**
   * PBKDF2 for new passwords (bcrypt silently uses only the first 72 bytes, and Spring Security 7
   * refuses longer ones), while hashes written with bcrypt still verify and are upgraded at login.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    String defaultId = "pbkdf2@SpringSecurity_v5_8";
    Map<String, PasswordEncoder> encoders = new HashMap<>();
    encoders.put(defaultId, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    encoders.put("bcrypt", new BCryptPasswordEncoder());
    return new DelegatingPasswordEncoder(defaultId, encoders);
  }
}
