package dev.backload.app.security;

import dev.backload.app.support.TestClock;
import dev.backload.app.support.TestDatabases;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application with the default deployment settings (no trusted proxy, plain HTTP on the
 * loopback address), on the embedded H2 database, with the {@link BehindTrustedProxy.Probe} that
 * shows what the application sees of each request. The tests' client on 127.0.0.1 is then a peer
 * whose forwarded headers must count for nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@Import({TestClock.Config.class, BehindTrustedProxy.Probe.class})
@interface UntrustedPeer {}
