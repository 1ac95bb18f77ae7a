package org.unmiss.humanrights.hatespeech.domain;

import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.DocumentStore;

import java.util.List;

/** Hate-speech details of acts, and the counts the report groups them into (implemented in persistence). */
public interface HateSpeechStore extends DocumentStore<HateSpeech> {

    /** The details recorded for a case's acts, by act code. */
    List<HateSpeech> ofCase(String caseReference);

    /** Acts and reach per month, medium and language, months from/to inclusive (YYYY-MM, null for open), within the scope. */
    List<HateSpeechCount> count(FieldOfficeScope scope, String fieldOffice, String fromMonth, String toMonth);
}
