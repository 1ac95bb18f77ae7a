package org.unmiss.peace.engagement.domain;

/**
 * Whether an interlocutor an engagement names is in the directory. The interlocutor feature implements it
 * (its persistence), so engagement does not depend on interlocutor, which depends on engagement's types:
 * no cycle between the two features (ADR 0021).
 */
public interface InterlocutorDirectory {

    boolean isListed(String interlocutorId);
}
