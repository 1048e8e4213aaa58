package dev.concertsaga.web;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every log line of a request about one payment ({@code /payments/{paymentId}…}) carries its {@code paymentId} in MDC,
 * as the lines of the records of its saga do (common-messaging), so that one grep follows a saga; the request's
 * {@code traceId} is there through the tracer.
 */
@AutoConfiguration
public class PaymentLogContextAutoConfiguration {

    /** The MDC key common-messaging uses for the records of a saga. */
    static final String PAYMENT_ID = "paymentId";

    @Bean
    WebMvcConfigurer paymentIdInLogs() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PaymentIdInterceptor());
            }
        };
    }

    private static final class PaymentIdInterceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                    && variables.get(PAYMENT_ID) instanceof String paymentId) {
                MDC.put(PAYMENT_ID, paymentId);
            }
            return true;
        }

        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
            MDC.remove(PAYMENT_ID);
        }
    }
}
