package org.unmiss.systemtests;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** What an attacker can do with a real token: change its claims, or re-sign it with a key of their own. */
final class JwtForgery {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private JwtForgery() {
    }

    /** The real header and signature around a payload granting an extra role: the signature no longer matches. */
    static String withExtraRole(String token, String role) {
        String[] parts = token.split("\\.");
        String payload = new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"roles\":\\[", "\"roles\":[\"" + role + "\",");
        return parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The real header (same key id) and claims, signed RS256 with a freshly generated key. */
    static String resignedWithOwnKey(String token) {
        String[] parts = token.split("\\.");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair attacker = generator.generateKeyPair();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(attacker.getPrivate());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code alg: none} and no signature. */
    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }
}
