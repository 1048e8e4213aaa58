package dev.concertsaga.web;

import java.util.List;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Each service's OpenAPI document (and Swagger UI): titled with the service's name and described with
 * {@code info.app.description}, the same text {@code /actuator/info} shows; every operation's problems documented
 * ({@link ProblemDocs}); and JSON answers said to be {@code application/json} rather than springdoc's {@code *}{@code /*}.
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, GlobalOperationCustomizer.class})
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceApi(Environment environment) {
        return new OpenAPI()
                .info(new Info()
                        .title(environment.getProperty("spring.application.name", "concert-saga"))
                        .version(environment.getProperty("info.app.version", "v1"))
                        .description(environment.getProperty("info.app.description")))
                // Relative: the same document serves whoever reaches the service, directly or through the web app's proxy.
                .servers(List.of(new Server().url("/").description("This service")))
                // No endpoint asks for credentials: the queue token is a business header, documented where it is read.
                .security(List.of())
                .components(new Components().addSchemas(ProblemDocs.PROBLEM_SCHEMA, ProblemDocs.problemSchema()));
    }

    @Bean
    GlobalOperationCustomizer problemResponses() {
        return ProblemDocs::document;
    }

    @Bean
    GlobalOpenApiCustomizer jsonAnswers() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> response.setContent(json(response.getContent())));
                }
            }));
        };
    }

    private static Content json(Content content) {
        if (content == null || !content.containsKey("*/*")) {
            return content;
        }
        MediaType any = content.remove("*/*");
        content.putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
        return content;
    }
}
