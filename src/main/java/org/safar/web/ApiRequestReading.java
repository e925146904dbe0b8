package org.safar.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * How Safar's own API reads a request body: exactly what the request records declare, nothing
 * guessed. A repeated key, a key the record does not have, a fraction where a whole number belongs,
 * a number or a boolean where text belongs (or the other way round), a null inside a list, and a
 * date other than {@code yyyy-mm-dd} are each refused with the field they are in.
 *
 * <p>Only Spring MVC's converter gets this mapper, and Spring MVC serves only {@code /api} (and the
 * actuator, which reads no bodies): the application's shared {@link ObjectMapper}, which Tasklist's
 * localization and the form variables use, stays as it was, and Camunda's engine REST API, its
 * webapps and Spin each build their own mappers (ApiRequestReadingTest shows all three unchanged).
 */
@Configuration(proxyBeanMethods = false)
class ApiRequestReading implements WebMvcConfigurer {

    private final ObjectMapper strict;

    ApiRequestReading(ObjectMapper shared) {
        this.strict = strict(shared.copy());
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        // Replaced in Spring MVC's list only: the converter bean itself also serves RestTemplates.
        converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter
                ? new MappingJackson2HttpMessageConverter(strict) : converter);
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // Each JSON type is read only into its own kind of field; an empty string is never "no value".
        for (LogicalType type : LogicalType.values()) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, reads(type, LogicalType.Textual, LogicalType.Enum,
                            LogicalType.DateTime))
                    .setCoercion(CoercionInputShape.Integer, reads(type, LogicalType.Integer, LogicalType.Float))
                    .setCoercion(CoercionInputShape.Float, reads(type, LogicalType.Float))
                    .setCoercion(CoercionInputShape.Boolean, reads(type, LogicalType.Boolean));
        }
        mapper.registerModule(new SimpleModule("safar-api-dates").addDeserializer(LocalDate.class, new IsoDate()));
        return mapper;
    }

    private static CoercionAction reads(LogicalType target, LogicalType... readable) {
        return List.of(readable).contains(target) ? CoercionAction.TryConvert : CoercionAction.Fail;
    }

    /** A calendar date as ISO 8601 writes it, {@code 2031-03-02}, and nothing else: no time, no number, no array. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException impossible) {
                    // 2031-02-30: refused below like any other text
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /**
     * A body that is missing or the JSON literal {@code null} is no request at all; told apart from
     * malformed JSON and from JSON of the wrong shape. Only Safar's own controllers, and only a body
     * they require: the actuator's operations read an optional body, and a health check sends none.
     */
    @ControllerAdvice(basePackages = "org.safar")
    static class NoBody extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(MethodParameter parameter, Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            RequestBody body = parameter.getParameterAnnotation(RequestBody.class);
            return body != null && body.required();
        }

        @Override
        public Object handleEmptyBody(Object body, HttpInputMessage message, MethodParameter parameter,
                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            throw new InvalidRequestException(Rule.BODY, Rule.REQUIRED, ApiMessages.text("body.missing"));
        }

        @Override
        public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter,
                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            if (body == null) {
                throw new InvalidRequestException(Rule.BODY, Rule.REQUIRED, ApiMessages.text("body.null"));
            }
            return body;
        }
    }
}
