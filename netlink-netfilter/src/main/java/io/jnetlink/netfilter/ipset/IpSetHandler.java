package io.jnetlink.netfilter.ipset;

/**
 * Receives a streamed listing ({@link IpSetListRequest#stream}) one reply message at a time.
 */
@FunctionalInterface
public interface IpSetHandler {
    /**
     * One message of the listing: a set's header ({@link IpSetView#hasHeader()}) and/or a run of
     * its members ({@link IpSetView#nextEntry()}).
     *
     * @param view the reused view, valid only during this call
     * @return true to go on, false to stop (the rest of the dump is drained)
     */
    boolean onMessage(IpSetView view);

    /**
     * The kernel flagged the dump as interrupted and it starts again: forget what was received.
     */
    default void onRestart() {
    }
}
