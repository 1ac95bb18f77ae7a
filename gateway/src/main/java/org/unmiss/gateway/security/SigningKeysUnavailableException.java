package org.unmiss.gateway.security;

/** The realm's signing keys could not be fetched and no usable copy is cached: tokens cannot be checked. */
public class SigningKeysUnavailableException extends RuntimeException {

    public SigningKeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
