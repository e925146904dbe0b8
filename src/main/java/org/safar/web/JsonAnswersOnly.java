package org.safar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Safar's API answers in JSON, and a call that accepts no JSON (or sends an Accept header that is
 * no list of media types) is refused with a 406 before its handler runs. Spring MVC reads the Accept
 * header only to write the answer, after the handler: a caller who asked for XML got a 406 for a
 * delegation that was opened, cancelled or confirmed all the same.
 */
@Configuration(proxyBeanMethods = false)
class JsonAnswersOnly implements WebMvcConfigurer {

    /** What Spring MVC's JSON converter writes. */
    private static final List<MediaType> WRITTEN = List.of(MediaType.APPLICATION_JSON,
            new MediaType("application", "*+json"));

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptCheck()).addPathPatterns("/api/**");
    }

    /**
     * Answers the refusal itself rather than through {@link ApiExceptionHandler}: Spring MVC would
     * read the same Accept header to write that answer, and an Accept it cannot parse leaves it none.
     */
    static class AcceptCheck implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws IOException {
            List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
            if (accept.isEmpty() || takesJson(accept)) {
                return true;
            }
            ProblemResponse.write(response, HttpStatus.NOT_ACCEPTABLE, ApiMessages.text("title.notAcceptable"),
                    ApiMessages.text("notAcceptable"));
            return false;
        }

        private static boolean takesJson(List<String> accept) {
            try {
                return MediaType.parseMediaTypes(accept).stream()
                        .anyMatch(type -> WRITTEN.stream().anyMatch(type::isCompatibleWith));
            } catch (InvalidMediaTypeException unreadable) {
                return false;
            }
        }
    }
}
