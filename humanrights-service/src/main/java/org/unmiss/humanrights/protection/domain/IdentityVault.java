package org.unmiss.humanrights.protection.domain;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unmiss.kit.sealing.FieldSealer;

/**
 * Seals identities (names, contacts, exact locations, narratives) before they reach the database,
 * and opens them for callers entitled to see them. The sealing itself is the kit's
 * {@link FieldSealer} (AES-256-GCM, associated data = case + field, e.g.
 * {@code HR-2026-000123/victims/V-7K3Q9X/name}), shared with every service that holds personal data;
 * this class keeps the human-rights vocabulary (case reference, field path) for its callers. The key
 * is the service's keyset ({@code unmiss.sealing.keyset}, environment {@code SEALING_KEYSET}).
 */
@Component
public class IdentityVault {

    private final FieldSealer sealer;

    @Autowired
    public IdentityVault(FieldSealer sealer) {
        this.sealer = sealer;
    }

    /** A vault for a Tink JSON keyset (tests); the error never echoes the value, which is the key. */
    public IdentityVault(String keysetJson) {
        this(FieldSealer.fromKeyset(keysetJson));
    }

    /** The sealed form of {@code plaintext} (Base64), or null for null. */
    public String seal(String plaintext, String caseReference, String fieldPath) {
        return sealer.seal(plaintext, caseReference, fieldPath);
    }

    /** The plaintext of a value sealed for this case and field; fails if it was sealed for another. */
    public String open(String sealed, String caseReference, String fieldPath) {
        return sealer.open(sealed, caseReference, fieldPath);
    }
}
