package dev.concertsaga.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * Titles each service's OpenAPI document (and Swagger UI) with the service's name, and describes it with
 * {@code info.app.description}, the same text {@code /actuator/info} shows.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(Environment environment) {
        return new OpenAPI().info(new Info()
                .title(environment.getProperty("spring.application.name", "concert-saga"))
                .version(environment.getProperty("info.app.version", "v1"))
                .description(environment.getProperty("info.app.description")));
    }
}
