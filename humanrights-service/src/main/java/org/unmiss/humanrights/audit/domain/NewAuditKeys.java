package org.unmiss.humanrights.audit.domain;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Prints a fresh audit chain key and checkpoint signing pair, one base64 line each: the chain's
 * HMAC-SHA256 key (32 random bytes), the Ed25519 private key (PKCS#8) and its public key (X.509), in
 * the forms {@link AuditProperties} reads. ./platform runs it once from the service jar (Spring
 * Boot's PropertiesLauncher, {@code -Dloader.main=}) on a run directory's first start, so local runs
 * never use the development keys committed in {@code application-local.yml}.
 */
public final class NewAuditKeys {

    private static final int CHAIN_KEY_BYTES = 32;

    private NewAuditKeys() {
    }

    public static void main(String[] args) throws GeneralSecurityException {
        byte[] chainKey = new byte[CHAIN_KEY_BYTES];
        SecureRandom.getInstanceStrong().nextBytes(chainKey);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        System.out.println(base64.encodeToString(chainKey));
        System.out.println(base64.encodeToString(pair.getPrivate().getEncoded()));
        System.out.println(base64.encodeToString(pair.getPublic().getEncoded()));
    }
}
