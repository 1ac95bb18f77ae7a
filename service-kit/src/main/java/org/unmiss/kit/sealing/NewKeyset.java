package org.unmiss.kit.sealing;

/**
 * Prints a fresh Tink AES256_GCM keyset (one JSON line) for {@code SEALING_KEYSET}: ./platform runs it
 * from a service jar (Spring Boot's PropertiesLauncher, {@code -Dloader.main=}) on a run directory's
 * first start, so local keys come from Tink itself rather than from a hand-built key format.
 */
public final class NewKeyset {

    private NewKeyset() {
    }

    public static void main(String[] args) {
        System.out.println(FieldSealer.newKeyset());
    }
}
