package org.unmiss.kit.web;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

import java.time.temporal.TemporalAccessor;
import java.util.Set;

/**
 * {@code @DateTimeFormat} query and path parameters as Spring parses them, then checked against
 * {@link SaneDates}. Registered after Spring's own factory, so it is the one asked first; a refused
 * value surfaces as a type mismatch whose cause is {@link SaneDates.OutOfRange}, answered as a 400
 * naming the parameter.
 */
public class SaneDateFormatAnnotationFormatterFactory implements AnnotationFormatterFactory<DateTimeFormat> {

    private final Jsr310DateTimeFormatAnnotationFormatterFactory spring = new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
        return spring.getFieldTypes();
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return spring.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<?> parser = spring.getParser(annotation, fieldType);
        return (text, locale) -> {
            Object value = parser.parse(text, locale);
            if (value instanceof TemporalAccessor temporal) {
                SaneDates.require(temporal);
            }
            return value;
        };
    }
}
