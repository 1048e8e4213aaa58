package dev.concertsaga.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test context at the shared {@link TestInfrastructure}: sets {@code spring.datasource.*} to the
 * named database and {@code spring.kafka.bootstrap-servers} to the broker. Contexts with the same database are shared.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

    /** The database this context uses, created empty on first use. */
    String database();
}
