package org.unmiss.humanrights.evidence.domain;

import java.io.InputStream;

/**
 * The encrypted content of attachments, in chunks, written and read as streams so that no file is ever held in
 * memory whole (implemented with GridFS, which the embedded store and MongoDB both serve).
 */
public interface EvidenceBlobs {

    /** A new content under the attachment's code; nothing is readable until the output is closed. */
    BlobOutput create(String code);

    /** The content stored under the code, read a chunk at a time. */
    InputStream open(String code);

    /** Removes the content (and any part of it) stored under the code; nothing stored is not an error. */
    void delete(String code);
}
