import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.io.File;
import java.util.Base64;
import java.util.Random;

/**
 * What MVStore's page compression saves on documents shaped like a human rights case (~2.95 KB: a few short fields
 * and a 2,800-character text), for a text like the query bench's (one sentence repeated) and for sealed text as the
 * services store it (AEAD ciphertext in Base64, random to any compressor). Writes 20,000 of each into a fresh file
 * per setting, committing every 500 (as insertMany batches are), and prints the file size per document.
 *   java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar infra/bench/local-store/PageCompressionBench.java
 */
public final class PageCompressionBench {

    private static final int DOCUMENTS = 20_000;

    public static void main(String[] args) throws Exception {
        for (String mode : new String[]{"none", "lzf", "deflate"}) {
            for (String payload : new String[]{"repeated", "sealed"}) {
                File file = File.createTempFile("page-compression", ".mv");
                file.delete();
                MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled();
                if (mode.equals("lzf")) {
                    builder.compress();
                } else if (mode.equals("deflate")) {
                    builder.compressHigh();
                }
                MVStore store = builder.open();
                MVMap<String, byte[]> documents = store.openMap("documents");
                Random random = new Random(1);
                String repeated = "Synthetic narrative of an incident. ".repeat(80).substring(0, 2_800);
                long started = System.nanoTime();
                for (int i = 0; i < DOCUMENTS; i++) {
                    String text = repeated;
                    if (payload.equals("sealed")) {
                        byte[] ciphertext = new byte[2_100];
                        random.nextBytes(ciphertext);
                        text = Base64.getEncoder().encodeToString(ciphertext);
                    }
                    String document = "{\"_id\":\"HR-" + i + "\",\"reference\":\"HR-2026-" + i + "\",\"fieldOffice\":\"MAL\","
                            + "\"status\":\"OPEN\",\"incidentDate\":" + random.nextLong() + ",\"sealedNarrative\":\"" + text + "\"}";
                    documents.put("HR-" + i, document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    if (i % 500 == 499) {
                        store.commit();
                    }
                }
                store.commit();
                store.close();
                System.out.printf("%-8s %-9s %6.1f MB  %5.0f bytes per document  written in %.1f s%n", mode, payload,
                        file.length() / 1e6, file.length() / (double) DOCUMENTS, (System.nanoTime() - started) / 1e9);
                file.delete();
            }
        }
    }
}
