package org.unmiss.kit.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.ext.javatime.deser.YearDeserializer;
import tools.jackson.databind.ext.javatime.deser.YearMonthDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * Refuses JSON dates outside {@link SaneDates} while reading a request body, wherever they sit
 * (nested records, lists): Jackson's own java.time readers parse, then the value is checked. The
 * refusal is an {@link InvalidFormatException} carrying the parsed value, so the problem handler
 * names the field by its JSON path like any other bad value.
 */
public class SaneDatesJacksonModule extends SimpleModule {

    @SuppressWarnings({"unchecked", "rawtypes"})
    public SaneDatesJacksonModule() {
        super("unmiss-sane-dates");
        addDeserializer((Class) LocalDate.class, new Checked(LocalDateDeserializer.INSTANCE));
        addDeserializer((Class) LocalDateTime.class, new Checked(LocalDateTimeDeserializer.INSTANCE));
        addDeserializer((Class) Instant.class, new Checked(InstantDeserializer.INSTANT));
        addDeserializer((Class) OffsetDateTime.class, new Checked(InstantDeserializer.OFFSET_DATE_TIME));
        addDeserializer((Class) ZonedDateTime.class, new Checked(InstantDeserializer.ZONED_DATE_TIME));
        addDeserializer((Class) YearMonth.class, new Checked(YearMonthDeserializer.INSTANCE));
        addDeserializer((Class) Year.class, new Checked(YearDeserializer.INSTANCE));
    }

    /** Jackson's reader for the type, then the range check; keeps {@code @JsonFormat} working through contextualisation. */
    static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !SaneDates.accepts(temporal)) {
                throw InvalidFormatException.from(parser, SaneDates.REASON, value, value.getClass());
            }
            return value;
        }
    }
}
