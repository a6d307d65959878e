package io.jnetlink.core;

import java.util.List;

/**
 * Some requests of a batch failed. {@link #errno()} and the message are those of the first
 * failure; {@link #failures()} lists every one with its index in the batch.
 */
public class NetlinkBatchException extends NetlinkException {
    /** One failed request: its index in the batch and the kernel's error. */
    public record Failure(int index, NetlinkException error) {
    }

    /** The failed requests, in batch order (serialized). */
    private final List<Failure> failures;
    /** How many requests the batch held (serialized). */
    private final int size;

    /**
     * Made by the connection: {@code failures} (at least one) of {@code size} requests.
     *
     * @param operation what the batch did
     * @param size how many requests the batch held
     * @param failures the failed requests, in batch order
     */
    public NetlinkBatchException(String operation, int size, List<Failure> failures) {
        super(operation + ": request " + failures.get(0).index() + " of " + size + " failed ("
                        + failures.size() + " failed in all): " + failures.get(0).error().operation(),
                failures.get(0).error().errno(), failures.get(0).error().kernelMessage().orElse(null),
                failures.get(0).error().attributeOffset(), failures.get(0).error().sequence(), Source.KERNEL);
        this.failures = List.copyOf(failures);
        this.size = size;
    }

    /**
     * For protocols that number their own operations (an nftables transaction counts neither its
     * batch begin nor its end): {@code operation} is the whole description of what failed, and
     * the errno, kernel text and offset are those of the first failure.
     *
     * @param failures the failed requests (at least one), in batch order
     * @param size how many requests the batch held
     * @param operation what failed, as the message should say it
     */
    protected NetlinkBatchException(List<Failure> failures, int size, String operation) {
        super(operation, failures.get(0).error().errno(), failures.get(0).error().kernelMessage().orElse(null),
                failures.get(0).error().attributeOffset(), failures.get(0).error().sequence(), Source.KERNEL);
        this.failures = List.copyOf(failures);
        this.size = size;
    }

    /** {@return every failed request, in batch order} */
    public List<Failure> failures() {
        return failures;
    }

    /** {@return how many requests the batch held} */
    public int batchSize() {
        return size;
    }
}
