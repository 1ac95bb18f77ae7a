package org.unmiss.vocabulary;

import java.time.LocalDate;

/**
 * The public document a real-world fact comes from, kept beside the fact so anyone can check it.
 * A fact without one is not stated (issue 14).
 *
 * @param document what it is and who published it, e.g. "UN press release SC/11414: resolution 2155 (2014)"
 * @param date     the document's date; null only for an undated page, which the document then says ("undated")
 * @param url      where it is published
 */
public record Source(String document, LocalDate date, String url) {

    public Source {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("a source names its document");
        }
        if (date == null && !document.contains("undated")) {
            throw new IllegalArgumentException("a source has a date, or says it is undated: " + document);
        }
        if (url == null || !url.startsWith("http")) {
            throw new IllegalArgumentException("a source says where it is published: " + document);
        }
    }

    static Source of(String document, String isoDate, String url) {
        return new Source(document, isoDate == null ? null : LocalDate.parse(isoDate), url);
    }
}
