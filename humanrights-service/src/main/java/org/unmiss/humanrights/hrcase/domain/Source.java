package org.unmiss.humanrights.hrcase.domain;

/** Where the information came from; a witness is a source connected as WITNESS. Identity sealed as for victims. */
public record Source(String code, SourceConnection connection, SourceReliability reliability,
                     String sealedName, String sealedContact) {
}
