package org.unmiss.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.model.Filters;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's GridFS on the durable store, as humanrights-service keeps evidence files (a bucket of chunk documents
 * under a string id): a file of many chunks is written, survives a restart, is read back in small batches byte for
 * byte, an aborted upload leaves no chunk, and a file is removed with its chunks.
 */
class GridFsTest {

    private static final int CHUNK = 256 * 1024;

    @TempDir
    Path dataDir;

    @Test
    void aFileOfManyChunksIsWrittenKeptReadInBatchesAbortedAndRemoved() throws Exception {
        LocalStore.StoreOptions options = new LocalStore.StoreOptions("127.0.0.1", 0, dataDir);
        int size = 20 * CHUNK + 12_345;
        byte[] piece = new byte[64 * 1024];
        Random random = new Random(7);
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (LocalStore store = LocalStore.start(options); MongoClient client = MongoClients.create(store.connectionString())) {
            GridFSBucket bucket = GridFSBuckets.create(client.getDatabase("humanrights"), "hr_evidence_blobs").withChunkSizeBytes(CHUNK);
            try (GridFSUploadStream upload = bucket.openUploadStream(new BsonString("EV-KEPT"), "EV-KEPT")) {
                for (int sent = 0; sent < size; ) {
                    int n = Math.min(piece.length, size - sent);
                    random.nextBytes(piece);
                    written.update(piece, 0, n);
                    upload.write(piece, 0, n);
                    sent += n;
                }
            }
            GridFSUploadStream aborted = bucket.openUploadStream(new BsonString("EV-ABORTED"), "EV-ABORTED");
            aborted.write(new byte[3 * CHUNK]);
            aborted.abort();
            MongoDatabase db = client.getDatabase("humanrights");
            assertThat(db.getCollection("hr_evidence_blobs.chunks").countDocuments(Filters.eq("files_id", "EV-ABORTED"))).isZero();
            assertThat(db.getCollection("hr_evidence_blobs.files").countDocuments(Filters.eq("_id", "EV-ABORTED"))).isZero();
        }
        try (LocalStore store = LocalStore.start(options); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase db = client.getDatabase("humanrights");
            GridFSBucket bucket = GridFSBuckets.create(db, "hr_evidence_blobs");
            MessageDigest read = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            try (GridFSDownloadStream download = bucket.openDownloadStream(new BsonString("EV-KEPT")).batchSize(4);
                 InputStream in = download) {
                assertThat(download.getGridFSFile().getLength()).isEqualTo(size);
                for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
                    read.update(piece, 0, n);
                    bytes += n;
                }
            }
            assertThat(bytes).isEqualTo(size);
            assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(HexFormat.of().formatHex(written.digest()));
            assertThat(db.getCollection("hr_evidence_blobs.chunks").countDocuments(Filters.eq("files_id", "EV-KEPT"))).isEqualTo(21);

            bucket.delete(new BsonString("EV-KEPT"));
            assertThat(db.getCollection("hr_evidence_blobs.chunks").countDocuments(new Document())).isZero();
            assertThat(db.getCollection("hr_evidence_blobs.files").countDocuments(new Document())).isZero();
        }
    }
}
