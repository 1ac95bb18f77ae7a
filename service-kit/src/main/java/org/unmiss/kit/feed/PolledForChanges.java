package org.unmiss.kit.feed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a stored type whose list has a change feed (ADR 70): at start its collection gets the
 * {@code (updatedAt, _id)} index the feed reads in order, and records stored before stamping existed get a stamp,
 * so a first poll from the beginning sees them too.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PolledForChanges {
}
