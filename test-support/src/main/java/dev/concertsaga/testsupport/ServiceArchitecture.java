package dev.concertsaga.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service follows: {@code domain} knows only the JDK and itself; {@code application}
 * knows no adapter and no configuration; inbound and outbound adapters do not know each other and are package-private;
 * events leave a service only through the outbox. A service's architecture test calls {@link #verify(String)}.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }

    static List<ArchRule> rules(String basePackage) {
        return List.of(domainKnowsOnlyTheJdkAndItself(basePackage), inboundAdaptersDoNotKnowOutboundOnes(basePackage),
                outboundAdaptersDoNotKnowInboundOnes(basePackage), adaptersArePackagePrivate(basePackage),
                useCasesDoNotKnowConfiguration(basePackage), useCasesReachTheOutsideOnlyThroughPorts(basePackage),
                eventsLeaveOnlyThroughTheOutbox());
    }

    // An allow-list: the event types are words of the wire, which the application layer translates the domain's results into.
    static ArchRule domainKnowsOnlyTheJdkAndItself(String basePackage) {
        return classes().that().resideInAPackage(basePackage + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", basePackage + ".domain..")
                .as("the domain knows only the JDK and its own service's domain");
    }

    static ArchRule inboundAdaptersDoNotKnowOutboundOnes(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".adapter.in..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".adapter.out..")
                .as("inbound adapters reach outbound ones only through the use cases");
    }

    static ArchRule outboundAdaptersDoNotKnowInboundOnes(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".adapter.out..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".adapter.in..")
                .as("outbound adapters know nothing of inbound ones");
    }

    static ArchRule adaptersArePackagePrivate(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".adapter..").should().bePublic()
                .as("adapters are package-private; only ports and use cases are public");
    }

    static ArchRule useCasesDoNotKnowConfiguration(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".application..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".config..")
                .as("use cases get their settings as application values, built by the configuration");
    }

    static ArchRule useCasesReachTheOutsideOnlyThroughPorts(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".adapter..", "jakarta.persistence..",
                        "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.web..", "dev.concertsaga.web..")
                .as("use cases reach the outside only through ports");
    }

    static ArchRule eventsLeaveOnlyThroughTheOutbox() {
        return noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaOperations")
                .as("events leave a service only through the outbox, never by sending directly");
    }
}
