package dev.concertsaga.web;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read strictly (DESIGN §4): a number where text is expected, text where a number is expected, a
 * fraction where a whole number is expected, or a number for an enum is a 400 naming the field, never a silent
 * conversion that changes state ({@code {"amount":1.5}} charging 1 point).
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
public class StrictJsonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, only(CoercionInputShape.String, CoercionInputShape.EmptyString))
                .withCoercionConfig(LogicalType.Integer, only(CoercionInputShape.Integer))
                .withCoercionConfig(LogicalType.Float, only(CoercionInputShape.Float, CoercionInputShape.Integer))
                .withCoercionConfig(LogicalType.Boolean, only(CoercionInputShape.Boolean));
    }

    /** Fails every scalar shape but the given ones. */
    private static Consumer<MutableCoercionConfig> only(CoercionInputShape... accepted) {
        Set<CoercionInputShape> keep = Set.of(accepted);
        return config -> Stream.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                        CoercionInputShape.String, CoercionInputShape.EmptyString)
                .filter(shape -> !keep.contains(shape))
                .forEach(shape -> config.setCoercion(shape, CoercionAction.Fail));
    }
}
