package dev.backload.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the whole application on a random port, with the embedded H2 file
 * database (PostgreSQL mode, {@code WRITE_DELAY=0}) as {@code backload serve} uses it, in a fresh
 * temporary directory. All classes so annotated share one application context, whose clock is a
 * {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@Import(TestClock.Config.class)
public @interface OnH2 {}
