package org.unmiss.kit.sealing;

/**
 * Prints fresh Tink AES256_GCM keysets (one JSON line each; as many as the first argument says,
 * default one) for {@code SEALING_KEYSET}: ./platform runs it once
 * from a service jar (Spring Boot's PropertiesLauncher, {@code -Dloader.main=}) on a run directory's
 * first start, so local keys come from Tink itself rather than from a hand-built key format.
 */
public final class NewKeyset {

    private NewKeyset() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int i = 0; i < count; i++) {
            System.out.println(FieldSealer.newKeyset());
        }
    }
}
