package io.jnetlink.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A dump reply captured from the kernel by {@link CaptureReplies}: its datagrams, back to back in
 * one direct buffer in native order, with the offset and length of each, ready to be read in place
 * exactly as they were received.
 *
 * <p>File format (gzip): the ASCII magic {@code JNLCAP1\n}, then per datagram a big-endian u32
 * length followed by the datagram's bytes as received.
 */
public final class CapturedReplies {
    /** First bytes of a capture file. */
    static final byte[] MAGIC = {'J', 'N', 'L', 'C', 'A', 'P', '1', '\n'};

    private final ByteBuffer buffer;
    private final int[] offsets;
    private final int[] lengths;

    private CapturedReplies(ByteBuffer buffer, int[] offsets, int[] lengths) {
        this.buffer = buffer;
        this.offsets = offsets;
        this.lengths = lengths;
    }

    /** Loads the class-path resource {@code /captures/NAME}. */
    public static CapturedReplies resource(String name) {
        String path = "/captures/" + name;
        try (InputStream in = CapturedReplies.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no captured reply on the class path: " + path);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    /** Reads a capture (gzip) from {@code in}. */
    public static CapturedReplies read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 64 * 1024));
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a jnetlink capture (bad magic)");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int[] offsets = new int[64];
        int[] lengths = new int[64];
        int count = 0;
        while (true) {
            int length;
            try {
                length = data.readInt();
            } catch (EOFException end) {
                break;
            }
            if (length <= 0 || length > 1 << 24) {
                throw new IOException("bad datagram length in capture: " + length);
            }
            byte[] datagram = new byte[length];
            data.readFully(datagram);
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            offsets[count] = all.size();
            lengths[count] = length;
            count++;
            all.write(datagram);
            while (all.size() % 8 != 0) {
                all.write(0); // each datagram starts aligned, as in a receive buffer
            }
        }
        byte[] bytes = all.toByteArray();
        ByteBuffer buffer = ByteBuffer.allocateDirect(Math.max(bytes.length, 1)).order(ByteOrder.nativeOrder());
        buffer.put(0, bytes);
        return new CapturedReplies(buffer, Arrays.copyOf(offsets, count), Arrays.copyOf(lengths, count));
    }

    /** The buffer holding every datagram. */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** How many datagrams were captured. */
    public int datagrams() {
        return offsets.length;
    }

    /** Where datagram {@code i} starts in {@link #buffer()}. */
    public int offset(int i) {
        return offsets[i];
    }

    /** The length of datagram {@code i}. */
    public int length(int i) {
        return lengths[i];
    }

    /** Total bytes of all datagrams. */
    public long totalBytes() {
        long sum = 0;
        for (int l : lengths) {
            sum += l;
        }
        return sum;
    }
}
