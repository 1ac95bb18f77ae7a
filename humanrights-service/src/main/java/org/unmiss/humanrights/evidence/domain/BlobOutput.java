package org.unmiss.humanrights.evidence.domain;

import java.io.OutputStream;

/** Where encrypted content is written as it streams in: {@link #close()} keeps it, {@link #abort()} removes what was written. */
public abstract class BlobOutput extends OutputStream {

    /** Removes every part written so far; the content never becomes readable. */
    public abstract void abort();
}
