package org.unmiss.gender.personnel.persistence;

/** personnel-service could not answer (down, slow, circuit open, an error or an unreadable answer). */
public class PersonnelUnavailableException extends RuntimeException {

    public PersonnelUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
