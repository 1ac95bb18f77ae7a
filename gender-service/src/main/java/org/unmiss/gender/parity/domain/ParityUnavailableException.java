package org.unmiss.gender.parity.domain;

/** personnel-service cannot answer and no snapshot has ever been taken: nothing honest to show. */
public class ParityUnavailableException extends RuntimeException {

    public ParityUnavailableException(String reason) {
        super(reason);
    }
}
