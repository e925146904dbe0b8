package org.safar.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
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
 * a number or a boolean where text belongs (or the other way round), a null inside a list, a date
 * other than {@code yyyy-mm-dd}, a value of a fixed set with spaces around it and a number too large to
 * write out are each refused with the field they are in.
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
        mapper.registerModule(new SimpleModule("safar-api-values")
                .addDeserializer(LocalDate.class, new IsoDate())
                .addDeserializer(BigDecimal.class, new WrittenOutDecimal())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription description, JsonDeserializer<?> deserializer) {
                        return new ExactName(deserializer);
                    }
                }));
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
     * A value of a fixed set exactly as it is named: Jackson finds {@code " SENIOR"} and
     * {@code "SENIOR\u0000"} by trimming what it could not find, which guesses.
     */
    static final class ExactName extends DelegatingDeserializer {

        ExactName(JsonDeserializer<?> names) {
            super(names);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> names) {
            return new ExactName(names);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && !parser.getText().trim().equals(parser.getText())) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), "not one of the names");
            }
            return super.deserialize(parser, context);
        }
    }

    /**
     * A decimal that could be written out in no more digits than JSON's reader takes in a number
     * (1000): {@code 1e2147483647} has more digits than Bean Validation's {@code @Digits} counts in an
     * int, passes it, and fails the database's bind; {@code 1e999999999} written out is a gigabyte.
     */
    static final class WrittenOutDecimal extends StdScalarDeserializer<BigDecimal> {

        private static final long MAX_DIGITS = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

        WrittenOutDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal number = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (number != null && (long) number.precision() - number.scale() > MAX_DIGITS) {
                throw new InputCoercionException(parser, "Numeric value out of range", parser.currentToken(),
                        BigDecimal.class);
            }
            return number;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
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
