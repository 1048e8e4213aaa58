package dev.concertsaga.messaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import dev.concertsaga.messaging.testapp.MessagingTestApplication;
import dev.concertsaga.testsupport.RealInfrastructure;

/** The test application on real Kafka and PostgreSQL; every class with this shares one context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MessagingTestApplication.class)
@RealInfrastructure(database = "messaging")
@interface MessagingIT {
}
