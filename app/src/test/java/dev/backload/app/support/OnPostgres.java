package dev.backload.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the whole application on a random port, with a real PostgreSQL 17
 * server (embedded binaries, started once per test run). All classes so annotated share one
 * application context, whose clock is a {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.Postgres.class)
@Import(TestClock.Config.class)
public @interface OnPostgres {}
