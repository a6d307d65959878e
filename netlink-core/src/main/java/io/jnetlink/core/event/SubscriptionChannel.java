package io.jnetlink.core.event;

import io.jnetlink.core.RequestEncoder;

/**
 * The sending side of a subscription's socket, as a {@link StateFollower} uses it: requests
 * (dumps) whose replies arrive with the notifications. {@link NetlinkSubscription} is the real
 * one; unit tests drive a follower through a scripted one.
 */
public interface SubscriptionChannel {
    /**
     * Sends a request with {@code NLM_F_REQUEST | flags}, numbered.
     *
     *
     * @param encoder writes the request
     * @param flags the flags
     * @return its sequence number
     */
    int send(RequestEncoder encoder, int flags);

    /** {@return the socket's port id: replies to {@link #send} carry it} */
    int portId();
}
