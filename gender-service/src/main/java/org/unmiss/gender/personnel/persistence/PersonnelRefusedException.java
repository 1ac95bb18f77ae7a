package org.unmiss.gender.personnel.persistence;

/** personnel-service answered, and refused this caller (401/403): the caller's rights there, not an outage. */
public class PersonnelRefusedException extends RuntimeException {

    private final int status;

    public PersonnelRefusedException(int status) {
        super("personnel-service refused the caller (" + status + ")");
        this.status = status;
    }

    public int status() {
        return status;
    }
}
