package org.unmiss.humanrights.hrcase.domain;

/**
 * Where the information came from; a witness is a source connected as WITNESS. Identity sealed as for victims.
 * {@code personCode}: the person of the registry this source is (ADR 0090), null until linked.
 */
public record Source(String code, SourceConnection connection, SourceReliability reliability,
                     String sealedName, String sealedContact, String personCode) {

    /** The one constructor the store reads with (a record's other constructors are for code). */
    @org.springframework.data.annotation.PersistenceCreator
    public Source {
        // nothing to check: the factory checks what a client sends
    }

    /** A source linked to no person of the registry. */
    public Source(String code, SourceConnection connection, SourceReliability reliability, String sealedName, String sealedContact) {
        this(code, connection, reliability, sealedName, sealedContact, null);
    }

    public Source withPerson(String newPersonCode) {
        return new Source(code, connection, reliability, sealedName, sealedContact, newPersonCode);
    }
}
