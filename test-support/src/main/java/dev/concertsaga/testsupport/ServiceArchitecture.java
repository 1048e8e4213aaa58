package dev.concertsaga.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service follows: {@code domain} knows no framework, {@code application} knows no adapter, and
 * events leave a service only through the outbox. A service's architecture test calls {@link #verify(String)}.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
        rules().forEach(rule -> rule.check(classes));
    }

    static List<ArchRule> rules() {
        return List.of(
                noClasses().that().resideInAPackage("..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "org.springframework..", "jakarta.persistence..", "org.hibernate..", "org.apache.kafka..",
                                "tools.jackson..", "com.fasterxml.jackson..", "dev.concertsaga.messaging..", "dev.concertsaga.web..",
                                "..application..", "..adapter..", "..config..")
                        .as("the domain knows no framework, no adapter and no use case"),
                noClasses().that().resideInAPackage("..application..")
                        .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "jakarta.persistence..", "org.apache.kafka..",
                                "org.springframework.kafka..", "org.springframework.web..", "dev.concertsaga.web..")
                        .as("use cases reach the outside only through ports"),
                noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaOperations")
                        .as("events leave a service only through the outbox, never by sending directly"));
    }
}
