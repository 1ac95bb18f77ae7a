package org.unmiss.store.bson;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the server's values into MVStore pages as BSON, with the server's own wire encoder and decoder,
 * instead of H2's default Java object serialisation. Every value the server stores reaches it as BSON
 * over the wire and is sent back the same way, so the round trip is exact. {@link Missing} (the server's
 * marker for an absent {@code _id}) is not BSON and gets a tag of its own.
 */
final class BsonCodec {

    /** Not a BSON type byte: BSON uses 0x01 to 0x13, 0x7F and 0xFF for values, and 0x00 only to end a document. */
    private static final byte MISSING = 0x00;

    private BsonCodec() {
    }

    static void writeDocument(WriteBuffer out, Document document) {
        ByteBuf buffer = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, buffer);
        copy(buffer, out);
    }

    static Document readDocument(ByteBuffer in) {
        ByteBuf view = Unpooled.wrappedBuffer(in);
        Document document = BsonDecoder.decodeBson(view);
        in.position(in.position() + view.readerIndex());
        return document;
    }

    static void writeValue(WriteBuffer out, Object value) {
        if (value instanceof Missing) {
            out.put(MISSING);
            return;
        }
        ByteBuf buffer = Unpooled.buffer(32);
        byte type = BsonEncoder.determineType(value);
        buffer.writeByte(type);
        BsonEncoder.encodeValue(type, value, buffer);
        copy(buffer, out);
    }

    static Object readValue(ByteBuffer in) {
        byte type = in.get();
        if (type == MISSING) {
            return Missing.getInstance();
        }
        ByteBuf view = Unpooled.wrappedBuffer(in);
        Object value = BsonDecoder.decodeValue(type, view);
        in.position(in.position() + view.readerIndex());
        return value;
    }

    static void writeKey(WriteBuffer out, KeyValue key) {
        out.putVarInt(key.size());
        for (Object value : key) {
            writeValue(out, value);
        }
    }

    static KeyValue readKey(ByteBuffer in) {
        int size = DataUtils.readVarInt(in);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readValue(in));
        }
        return new KeyValue(values);
    }

    /**
     * A cheap estimate of a value's heap size, for MVStore's page-split and cache accounting. It walks the
     * value instead of encoding it, because MVStore asks on every put.
     */
    static int estimateMemory(Object value) {
        if (value instanceof String text) {
            return 40 + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + estimateMemory(entry.getKey()) + estimateMemory(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> || value instanceof KeyValue) {
            Iterable<?> values = (Iterable<?>) value;
            int size = 40;
            for (Object element : values) {
                size += 8 + estimateMemory(element);
            }
            return size;
        }
        return 24;
    }

    private static void copy(ByteBuf buffer, WriteBuffer out) {
        out.put(buffer.array(), buffer.arrayOffset() + buffer.readerIndex(), buffer.readableBytes());
    }
}
