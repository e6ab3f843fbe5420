package dev.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the annotated Spring test against the real PostgreSQL on 127.0.0.1:5432 (database
 * {@code tandem_test}, or {@code TANDEM_TEST_DATABASE_URL}). Tests create their own
 * uniquely named data, so they can share the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles({ "test", "postgres" })
public @interface OnPostgres {

}
