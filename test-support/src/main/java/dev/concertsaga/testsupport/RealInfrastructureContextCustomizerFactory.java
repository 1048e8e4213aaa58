package dev.concertsaga.testsupport;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Registered in {@code META-INF/spring.factories}: applies {@link RealInfrastructure} to a test context. */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        RealInfrastructure real = TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class);
        return real == null ? null : new Customizer(real.database());
    }

    /** A record, so its equality makes contexts with the same database shareable by the context cache. */
    record Customizer(String database) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("realInfrastructure", TestInfrastructure.shared().springProperties(database)));
        }
    }
}
