package org.unmiss.humanrights.evidence.persistence;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.model.Filters;
import org.bson.BsonString;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.evidence.domain.BlobOutput;
import org.unmiss.humanrights.evidence.domain.EvidenceBlobs;

import java.io.InputStream;

/**
 * Encrypted attachment content in a GridFS bucket ({@code hr_evidence_blobs.files} / {@code .chunks}), through the
 * driver's own GridFS, which needs nothing of a store but inserts, finds by index, sorts and deletes: the embedded
 * store serves it as MongoDB does. The file's id is the attachment's code. A chunk is 256 KiB; a reader fetches
 * {@link #CHUNKS_PER_BATCH} chunks at a time, so neither way holds more than about a megabyte of a file.
 */
@Component
public class GridFsEvidenceBlobs implements EvidenceBlobs {

    static final String BUCKET = "hr_evidence_blobs";
    static final int CHUNK_BYTES = 256 * 1024;
    static final int CHUNKS_PER_BATCH = 4;

    private final GridFSBucket bucket;
    private final MongoTemplate mongo;

    public GridFsEvidenceBlobs(MongoTemplate mongo) {
        this.mongo = mongo;
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET).withChunkSizeBytes(CHUNK_BYTES);
    }

    @Override
    public BlobOutput create(String code) {
        GridFSUploadStream upload = bucket.openUploadStream(new BsonString(code), code);
        return new BlobOutput() {
            @Override
            public void write(int b) {
                upload.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                upload.write(b, off, len);
            }

            @Override
            public void close() {
                upload.close();
            }

            @Override
            public void abort() {
                upload.abort();
            }
        };
    }

    @Override
    public InputStream open(String code) {
        GridFSDownloadStream download = bucket.openDownloadStream(new BsonString(code));
        return download.batchSize(CHUNKS_PER_BATCH);
    }

    @Override
    public void delete(String code) {
        // chunks first: a files record without chunks would read as a truncated file, chunks without one as nothing
        mongo.getDb().getCollection(BUCKET + ".chunks").deleteMany(Filters.eq("files_id", code));
        mongo.getDb().getCollection(BUCKET + ".files").deleteOne(Filters.eq("_id", code));
    }
}
